// Property-based fuzzing of every input over real HTTP, embedded store, authentication on with real keys.
import { seededMemoryStore } from '../helpers/server.js';
import { describeApiFuzz } from './properties.js';

describeApiFuzz({ label: 'embedded', runs: 200, open: seededMemoryStore });
