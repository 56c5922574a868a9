#!/usr/bin/env node
// npm bin shim: runs the TypeScript CLI through tsx's loader, so `harmonie` works straight from a checkout.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../src/cli/main.ts');
process.exit(await run(process.argv.slice(2)));
