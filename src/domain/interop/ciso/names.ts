// How CISO Assistant names (urns, ref_ids) relate to Harmonie's framework ids and norm codes, both ways.
import type { NormFramework } from '../../model.js';

/** Harmonie's ids allow letters, digits and `. _ : / -` (see src/seed/schema.ts). */
const ID_CHARS = /[^A-Za-z0-9._:/-]+/g;

/** A framework id made from a ref_id: runs of other characters become `-` (`ISO/IEC 27001:2022` → `ISO-IEC-27001-2022`). */
export function frameworkIdFor(refId: string): string {
  return refId.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+|-+$/g, '') || 'framework';
}

/** A norm code made from a ref_id: kept as written unless it holds characters an id cannot (`ABSC 1.1.1` → `ABSC-1.1.1`). */
export function normCodeFor(refId: string): string {
  return refId.trim().replace(ID_CHARS, '-').replace(/^[^A-Za-z0-9]+/, '') || 'node';
}

/** What node matching compares: case and separators aside (`A.5.1` = `a.5.1`, `ABSC 1.1.1` = `absc-1.1.1`). */
export function matchKey(code: string): string {
  return code.trim().toLowerCase().replace(/[^a-z0-9._:/]+/g, '-');
}

/** The urn Harmonie writes for its own framework in an exported library. */
export function harmonieFrameworkUrn(frameworkId: string): string {
  return `urn:harmonie:risk:framework:${frameworkId.toLowerCase()}`;
}

/** Every urn a framework is known by: Harmonie's own and the aliases that are urns. */
export function frameworkUrns(fw: NormFramework): string[] {
  return [harmonieFrameworkUrn(fw.id), ...(fw.aliases ?? []).filter((a) => a.startsWith('urn:'))];
}

/** Requirement-node urns of a framework start with its urn, `:framework:` read as `:req_node:`. */
export function nodeUrnPrefix(frameworkUrn: string): string {
  return `${frameworkUrn.replace(':framework:', ':req_node:')}:`;
}

/** The urn of a norm in an exported library. */
export function harmonieNodeUrn(frameworkId: string, code: string): string {
  return `${nodeUrnPrefix(harmonieFrameworkUrn(frameworkId))}${matchKey(code)}`;
}
