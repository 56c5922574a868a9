// The failure of a file that cannot be imported at all.

/** A file that is empty, is not CSV, or whose header fits neither layout; nothing is imported from it. */
export class ImportFormatError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ImportFormatError';
  }
}
