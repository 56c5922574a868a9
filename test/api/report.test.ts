import { describe, expect, it } from 'vitest';
import { seededServer } from '../helpers/server.js';

const t = seededServer();

const REPORT = 'query($i: AnalysisInput, $s: ID, $f: ReportFormat, $l: Language) { harmonisationReport(input: $i, scenario: $s, format: $f, language: $l) { mediaType filename content } }';
type R = { harmonisationReport: { mediaType: string; filename: string; content: string } };

describe('harmonisationReport over GraphQL', () => {
  it('renders Markdown in Dutch by default and English on request', async () => {
    const nl = await t.gql<R>(REPORT, { i: { collaboration: 'szw-noardwest-fryslan' } });
    expect(nl.body.errors).toBeUndefined();
    expect(nl.body.data!.harmonisationReport.mediaType).toMatch(/^text\/markdown/);
    expect(nl.body.data!.harmonisationReport.content).toMatch(/^# Harmonisatieadvies/);
    const en = await t.gql<R>(REPORT, { i: { collaboration: 'szw-noardwest-fryslan' }, l: 'EN' });
    expect(en.body.data!.harmonisationReport.content).toMatch(/^# Harmonisation advice/);
  });

  it('renders a PDF as base64 and HTML with SVG charts', async () => {
    const pdf = await t.gql<R>(REPORT, { i: { collaboration: 'szw-noardwest-fryslan' }, f: 'PDF' });
    expect(pdf.body.data!.harmonisationReport.mediaType).toBe('application/pdf');
    expect(Buffer.from(pdf.body.data!.harmonisationReport.content, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const html = await t.gql<R>(REPORT, { i: { collaboration: 'szw-noardwest-fryslan' }, f: 'HTML' });
    expect((html.body.data!.harmonisationReport.content.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(2);
  });

  it('reports a saved scenario with its comparison', async () => {
    const saved = await t.gql<{ saveScenario: { id: string } }>('mutation($input: ScenarioInput!) { saveScenario(input: $input) { id } }', {
      input: {
        name: 'joint DigiD', owner: 'GM0014',
        baseline: { members: ['GM0014', 'GM0034', 'GM0037'], legalForm: 'REGELING_ZONDER_MEER', facilities: ['DIGID', 'GGK'] },
        variant: { members: ['GM0014', 'GM0034', 'GM0037'], legalForm: 'REGELING_ZONDER_MEER', facilities: ['DIGID', 'GGK'], policy: { auditRequirements: [{ id: 'digid-assessment', jointAllowed: true }] } },
      },
    });
    const res = await t.gql<R>(REPORT, { s: saved.body.data!.saveScenario.id, f: 'JSON', l: 'EN' });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.harmonisationReport.content).toContain('joint DigiD');
  });

  it('needs exactly one of input and scenario', async () => {
    const both = await t.gql(REPORT, {});
    expect(both.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await t.gql(REPORT, { s: 'nope' });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
