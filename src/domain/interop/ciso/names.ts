// How CISO Assistant names (urns, ref_ids) relate to Harmonie's framework ids and norm codes, both ways.
import type { NormFramework } from '../../model.js';

/** A framework id made from a ref_id: runs of other characters become `-` (`ISO/IEC 27001:2022` → `ISO-IEC-27001-2022`). */
export function frameworkIdFor(refId: string): string {
  return refId.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+|-+$/g, '') || 'framework';
}

/** A norm code made from a ref_id: the ref_id as written (a norm code is free text; `ABSC 1.1.1`, `R05+`). */
export function normCodeFor(refId: string): string {
  return refId.trim();
}

/** What node matching compares: case aside, and white space read as `-` (`ABSC 1.1.1` = the urn's `absc-1.1.1`). */
export function matchKey(code: string): string {
  return code.trim().toLowerCase().replace(/\s/g, '-');
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
