// The dates a request's answer is read at: each recorded once, at the response path of the field that establishes it, and
// found by every resolver below that path. One request can hold several dates (aliased root fields, the two sides of a
// comparison), and each part of the answer keeps its own.
import type { GraphQLResolveInfo } from 'graphql';
import type { IsoDate } from '../domain/model.js';

/** A date to read the graph at, or null for none: a framework listed without a date shows every version of its norms. */
export type ReadDate = IsoDate | null;

type ResponsePath = GraphQLResolveInfo['path'];
type Info = Pick<GraphQLResolveInfo, 'path'>;
type Key = string | number;

/** One key of a response path: the date recorded there, if any, and the keys recorded below it. */
interface Node {
  date?: ReadDate;
  below?: Map<Key, Node>;
}

/**
 * A response path's keys from the root, list indices included. Keys, not the path objects: graphql-jit builds a new path
 * object for every resolver call, so only the keys are shared by a field and the fields below it.
 */
function keysOf(path: ResponsePath): Key[] {
  const keys: Key[] = [];
  for (let p: ResponsePath | undefined = path; p; p = p.prev) keys.push(p.key);
  return keys.reverse();
}

const show = (path: ResponsePath) => keysOf(path).join('.');

/**
 * The dates of one request, as a tree of the response paths they were recorded at: finding the nearest one above a
 * field walks down that field's keys (no key strings built), which matters for the thousands of norms of a large plan.
 */
export class AnswerDates {
  readonly #root: Node = {};

  /** Records `date` for the field at `info.path` and every field below it; returns it. */
  record<D extends ReadDate>(info: Info, date: D): D {
    let node = this.#root;
    for (const key of keysOf(info.path)) {
      node.below ??= new Map();
      let next = node.below.get(key);
      if (!next) node.below.set(key, (next = {}));
      node = next;
    }
    node.date = date;
    return date;
  }

  /** `value`, whose catalogue objects are read at `date`: for an analysis handing down the facilities and norms it used. */
  readAt<T>(info: Info, date: ReadDate, value: T): T {
    this.record(info, date);
    return value;
  }

  /** The date recorded nearest above `info.path` (or at it); null when that is no date. */
  dateOrNoneOf(info: Info): ReadDate {
    let node: Node | undefined = this.#root;
    let nearest = node.date;
    for (const key of keysOf(info.path)) {
      node = node.below?.get(key);
      if (!node) break;
      if (node.date !== undefined) nearest = node.date;
    }
    // A programming error, never bad input: a field that establishes a date did not record it.
    if (nearest === undefined) throw new Error(`no date is recorded above ${show(info.path)}: the field that sets it must record it`);
    return nearest;
  }

  /** The date recorded nearest above `info.path`, where the answer needs one (facilities and their requirements do). */
  dateOf(info: Info): IsoDate {
    const date = this.dateOrNoneOf(info);
    if (date === null) throw new Error(`${show(info.path)} needs a date, and the part of the answer above it has none`);
    return date;
  }

  /** A field's own `asOf` argument when given, recorded for the fields below it; else the date above it. */
  argumentDateOf(info: Info, asOf: IsoDate | null | undefined): IsoDate {
    return asOf != null ? this.record(info, asOf) : this.dateOf(info);
  }
}
