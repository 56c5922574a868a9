// The importer on small made-up files: line endings, BOMs, padding, duplicates, unknown names and bad files.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../../src/domain/errors.js';
import { ImportFormatError, detectLayout, parseImport, rejectsCsv, type ImportResult } from '../../../src/domain/import/index.js';
import { LEGAL_FORMS, fixture, loadMunicipalities } from './helpers.js';

const municipalities = loadMunicipalities();

function importFixture(name: string, extra: { legalForm?: string | null; legalForms?: string[] } = {}): ImportResult {
  return parseImport(fixture(name), { file: name, municipalities, ...extra });
}

/** The result without its file name, to compare two files with the same rows. */
function withoutFile(result: ImportResult): unknown {
  return { ...result, collaborations: result.collaborations.map((c) => ({ ...c, source: { ...c.source, file: '' } })) };
}

function reasons(result: ImportResult): Array<[number, string]> {
  return result.rejects.map((r) => [r.line, r.reason]);
}

describe('opengr fixtures', () => {
  const lf = importFixture('opengr-lf.csv');

  it('starts with a BOM and CRLF in one variant, not in the other', () => {
    expect(fixture('opengr-crlf-bom.csv').startsWith('\uFEFF')).toBe(true);
    expect(fixture('opengr-crlf-bom.csv')).toContain('\r\n');
    expect(fixture('opengr-lf.csv')).not.toMatch(/\r|\uFEFF/);
  });

  it('reads the CRLF + BOM variant exactly like the LF one, line numbers included', () => {
    expect(detectLayout(fixture('opengr-crlf-bom.csv'))).toBe('opengr');
    expect(withoutFile(importFixture('opengr-crlf-bom.csv'))).toEqual(withoutFile(lf));
  });

  it('imports the matched rows and counts every row once', () => {
    expect(lf.layout).toBe('opengr');
    expect(lf.rowsRead).toBe(19); // 20 data lines, one blank line between them, trailing blank lines not counted
    expect(lf.membershipsImported).toBe(9);
    expect(lf.rowsRejected).toBe(10);
    const members = Object.fromEntries(lf.collaborations.map((c) => [c.id, c.members.map((m) => m.municipality)]));
    expect(members).toEqual({
      'gr-brabants-voorbeeld-zuid': ['GM0796'], // "Gemeente 's-Hertogenbosch"
      'gr-noordelijke-testregeling-ntr': ['GM0003', 'GM0010', 'GM0024'], // padded "  Delfzijl  " and GR name
      'gr-proefschap-fryslan': ['GM0080', 'GM1900'], // mojibake and correct spellings of one GR
      'gr-twents-proefverband': ['GM0164', 'GM0166', 'GM0542'], // Hengelo → Hengelo (O); "Krimpen aan den Ijssel"
    });
    const names = Object.fromEntries(lf.collaborations.map((c) => [c.id, c.name]));
    expect(names['gr-proefschap-fryslan']).toBe('Proefschap Fryslân');
    expect(names['gr-noordelijke-testregeling-ntr']).toBe('Noordelijke Testregeling (NTR)');
    expect(names['gr-brabants-voorbeeld-zuid']).toBe('Brabants Voorbeeld, "Zuid"');
    for (const c of lf.collaborations) {
      expect(c.legalForm).toBeNull();
      expect(c.legalFormUnknown).toBe(true);
      expect(c.source).toEqual({ layout: 'opengr', file: 'opengr-lf.csv', column: 'Gemeenschappelijke regeling' });
      for (const m of c.members) expect(m.matchedBy).toBe('NAME');
    }
  });

  it('rejects what it cannot match, in file order, each with its reason', () => {
    expect(reasons(lf)).toEqual([
      [5, 'participant is a province: "Provincie Groningen"'],
      [6, `participant is a water board: "Waterschap Hunze en Aa's"`],
      [7, 'duplicate membership: Loppersum (GM0024) is already a member of "Noordelijke Testregeling (NTR)" (line 4)'],
      [8, 'no municipality named "Atlantis" in the graph'],
      [12, 'ambiguous: "Bergen" may be Bergen (NH) (GM0373) or Bergen (L) (GM0893)'],
      [14, 'no municipality named "Zeevang" in the graph'], // merged into Edam-Volendam in 2016: not mapped
      [16, 'participant is outside the Netherlands: "Meppen (Duitsland)"'],
      [17, 'the row has 3 fields, the header has 5'],
      [20, 'no collaboration name'],
      [21, 'participant is a water board: "Wetterskip Fryslân"'],
    ]);
    expect(lf.rejects[0]?.row).toEqual({
      Deelnemer: 'Provincie Groningen',
      'Gemeenschappelijke regeling': 'Noordelijke Testregeling (NTR)',
      Postcode: '9900 AA',
      Plaats: 'Appingedam',
      Provincie: 'Provincie Groningen',
    });
  });

  it('leaves out a GR none of whose participants is a municipality', () => {
    expect(lf.collaborations.map((c) => c.id)).not.toContain('gr-waterschapsoverleg-proef');
  });

  it('writes the rejects as CSV: line, reason, the original columns, every field quoted', () => {
    const csv = rejectsCsv(lf);
    expect(csv.split('\n')[0]).toBe('"line","reason","Deelnemer","Gemeenschappelijke regeling","Postcode","Plaats","Provincie"');
    expect(csv.endsWith('\n')).toBe(true);
    const rows: string[][] = parse(csv);
    expect(rows).toHaveLength(11);
    expect(rows[5]).toEqual(['12', 'ambiguous: "Bergen" may be Bergen (NH) (GM0373) or Bergen (L) (GM0893)', 'Bergen', 'Brabants Voorbeeld, "Zuid"', '5200 AA', "'s-Hertogenbosch", 'Provincie Noord-Brabant']);
    expect(rows[8]).toEqual(['17', 'the row has 3 fields, the header has 5', 'Zwolle', 'Twents Proefverband', '7550 AA', '', '']);
  });

  it('keeps every field of a reject, a repeated column name or a field past the header as "column N"', () => {
    const text = '"Gemeente";"CBS";"CBS";"Inwoneraantal van regio"\n"Atlantis";"9998";"Regio";"1";"extra"\n"Urk";"0184";"__proto__";"1"\n';
    const r = parseImport(text, { file: 'x.csv', municipalities });
    expect(r.rejects[0]?.row).toEqual({ Gemeente: 'Atlantis', CBS: '9998', 'column 3': 'Regio', 'Inwoneraantal van regio': '1', 'column 5': 'extra' });
    expect(rejectsCsv(r).split('\n')[0]).toBe('"line","reason","Gemeente","CBS","column 3","Inwoneraantal van regio","column 5"');
    expect(r.collaborations.map((c) => [c.id, c.name, c.source.column])).toEqual([['regio-cbs-proto', '__proto__', 'CBS']]);
  });

  it('writes only the header when nothing was rejected', () => {
    const none = parseImport('Deelnemer,Gemeenschappelijke regeling,Postcode,Plaats,Provincie\nUrk,Proef,,,\n', { file: 'x.csv', municipalities });
    expect(none.rejects).toEqual([]);
    expect(rejectsCsv(none)).toBe('"line","reason","Deelnemer","Gemeenschappelijke regeling","Postcode","Plaats","Provincie"\n');
  });
});

describe('regioatlas fixtures', () => {
  const bom = importFixture('regioatlas-bom-lf.csv', { legalForm: 'CENTRUMGEMEENTE', legalForms: LEGAL_FORMS });

  it('reads the CRLF variant without BOM, with trailing empty lines, exactly like the BOM + LF one', () => {
    expect(fixture('regioatlas-bom-lf.csv').startsWith('\uFEFF')).toBe(true);
    expect(fixture('regioatlas-crlf.csv')).toMatch(/^"Gemeente".*\r\n(\r\n)+$/s);
    const crlf = importFixture('regioatlas-crlf.csv', { legalForm: 'CENTRUMGEMEENTE', legalForms: LEGAL_FORMS });
    expect(withoutFile(crlf)).toEqual(withoutFile(bom));
  });

  it('matches by CBS code, padding codes without leading zeros, and falls back to the name', () => {
    expect(bom.layout).toBe('regioatlas');
    expect(bom.rowsRead).toBe(13);
    expect(bom.membershipsImported).toBe(8);
    expect(bom.rowsRejected).toBe(5);
    const members = Object.fromEntries(membersOf(bom));
    expect(members).toEqual({
      'regio-proefregios-regio-noord': [
        ['GM0003', 'CBS_CODE'], // "0003"
        ['GM0005', 'CBS_CODE'], // "5"
        ['GM0009', 'NAME'], // code 9999 is not in the graph, "Ten Boer" is
        ['GM0014', 'CBS_CODE'], // "14"
        ['GM0017', 'CBS_CODE'], // ' 17 ', padded name and code
      ],
      'regio-proefregios-regio-oost': [
        ['GM0010', 'CBS_CODE'], // code 0010 with a name the graph does not know
        ['GM0166', 'CBS_CODE'],
      ],
      'regio-proefregios-regio-west': [['GM1900', 'NAME']], // no code, "SÃºdwest FryslÃ¢n"
    });
    function membersOf(r: ImportResult): Array<[string, Array<[string, string]>]> {
      return r.collaborations.map((c) => [c.id, c.members.map((m): [string, string] => [m.municipality, m.matchedBy])]);
    }
  });

  it('rejects a duplicate, an unknown code and name, an empty region, a code that contradicts the name', () => {
    expect(reasons(bom)).toEqual([
      [5, 'duplicate membership: Groningen (GM0014) is already a member of "Regio Noord" (line 4)'],
      [7, 'CBS code 9998 is not in the graph, and no municipality named "Atlantis" in the graph'],
      [10, 'no region'],
      [11, 'CBS code 0010 is Delfzijl (GM0010) in the graph, but the name "Bedum" is Bedum (GM0005)'],
      [13, 'the row has 3 fields, the header has 4'],
    ]);
  });

  it('passes a known legal form through, for every collaboration', () => {
    for (const c of bom.collaborations) {
      expect(c.legalForm).toBe('CENTRUMGEMEENTE');
      expect(c.legalFormUnknown).toBe(false);
      expect(c.source).toEqual({ layout: 'regioatlas', file: 'regioatlas-bom-lf.csv', column: "Proefregio's" });
    }
  });

  it('leaves the legal form unknown and flagged without one', () => {
    for (const legalForm of [undefined, null]) {
      const r = parseImport(fixture('regioatlas-bom-lf.csv'), { file: 'f', municipalities, legalForm, legalForms: LEGAL_FORMS });
      for (const c of r.collaborations) expect([c.legalForm, c.legalFormUnknown]).toEqual([null, true]);
    }
  });

  it('refuses an unknown legal form code, naming it', () => {
    const run = () => importFixture('regioatlas-bom-lf.csv', { legalForm: 'STICHTING', legalForms: LEGAL_FORMS });
    expect(run).toThrow(BadInputError);
    expect(run).toThrow(/unknown legal form "STICHTING"/);
    expect(() => importFixture('opengr-lf.csv', { legalForm: 'STICHTING', legalForms: LEGAL_FORMS })).toThrow(/STICHTING/);
    expect(() => importFixture('opengr-lf.csv', { legalForm: ' ', legalForms: LEGAL_FORMS })).toThrow(BadInputError);
  });
});

describe('files that fit neither layout', () => {
  it.each([
    ['wrong-header.csv', /fits neither layout: expected opengr: Deelnemer,Gemeenschappelijke regeling.*found "Naam,Regeling,Adres"/],
    ['regioatlas-wrong-second-column.csv', /fits neither layout.*"Gemeente";"CBS";"<region>".*found .*Code/],
    ['empty.csv', /empty/],
    ['blank.csv', /empty/],
    ['regioatlas-unclosed-quote.csv', /not valid CSV/],
  ])('%s → ImportFormatError', (name, message) => {
    expect(() => importFixture(name)).toThrow(ImportFormatError);
    expect(() => importFixture(name)).toThrow(message);
    if (name !== 'regioatlas-unclosed-quote.csv') expect(() => detectLayout(fixture(name))).toThrow(ImportFormatError);
  });

  it('refuses text that is not CSV at all', () => {
    expect(() => detectLayout('{"municipalities": []}')).toThrow(ImportFormatError);
    expect(() => detectLayout('\u0000\u0001PNG\u0002')).toThrow(ImportFormatError);
  });

  it('refuses a file whose header fits the other layout than the one asked for', () => {
    expect(() => parseImport(fixture('opengr-lf.csv'), { file: 'f', municipalities, layout: 'regioatlas' })).toThrow(
      /does not fit the regioatlas layout/,
    );
    expect(parseImport(fixture('opengr-lf.csv'), { file: 'opengr-lf.csv', municipalities, layout: 'opengr' })).toEqual(
      importFixture('opengr-lf.csv'),
    );
  });

  it('accepts a header only, with nothing to import', () => {
    const r = parseImport('\uFEFF"Gemeente";"CBS";"GGD-regio\'s";"Inwoneraantal van regio"\r\n', { file: 'f', municipalities });
    expect(r).toMatchObject({ layout: 'regioatlas', rowsRead: 0, membershipsImported: 0, rowsRejected: 0, collaborations: [], rejects: [] });
  });
});

describe('idempotence on the fixtures', () => {
  it.each(['opengr-lf.csv', 'opengr-crlf-bom.csv', 'regioatlas-bom-lf.csv', 'regioatlas-crlf.csv'])('%s: same text, same result', (name) => {
    const a = importFixture(name);
    const b = importFixture(name);
    expect(b).toEqual(a);
    expect(b.collaborations.map((c) => c.id)).toEqual(a.collaborations.map((c) => c.id));
  });
});
