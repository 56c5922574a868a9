import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql for everything, the copy Node itself loads (graphql 16 ships CommonJS and ESM side by side, and Vite
    // would pick the ESM one for our code while the libraries get the CommonJS one): schema types must be one module.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // The Neo4j suites share one disposable test database; files run one after another so they never interleave.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
