// The service's log: pino, one JSON object a line, at the level LOG_LEVEL says, with no key or secret in any line.
import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino';

export type { Logger };
export type LogLevel = 'silent' | 'error' | 'info' | 'debug';

/** An API key (`hk_<id>.<secret>`, src/app/keys.ts), or the secret half of one. */
const API_KEY = /hk_[0-9a-f]{12}\.[A-Za-z0-9_-]{43}/g;
/** A credential in an Authorization value: `Bearer …`, `Basic …`. */
const AUTHORIZATION = /\b(Bearer|Basic)\s+[^\s"\\]+/gi;
const REDACTED = '[redacted]';

export interface LoggerOptions {
  level: LogLevel;
  /** Values that must never be written, whatever carries them (NEO4J_PASSWORD). */
  secrets?: readonly string[];
  /** Where the lines go; standard output by default. */
  destination?: DestinationStream;
}

/**
 * The logger. Errors are logged under `err` with their `cause` chain. Fields that can hold a credential are redacted
 * by path, and every line is scrubbed of anything shaped like an API key or an Authorization credential and of the
 * configured secrets as its last step, so no message or error text can carry one out either.
 */
export function createLogger({ level, secrets = [], destination }: LoggerOptions): Logger {
  const known = secrets.filter((s) => s.length >= 4).map((s) => JSON.stringify(s).slice(1, -1));
  const scrub = (line: string): string => {
    let out = line.replace(API_KEY, REDACTED).replace(AUTHORIZATION, `$1 ${REDACTED}`);
    for (const s of known) out = out.split(s).join(REDACTED);
    return out;
  };
  return pino(
    {
      level,
      base: { service: 'harmonie' },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { err: stdSerializers.errWithCause },
      redact: { paths: ['authorization', 'headers.authorization', 'req.headers.authorization', 'token', 'password', '*.password', '*.token'], censor: REDACTED },
      hooks: { streamWrite: scrub },
    },
    destination ?? pino.destination(1),
  );
}

/** A logger that writes nothing: the default where none is given (tests, benches). */
export const silentLogger: Logger = pino({ level: 'silent' });
