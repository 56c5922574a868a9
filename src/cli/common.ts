// What every CLI command shares: argument parsing with usage errors, the configured store, policy files, collaboration look-up.
import { readFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { loadConfig, type Config } from '../config.js';
import { isIsoDate, today } from '../domain/dates.js';
import { AUDIT_SCOPES, EVIDENCE } from '../domain/model.js';
import type { PolicyInput } from '../domain/scope.js';
import { ensureEmbeddedSeed, openStore } from '../store/factory.js';
import type { GraphStore } from '../store/port.js';

/** Bad arguments: the command prints its usage and exits 2. */
export class UsageError extends Error {}

/** A file that cannot be read or understood: exit 1 with the reason. */
export class InputFileError extends Error {}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[]): Promise<number>;
}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, usage: string, positionals = false) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: positionals });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${usage}`);
  }
}

export function asOfOption(value: string | undefined, usage: string): string {
  const d = value ?? today();
  if (!isIsoDate(d)) throw new UsageError(`--as-of must be a date YYYY-MM-DD, got "${d}"\n\n${usage}`);
  return d;
}

/** Opens the configured store; the embedded one is seeded when empty, as `npm start` does. */
export async function withStore<T>(work: (store: GraphStore, config: Readonly<Config>) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const store = await openStore(config);
  try {
    await ensureEmbeddedSeed(store);
    return await work(store, config);
  } finally {
    await store.close();
  }
}

const policyFileSchema = z.strictObject({
  connectionMode: z.enum(['AUTO', 'JOINT', 'PER_MEMBER']).nullish(),
  crossFacilityBundling: z.boolean().nullish(),
  auditRequirements: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        evidence: z.enum(EVIDENCE).nullish(),
        cycleMonths: z.int().nullish(),
        scope: z.enum(AUDIT_SCOPES).nullish(),
        jointAllowed: z.boolean().nullish(),
      }),
    )
    .nullish(),
  costModel: z.array(z.strictObject({ evidence: z.enum(EVIDENCE), fixedCost: z.number().nullish(), subjectCost: z.number().nullish() })).nullish(),
  normWeights: z.array(z.strictObject({ framework: z.string().min(1), weight: z.number() })).nullish(),
});

/** Reads a policy file: the same shape as the GraphQL `PolicyInput`, as JSON. */
export async function readPolicyFile(file: string | undefined): Promise<PolicyInput | null> {
  if (file === undefined) return null;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputFileError(`cannot read policy file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputFileError(`policy file ${file} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = policyFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new InputFileError(`policy file ${file} is not a policy:\n${parsed.error.issues.map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`).join('\n')}`);
  }
  return parsed.data;
}

/** Finds a collaboration by id, else by name (exact, then a unique part of it). */
export async function findCollaboration(store: GraphStore, idOrName: string): Promise<string> {
  if (await store.collaboration(idOrName)) return idOrName;
  const page = await store.collaborations({ search: idOrName, first: 20, after: null });
  const exact = page.items.filter((i) => i.node.collaboration.name.toLowerCase() === idOrName.toLowerCase());
  if (exact.length === 1) return exact[0]!.node.collaboration.id;
  if (page.items.length === 1) return page.items[0]!.node.collaboration.id;
  if (page.items.length === 0) throw new InputFileError(`no collaboration has the id or name "${idOrName}"`);
  throw new UsageError(
    `"${idOrName}" names ${page.totalCount} collaborations; give the id of one:\n${page.items.map((i) => `  ${i.node.collaboration.id}  ${i.node.collaboration.name}`).join('\n')}`,
  );
}

const euro = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
export const formatEuro = (v: number) => euro.format(v);

/** A plain text table for terminals. */
export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
