// Back office: an article's revisions — the list (newest first), the comparison of two (or one
// and the article as it is now), and restoring one. Routes stay thin: parse, one service call,
// render. Refusals (404, 400, 403) are shown in the back-office frame.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { backofficeRoute } from '../backoffice/guard.js';
import type { Staff } from '../backoffice/guard.js';
import { queryField } from '../backoffice/form.js';
import { PATHS } from '../backoffice/paths.js';
import { sendBackofficeError } from '../backoffice/auth.js';
import { can } from '../accounts/policy.js';
import { AppError, badRequest, notFound } from '../errors/index.js';
import { idParam, pageParam } from '../web/params.js';
import { renderPage } from '../web/render.js';
import { sendHtml } from '../web/reply.js';
import { compareForActor, listRevisions, restoreRevision, visibleArticle } from './service.js';
import { ComparePage, CURRENT, RevisionListPage } from './views.js';

const ID = /^[1-9]\d{0,9}$/;
const MAX_ID = 2_147_483_647;

/** `?a=` / `?b=`: a revision id or `hien-tai`. Missing or malformed is a 400; an id beyond any row a 404. */
function sideParam(raw: string, staff: Staff): number | 'current' {
  if (raw === CURRENT) return 'current';
  if (!ID.test(raw)) throw badRequest(staff.t.revisions.chooseTwo);
  const n = Number(raw);
  if (n > MAX_ID) throw notFound(staff.t.revisions.revisionNotFound);
  return n;
}

const param = (req: FastifyRequest, name: string) => (req.params as Record<string, unknown>)[name];

/** Runs a handler, showing an AppError as a back-office error page (no stack, no raw input). */
function shown(handler: (req: FastifyRequest, reply: FastifyReply, staff: Staff) => Promise<unknown>) {
  return async (req: FastifyRequest, reply: FastifyReply, staff: Staff) => {
    try {
      return await handler(req, reply, staff);
    } catch (err) {
      if (err instanceof AppError) return sendBackofficeError(req, reply, err.status, err.publicMessage, staff.auth);
      throw err;
    }
  };
}

export async function revisionBackofficeRoutes(app: FastifyInstance) {
  const db = app.deps.db;

  backofficeRoute(app, {
    method: 'GET',
    url: `${PATHS.articles}/:id/phien-ban`,
    needs: 'staff',
    handler: shown(async (req, reply, staff) => {
      const id = idParam(param(req, 'id'));
      const page = pageParam(req.query);
      const article = await visibleArticle(db, staff.site.id, id, staff.actor);
      const { items, total } = await listRevisions(db, article.id, page);
      if (page > 1 && items.length === 0) throw notFound(staff.t.revisions.revisionNotFound);
      const canRestore = can(staff.actor, 'article.edit', article);
      return sendHtml(reply, renderPage(<RevisionListPage staff={staff} article={article} items={items} total={total} page={page} canRestore={canRestore} />));
    }),
  });

  backofficeRoute(app, {
    method: 'GET',
    url: `${PATHS.articles}/:id/phien-ban/so-sanh`,
    needs: 'staff',
    handler: shown(async (req, reply, staff) => {
      const id = idParam(param(req, 'id'));
      const a = sideParam(queryField(req, 'a'), staff);
      const b = sideParam(queryField(req, 'b'), staff);
      const r = await compareForActor(db, { siteId: staff.site.id, articleId: id, actor: staff.actor, a, b }, staff.t.revisions);
      const canRestore = can(staff.actor, 'article.edit', r.article);
      return sendHtml(reply, renderPage(<ComparePage staff={staff} {...r} canRestore={canRestore} />));
    }),
  });

  backofficeRoute(app, {
    method: 'POST',
    url: `${PATHS.articles}/:id/phien-ban/:rev/khoi-phuc`,
    needs: 'staff',
    handler: shown(async (req, reply, staff) => {
      const id = idParam(param(req, 'id'));
      const rev = idParam(param(req, 'rev'));
      await restoreRevision(db, { siteId: staff.site.id, articleId: id, revisionId: rev, actor: staff.actor, ip: req.ip, now: staff.now });
      return reply.redirect(`${PATHS.article(id)}?da-khoi-phuc=1`, 303);
    }),
  });
}
