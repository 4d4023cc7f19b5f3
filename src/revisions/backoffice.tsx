// Back office: an editorial item's revisions — the list (newest first), the comparison of two (or
// one and the item as it is now), and restoring one — under the back office of every kind a module
// declares (registry/editorial.ts: /quan-tri/bai-viet/:id/phien-ban, /quan-tri/trang/:id/phien-ban…).
// Routes stay thin: parse, one service call, render. Refusals (404, 400, 403) are the guard's error pages.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { backofficeRoute } from '../backoffice/guard.js';
import { raw } from '../backoffice/form.js';
import type { EditorialKind } from '../registry/editorial.js';
import { editorialKinds, editorialPaths } from '../registry/editorial.js';
import { can } from '../accounts/policy.js';
import { msg } from '../messages/index.js';
import { badRequest, notFound } from '../errors/index.js';
import { idParam, pageParam } from '../web/params.js';
import { renderPage } from '../web/render.js';
import { sendHtml } from '../web/reply.js';
import { compareForActor, listRevisions, restoreRevision, visibleItem } from './service.js';
import { ComparePage, CURRENT, RevisionListPage } from './views.js';

const ID = /^[1-9]\d{0,9}$/;
const MAX_ID = 2_147_483_647;

/** `?a=` / `?b=`: a revision id or `hien-tai`. Missing or malformed is a 400; an id beyond any row a 404. */
function sideParam(s: string): number | 'current' {
  if (s === CURRENT) return 'current';
  if (!ID.test(s)) throw badRequest(msg.revisions.chooseTwo);
  const n = Number(s);
  if (n > MAX_ID) throw notFound(msg.revisions.revisionNotFound);
  return n;
}
/** Judged after the article's id (a bad id is a 404 whatever the query says). */
const compareQuery = z.object({ a: raw(), b: raw() });

/** `?trang=` as public lists read it (web/params): anything but a page number is a 404. */
const listQuery = z.object({ trang: z.preprocess((trang) => pageParam({ trang }), z.number()) });

const param = (req: FastifyRequest, name: string) => (req.params as Record<string, unknown>)[name];

export async function revisionBackofficeRoutes(app: FastifyInstance) {
  for (const kind of editorialKinds(app.modules)) revisionRoutesOf(app, kind);
}

function revisionRoutesOf(app: FastifyInstance, kind: EditorialKind) {
  const db = app.deps.db;
  const paths = editorialPaths(kind);
  const notFoundMessage = (t: Parameters<EditorialKind['strings']>[0]) => kind.strings(t).notFound;

  backofficeRoute(app, {
    method: 'GET',
    url: `${kind.base}/:id/phien-ban`,
    needs: 'article.read',
    query: listQuery,
    handler: async (req, reply, staff, { query: { trang: page } }) => {
      const id = idParam(param(req, 'id'));
      const article = await visibleItem(db, staff.site.id, kind.kind, id, staff.actor, notFoundMessage(staff.t));
      const { items, total } = await listRevisions(db, article.id, page);
      if (page > 1 && items.length === 0) throw notFound(staff.t.revisions.revisionNotFound);
      const canRestore = can(staff.actor, 'article.edit', article);
      return sendHtml(reply, renderPage(<RevisionListPage staff={staff} kind={kind} article={article} items={items} total={total} page={page} canRestore={canRestore} />));
    },
  });

  backofficeRoute(app, {
    method: 'GET',
    url: `${kind.base}/:id/phien-ban/so-sanh`,
    needs: 'article.read',
    query: compareQuery,
    handler: async (req, reply, staff, { query }) => {
      const id = idParam(param(req, 'id'));
      const a = sideParam(query.a);
      const b = sideParam(query.b);
      const r = await compareForActor(db, { siteId: staff.site.id, kind: kind.kind, itemId: id, actor: staff.actor, a, b }, staff.t.revisions);
      const canRestore = can(staff.actor, 'article.edit', r.article);
      return sendHtml(reply, renderPage(<ComparePage staff={staff} kind={kind} {...r} canRestore={canRestore} />));
    },
  });

  backofficeRoute(app, {
    method: 'POST',
    url: `${kind.base}/:id/phien-ban/:rev/khoi-phuc`,
    needs: 'article.read',
    handler: async (req, reply, staff) => {
      const id = idParam(param(req, 'id'));
      const rev = idParam(param(req, 'rev'));
      await restoreRevision(db, { ...staff, kind: kind.kind, itemId: id, revisionId: rev });
      return reply.redirect(`${paths.item(id)}?da-khoi-phuc=1`, 303);
    },
  });
}
