// Which version of a store's data each unit of work (request) reads, and whether that version is confirmed: the one
// bookkeeping behind both stores' "read at once, confirm at the access-log commit" (AccessLogReceipt). A store names its
// versions (Neo4j: the graph version; embedded: the data file's mtime and size); this holds what each unit of work saw.
import type { AccessLogReceipt } from './port.js';
import type { OperationScope } from './operation-scope.js';

const CURRENT: AccessLogReceipt = Object.freeze({ readsCurrent: true });
const OUTDATED: AccessLogReceipt = Object.freeze({ readsCurrent: false });
/** A unit of work that read two versions without confirming either: never confirmed, always answered again. */
const MIXED = '\u0000mixed';

export class ScopeReads {
  /** The version a unit of work's reads are confirmed at: asked for, or found by a commit made after it began. */
  private confirmed = new WeakMap<OperationScope, string | null>();
  /** The version a unit of work read without asking, for its access-log commit to confirm or refute. */
  private unconfirmed = new WeakMap<OperationScope, string>();
  /** Units of work whose unconfirmed reads were refuted: from then on they ask before they read. */
  private refuted = new WeakSet<OperationScope>();

  /** Whether the reads of `scope` are confirmed at a version (then later reads use that version without asking). */
  isConfirmed(scope: OperationScope): boolean {
    return this.confirmed.has(scope);
  }

  /** The version the reads of `scope` are confirmed at, or undefined when none is. */
  confirmedVersion(scope: OperationScope): string | null | undefined {
    return this.confirmed.get(scope);
  }

  /** The version `scope` read at: the confirmed one, else the one it read without asking. */
  readVersion(scope: OperationScope): string | null | undefined {
    return this.confirmed.has(scope) ? this.confirmed.get(scope) : this.unconfirmed.get(scope);
  }

  /** `scope` asked: its reads are confirmed at `version`. */
  confirm(scope: OperationScope, version: string | null): void {
    this.confirmed.set(scope, version);
  }

  /** `scope` wrote through this store: its next read asks again. */
  forget(scope: OperationScope): void {
    this.confirmed.delete(scope);
  }

  /**
   * Whether `scope` may read data of `version` now without asking whether it is current — only a unit of work that
   * `confirmsReadsAtLog`, with nothing confirmed or refuted yet — and if so, notes the version for its commit.
   */
  readWithoutAsking(scope: OperationScope | undefined, version: string): scope is OperationScope {
    if (!scope?.confirmsReadsAtLog || this.confirmed.has(scope) || this.refuted.has(scope)) return false;
    const seen = this.unconfirmed.get(scope);
    this.unconfirmed.set(scope, seen === undefined || seen === version ? version : MIXED);
    return true;
  }

  /** Whether `scope` read anything without asking that its commit has yet to confirm. */
  hasUnconfirmed(scope: OperationScope): boolean {
    return this.unconfirmed.has(scope);
  }

  /**
   * What the commit of an access-log entry of `scope`, made when the data was at version `now`, tells it. Nothing read
   * unconfirmed: `now`, found after the unit of work began, serves its later reads (a mutation's entry is committed
   * before it runs). Read unconfirmed at `now`: confirmed. At another version: refuted, and its next reads ask.
   */
  receipt(scope: OperationScope | undefined, now: string | null): AccessLogReceipt {
    if (!scope) return CURRENT;
    const seen = this.unconfirmed.get(scope);
    if (seen === undefined) {
      if (!this.confirmed.has(scope)) this.confirmed.set(scope, now);
      return CURRENT;
    }
    this.unconfirmed.delete(scope);
    if (now !== null && seen === now) {
      this.confirmed.set(scope, now);
      return CURRENT;
    }
    this.refuted.add(scope);
    this.confirmed.delete(scope);
    return OUTDATED;
  }
}
