// The back office's home (/quan-tri/): who is signed in, then each module's panel (registry/module.ts
// `homePanel`: the articles' returned ones and counts, and whatever later modules add), in module order.
import type { FastifyInstance } from 'fastify';
import { renderPage } from '../web/render.js';
import { sendHtml } from '../web/reply.js';
import { backofficeRoute } from './guard.js';
import { BackofficeLayout } from './layout.js';
import { PATHS } from './paths.js';

export async function backofficeHomeRoutes(app: FastifyInstance) {
  backofficeRoute(app, {
    method: 'GET',
    url: PATHS.home,
    needs: 'staff',
    handler: async (req, reply, staff) => {
      const { t } = staff;
      const { db } = req.server.deps;
      const panels = await Promise.all(req.server.modules.flatMap((m) => (m.homePanel ? [m.homePanel(db, staff, req.server.modules)] : [])));
      const waiting = panels.reduce((n, p) => n + (p.waiting ?? 0), 0);
      const html = renderPage(
        <BackofficeLayout staff={staff} title={t.backOffice} current="home" waiting={waiting}>
          <h1>{t.hello(staff.auth.user.display_name)}</h1>
          <p>{t.roleOnSite(t.role[staff.role], staff.site.name)}</p>
          {panels.map((p) => p.node)}
        </BackofficeLayout>,
      );
      return sendHtml(reply, html);
    },
  });
}
