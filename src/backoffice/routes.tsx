// The back office's home (/quan-tri/): who is signed in, their returned articles, and counts of what waits.
import type { FastifyInstance } from 'fastify';
import { renderPage } from '../web/render.js';
import { sendHtml } from '../web/reply.js';
import { STATUSES, STATUS_LABELS } from '../workflow/states.js';
import { countByStatus, listBackofficeArticles } from '../articles/backoffice-queries.js';
import { ReturnedArticles } from '../articles/returned-views.js';
import { backofficeRoute } from './guard.js';
import { BackofficeLayout } from './layout.js';
import { PATHS } from './paths.js';

export async function adminHomeRoutes(app: FastifyInstance) {
  backofficeRoute(app, {
    method: 'GET',
    url: PATHS.home,
    needs: 'staff',
    handler: async (req, reply, staff) => {
      const { t } = staff;
      const { db } = req.server.deps;
      // The person's own articles returned by an editor come first: they are waiting for them.
      const [counts, returned] = await Promise.all([
        countByStatus(db, staff.actor, staff.site.id),
        listBackofficeArticles(db, staff.actor, staff.site.id, { returned: true, authorId: staff.actor.userId, page: 1 }),
      ]);
      const html = renderPage(
        <BackofficeLayout staff={staff} title={t.backOffice} current="home" waiting={counts.submitted}>
          <h1>{t.hello(staff.auth.user.display_name)}</h1>
          <p>{t.roleOnSite(t.role[staff.role], staff.site.name)}</p>
          <ReturnedArticles staff={staff} items={returned.items.slice(0, 10)} total={returned.total} />
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
        </BackofficeLayout>,
      );
      return sendHtml(reply, html);
    },
  });
}
