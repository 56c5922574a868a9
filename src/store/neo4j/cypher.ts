// The Cypher of the Neo4j store that is more than one line: the catalogue in one statement, the graph version, the
// access-log append, paging. Labels come from the fixed graph layout (graph-layout.ts), never from input.

/** Extra label of nodes written by an import: the seed loader leaves them alone. */
export const IMPORTED = 'Imported';

/** Rows per UNWIND statement: large enough for few round trips, small enough to keep each statement's memory modest. */
export const BATCH = 1_000;

/** Labels come from the fixed graph layout, never from input; checked anyway before they are put into Cypher. */
export function ident(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a Cypher identifier: ${name}`);
  return name;
}

export const cites = (v: string) => `sources: COLLECT { MATCH (${v})-[:CITES]->(s:Source) RETURN s.id }`;

/** The catalogue's lists, each one COLLECT subquery: the whole reference graph in one statement. */
export const CATALOGUE_FIELDS = `
  COLLECT { MATCH (s:Source) RETURN s {.*} } AS sources,
  COLLECT { MATCH (f:Facility) RETURN f {.*, ${cites('f')}} } AS facilities,
  COLLECT {
    MATCH (f:Facility)-[:HAS_CONNECTION_REQUIREMENT]->(r:ConnectionRequirement)
    RETURN r {.*, facility: f.code,
      certificateType: COLLECT { MATCH (r)-[:NEEDS_CERTIFICATE]->(c:CertificateType) RETURN c.code }[0],
      network: COLLECT { MATCH (r)-[:OVER_NETWORK]->(n:Facility) RETURN n.code }[0],
      ${cites('r')}}
  } AS connectionRequirements,
  COLLECT {
    MATCH (f:Facility)-[:HAS_AUDIT_REQUIREMENT]->(r:AuditRequirement)-[:TESTS_AGAINST]->(fw:NormFramework)
    RETURN r {.*, facility: f.code, framework: fw.id, ${cites('r')}}
  } AS auditRequirements,
  COLLECT { MATCH (c:CertificateType) RETURN c {.*, ${cites('c')}} } AS certificateTypes,
  COLLECT { MATCH (l:LegalForm) RETURN l {.*, ${cites('l')}} } AS legalForms,
  COLLECT {
    MATCH (r:EligibilityRule)-[:FOR_FACILITY]->(f:Facility)
    RETURN r {.*, legalForm: COLLECT { MATCH (r)-[:FOR_LEGAL_FORM]->(l:LegalForm) RETURN DISTINCT l.code }[0], facility: f.code, ${cites('r')}}
  } AS eligibilityRules,
  COLLECT { MATCH (fw:NormFramework) RETURN fw {.*, ${cites('fw')}} } AS frameworks,
  COLLECT { MATCH (n:Norm)-[:IN_FRAMEWORK]->(fw:NormFramework) RETURN n {.*, framework: fw.id, ${cites('n')}} } AS norms,
  COLLECT { MATCH (a:Norm)-[m:MAPS_TO]->(b:Norm) RETURN m {.*, from: a.id, to: b.id} } AS mappings,
  COLLECT { MATCH (c:EvidenceCost) RETURN c {.*, ${cites('c')}} } AS costModel
`;

export const CATALOGUE_CYPHER = `RETURN ${CATALOGUE_FIELDS}`;

/**
 * The graph version: one node, bumped in the same transaction as every write to the reference graph (seed, curation,
 * import). `epoch` is drawn when the node is created, so a database emptied and loaded again never repeats a version
 * an instance has cached; without the node there is no version and nothing is cached.
 */
export const VERSION_VALUE = `v.epoch + ':' + toString(v.n)`;
export const READ_VERSION = `OPTIONAL MATCH (v:GraphVersion {id: 'graph'}) RETURN ${VERSION_VALUE} AS version`;
/** The access-log entries of one group commit, and the graph version as of that commit, in one statement. */
export const APPEND_LOG = `UNWIND $entries AS entry MERGE (e:AccessLog {id: entry.id}) SET e += entry
WITH count(*) AS written OPTIONAL MATCH (v:GraphVersion {id: 'graph'}) RETURN ${VERSION_VALUE} AS version`;
export const BUMP_VERSION = `MERGE (v:GraphVersion {id: 'graph'}) ON CREATE SET v.epoch = randomUUID(), v.n = 0 SET v.n = v.n + 1`;
/** Version and catalogue read in one statement, so the catalogue cached under a version is the one of that version. */
export const VERSIONED_CATALOGUE_CYPHER = `OPTIONAL MATCH (v:GraphVersion {id: 'graph'}) WITH ${VERSION_VALUE} AS version
RETURN version, ${CATALOGUE_FIELDS},
  COLLECT { MATCH (m:Municipality) RETURN m {.*, ${cites('m')}} } AS municipalities`;

export const COLLABORATION_PROJECTION = `c {.*,
  legalForm: COLLECT { MATCH (c)-[:HAS_LEGAL_FORM]->(l:LegalForm) RETURN l.code }[0],
  facilities: COLLECT { MATCH (c)-[:USES_FACILITY]->(f:Facility) RETURN f.code },
  memberRows: COLLECT { MATCH (c)-[h:HAS_MEMBER]->(m:Municipality) RETURN { confidence: h.confidence, municipality: m {.*, ${cites('m')}} } },
  ${cites('c')}}`;

/** One page of nodes in (name, id) order, its total and whether more follow — in one statement. */
export const pageCypher = (label: string, codeProperty: string, projection: string) => `
MATCH (c:${ident(label)})
WHERE $search IS NULL OR toLower(c.name) CONTAINS $search OR toLower(c.${ident(codeProperty)}) CONTAINS $search
WITH c ORDER BY c.name, c.id
WITH collect(c) AS matching
WITH matching, [c IN matching WHERE $afterName IS NULL OR c.name > $afterName OR (c.name = $afterName AND c.id > $afterId)] AS rest
RETURN size(matching) AS total, size(rest) > $first AS hasNext, [c IN rest[0..$first] | ${projection}] AS items`;
