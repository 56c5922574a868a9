// Typed failures the domain and the stores raise; the API and the CLI turn them into codes and exit statuses.

/** Input that cannot be used; `field` names the offending input path, e.g. `input.asOf`. */
export class BadInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'BadInputError';
  }
}

/** An id that names nothing in the graph. */
export class NotFoundError extends Error {
  constructor(
    readonly kind: string,
    readonly id: string,
    readonly field?: string,
  ) {
    super(`${kind} "${id}" does not exist`);
    this.name = 'NotFoundError';
  }
}

/** The store cannot be reached or refused the work; nothing was written. */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** A change refused because the version it was based on is no longer the one in force. */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}
