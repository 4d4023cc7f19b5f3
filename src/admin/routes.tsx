// The back office's home (/quan-tri/): who is signed in, and counts of what waits.
import type { FastifyInstance } from 'fastify';
import { renderPage } from '../web/render.js';
import { sendHtml } from '../web/reply.js';
import { STATUSES, STATUS_LABELS } from '../workflow/states.js';
import { countByStatus } from '../articles/staff-queries.js';
import { staffRoute } from './guard.js';
import { StaffLayout } from './layout.js';
import { PATHS } from './paths.js';

export async function adminHomeRoutes(app: FastifyInstance) {
  staffRoute(app, {
    method: 'GET',
    url: PATHS.home,
    needs: 'staff',
    handler: async (req, reply, staff) => {
      const { t } = staff;
      const counts = await countByStatus(req.server.deps.db, staff.actor, staff.site.id);
      const html = renderPage(
        <StaffLayout staff={staff} title={t.backOffice} current="home" waiting={counts.submitted}>
          <h1>{t.hello(staff.auth.user.display_name)}</h1>
          <p>{t.roleOnSite(t.role[staff.role], staff.site.name)}</p>
          <h2>{t.articleCounts}</h2>
          <ul class="counts">
            {STATUSES.map((s) => (
              <li>
                <a href={`${PATHS.articles}?trang-thai=${s}`}>
                  {STATUS_LABELS[s]}: <strong>{counts[s]}</strong>
                </a>
              </li>
            ))}
          </ul>
          <p>
            <a class="button-link" href={PATHS.newArticle}>
              {t.writeArticle}
            </a>
          </p>
        </StaffLayout>,
      );
      return sendHtml(reply, html);
    },
  });
}
