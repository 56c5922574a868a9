// The harmonisation report as a format-neutral document: every text already in the report's language, every figure already formatted, charts as data.
//
// A renderer (Markdown, HTML, PDF, JSON) needs nothing but this model: it holds no knowledge of the domain and no
// dictionary. The model is plain JSON (no Maps, no `undefined`), so the JSON rendering *is* the model.

/** The version of this document model; bumped when its shape changes. */
export const REPORT_SCHEMA = 'harmonie.report/1' as const;

export type ReportLanguage = 'NL' | 'EN';

/** How settled a statement is, as shown to the reader; `CONFIRMED` facts carry no mark. */
export type MarkCode = 'INFERRED' | 'UNCONFIRMED' | 'ASSUMPTION';

export interface Mark {
  code: MarkCode;
  /** The mark as the reader sees it, e.g. "AFGELEID" / "INFERRED". */
  label: string;
  /** Why the statement is not settled (the knowledge graph's own note), when known. */
  note: string | null;
}

/**
 * A piece of text with its provenance: an optional bold lead-in, the text, marks for unsettled facts, and the numbers
 * of the sources (in `ReportDocument.sources`) it rests on.
 */
export interface RichText {
  lead: string | null;
  text: string;
  marks: Mark[];
  citations: number[];
}

export type Tone = 'neutral' | 'good' | 'warning' | 'bad';

export interface ParagraphBlock {
  kind: 'paragraph';
  content: RichText;
}

/** A minor heading inside a section. */
export interface SubheadingBlock {
  kind: 'subheading';
  text: string;
}

export interface ListBlock {
  kind: 'list';
  items: RichText[];
}

/** A remark set apart from the text (a caveat, an explanation of a chart or a method). */
export interface NoteBlock {
  kind: 'note';
  tone: Tone;
  content: RichText;
}

/** One headline figure: a label, the formatted value, and how it compares (e.g. with the status quo). */
export interface Figure {
  /** Stable identifier, e.g. `certificates`. */
  id: string;
  label: string;
  value: string;
  /** The comparison in words, e.g. "status quo: 8"; null when there is none. */
  comparison: string | null;
  tone: Tone;
}

export interface FiguresBlock {
  kind: 'figures';
  items: Figure[];
}

export interface TableColumn {
  label: string;
  align: 'left' | 'right';
  /** Relative width hint (1 = normal); renderers that lay out columns themselves use it. */
  weight: number;
}

export interface TableRow {
  cells: RichText[];
  /** `total` rows sum up the rows above them. */
  emphasis: 'total' | null;
  tone: Tone;
}

export interface TableBlock {
  kind: 'table';
  /** Stable identifier, e.g. `engagements`. */
  id: string;
  caption: string;
  columns: TableColumn[];
  rows: TableRow[];
}

/** A matrix of values between 0 and 1, e.g. the Jaccard index of norm overlap between audit frameworks. */
export interface HeatmapChart {
  type: 'heatmap';
  id: string;
  title: string;
  /** What the chart shows and how to read it. */
  description: string;
  rowLabels: string[];
  columnLabels: string[];
  /** values[row][column]; null where there is no value. */
  values: Array<Array<number | null>>;
  /** The same values as the reader sees them, e.g. "0,04". */
  valueLabels: string[][];
  /** Label of the value scale, e.g. "Jaccard-index". */
  valueTitle: string;
  domain: [number, number];
}

export interface BarSeries {
  name: string;
  values: number[];
  /** Formatted values, e.g. "€ 11.250". */
  labels: string[];
}

/** Bars per category; one series gives plain bars, more give grouped bars. */
export interface BarChart {
  type: 'bar';
  id: string;
  title: string;
  description: string;
  categories: string[];
  series: BarSeries[];
  /** Label of the value axis, e.g. "Kosten per jaar (€)". */
  valueTitle: string;
  /** Unit of the values: renderers format axis ticks with it. */
  unit: 'EUR' | 'COUNT';
}

export type Chart = HeatmapChart | BarChart;

export interface ChartBlock {
  kind: 'chart';
  chart: Chart;
}

/** The figure a recommendation follows from, as a sentence with the numbers in it. */
export interface Trigger {
  text: string;
  citations: number[];
}

export interface RecommendationBlock {
  kind: 'recommendation';
  /** Stable identifier of the rule that produced it, e.g. `digid-audit-arrangement`. */
  id: string;
  title: string;
  /** The 2015 KING agenda item or action it takes up: where it stands (e.g. "Agenda Logius-KING, punt 3"), quoted in Dutch. */
  agenda: { reference: string; quote: string; citation: number | null };
  /** The figures that trigger it. */
  triggers: Trigger[];
  /** What to do, and why. */
  advice: RichText[];
  /** What doing it is worth, when the figures say (e.g. a quantified saving). */
  effect: RichText | null;
}

/** Where the numbered source list (`ReportDocument.sources`) is shown. */
export interface SourceListBlock {
  kind: 'source-list';
}

export type Block =
  | SourceListBlock
  | ParagraphBlock
  | SubheadingBlock
  | ListBlock
  | NoteBlock
  | FiguresBlock
  | TableBlock
  | ChartBlock
  | RecommendationBlock;

export type SectionId =
  | 'summary'
  | 'legal-form'
  | 'connection-plan'
  | 'overlap'
  | 'joint-audit'
  | 'comparison'
  | 'recommendations'
  | 'basis'
  | 'sources';

export interface Section {
  id: SectionId;
  /** Numbered heading, e.g. "3. Aansluitplan". */
  heading: string;
  blocks: Block[];
}

export interface SourceEntry {
  /** The number citations refer to, from 1, in order of first citation. */
  number: number;
  /** Id in the knowledge graph's source register. */
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  /** Section or passage, as the register names it. */
  section: string | null;
  /** Publication date (ISO), or null where the source gives none. */
  date: string | null;
  /** The source underlies figures that are assumptions (e.g. audit cost), not published facts. */
  assumption: boolean;
}

export interface ReportMetadata {
  /** Document author, as put into file metadata. */
  author: string;
  collaboration: { id: string; name: string; adHoc: boolean };
  legalForm: { code: string; name: string };
  members: Array<{ id: string; name: string }>;
  facilities: Array<{ code: string; name: string }>;
  /** The date the analysis holds for (ISO). */
  asOf: string;
  /** When the report was made (ISO timestamp); the only field that may differ between two runs on the same input. */
  generatedAt: string;
  /** `generatedAt` as the reader sees it (Dutch time, the report's language). */
  generatedAtText: string;
  scenarioName: string | null;
  /** File name without extension, e.g. `harmonisatieadvies-szw-noardwest-fryslan-2026-11-28`. */
  fileStem: string;
  /** Label/value pairs shown under the title, already formatted. */
  facts: Array<{ label: string; value: string }>;
}

/** Renderer texts that are not part of the content: page numbering, chart notes, the source list's field names. */
export interface RendererLabels {
  /** "Pagina {page} van {pages}" with the placeholders in place. */
  pageOf: string;
  /** Note under a chart shown as a table of numbers (Markdown). */
  chartAsTable: string;
  /** Header of the first column when a heatmap is shown as a table. */
  heatmapCorner: string;
  /** Header of the first column when a bar chart is shown as a table. */
  barCategory: string;
  /** Field names in the source list. */
  sourceDate: string;
  sourceSection: string;
  /** Shown beside a source that underlies assumed figures. */
  assumption: string;
  /** Field names in a recommendation. */
  agendaItem: string;
  trigger: string;
  advice: string;
  effect: string;
  contents: string;
  generatedBy: string;
}

export interface ReportDocument {
  schema: typeof REPORT_SCHEMA;
  language: ReportLanguage;
  /** BCP 47 locale the figures are formatted in (`nl-NL`, `en-GB`). */
  locale: string;
  title: string;
  subtitle: string;
  metadata: ReportMetadata;
  labels: RendererLabels;
  sections: Section[];
  /** Every source cited anywhere in the report, numbered in order of first citation. */
  sources: SourceEntry[];
}
