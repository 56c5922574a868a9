// Import of collaboration memberships from public CSV files (OpenGR, regioatlas): pure, no store, no file writes.
export { ImportFormatError } from './errors.js';
export { IMPORT_LAYOUTS, OPENGR_HEADER, REGIOATLAS_HEADER, type ImportLayout } from './layouts.js';
export { repairMojibake } from './mojibake.js';
export { MunicipalityMatcher, normaliseName, type NameMatch } from './names.js';
export {
  detectLayout,
  parseImport,
  rejectsCsv,
  type ImportOptions,
  type ImportReject,
  type ImportResult,
  type ImportedCollaboration,
  type ImportedMember,
  type MatchedBy,
} from './parse.js';
