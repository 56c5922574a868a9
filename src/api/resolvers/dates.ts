// The date an answer reads the graph at: recorded once, at the response path of the field that establishes it, and found
// by every resolver below that path. One request can hold several dates (aliased root fields, the two sides of a
// comparison), and each part of the answer keeps its own.
import type { GraphQLResolveInfo } from 'graphql';
import type { IsoDate } from '../../domain/model.js';
import type { RequestContext } from '../context.js';

/** A date to read the graph at, or null for none: a framework listed without a date shows every version of its norms. */
export type ReadDate = IsoDate | null;

type ResponsePath = GraphQLResolveInfo['path'];
type Info = Pick<GraphQLResolveInfo, 'path'>;

/**
 * The response path's keys from the root, list indices included. Keys, not the path objects: graphql-jit builds a new
 * path object for every resolver call, so only the keys are shared by a field and the fields below it.
 */
function keysOf(path: ResponsePath): Array<string | number> {
  const keys: Array<string | number> = [];
  for (let p: ResponsePath | undefined = path; p; p = p.prev) keys.push(p.key);
  return keys.reverse();
}

/** Response names cannot hold a dot, so the joined keys name one path. */
const keyOf = (path: ResponsePath): string => keysOf(path).join('.');

/** Records `date` for the field at `info.path` and every field below it; returns it. */
export function recordDate<D extends ReadDate>(ctx: RequestContext, info: Info, date: D): D {
  ctx.dates.set(keyOf(info.path), date);
  return date;
}

/** The date recorded nearest above `info.path` (or at it); null when that is no date. */
export function dateOrNoneOf(ctx: RequestContext, info: Info): ReadDate {
  let key = '';
  let nearest: ReadDate | undefined;
  for (const k of keysOf(info.path)) {
    key = key === '' ? String(k) : `${key}.${k}`;
    const date = ctx.dates.get(key);
    if (date !== undefined) nearest = date;
  }
  // A programming error, never bad input: a field that establishes a date did not record it.
  if (nearest === undefined) throw new Error(`no date is recorded above ${key}: the field that sets it must call recordDate`);
  return nearest;
}

/** The date recorded nearest above `info.path`, where the answer needs one (facilities and their requirements do). */
export function dateOf(ctx: RequestContext, info: Info): IsoDate {
  const date = dateOrNoneOf(ctx, info);
  if (date === null) throw new Error(`${keyOf(info.path)} needs a date, and the part of the answer above it has none`);
  return date;
}

/** A field's own `asOf` argument when given, recorded for the fields below it; else the date above it. */
export function argumentDateOf(ctx: RequestContext, info: Info, asOf: IsoDate | null | undefined): IsoDate {
  return asOf != null ? recordDate(ctx, info, asOf) : dateOf(ctx, info);
}

/** `value`, whose catalogue objects are read at `date`: for an analysis handing down the facilities and norms it used. */
export function readAt<T>(ctx: RequestContext, info: Info, date: ReadDate, value: T): T {
  recordDate(ctx, info, date);
  return value;
}
