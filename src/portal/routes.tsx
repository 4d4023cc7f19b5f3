// Site-wide public routes: the home page, the site map page (Sơ đồ cổng), robots.txt and the
// per-site colours.
import type { FastifyInstance } from 'fastify';
import { baseUrlOf, pageContext } from '../web/context.js';
import { renderPage } from '../web/render.js';
import { sendPage } from '../cache/page.js';
import { readHome, readSiteMap } from './service.js';
import { HomePage, SiteMapPage } from './views.js';
import { themeCss } from './theme.js';

export async function portalRoutes(app: FastifyInstance) {
  const { db, clock } = app.deps;

  app.get('/', async (req, reply) => {
    return sendPage(req, reply, {
      key: '/',
      render: async () => {
        const now = clock();
        const boxes = Promise.all(app.modules.flatMap((m) => (m.portal?.homeBox ? [m.portal.homeBox(db, req.site.id, now)] : [])));
        const [data, ctx, aside] = await Promise.all([readHome(db, req.site.id, now), pageContext(req), boxes]);
        return { html: renderPage(<HomePage ctx={ctx} data={data} aside={aside} />) };
      },
    });
  });

  app.get('/so-do-cong', async (req, reply) => {
    return sendPage(req, reply, {
      key: '/so-do-cong',
      render: async () => {
        const [data, ctx] = await Promise.all([readSiteMap(db, req.site.id, clock()), pageContext(req)]);
        const links = app.modules.flatMap((m) => m.portal?.siteMapLinks ?? []);
        return { html: renderPage(<SiteMapPage ctx={ctx} data={data} links={links} />) };
      },
    });
  });

  app.get('/robots.txt', async (req, reply) => {
    const base = baseUrlOf(req);
    const lines = ['User-agent: *', 'Allow: /', 'Disallow: /quan-tri/', 'Disallow: /dang-nhap', 'Disallow: /tin-tuc/*/in', '', `Sitemap: ${base}/sitemap.xml`, `Sitemap: ${base}/sitemap-news.xml`, ''];
    return reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=3600').send(lines.join('\n'));
  });

  app.get('/giao-dien.css', async (req, reply) => {
    return reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=31536000, immutable').send(themeCss(req.site.primary_color));
  });
}
