// buildApp(deps): the whole HTTP application, without listening. Tested in-process with inject().
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import formbody from '@fastify/formbody';
import cookie from '@fastify/cookie';
import type { Config } from './config.js';
import type { Db, Dialect } from './db/index.js';
import type { SiteRow } from './db/schema.js';
import type { MediaStorage } from './media/storage.js';
import { siteForHost } from './sites/service.js';
import { AppError } from './errors/index.js';
import { frameworkError, installErrorHandlers } from './web/errors.js';
import { securityHeaders } from './web/security.js';
import { portalRoutes } from './portal/routes.js';
import { articleRoutes } from './articles/routes.js';
import { pageRoutes } from './pages/routes.js';
import { searchRoutes } from './search/routes.js';
import { apiRoutes } from './api/routes.js';
import { feedRoutes } from './feeds/routes.js';
import { sitemapRoutes } from './sitemaps/routes.js';
import type { Counting } from './counters/index.js';
import { createCounting } from './counters/index.js';
import { counterRoutes } from './counters/routes.js';
import { accountRoutes } from './accounts/routes.js';
import { adminHomeRoutes } from './backoffice/routes.js';
import { articleBackofficeRoutes } from './articles/backoffice.js';
import { articleTrashRoutes } from './articles/trash-backoffice.js';
import { mediaBackofficeRoutes } from './media/backoffice.js';
import { accountBackofficeRoutes } from './accounts/backoffice.js';
import { siteBackofficeRoutes } from './sites/backoffice.js';
import { categoryBackofficeRoutes } from './categories/backoffice.js';
import { auditBackofficeRoutes } from './audit/backoffice.js';
import { revisionBackofficeRoutes } from './revisions/backoffice.js';
import { PageCache } from './web/page-cache.js';
import { serveFromCache } from './web/fast-path.js';
import { createHttpServer } from './web/connections.js';
import { STATIC_DIR } from './web/assets.js';

export interface AppDeps {
  config: Config;
  db: Db;
  dialect: Dialect;
  storage: MediaStorage;
  /** Milliseconds since the epoch; injected so tests can move time. */
  clock: () => number;
  /** Tests: flush interval of the counters (0 = only on demand) and life of cached figures. */
  counting?: { flushMs?: number; liveTtlMs?: number };
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    counting: Counting;
    pageCache: PageCache;
  }
  interface FastifyRequest {
    site: SiteRow;
  }
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  // Cached pages are answered before Fastify routes the request (web/fast-path.ts).
  let ready: FastifyInstance | undefined;
  const app = Fastify({
    serverFactory: (handler) =>
      createHttpServer(deps.config, (req, res) => {
        if (ready && serveFromCache(ready, req, res)) return;
        handler(req, res);
      }),
    logger: deps.config.logLevel === 'silent' ? false : { level: deps.config.logLevel },
    trustProxy: deps.config.trustProxy,
    routerOptions: { maxParamLength: 300, ignoreTrailingSlash: true },
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    frameworkErrors: frameworkError,
  });
  app.decorate('deps', deps);
  const counting = await createCounting(deps.db, deps.dialect, deps.clock, deps.config.countMode, { flushMs: deps.config.countFlushMs, redisUrl: deps.config.redisUrl || undefined, ...deps.counting });
  app.decorate('counting', counting);
  const pageCache = new PageCache();
  app.decorate('pageCache', pageCache);
  pageCache.watch(deps.db);
  app.addHook('onClose', async () => {
    pageCache.stop();
    await counting.close();
  });
  app.decorateRequest('site', null as unknown as SiteRow);
  installErrorHandlers(app);

  app.addHook('onRequest', async (req, reply) => {
    securityHeaders(reply);
    const site = await siteForHost(deps.db, req.host);
    if (!site) throw new AppError('no_site', 503, 'Chưa có trang thông tin nào được tạo trên hệ thống này.');
    req.site = site;
  });

  await app.register(formbody);
  await app.register(cookie);
  await app.register(fastifyStatic, {
    root: STATIC_DIR,
    prefix: '/static/',
    immutable: true, // addresses carry a content version (web/assets.ts)
    maxAge: '365d',
    index: false,
  });
  await app.register(fastifyStatic, {
    root: deps.storage.root,
    prefix: '/media/',
    decorateReply: false,
    immutable: true,
    maxAge: '365d',
    index: false,
  });
  await app.register(portalRoutes);
  await app.register(articleRoutes);
  await app.register(pageRoutes);
  await app.register(searchRoutes);
  await app.register(apiRoutes, { prefix: '/api', rateLimitPerMinute: deps.config.apiRateLimit });
  await app.register(feedRoutes);
  await app.register(sitemapRoutes);
  await app.register(counterRoutes);
  await app.register(accountRoutes);
  // The back office: every route declared through backoffice/guard.ts backofficeRoute.
  await app.register(adminHomeRoutes);
  await app.register(articleBackofficeRoutes);
  await app.register(articleTrashRoutes);
  await app.register(mediaBackofficeRoutes);
  await app.register(accountBackofficeRoutes);
  await app.register(siteBackofficeRoutes);
  await app.register(categoryBackofficeRoutes);
  await app.register(auditBackofficeRoutes);
  await app.register(revisionBackofficeRoutes);
  app.addHook('onReady', async () => {
    ready = app;
  });
  return app;
}
