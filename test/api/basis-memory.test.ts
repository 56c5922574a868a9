import { seededMemoryStore } from '../helpers/server.js';
import { describeBasis } from './basis-suite.js';

describeBasis('the embedded store', seededMemoryStore);
