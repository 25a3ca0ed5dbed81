/**
 * What a write must carry before anything reads its body: the session's CSRF
 * token in the x-csrf-token header, and a body of a type its route declares.
 *
 * Neither check looks at the URL text. The router decodes percent-escapes
 * (`/%61pi/v1/…` reaches `/api/v1/…`) and may be configured to fold slashes,
 * so a rule on the raw path is always one spelling short; every unsafe
 * request is checked instead, matched or not. A plain HTML form can send no
 * header and only text/plain, urlencoded or multipart bodies: the header
 * alone stops it, and a route refuses body types it does not declare (415),
 * so no parser runs on a body its handler never expected.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../core/app-error';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** What a route takes when it declares nothing: JSON (or no body at all). */
const DEFAULT_BODY_TYPES = ['application/json'] as const;

/** Routes that take another body type say so in their schema, e.g. `consumes: ['multipart/form-data']`. */
export const MULTIPART = ['multipart/form-data'];

/** The token only ever comes from the header, never from a form field or the query. */
export function csrfTokenOf(request: FastifyRequest): string | undefined {
  const token = request.headers['x-csrf-token'];
  return typeof token === 'string' ? token : undefined;
}

function mediaType(contentType: string): string {
  return contentType.split(';', 1)[0]!.trim().toLowerCase();
}

function carriesBody(request: FastifyRequest): boolean {
  const h = request.headers;
  return (
    h['content-type'] !== undefined ||
    h['transfer-encoding'] !== undefined ||
    (h['content-length'] !== undefined && h['content-length'] !== '0')
  );
}

export function installWriteGuards(app: FastifyInstance) {
  // Fastify's stock text/plain parser serves no route here; without it a
  // text/plain body is refused by the framework as well as by the check below.
  app.removeContentTypeParser('text/plain');

  app.addHook('onRequest', (request, reply, done) => {
    if (!UNSAFE_METHODS.has(request.method)) return done();
    return app.csrfProtection(request, reply, done);
  });

  app.addHook('preParsing', async (request) => {
    if (!UNSAFE_METHODS.has(request.method) || !carriesBody(request)) return;
    const declared: readonly string[] = request.routeOptions.schema?.consumes ?? DEFAULT_BODY_TYPES;
    const sent = request.headers['content-type'];
    if (sent === undefined || !declared.includes(mediaType(sent))) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  });
}
