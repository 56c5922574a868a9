#!/usr/bin/env node
// npm bin shim: runs the compiled CLI (dist/), compiling it first when the sources are newer.
import { ensureCompiled } from './compiled.js';

ensureCompiled();
const { run } = await import('../dist/src/cli/main.js');
const code = await run(process.argv.slice(2));
// Into a pipe, stdout is written asynchronously: exit only once everything printed has left, or a slow reader gets
// the first 64 KiB of a long answer (`harmonie audit --json | …`).
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
