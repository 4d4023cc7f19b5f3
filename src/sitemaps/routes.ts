// Site maps for search engines: /sitemap.xml (the whole site, or an index of /sitemap-N.xml when it
// holds more than sitemapLimits.perFile addresses) and the news site map /sitemap-news.xml, from what
// each module declares (LoaModule.sitemap). Each site lists only its own published content;
// robots.txt (portal/routes.tsx) points to both.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../errors/index.js';
import type { SitemapSource } from '../registry/sources.js';
import { sendXml } from '../feeds/send.js';
import { readNews, readSitemap } from './service.js';
import { newsXml, sitemapIndexXml, urlsetXml } from './xml.js';

/** The N of /sitemap-N.xml: a plain positive number, or a 404. */
function fileNumber(raw: unknown): number {
  if (typeof raw !== 'string' || !/^[1-9]\d{0,5}$/.test(raw)) throw notFound();
  return Number(raw);
}

/** A site map file changes only with the content version (publishing, including the scheduler's,
 *  moves it), and a large one takes a second to build: it is reused longer than a feed. */
const SITEMAP_TTL_MS = 10 * 60_000;

function sendSitemap(req: FastifyRequest, reply: FastifyReply, sources: readonly SitemapSource[], file: number | undefined) {
  const { db, clock } = req.server.deps;
  return sendXml(req, reply, {
    type: 'xml',
    ttlMs: SITEMAP_TTL_MS,
    build: async (base) => {
      const map = await readSitemap(db, sources, req.site.id, clock(), file);
      return map.kind === 'index' ? sitemapIndexXml(map.files, base) : urlsetXml(map.entries, base);
    },
  });
}

export async function sitemapRoutes(app: FastifyInstance) {
  const { db, clock } = app.deps;
  const sources = app.modules.flatMap((m) => (m.sitemap ? [m.sitemap] : []));

  app.get('/sitemap.xml', async (req, reply) => sendSitemap(req, reply, sources, undefined));

  app.get<{ Params: { n: string } }>('/sitemap-:n.xml', async (req, reply) => sendSitemap(req, reply, sources, fileNumber(req.params.n)));

  app.get('/sitemap-news.xml', async (req, reply) =>
    sendXml(req, reply, {
      type: 'xml',
      build: async (base) => newsXml(await readNews(db, sources, req.site.id, clock()), { name: req.site.name, lang: req.site.lang || 'vi' }, base),
    }),
  );
}
