// How the content API answers: JSON in UTF-8 with a weak ETag made from the body (304 when the
// client already has it), cacheable for a minute by anyone and served stale while revalidating,
// readable from any origin. No cookie is read or set.
import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { baseUrlOf } from '../web/context.js';

export const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';
export const EXPOSED_HEADERS = 'ETag, Link, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset';

const etagOf = (body: string) => `W/"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

/** Whether If-None-Match names this ETag (weak comparison, lists and "*" included). */
export function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || bare(t) === bare(etag));
}

export function sendJson(req: FastifyRequest, reply: FastifyReply, value: unknown, headers: Record<string, string> = {}) {
  const body = JSON.stringify(value);
  const etag = etagOf(body);
  reply.headers({ etag, 'cache-control': CACHE_CONTROL, ...headers });
  if (matches(req.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(body);
}

/** The absolute base URL of the request's site ("https://host"): as for pages (web/context.ts), the
 *  configured BASE_URL, else the request's host when it is one of the site's, else the site's own. */
export const apiBase = (req: FastifyRequest): string => baseUrlOf(req);
