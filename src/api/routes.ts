// The read-only content API under /api/v1/ (registered with prefix /api): the request's site, its
// categories, its published articles (filters, cursor pages) and search, described by openapi.ts.
// Inside this plugin only: CORS for reading, a rate limit per address, answers for other methods
// (405) and unknown addresses (404), and one JSON error body for every failure.
import type { FastifyInstance, FastifyReply } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { ApiError, ERROR_MESSAGES, errorBody, sendApiError } from './errors.js';
import { EXPOSED_HEADERS, apiBase, sendJson } from './http.js';
import type { Query } from './params.js';
import { cursorParam, dayRange, limitParam, pageParam, searchText, slugFilter } from './params.js';
import { articleBySlug, articleList, categoryList, searchResults, siteInfo } from './service.js';
import { openApiDocument } from './openapi.js';

export interface ApiOptions {
  /** Requests per address per minute (default 300). */
  rateLimitPerMinute?: number;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function cors(reply: FastifyReply) {
  reply.header('access-control-allow-origin', '*').header('access-control-expose-headers', EXPOSED_HEADERS);
}

/** The address of the next page: the same filters, the new cursor. */
function nextLink(base: string, query: Query, next: string): string {
  const params = new URLSearchParams();
  for (const name of ['category', 'tag', 'from', 'to', 'limit']) {
    const v = query[name];
    if (typeof v === 'string' && v !== '') params.set(name, v);
  }
  params.set('cursor', next);
  return `${base}/api/v1/articles?${params.toString()}`;
}

export async function apiRoutes(app: FastifyInstance, opts: ApiOptions) {
  await app.register(rateLimit, {
    global: true,
    max: opts.rateLimitPerMinute ?? 300,
    timeWindow: 60_000,
    errorResponseBuilder: () => new ApiError(429, ERROR_MESSAGES.too_many_requests),
  });

  app.addHook('onRequest', async (req, reply) => {
    cors(reply);
    if (!READ_METHODS.has(req.method)) throw new ApiError(405, ERROR_MESSAGES.method_not_allowed);
  });
  app.setErrorHandler((err, req, reply) => {
    const { status, body } = errorBody(err);
    if (status >= 500) req.log.error({ err }, 'api error');
    cors(reply);
    return sendApiError(reply, status, body);
  });
  app.setNotFoundHandler({ preHandler: app.rateLimit() }, (_req, reply) => sendApiError(reply, 404, { error: { code: 'not_found', message: ERROR_MESSAGES.not_found } }));

  // CORS preflight for any address of the API: reading only, with the headers a reader may send.
  app.options('/*', async (_req, reply) => {
    reply
      .code(204)
      .header('access-control-allow-methods', 'GET, HEAD, OPTIONS')
      .header('access-control-allow-headers', 'Accept, Accept-Language, Cache-Control, If-None-Match, If-Modified-Since')
      .header('access-control-max-age', '86400')
      .header('cache-control', 'public, max-age=86400');
    return reply.send();
  });

  const { db, dialect, clock } = app.deps;

  app.get('/v1/openapi.json', async (req, reply) => sendJson(req, reply, openApiDocument(apiBase(req))));

  app.get('/v1/site', async (req, reply) => sendJson(req, reply, siteInfo(apiBase(req), req.site)));

  app.get('/v1/categories', async (req, reply) => sendJson(req, reply, await categoryList(db, req.site.id, apiBase(req), clock())));

  app.get('/v1/articles', async (req, reply) => {
    const query = req.query as Query;
    const base = apiBase(req);
    const range = dayRange(query);
    const page = await articleList(
      db,
      req.site.id,
      base,
      {
        category: slugFilter(query, 'category', 'Chuyên mục'),
        tag: slugFilter(query, 'tag', 'Từ khóa'),
        fromIso: range.fromIso,
        beforeIso: range.beforeIso,
        cursor: cursorParam(query),
        limit: limitParam(query),
      },
      clock(),
    );
    return sendJson(req, reply, page, page.next ? { link: `<${nextLink(base, query, page.next)}>; rel="next"` } : {});
  });

  app.get('/v1/articles/:slug', async (req, reply) => {
    const { slug } = req.params as { slug: string };
    if (slug.length > 200 || !SLUG.test(slug)) throw new ApiError(404, 'Bài viết không tồn tại hoặc đã được gỡ bỏ.');
    return sendJson(req, reply, await articleBySlug(db, req.site.id, apiBase(req), slug, clock()));
  });

  app.get('/v1/search', async (req, reply) => {
    const query = req.query as Query;
    const range = dayRange(query);
    const params = { q: searchText(query), page: pageParam(query), category: slugFilter(query, 'category', 'Chuyên mục'), from: range.from, to: range.to };
    return sendJson(req, reply, await searchResults(db, dialect, req.site.id, apiBase(req), params, clock()));
  });
}
