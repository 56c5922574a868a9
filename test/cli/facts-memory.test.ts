import { describeFactsCli } from './facts-suite.js';

describeFactsCli('the embedded store', async () => ({ env: { NEO4J_URI: undefined, GRAPH_STORE: undefined } }));
