// One log line per GraphQL request, written when its answer has left: who asked, for whom, what, the outcome, how long.
import { randomUUID } from 'node:crypto';
import type express from 'express';
import type { Logger } from '../log.js';
import type { Access } from './context.js';
import type { AccessLogEntry } from '../store/port.js';

/**
 * What the layers after this one leave in `res.locals` for the line: the access-log entry (`entry`, from the protocol
 * layer), the request's access (`access`, whose `outcome` the access plugin sets) and, for answers given outside
 * Apollo, `outcome`. The request id is the access-log entry's id, so a log line and its access-log entry are found
 * from each other; it is also sent back as X-Request-Id.
 */
export function requestLog(logger: Logger) {
  return (_req: express.Request, res: express.Response, next: express.NextFunction) => {
    const started = performance.now();
    const requestId = randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    res.on('finish', () => {
      const entry = res.locals.entry as AccessLogEntry | undefined;
      const access = res.locals.access as Access | undefined;
      const outcome = (res.locals.outcome as string | undefined) ?? access?.outcome ?? (res.statusCode < 400 ? 'OK' : `HTTP_${res.statusCode}`);
      const line = {
        requestId,
        operation: entry?.operation ?? null,
        role: entry?.role ?? null,
        actingFor: entry?.actingFor ?? null,
        outcome,
        status: res.statusCode,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      };
      if (res.statusCode >= 500) logger.warn(line, 'request');
      else logger.info(line, 'request');
    });
    next();
  };
}
