// The read-only content API under /api/v1/ (registered with prefix /api): the request's site and
// search here, every module's resources (LoaModule.api: categories, articles…), all described by
// openapi.ts. Inside this plugin only, for every resource: CORS for reading, a rate limit per
// address, answers for other methods (405) and unknown addresses (404), and one JSON error body for
// every failure.
import type { FastifyInstance, FastifyReply } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { ApiError, ERROR_MESSAGES, errorBody, sendApiError } from './errors.js';
import { EXPOSED_HEADERS, apiBase, sendJson } from './http.js';
import type { Query } from './params.js';
import { dayRange, pageParam, searchText, slugFilter } from './params.js';
import { searchResults, siteInfo } from './service.js';
import { openApiDocument } from './openapi.js';

export interface ApiOptions {
  /** Requests per address per minute (default 300). */
  rateLimitPerMinute?: number;
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function cors(reply: FastifyReply) {
  reply.header('access-control-allow-origin', '*').header('access-control-expose-headers', EXPOSED_HEADERS);
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

  app.get('/v1/openapi.json', async (req, reply) => sendJson(req, reply, openApiDocument(apiBase(req), app.modules)));

  app.get('/v1/site', async (req, reply) => sendJson(req, reply, siteInfo(apiBase(req), req.site)));

  app.get('/v1/search', async (req, reply) => {
    const query = req.query as Query;
    const range = dayRange(query);
    const params = { q: searchText(query), page: pageParam(query), category: slugFilter(query, 'category', 'Chuyên mục'), from: range.from, to: range.to };
    return sendJson(req, reply, await searchResults(db, dialect, req.site.id, apiBase(req), params, clock()));
  });

  for (const resource of app.modules.flatMap((m) => m.api ?? [])) await app.register(resource.routes, { prefix: '/v1' });
}
