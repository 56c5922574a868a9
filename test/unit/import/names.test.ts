// Mojibake repair, name normalisation and municipality matching, with a property over the graph's 390 names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MunicipalityMatcher, normaliseName, parseImport, repairMojibake } from '../../../src/domain/import/index.js';
import { loadMunicipalities } from './helpers.js';

const municipalities = loadMunicipalities();
const matcher = new MunicipalityMatcher(municipalities);

/** UTF-8 read as Latin-1: the doubly encoded form seen in the OpenGR file. */
const latin1Mojibake = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
/** UTF-8 read as Windows-1252, as Excel does: `’` becomes `â€™`. */
const cp1252Mojibake = (s: string) => new TextDecoder('windows-1252').decode(Buffer.from(s, 'utf8'));

describe('repairMojibake', () => {
  it.each([
    ['FryslÃ¢n', 'Fryslân'],
    ['SÃºdwest-FryslÃ¢n', 'Súdwest-Fryslân'],
    ['CoÃ¶peratie', 'Coöperatie'],
    ['HÃ»s en Hiem', 'Hûs en Hiem'],
    ['GroÃŸefehn', 'Großefehn'],
    ['Waterschap â€™t Suydevelt', 'Waterschap ’t Suydevelt'],
    ['8100 ACÂ\u00A0', '8100 AC\u00A0'],
    ['FinanciÃ«le', 'Financiële'],
  ])('%s → %s', (broken, repaired) => {
    expect(repairMojibake(broken)).toBe(repaired);
  });

  it.each(['Fryslân', 'Súdwest Fryslân', "'s-Hertogenbosch", 'Coöperatie', 'Ã alone', 'plain ASCII', '', 'Â'])('leaves %j alone', (s) => {
    expect(repairMojibake(s)).toBe(s);
  });

  it('repairs text encoded twice over', () => {
    expect(repairMojibake(latin1Mojibake(latin1Mojibake('Fryslân')))).toBe('Fryslân');
  });

  it('repairs a mixed string part by part', () => {
    expect(repairMojibake('Fryslân en FryslÃ¢n')).toBe('Fryslân en Fryslân');
  });

  it('undoes both the Latin-1 and the Windows-1252 reading of any text, and changes nothing else', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
        // Only text without sequences that themselves look like mojibake round-trips; generated text rarely has them.
        fc.pre(repairMojibake(s) === s);
        expect(repairMojibake(latin1Mojibake(s))).toBe(s);
        expect(repairMojibake(cp1252Mojibake(s))).toBe(s);
      }),
      { numRuns: 500 },
    );
  });
});

describe('normaliseName', () => {
  it.each([
    ['Súdwest-Fryslân', 'sudwest fryslan'],
    ['Sudwest Fryslan', 'sudwest fryslan'],
    ['SÃºdwest-FryslÃ¢n', 'sudwest fryslan'],
    ["'s-Hertogenbosch", 's hertogenbosch'],
    ['’s-Hertogenbosch', 's hertogenbosch'],
    ['s Hertogenbosch', 's hertogenbosch'],
    ['Gemeente  Krimpen aan den Ijssel ', 'krimpen aan den ijssel'],
    ['Overbetuwe,', 'overbetuwe'],
    ['Bergen (NH.)', 'bergen nh'],
    ['Nuenen, Gerwen en Nederwetten', 'nuenen gerwen en nederwetten'],
    ['Afvalbeheer Regio Centraal Groningen (ARCG)', 'afvalbeheer regio centraal groningen arcg'],
  ])('%s → %s', (name, normalised) => {
    expect(normaliseName(name)).toBe(normalised);
  });

  it('keeps the 390 municipalities of the graph apart', () => {
    const keys = new Set(municipalities.map((m) => normaliseName(m.name).replace(/ /g, '')));
    expect(keys.size).toBe(390);
  });
});

describe('MunicipalityMatcher', () => {
  it('finds names written differently, never a pre-merger name', () => {
    const idOf = (name: string) => {
      const match = matcher.byName(name);
      return match.kind === 'match' ? match.municipality.id : match.kind;
    };
    expect(idOf('Sudwest Fryslan')).toBe('GM1900');
    expect(idOf('gemeente DEN HAAG')).toBe('none'); // another name, not a spelling: not guessed
    expect(idOf("’s-Gravenhage")).toBe('GM0518');
    expect(idOf('Bergen (NH.)')).toBe('GM0373');
    expect(idOf('Bergen (L.)')).toBe('GM0893');
    expect(idOf('Bergen')).toBe('ambiguous');
    expect(idOf('Hengelo')).toBe('GM0164');
    expect(idOf('Sint Michielsgestel')).toBe('GM0845');
    expect(idOf('Bussum')).toBe('none'); // merged into Gooise Meren in 2016
    expect(idOf('Nuenen')).toBe('none'); // the graph knows it only as "Nuenen, Gerwen en Nederwetten"
    expect(idOf('')).toBe('none');
  });
});

/** A municipality name as a data file might write it. */
const writtenName = (name: string) =>
  fc
    .record({
      casing: fc.array(fc.constantFrom('upper', 'lower', 'keep'), { minLength: name.length, maxLength: name.length }),
      hyphens: fc.boolean(),
      prefix: fc.boolean(),
      inner: fc.constantFrom(' ', '  ', ' \t '),
      before: fc.constantFrom('', ' ', '  ', '\t'),
      after: fc.constantFrom('', ' ', '   ', '\t'),
      encoding: fc.constantFrom('utf8', 'latin1', 'cp1252'),
    })
    .map(({ casing, hyphens, prefix, inner, before, after, encoding }) => {
      let s = [...name].map((ch, i) => (casing[i] === 'upper' ? ch.toUpperCase() : casing[i] === 'lower' ? ch.toLowerCase() : ch)).join('');
      if (hyphens) s = s.replace(/-/g, ' ');
      s = s.replace(/ /g, inner);
      if (prefix) s = `Gemeente ${s}`;
      if (encoding === 'latin1') s = latin1Mojibake(s);
      if (encoding === 'cp1252') s = cp1252Mojibake(s);
      return `${before}${s}${after}`;
    });

const municipalityArb = fc.constantFrom(...municipalities);

function csvField(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

describe('matching (property)', () => {
  it('finds the right municipality for any real name, however it is cased, spaced or encoded', () => {
    fc.assert(
      fc.property(municipalityArb.chain((m) => fc.tuple(fc.constant(m), writtenName(m.name))), ([m, written]) => {
        const match = matcher.byName(written);
        expect(match.kind === 'match' ? match.municipality.id : match.kind).toBe(m.id);
      }),
      { numRuns: 1000 },
    );
  });

  it('imports random OpenGR rows of real names with every participant matched to its municipality', () => {
    fc.assert(
      fc.property(
        fc.array(municipalityArb.chain((m) => fc.tuple(fc.constant(m), writtenName(m.name))), { minLength: 1, maxLength: 20 }),
        fc.constantFrom('\n', '\r\n'),
        (rows, eol) => {
          const text = [
            'Deelnemer,Gemeenschappelijke regeling,Postcode,Plaats,Provincie',
            ...rows.map(([, written]) => `${csvField(written)},Proefregeling,,,`),
          ].join(eol);
          const result = parseImport(text, { file: 'random.csv', municipalities });
          const expected = [...new Set(rows.map(([m]) => m.id))].sort();
          expect(result.rowsRead).toBe(rows.length);
          expect(result.membershipsImported).toBe(expected.length);
          expect(result.rejects.every((r) => r.reason.startsWith('duplicate membership'))).toBe(true);
          expect(result.collaborations.map((c) => c.members.map((x) => x.municipality))).toEqual([expected]);
          expect(parseImport(text, { file: 'random.csv', municipalities })).toEqual(result);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('imports random regioatlas rows by CBS code, with or without leading zeros', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(municipalityArb, { minLength: 1, maxLength: 20, selector: (m) => m.id }),
        fc.boolean(),
        (picked, strip) => {
          const text =
            '\uFEFF"Gemeente";"CBS";"Proefregio\'s";"Inwoneraantal van regio"\r\n' +
            picked.map((m) => `"${m.name}";"${strip ? String(Number(m.cbsCode)) : m.cbsCode}";"Regio";"1"\r\n`).join('');
          const result = parseImport(text, { file: 'random.csv', municipalities });
          expect(result.rowsRejected).toBe(0);
          expect(result.collaborations[0]?.members).toEqual(
            picked.map((m) => ({ municipality: m.id, matchedBy: 'CBS_CODE' })).sort((a, b) => (a.municipality < b.municipality ? -1 : 1)),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
