// An append-only JSON-lines file: each entry is flushed to disk before the append resolves; writes never overlap.
import { constants } from 'node:fs';
import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/**
 * Opened for synchronised data writes where the platform has them (O_DSYNC): each write returns once its data is on
 * disk, one system call instead of a write and an fdatasync, each of which waits for the event loop to be handed on.
 */
const DSYNC = constants.O_DSYNC as number | undefined;

export class AppendLog<T> {
  private handle: FileHandle | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly file: string) {}

  /** Every entry in the file, in the order written; a torn last line (a crash mid-write) is skipped. */
  async readAll(): Promise<T[]> {
    // What this process appended is read back whole, never half-written.
    await this.queue;
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const out: T[] = [];
    for (const line of text.split('\n')) {
      if (!line) continue;
      try {
        out.push(JSON.parse(line) as T);
      } catch {
        // only the last line can be torn; anything that does not parse is not an entry
      }
    }
    return out;
  }

  /** Appends the entries, in order, in one write flushed once. */
  append(...entries: T[]): Promise<void> {
    const write = async () => {
      if (!this.handle) {
        await mkdir(path.dirname(this.file), { recursive: true });
        this.handle = await open(this.file, DSYNC === undefined ? 'a' : constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | DSYNC, 0o666);
      }
      await this.handle.write(entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
      if (DSYNC === undefined) await this.handle.datasync();
    };
    const next = this.queue.then(write, write);
    this.queue = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.queue;
    await this.handle?.close();
    this.handle = null;
  }
}
