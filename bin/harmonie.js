#!/usr/bin/env node
// npm bin shim: runs the compiled CLI (dist/), compiling it first when the sources are newer.
import { ensureCompiled } from './compiled.js';

ensureCompiled();
const { run } = await import('../dist/src/cli/main.js');
process.exit(await run(process.argv.slice(2)));
