// Citations of the report: sources are registered as they are cited and numbered in reading order at the end.
import type { Language, Source } from '../../domain/model.js';
import type { Block, RichText, Section, SourceEntry } from './document.js';

export class CitationRegistry {
  private readonly byId = new Map<string, { provisional: number; source: Source; assumption: boolean }>();

  constructor(
    private readonly lookup: (ids: string[]) => Source[],
    /** The language the sources' own descriptions are given in. */
    private readonly language: Language,
  ) {}

  /** Registers sources by id (unknown ids are skipped) and returns their provisional numbers. */
  cite(ids: readonly string[], options: { assumption?: boolean } = {}): number[] {
    return this.citeSources(this.lookup([...ids]), options);
  }

  citeSources(sources: readonly Source[], options: { assumption?: boolean } = {}): number[] {
    const numbers: number[] = [];
    for (const source of sources) {
      let entry = this.byId.get(source.id);
      if (!entry) {
        entry = { provisional: this.byId.size + 1, source, assumption: false };
        this.byId.set(source.id, entry);
      }
      if (options.assumption) entry.assumption = true;
      if (!numbers.includes(entry.provisional)) numbers.push(entry.provisional);
    }
    return numbers;
  }

  /**
   * Numbers the sources in order of first citation while reading the sections from top to bottom, rewrites every
   * citation to that number, and returns the numbered source list. Sources registered but never shown are dropped.
   */
  finish(sections: Section[]): { sections: Section[]; sources: SourceEntry[] } {
    const order = new Map<number, number>();
    const see = (cs: number[]) => {
      for (const c of cs) if (!order.has(c)) order.set(c, order.size + 1);
    };
    for (const section of sections) for (const block of section.blocks) forEachCitationList(block, see);
    const renumber = (cs: number[]) => [...new Set(cs.map((c) => order.get(c) ?? 0))].filter((c) => c > 0).sort((a, b) => a - b);
    const rewritten = sections.map((s) => ({ ...s, blocks: s.blocks.map((b) => mapCitations(b, renumber)) }));
    const sources: SourceEntry[] = [];
    for (const { provisional, source, assumption } of this.byId.values()) {
      const number = order.get(provisional);
      if (number === undefined) continue;
      sources.push({
        number,
        id: source.id,
        title: source.title,
        publisher: source.publisher,
        url: source.url,
        section: source.section === null ? null : source.section[this.language],
        date: source.date,
        assumption,
      });
    }
    sources.sort((a, b) => a.number - b.number);
    return { sections: rewritten, sources };
  }
}

function richTexts(block: Block): RichText[] {
  switch (block.kind) {
    case 'paragraph':
    case 'note':
      return [block.content];
    case 'list':
      return block.items;
    case 'table':
      return block.rows.flatMap((r) => r.cells);
    case 'recommendation':
      return [...block.advice, ...(block.effect ? [block.effect] : [])];
    default:
      return [];
  }
}

function forEachCitationList(block: Block, see: (cs: number[]) => void): void {
  if (block.kind === 'recommendation') {
    if (block.agenda.citation !== null) see([block.agenda.citation]);
    for (const t of block.triggers) see(t.citations);
  }
  for (const t of richTexts(block)) see(t.citations);
}

function mapCitations(block: Block, f: (cs: number[]) => number[]): Block {
  const text = (t: RichText): RichText => ({ ...t, citations: f(t.citations) });
  switch (block.kind) {
    case 'paragraph':
      return { ...block, content: text(block.content) };
    case 'note':
      return { ...block, content: text(block.content) };
    case 'list':
      return { ...block, items: block.items.map(text) };
    case 'table':
      return { ...block, rows: block.rows.map((r) => ({ ...r, cells: r.cells.map(text) })) };
    case 'recommendation':
      return {
        ...block,
        agenda: { ...block.agenda, citation: block.agenda.citation === null ? null : (f([block.agenda.citation])[0] ?? null) },
        triggers: block.triggers.map((t) => ({ ...t, citations: f(t.citations) })),
        advice: block.advice.map(text),
        effect: block.effect ? text(block.effect) : null,
      };
    default:
      return block;
  }
}
