import { describeImportCli } from './import-suite.js';

describeImportCli('the embedded store', async () => ({ env: { NEO4J_URI: undefined, GRAPH_STORE: undefined }, cleanup: async () => undefined }));
