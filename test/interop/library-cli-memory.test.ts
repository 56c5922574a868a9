import path from 'node:path';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { describeLibraryCli } from './library-cli-suite.js';

describeLibraryCli('the embedded store', async () => ({
  env: { NEO4J_URI: undefined, GRAPH_STORE: undefined },
  open: (dir) => MemoryStore.open(path.join(dir, 'data')),
}));
