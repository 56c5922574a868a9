// After `tsc`, copies the non-TypeScript files the compiled server reads at run time (the SDL) next to it.
import { cpSync } from 'node:fs';

cpSync('src/api/schema.graphql', 'dist/src/api/schema.graphql');
