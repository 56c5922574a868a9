// One-off conversion of graph-seed/ (issue 10 §2): every human text becomes `{nl, en}`, Dutch first. `--extract` lists the
// English texts still to translate; with a translation table (English text → Dutch text, JSON) the files are rewritten
// in place, comments kept. A text without a Dutch translation stops the run, naming it: nothing is half-written.
//   npx tsx tools/i18n/bilingual-seed.ts --extract > texts.json
//   npx tsx tools/i18n/bilingual-seed.ts translations.json
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

const SEED = path.resolve(import.meta.dirname, '../../graph-seed');
/** The files B converts; `frameworks/*` is converted on the branch of §1. */
const FILES = ['facilities.yaml', 'eligibility.yaml', 'legal-forms.yaml', 'collaborations.yaml', 'certificate-types.yaml', 'cost-model.yaml', 'mappings.yaml'];
/** Fields holding a human text (or a list of them) wherever they occur. */
const TEXT_FIELDS = new Set(['title', 'description', 'reason', 'legalBasis', 'conditions', 'workarounds', 'note']);
/** `name` is a human text in these lists only; elsewhere (a facility, a collaboration) it is a proper name. */
const NAMED_LISTS = new Set(['auditRequirements', 'legalForms', 'certificateTypes']);

type Visit = (node: Node, set: (next: Node) => void, at: string) => void;

/** Calls `visit` for every text node of the document (a plain string in a text field, or each string of a text list). */
function eachText(doc: Document, visit: Visit): void {
  const walk = (node: unknown, list: string | null, at: string) => {
    if (isMap(node)) {
      for (const pair of (node as YAMLMap).items as Array<Pair<Node, Node>>) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const here = `${at}.${key}`;
        const isText = TEXT_FIELDS.has(key) || (key === 'name' && list !== null && NAMED_LISTS.has(list));
        if (isText && isScalar(pair.value) && typeof pair.value.value === 'string') visit(pair.value, (next) => (pair.value = next), here);
        else if (isText && isSeq(pair.value)) {
          const seq = pair.value;
          seq.items.forEach((item, i) => {
            if (isScalar(item) && typeof item.value === 'string') visit(item, (next) => (seq.items[i] = next), `${here}[${i}]`);
          });
        } else walk(pair.value, isSeq(pair.value) ? key : list, here);
      }
    } else if (isSeq(node)) node.items.forEach((item, i) => walk(item, list, `${at}[${i}]`));
  };
  walk(doc.contents, null, '');
}

const mode = process.argv[2];
if (!mode) {
  console.error('usage: bilingual-seed.ts --extract | <translations.json>');
  process.exit(2);
}
const docs = FILES.map((file) => ({ file, doc: parseDocument(readFileSync(path.join(SEED, file), 'utf8')) }));
if (mode === '--extract') {
  const texts = new Set<string>();
  for (const { doc } of docs) eachText(doc, (node) => texts.add(String((node as { value: unknown }).value)));
  console.log(JSON.stringify([...texts], null, 1));
} else {
  const table = JSON.parse(readFileSync(mode, 'utf8')) as Record<string, string>;
  const missing: string[] = [];
  for (const { file, doc } of docs) {
    eachText(doc, (node, set, at) => {
      const en = String((node as { value: unknown }).value);
      const nl = table[en];
      if (nl === undefined || nl.trim() === '') missing.push(`${file}${at}: ${en}`);
      else set(doc.createNode({ nl, en }) as Node);
    });
  }
  if (missing.length > 0) {
    console.error(`no Dutch text for ${missing.length} texts:\n${missing.join('\n')}`);
    process.exit(1);
  }
  for (const { file, doc } of docs) writeFileSync(path.join(SEED, file), doc.toString({ lineWidth: 118, minContentWidth: 40, flowCollectionPadding: false }));
}
