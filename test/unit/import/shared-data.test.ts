// The importer on the real 2016 files in ../shared/data: OpenGR and two regioatlas lists. Skipped with the reason
// when ../shared is not beside the checkout (a bare clone); required under CI=true.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseImport, rejectsCsv, type ImportResult } from '../../../src/domain/import/index.js';
import { requireSharedData, sharedSkipReason } from '../../helpers/shared.js';
import { LEGAL_FORMS, loadMunicipalities, sharedData } from './helpers.js';

const municipalities = loadMunicipalities();
const OPENGR = 'opengr/gemeenschappelijke_regelingen_opengr.csv';
const VEILIGHEIDSREGIOS = 'regioatlas/veiligheidsregios.csv';
const SOCIALE_DIENSTEN = 'regioatlas/intergemeentelijkesocialediensten.csv';

function reasonCounts(result: ImportResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of result.rejects) {
    const kind = r.reason.replace(/[:"].*$/, '').trim();
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

if (sharedSkipReason !== null) {
  it.skip(sharedSkipReason, () => undefined);
} else {
  it('has ../shared/data beside the checkout', () => requireSharedData());
  describe('OpenGR 2016 (shared data)', () => {
    const text = sharedData(OPENGR);
    const result = parseImport(text, { file: OPENGR, municipalities });

    it('reads every data row and accounts for each one', () => {
      // 3,753 lines, no newline at the end: the header and 3,752 rows, each of five fields (checked with two parsers).
      expect(result.layout).toBe('opengr');
      expect(result.rowsRead).toBe(3752);
      expect(result.membershipsImported + result.rowsRejected).toBe(result.rowsRead);
      expect(result.rejects).toHaveLength(result.rowsRejected);
      const memberships = result.collaborations.reduce((n, c) => n + c.members.length, 0);
      expect(memberships).toBe(result.membershipsImported);
    });

    it('gives the counts measured on the 2016 file', () => {
      expect(result.membershipsImported).toBe(3314);
      expect(result.rowsRejected).toBe(438);
      expect(result.collaborations).toHaveLength(443);
      expect(reasonCounts(result)).toEqual({
        'participant is a province': 101,
        'participant is a water board': 114,
        'participant is outside the Netherlands': 89,
        'no municipality named': 126,
        ambiguous: 3,
        'duplicate membership': 5,
      });
    });

    it('repairs every doubly encoded name', () => {
      for (const c of result.collaborations) expect(c.name).not.toMatch(/[ÃÂ]|â€/);
      const names = result.collaborations.map((c) => c.name);
      expect(text).toContain('Veiligheidsregio FryslÃ¢n');
      expect(names).toContain('Veiligheidsregio Fryslân');
      expect(names).toContain('Sociale werkvoorziening Fryslân');
      expect(names).toContain('Coöperatie ParkeerService');
      expect(names).toContain('Hûs en Hiem');
    });

    it('matches participants by repaired name: Veiligheidsregio Fryslân includes Súdwest-Fryslân (SÃºdwest-FryslÃ¢n)', () => {
      const vr = result.collaborations.find((c) => c.id === 'gr-veiligheidsregio-fryslan');
      expect(vr?.members).toHaveLength(24);
      expect(vr?.members).toContainEqual({ municipality: 'GM1900', matchedBy: 'NAME' });
    });

    it('gives ARCG exactly the eight members the file lists (lines 2–9)', () => {
      const arcg = result.collaborations.find((c) => c.id === 'gr-afvalbeheer-regio-centraal-groningen-arcg');
      expect(arcg).toEqual({
        id: 'gr-afvalbeheer-regio-centraal-groningen-arcg',
        name: 'Afvalbeheer Regio Centraal Groningen (ARCG)',
        legalForm: null,
        legalFormUnknown: true,
        // Bedum, Ten Boer, Groningen, Grootegast, Haren, Leek, Marum, Zuidhorn
        members: ['GM0005', 'GM0009', 'GM0014', 'GM0015', 'GM0017', 'GM0022', 'GM0025', 'GM0056'].map((municipality) => ({
          municipality,
          matchedBy: 'NAME',
        })),
        source: { layout: 'opengr', file: OPENGR, column: 'Gemeenschappelijke regeling' },
      });
    });

    it('rejects provinces, water boards, foreign and pre-merger participants with a reason, and maps no old name', () => {
      const reasonAt = (line: number) => result.rejects.find((r) => r.line === line)?.reason;
      expect(reasonAt(469)).toBe('no municipality named "Bussum" in the graph');
      expect(reasonAt(594)).toBe('ambiguous: "Bergen" may be Bergen (NH) (GM0373) or Bergen (L) (GM0893)');
      expect(result.rejects.find((r) => r.row['Deelnemer'] === 'Provincie FryslÃ¢n')?.reason).toBe('participant is a province: "Provincie Fryslân"');
      expect(result.rejects.find((r) => r.row['Deelnemer'] === 'Wetterskip FryslÃ¢n')?.reason).toBe('participant is a water board: "Wetterskip Fryslân"');
      expect(reasonAt(911)).toMatch(/^duplicate membership: Amsterdam \(GM0363\) is already a member of .* \(line 907\)$/);
      // Every reject points at its own line and keeps its fields (trimmed, as read).
      const lines = text.split('\n');
      for (const r of result.rejects) {
        const fields: string[][] = parse(lines[r.line - 1] ?? '', { trim: true });
        expect(Object.values(r.row)).toEqual(fields[0]);
      }
    });

    it('leaves the legal form unknown and flagged, and sorts collaborations and members', () => {
      const ids = result.collaborations.map((c) => c.id);
      expect(ids).toEqual([...ids].sort());
      expect(new Set(ids).size).toBe(ids.length);
      for (const c of result.collaborations) {
        expect(c.legalForm).toBeNull();
        expect(c.legalFormUnknown).toBe(true);
        expect(c.id).toMatch(/^gr-[a-z0-9]+(-[a-z0-9]+)*$/);
        const members = c.members.map((m) => m.municipality);
        expect(members).toEqual([...new Set(members)].sort());
      }
    });

    it('writes the rejects as CSV that reads back to the same rows', () => {
      const csv = rejectsCsv(result);
      const rows: string[][] = parse(csv);
      expect(rows[0]).toEqual(['line', 'reason', 'Deelnemer', 'Gemeenschappelijke regeling', 'Postcode', 'Plaats', 'Provincie']);
      expect(rows).toHaveLength(result.rowsRejected + 1);
      expect(rows[1]).toEqual([String(result.rejects[0]?.line), result.rejects[0]?.reason, ...Object.values(result.rejects[0]?.row ?? {})]);
    });
  });

  describe.each([
    { file: VEILIGHEIDSREGIOS, column: "Veiligheidsregio's", rows: 390, regions: 25, prefix: 'regio-veiligheidsregios-' },
    { file: SOCIALE_DIENSTEN, column: 'Intergemeentelijke sociale diensten', rows: 107, regions: 29, prefix: 'regio-intergemeentelijke-sociale-diensten-' },
  ])('regioatlas $file (shared data)', ({ file, column, rows, regions, prefix }) => {
    const result = parseImport(sharedData(file), { file, municipalities, legalForm: 'OPENBAAR_LICHAAM', legalForms: LEGAL_FORMS });

    it('matches every row by CBS code', () => {
      expect(result.layout).toBe('regioatlas');
      expect(result.rowsRead).toBe(rows);
      expect(result.membershipsImported).toBe(rows);
      expect(result.rowsRejected).toBe(0);
      expect(result.collaborations).toHaveLength(regions);
      const members = result.collaborations.flatMap((c) => c.members);
      expect(members).toHaveLength(rows);
      expect(new Set(members.map((m) => m.municipality)).size).toBe(rows);
      for (const m of members) expect(m.matchedBy).toBe('CBS_CODE');
    });

    it('passes the legal form through and records the region column', () => {
      for (const c of result.collaborations) {
        expect(c.legalForm).toBe('OPENBAAR_LICHAAM');
        expect(c.legalFormUnknown).toBe(false);
        expect(c.source).toEqual({ layout: 'regioatlas', file, column });
        expect(c.id.startsWith(prefix)).toBe(true);
        expect(c.name).not.toMatch(/[ÃÂ]/);
      }
    });
  });

  describe('veiligheidsregios: every municipality of the graph in one of 25 regions', () => {
    it('covers all 390 municipalities; Drenthe has its twelve', () => {
      const result = parseImport(sharedData(VEILIGHEIDSREGIOS), { file: VEILIGHEIDSREGIOS, municipalities });
      const covered = new Set(result.collaborations.flatMap((c) => c.members.map((m) => m.municipality)));
      expect([...covered].sort()).toEqual(municipalities.map((m) => m.id).sort());
      const drenthe = result.collaborations.find((c) => c.id === 'regio-veiligheidsregios-drenthe');
      expect(drenthe?.name).toBe('Drenthe');
      expect(drenthe?.members).toHaveLength(12);
      expect(drenthe?.legalForm).toBeNull();
      expect(drenthe?.legalFormUnknown).toBe(true);
      expect(result.collaborations.find((c) => c.id === 'regio-veiligheidsregios-fryslan')?.name).toBe('Fryslân');
    });
  });

  describe('idempotence on the shared files', () => {
    it.each([OPENGR, VEILIGHEIDSREGIOS, SOCIALE_DIENSTEN])('%s: parsing twice gives the same result and the same ids', (file) => {
      const text = sharedData(file);
      const a = parseImport(text, { file, municipalities });
      const b = parseImport(text, { file, municipalities: [...municipalities].reverse() });
      expect(b).toEqual(a);
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    });
  });
}
