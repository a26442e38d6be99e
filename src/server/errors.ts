// Typed error answers. Every refusal is `{ error: code }` with a 4xx status so the phone can
// show a translated sentence and decide whether to retry; a 500 `{ error: 'internal' }` is
// kept for genuine bugs. Fastify's own errors (malformed JSON, wrong content type, body
// over the limit) are mapped here too, so no bad input ever surfaces as a 500.
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { ErrorCode } from '../domain/mutations';

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message?: string,
  ) {
    super(message ?? code);
  }
}

export function sendError(reply: FastifyReply, statusCode: number, code: ErrorCode): FastifyReply {
  return reply.code(statusCode).send({ error: code });
}

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'too-large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'invalid',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid',
  FST_ERR_VALIDATION: 'invalid',
};

function codeForStatus(statusCode: number): ErrorCode {
  if (statusCode === 401) return 'unauthenticated';
  if (statusCode === 404) return 'not-found';
  if (statusCode === 413) return 'too-large';
  if (statusCode === 429) return 'rate-limited';
  return 'invalid';
}

/** Installs the root error handler; call once on the root instance in buildApp. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ApiError | Error, request, reply) => {
    if (error instanceof ApiError) {
      return sendError(reply, error.statusCode, error.code);
    }
    const fastifyError = error as Partial<FastifyError>;
    const statusCode = fastifyError.statusCode;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
      const code =
        (fastifyError.code && FASTIFY_CODES[fastifyError.code]) || codeForStatus(statusCode);
      return sendError(reply, statusCode, code);
    }
    // A JSON body Fastify could not parse arrives as a SyntaxError with a 400 status in
    // some versions; anything else reaching here is a bug worth a log line.
    if (error instanceof SyntaxError) return sendError(reply, 400, 'invalid');
    request.log.error({ err: error }, 'unhandled error');
    return sendError(reply, 500, 'internal');
  });
}
