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
import { frameworkError, installErrorHandlers } from './cache/errors.js';
import { securityHeaders } from './web/security.js';
import type { Counting } from './counters/index.js';
import { createCounting } from './counters/index.js';
import { backofficeHomeRoutes } from './backoffice/routes.js';
import type { LoaModule, NavEntry } from './registry/module.js';
import { registerActions } from './accounts/policy.js';
import { registerAuditLabels } from './audit/labels.js';
import { registerSearch } from './search/sources.js';
import { MODULES } from './modules.js';
import { PageCache } from './web/page-cache.js';
import { serveFromCache } from './cache/fast-path.js';
import { createHttpServer } from './web/connections.js';
import { STATIC_DIR } from './web/assets.js';
import { msg } from './messages/index.js';
import { PATHS } from './backoffice/paths.js';
import { loadCitizenKey } from './citizen/guard.js';

export interface AppDeps {
  config: Config;
  db: Db;
  dialect: Dialect;
  storage: MediaStorage;
  /** Milliseconds since the epoch; injected so tests can move time. */
  clock: () => number;
  /** Tests: flush interval of the counters (0 = only on demand) and life of cached figures. */
  counting?: { flushMs?: number; liveTtlMs?: number };
  /** The modules to serve (src/modules.ts unless a test adds one of its own). */
  modules?: readonly LoaModule[];
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    counting: Counting;
    pageCache: PageCache;
    /** The modules this app serves, in order (registry/module.ts). */
    modules: readonly LoaModule[];
    /** Their back-office navigation entries, sorted. */
    nav: readonly NavEntry[];
  }
  interface FastifyRequest {
    site: SiteRow;
  }
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  // Cached pages are answered before Fastify routes the request (cache/fast-path.ts).
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
  const modules = deps.modules ?? MODULES;
  checkModules(modules);
  app.decorate('modules', modules);
  app.decorate('nav', navOf(modules));
  app.decorate('layoutSlots', modules.flatMap((m) => (m.layout ? [m.layout] : [])));
  for (const m of modules) {
    if (m.actions) registerActions(m.actions);
    if (m.auditLabels) registerAuditLabels(m.auditLabels);
  }
  registerSearch(modules);
  const counting = await createCounting(deps.db, deps.dialect, deps.clock, deps.config.countMode, { flushMs: deps.config.countFlushMs, redisUrl: deps.config.redisUrl || undefined, ...deps.counting });
  app.decorate('counting', counting);
  await loadCitizenKey(deps.db);
  const pageCache = new PageCache();
  app.decorate('pageCache', pageCache);
  pageCache.watch(deps.db);
  app.addHook('onClose', async () => {
    pageCache.stop();
    await counting.close();
  });
  app.decorateRequest('site', null as unknown as SiteRow);
  installErrorHandlers(app, modules.flatMap((m) => (m.errorForm ? [m.errorForm] : [])));

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
  for (const m of modules) if (m.routes) await app.register(m.routes);
  // The back office: every route declared through backoffice/guard.ts backofficeRoute.
  await app.register(backofficeHomeRoutes);
  for (const m of modules) if (m.backoffice) await app.register(m.backoffice);
  app.addHook('onReady', async () => {
    ready = app;
  });
  return app;
}

/** Two modules with one name, or two navigation entries with one key, are a mistake found at start. */
function checkModules(modules: readonly LoaModule[]): void {
  const names = new Set<string>();
  const keys = new Set<string>(['home']);
  for (const m of modules) {
    if (names.has(m.name)) throw new Error(`modules: two modules named ${m.name}`);
    names.add(m.name);
    for (const e of m.nav ?? []) {
      if (keys.has(e.key)) throw new Error(`modules: two navigation entries keyed ${e.key}`);
      keys.add(e.key);
    }
  }
}

function navOf(modules: readonly LoaModule[]): NavEntry[] {
  const home: NavEntry = { key: 'home', label: msg.nav.home, href: PATHS.home, order: 0 };
  return [home, ...modules.flatMap((m) => m.nav ?? [])].sort((a, b) => a.order - b.order);
}
