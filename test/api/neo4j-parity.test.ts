import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../src/seed/load.js';
import { freshNeo4jStore, neo4jSkipReason } from '../helpers/neo4j.js';
import { seededMemoryStore, serve, type TestServer } from '../helpers/server.js';
import { BASIS } from './basis-suite.js';

/** Every catalogue query shape of the API, answered by both stores, must be identical. */
const QUERIES: Array<[string, string, Record<string, unknown>?]> = [
  ['facilities today', '{ facilities { code name owner description confidence note sources { id title publisher url section date } connectionRequirements { id kind key title description validFrom validTo certificateType { code name issuer validityMonths } network { code } confidence note sources { id } } auditRequirements { id name evidence cycleMonths scope jointAllowed validFrom validTo normFramework { id } norms { id code title weight isoControl confidence } sources { id } } } }'],
  ['facilities in 2015', 'query($d: Date) { facilities(asOf: $d) { code connectionRequirements { id validFrom } auditRequirements { id normFramework { id version } norms { id weight } } } }', { d: '2015-06-01' }],
  ['one facility', '{ facility(code: "GGK") { code name connectionRequirements { id network { code name } } } }'],
  ['legal forms', '{ legalForms { code name wgrArticle legalPersonality ownOin description confidence note sources { id } } }'],
  ['frameworks and mappings', '{ normFrameworks { id name version owner defaultWeight validFrom validTo confidence note sources { id } norms { id code title weight isoControl validFrom validTo confidence note sources { id } mappings { relation strength rationale confidence note target { id code framework { id } } sources { id } } } } }'],
  ['cost model', '{ costModel { evidence fixedCost subjectCost confidence note sources { id } } }'],
  ['certificate types', '{ certificateTypes { code name issuer validityMonths validFrom validTo confidence note sources { id } } }'],
  ['sources', '{ sources { id title publisher url section date } }'],
  ['municipalities page', '{ municipalities(first: 100) { totalCount edges { cursor node { id cbsCode name sources { id } } } pageInfo { hasNextPage endCursor } } }'],
  ['municipality search', '{ municipalities(search: "gra", first: 7) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }'],
  ['collaborations', '{ collaborations(first: 100) { totalCount edges { cursor node { id name description confidence note legalForm { code } members { id name } memberships { confidence municipality { id } } facilities { code } sources { id } } } pageInfo { hasNextPage endCursor } } }'],
  ...(['2015-06-01', '2026-11-28'] as const).flatMap((d): Array<[string, string, Record<string, unknown>]> => [
    [`eligibility ${d}`, `query($d: Date) { a: eligibility(legalForm: "PRIVAATRECHTELIJK", facility: "GGK", asOf: $d) { status reasons { text legalBasis rule confidence source { id } sources { id } } conditions workarounds } b: eligibility(legalForm: "OPENBAAR_LICHAAM", facility: "BRP_V", asOf: $d) { status conditions } }`, { d }],
    [`overlap ${d}`, 'query($d: Date) { overlap(facilities: ["DIGID", "GGK", "BRP_V", "EHERKENNING"], asOf: $d) { sharedRequirements { key kind facilities { code } requirements { id } } frameworks { id } normOverlap { a { id } b { id } shared union jaccard pairs { a { id } b { id } } partial { a { id } b { id } } } testOnce { id weight } normsBefore } }', { d }],
    [`connection plan ${d}`, 'query($i: AnalysisInput!) { connectionPlan(input: $i) { collaboration { id name kind } legalForm { code } members { id } facilities { facility { code } mode oins oinKind certificates holders { id } reasons counts { connections certificates networkConnections agreements authorisations registrations accounts } statusQuo { connections certificates } eligibility { status } memberEligibility { status } requirements { id } } totals { connections oins certificates networkConnections } statusQuo { connections oins certificates networkConnections } } }', { i: { collaboration: 'szw-noardwest-fryslan', asOf: d } }],
    [`minimal joint audit ${d}`, 'query($i: AnalysisInput!) { minimalJointAudit(input: $i) { optimal totalCost baselineCost savings engagements { id evidence cycleMonths cost subjects { id } requirements { id jointAllowed } testedNorms { id weight } } obligations { engagement subject { id } requirement { id } } separations { text } solver { status } } }', { i: { collaboration: 'szw-noardwest-fryslan', asOf: d, policy: { auditRequirements: [{ id: 'suwinet-audit', jointAllowed: true }] } } }],
  ]),
  ['what every analysis rests on', `query($i: AnalysisInput!) {
    eligibility(legalForm: "PRIVAATRECHTELIJK", facility: "GGK") { ${BASIS} } overlap(facilities: ["DIGID", "GGK", "BRP_V"]) { ${BASIS} }
    connectionPlan(input: $i) { ${BASIS} } minimalJointAudit(input: $i) { ${BASIS} } }`, { i: { collaboration: 'szw-noardwest-fryslan' } }],
  ['the curator worklist', '{ factWorklist { asOf nationalDataSet collaborations analysedCollaborations answers { analysis count } facts { dependents dependentsByAnalysis { analysis count } fact { kind id version text confidence note sources { id title url } } } } }'],
  ['unknown facility', '{ facility(code: "NOPE") { code } }'],
  ['bad page size', '{ municipalities(first: 0) { totalCount } }'],
  ['bad cursor', '{ collaborations(after: "x") { totalCount } }'],
];

describe.skipIf(neo4jSkipReason !== null)('Neo4j and the embedded store answer every catalogue query alike', () => {
  let memory: TestServer;
  let neo4j: TestServer;

  beforeAll(async () => {
    const { store, cleanup } = await seededMemoryStore();
    memory = await serve(store, cleanup);
    const graph = await freshNeo4jStore();
    await graph.loadSeed(await loadSeed());
    neo4j = await serve(graph);
  });
  afterAll(async () => {
    await memory?.close();
    await neo4j?.close();
  });

  it.each(QUERIES)('%s', async (_name, query, variables) => {
    const [a, b] = await Promise.all([memory.gql(query, variables), neo4j.gql(query, variables)]);
    expect(b.status).toBe(a.status);
    expect(b.body).toEqual(a.body);
    if (!/unknown|bad/.test(_name)) expect(a.body.errors).toBeUndefined();
    else expect(a.body.errors?.[0]?.extensions?.code).toMatch(/NOT_FOUND|BAD_USER_INPUT/);
  });
});
