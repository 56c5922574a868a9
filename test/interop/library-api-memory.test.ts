import { seededMemoryStore } from '../helpers/server.js';
import { describeLibraryApi } from './library-api-suite.js';

describeLibraryApi('the embedded store', seededMemoryStore);
