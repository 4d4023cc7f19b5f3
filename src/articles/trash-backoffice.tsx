// Back office: the trash — its list, moving an article there ("Xoá bài") and taking it back out
// ("Khôi phục"). Who may do either is the policy's 'article.delete' (articles/trash.ts asks it).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { backofficeRoute } from '../backoffice/guard.js';
import { rowId } from '../backoffice/form.js';
import { PATHS } from '../backoffice/paths.js';
import { renderPage } from '../web/render.js';
import { sendHtml } from '../web/reply.js';
import { countByStatus } from './backoffice-queries.js';
import { listTrash, restoreArticle, trashArticle } from './trash.js';
import { TrashPage } from './trash-views.js';
import { idOf, listPage } from './backoffice.js';

export async function articleTrashRoutes(app: FastifyInstance) {
  const { db } = app.deps;

  backofficeRoute(app, {
    method: 'GET',
    url: PATHS.trash,
    needs: 'staff',
    // ?da-xoa=ID after "Xoá bài": the notice names that article (when it is in this list).
    query: z.object({ trang: listPage, 'da-xoa': rowId() }),
    handler: async (_req, reply, staff, { query }) => {
      const [list, counts] = await Promise.all([listTrash(db, staff.actor, staff.site.id, query.trang), countByStatus(db, staff.actor, staff.site.id)]);
      const deleted = query['da-xoa'] === undefined ? undefined : list.items.find((i) => i.id === query['da-xoa']);
      const html = renderPage(
        <TrashPage
          staff={staff}
          items={list.items}
          total={list.total}
          page={list.page}
          pages={list.pages}
          waiting={counts.submitted}
          notice={deleted ? staff.t.articles.trash.deleted(deleted.title) : undefined}
          justDeleted={deleted?.id}
        />,
      );
      return sendHtml(reply, html);
    },
  });

  backofficeRoute(app, {
    method: 'POST',
    url: '/quan-tri/bai-viet/:id/xoa',
    needs: 'staff',
    handler: async (req, reply, staff) => {
      const row = await trashArticle(db, staff, idOf(req));
      return reply.redirect(`${PATHS.trash}?da-xoa=${row.id}`, 303);
    },
  });

  backofficeRoute(app, {
    method: 'POST',
    url: '/quan-tri/bai-viet/:id/khoi-phuc',
    needs: 'staff',
    handler: async (req, reply, staff) => {
      const row = await restoreArticle(db, staff, idOf(req));
      return reply.redirect(`${PATHS.article(row.id)}?tu-thung-rac=1`, 303);
    },
  });
}
