// Writes of the reference graph inside a transaction: MERGE batches of the layout's nodes and relationships (the
// seed), and curations on top of them.
import { applyCurations, type CurationKind, type CurationRecord } from '../../domain/curation.js';
import type { LegalForm } from '../../domain/model.js';
import { EMPTY_GRAPH, layoutGraph, type NodeSpec, type RelationshipSpec } from '../graph-layout.js';
import { BATCH, IMPORTED, ident } from './cypher.js';
import type { Tx } from './executor.js';

/** MERGE every row by its key, replace its properties, then remove nodes of the label the new rows no longer hold. */
export async function mergeNodes(tx: Tx, spec: NodeSpec, prune = true): Promise<void> {
  const label = ident(spec.label);
  const key = ident(spec.key);
  for (let i = 0; i < spec.rows.length; i += BATCH) {
    await tx.run(`UNWIND $rows AS row MERGE (n:${label} {${key}: row.${key}}) SET n = row`, { rows: spec.rows.slice(i, i + BATCH) });
  }
  if (!prune) return;
  await tx.run(`MATCH (n:${label}) WHERE NOT n.${key} IN $keys AND NOT n:${IMPORTED} DETACH DELETE n`, { keys: spec.rows.map((r) => r[spec.key]) });
}

/** MERGE every relationship between existing nodes, replace its properties, then remove those the new rows no longer hold. */
export async function mergeRelationships(tx: Tx, spec: RelationshipSpec, prune = true): Promise<void> {
  const type = ident(spec.type);
  const [fl, fk, tl, tk] = [ident(spec.from.label), ident(spec.from.key), ident(spec.to.label), ident(spec.to.key)];
  const relKey = spec.key ? ident(spec.key) : null;
  const pattern = relKey ? `[r:${type} {${relKey}: row.props.${relKey}}]` : `[r:${type}]`;
  for (let i = 0; i < spec.rows.length; i += BATCH) {
    await tx.run(
      `UNWIND $rows AS row MATCH (a:${fl} {${fk}: row.from}) MATCH (b:${tl} {${tk}: row.to}) MERGE (a)-${pattern}->(b) SET r = row.props`,
      { rows: spec.rows.slice(i, i + BATCH) },
    );
  }
  if (!prune) return;
  const identity = relKey
    ? { expr: `r.${relKey}`, values: spec.rows.map((r) => r.props[relKey]) }
    : { expr: `a.${fk} + '\u0000' + b.${tk}`, values: spec.rows.map((r) => `${r.from}\u0000${r.to}`) };
  await tx.run(`MATCH (a:${fl})-[r:${type}]->(b:${tl}) WHERE NOT ${identity.expr} IN $keep AND NOT a:${IMPORTED} DELETE r`, { keep: identity.values });
}

/** Node label of each curated kind; mappings are relationships. */
export const CURATED_LABEL: Record<Exclude<CurationKind, 'MAPPING'>, string> = {
  CONNECTION_REQUIREMENT: 'ConnectionRequirement',
  AUDIT_REQUIREMENT: 'AuditRequirement',
  ELIGIBILITY_RULE: 'EligibilityRule',
  NORM: 'Norm',
  EVIDENCE_COST: 'EvidenceCost',
  NORM_FRAMEWORK: 'NormFramework',
  SOURCE: 'Source',
};

/**
 * Writes the delta of curations applied in order: versions they close (already stored) get their end date, then the
 * new versions, as the records leave them among themselves, are merged with their relationships in one pass. A rule
 * joins every version of its legal form, so the layout is given the stored legal forms (not written again) to find them.
 */
export async function writeCurations(tx: Tx, records: CurationRecord[], legalForms: LegalForm[]): Promise<void> {
  if (records.length === 0) return;
  for (const record of records) {
    if (!record.closed) continue;
    const { version, validTo } = record.closed;
    if (record.kind === 'MAPPING') await tx.run('MATCH ()-[r:MAPS_TO {uid: $version}]->() SET r.validTo = $validTo', { version, validTo });
    else await tx.run(`MATCH (n:${ident(CURATED_LABEL[record.kind])} {uid: $version}) SET n.validTo = $validTo`, { version, validTo });
  }
  const layout = layoutGraph(applyCurations({ ...EMPTY_GRAPH, legalForms }, records));
  for (const spec of layout.nodes) if (spec.rows.length > 0 && spec.label !== 'LegalForm') await mergeNodes(tx, spec, false);
  for (const spec of layout.relationships) if (spec.rows.length > 0) await mergeRelationships(tx, spec, false);
}
