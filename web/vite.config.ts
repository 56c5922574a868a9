// Vite build of the workbench (index.html) and the self-hosted GraphiQL (graphiql.html) into dist/web.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  // No public/ folder and no dev-server proxy: the API server serves the build (npm run build, npm start).
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // One bundle per page; GraphiQL's editor (Monaco) never lands in the workbench's JavaScript.
    rolldownOptions: {
      // Libraries marked "use client" (for React Server Components) are fine in a client bundle: no warning per file.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
      // The Rijkshuisstijl React package injects its own copy of the Utrecht CSS at run time (350 kB as a string in
      // the JavaScript, `styleInject`); the same rules come from @rijkshuisstijl-community/components-css, imported
      // once as a stylesheet, so that call is dropped and the string with it. The package is one file that builds its
      // components (and 80 icons, `createReactComponent`) at the top level with calls the bundler cannot see are pure;
      // React's element factories and forwardRef/memo/createContext have no side effects, so saying so lets the
      // components the workbench does not use fall away (its JavaScript: 539 → 345 kB). Not `propertyWriteSideEffects:
      // false`, which would also shake the Utrecht components' `displayName` writes: it drops real writes in react-dom.
      treeshake: { manualPureFunctions: ['styleInject', 'createReactComponent', 'forwardRef', 'createContext', 'memo', 'jsx', 'jsxs', 'createElement'] },
      input: { main: fileURLToPath(new URL('index.html', import.meta.url)), graphiql: fileURLToPath(new URL('graphiql.html', import.meta.url)) },
    },
    chunkSizeWarningLimit: 5000,
  },
  worker: { format: 'es' },
});
