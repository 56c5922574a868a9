// The API answers every text of the graph in the language the request asks for: Accept-Language nl|en, Dutch by default.
import { describe, expect, it } from 'vitest';
import { seededServer } from '../helpers/server.js';

const t = seededServer();

const Q = `{
  legalForms { code name description }
  eligibility(legalForm: "REGELING_ZONDER_MEER", facility: "DIGID") { reasons { text legalBasis } conditions workarounds }
  connectionPlan(input: { collaboration: "szw-noardwest-fryslan" }) { facilities { facility { code description } reasons } }
  facility(code: "DIGID") { connectionRequirements { title } auditRequirements { name } }
  collaboration(id: "szw-noardwest-fryslan") { name description }
  certificateTypes { name }
}`;
type A = {
  legalForms: Array<{ code: string; name: string; description: string }>;
  eligibility: { reasons: Array<{ text: string; legalBasis: string | null }>; conditions: string[]; workarounds: string[] };
  connectionPlan: { facilities: Array<{ facility: { code: string; description: string }; reasons: string[] }> };
  facility: { connectionRequirements: Array<{ title: string }>; auditRequirements: Array<{ name: string }> };
  collaboration: { name: string; description: string };
  certificateTypes: Array<{ name: string }>;
};

async function ask(acceptLanguage?: string): Promise<A> {
  const res = await t.gql<A>(Q, undefined, acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!;
}

const lightArrangement = (a: A) => a.legalForms.find((l) => l.code === 'REGELING_ZONDER_MEER')!;

describe('the language of an answer', () => {
  it('is Dutch without Accept-Language, English with Accept-Language: en, for every kind of text', async () => {
    const nl = await ask();
    const en = await ask('en');
    expect(lightArrangement(nl).name).toBe('Regeling zonder meer (lichte regeling, convenant)');
    expect(lightArrangement(en).name).toBe('Regeling zonder meer (light arrangement, convenant)');
    expect(nl.eligibility.reasons[0]!.text).toMatch(/^Een regeling zonder meer heeft geen rechtspersoonlijkheid/);
    expect(en.eligibility.reasons[0]!.text).toMatch(/^A light arrangement has no legal personality/);
    expect(nl.eligibility.reasons[0]!.legalBasis).toBe('Wgr art. 1; OIN-stelsel; aansluitvoorwaarden DigiD');
    expect(en.eligibility.reasons[0]!.legalBasis).toBe('Wgr art. 1; OIN-stelsel; DigiD connection conditions');
    expect(nl.eligibility.workarounds).toContain('elke deelnemer sluit zelf aan en laat zich zelf beoordelen');
    expect(en.eligibility.workarounds).toContain('each member connects and is assessed itself');
    expect(nl.collaboration.description).toMatch(/^De gezamenlijke sociale dienst/);
    expect(en.collaboration.description).toMatch(/^The joint social services department/);
    // Proper names are one text in both languages.
    expect(nl.collaboration.name).toBe(en.collaboration.name);
    // Texts the analyses word themselves follow the same language.
    const nlReasons = nl.connectionPlan.facilities.flatMap((f) => f.reasons).join(' ');
    const enReasons = en.connectionPlan.facilities.flatMap((f) => f.reasons).join(' ');
    expect(nlReasons).toMatch(/deelnemende gemeente|mag zelf aansluiten|kan niet zelf aansluiten/);
    expect(nlReasons).not.toMatch(/\b(may connect|cannot connect|member municipalit)/);
    expect(enReasons).toMatch(/may connect|cannot connect|member municipalit/);
    // Every text differs somewhere between the two answers: nothing was left in one language.
    expect(nl.certificateTypes.map((c) => c.name)).not.toEqual(en.certificateTypes.map((c) => c.name));
    expect(nl.facility.connectionRequirements.map((r) => r.title)).not.toEqual(en.facility.connectionRequirements.map((r) => r.title));
  });

  it('weighs q-values: the language with the highest q among nl and en wins', async () => {
    const en = lightArrangement(await ask('en')).name;
    const nl = lightArrangement(await ask('nl')).name;
    expect(lightArrangement(await ask('nl;q=0.4, en;q=0.9')).name).toBe(en);
    expect(lightArrangement(await ask('en;q=0.4, nl;q=0.9')).name).toBe(nl);
    expect(lightArrangement(await ask('fr-FR, fr;q=0.9, en;q=0.8, nl;q=0.7')).name).toBe(en);
    expect(lightArrangement(await ask('en-GB,en;q=0.9')).name).toBe(en);
    expect(lightArrangement(await ask('nl-NL')).name).toBe(nl);
    expect(lightArrangement(await ask('en;q=0')).name).toBe(nl);
  });

  it('falls back to Dutch for a language it does not have, for * and for a header it cannot read', async () => {
    const nl = lightArrangement(await ask()).name;
    for (const header of ['de', 'fr-FR, de;q=0.5', '*', ';;;q=x', '']) expect(lightArrangement(await ask(header)).name).toBe(nl);
  });

  it('lets the report language win over Accept-Language', async () => {
    const REPORT = '{ harmonisationReport(input: { collaboration: "szw-noardwest-fryslan" }, language: NL) { content } }';
    const res = await t.gql<{ harmonisationReport: { content: string } }>(REPORT, undefined, { 'accept-language': 'en' });
    expect(res.body.data!.harmonisationReport.content).toMatch(/^# Harmonisatieadvies/);
  });
  it('words why obligations stay apart in the language asked for', async () => {
    const AUDIT = '{ minimalJointAudit(input: { collaboration: "szw-noardwest-fryslan" }) { separations { text } } }';
    type S = { minimalJointAudit: { separations: Array<{ text: string }> } };
    const nl = (await t.gql<S>(AUDIT)).body.data!.minimalJointAudit.separations.map((s) => s.text);
    const en = (await t.gql<S>(AUDIT, undefined, { 'accept-language': 'en' })).body.data!.minimalJointAudit.separations.map((s) => s.text);
    expect(nl.length).toBeGreaterThan(0);
    expect(nl).toHaveLength(en.length);
    expect(nl.some((s) => /mag niet gezamenlijk .* blijven gescheiden/.test(s))).toBe(true);
    expect(en.some((s) => /is not jointAllowed: obligations of .* stay apart/.test(s))).toBe(true);
    for (const s of nl) expect(s).not.toMatch(/\b(stay apart|different|is not jointAllowed)\b/);
  });
});
