// GET /tim-kiem: the search page. Never cached (every query is different) and never indexed by
// search engines; whatever the address holds, the answer is a normal page (search/params.ts).
import type { FastifyInstance } from 'fastify';
import { pageContext } from '../web/context.js';
import { renderPage } from '../web/render.js';
import { sendPage } from '../cache/page.js';
import { searchPage } from './service.js';
import { SEARCH_PATH, SearchPage } from './views.js';

export async function searchRoutes(app: FastifyInstance) {
  const { db, dialect, clock } = app.deps;
  app.get(SEARCH_PATH, async (req, reply) =>
    sendPage(req, reply, {
      render: async () => {
        const [data, ctx] = await Promise.all([searchPage(db, dialect, req.site.id, req.query, clock()), pageContext(req)]);
        return { html: renderPage(<SearchPage ctx={ctx} data={data} />) };
      },
    }),
  );
}
