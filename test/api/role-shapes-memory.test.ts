// The role check over random query shapes on the embedded store: 450 shapes, each for every role (HARMONIE_ROLE_SHAPES_RUNS).
import { seededMemoryStore } from '../helpers/server.js';
import { describeRoleShapes } from './role-shapes.js';

describeRoleShapes({ label: 'embedded', runs: Number(process.env.HARMONIE_ROLE_SHAPES_RUNS ?? 450), open: seededMemoryStore });
