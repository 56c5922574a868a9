#!/usr/bin/env node
// `npm start`: runs the compiled server (dist/), compiling it first when the sources are newer.
import { ensureCompiled } from './compiled.js';

ensureCompiled();
await import('../dist/src/main.js');
