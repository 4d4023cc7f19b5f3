// Back office: the audit log of this site (administrators: 'audit.read').
//   GET /quan-tri/nhat-ky?hanh-dong=&nguoi-dung=&tu-ngay=&den-ngay=&trang=
// Newest first, AUDIT_PAGE_SIZE a page. Bad filter values are dropped with a message, never a 500.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { raw } from '../backoffice/form.js';
import { backofficeRoute } from '../backoffice/guard.js';
import { PATHS } from '../backoffice/paths.js';
import { renderPage } from '../web/render.js';
import { sendHtml } from '../web/reply.js';
import { sortVi } from '../vi/index.js';
import { auditActionsOf, auditUsersOf, listAudit } from '../audit/log.js';
import { AUDIT_PAGE_SIZE, parseAuditQuery } from './audit-filters.js';
import { AuditPage, presentAuditEntry } from './audit-views.js';
import { actionLabel, labelledActions } from '../audit/labels.js';

/** The filters as typed; parseAuditQuery judges them against this site's actions. */
const auditQuery = z.object({ 'hanh-dong': raw(), 'nguoi-dung': raw(), 'tu-ngay': raw(), 'den-ngay': raw(), trang: raw() });

export async function auditBackofficeRoutes(app: FastifyInstance) {
  const { db } = app.deps;

  backofficeRoute(app, {
    method: 'GET',
    url: PATHS.audit,
    needs: 'audit.read',
    query: auditQuery,
    handler: async (_req, reply, staff, { query: q }) => {
      const { t } = staff;
      const siteId = staff.site.id;
      const [recorded, people] = await Promise.all([auditActionsOf(db, siteId), auditUsersOf(db, siteId)]);
      // Every action with a name in the catalogue, and any other this site's log holds.
      const actions = sortVi([...new Set([...labelledActions(t), ...recorded])], (a) => actionLabel(t, a));
      const query = parseAuditQuery(
        { action: q['hanh-dong'], user: q['nguoi-dung'], from: q['tu-ngay'], to: q['den-ngay'], page: q.trang },
        new Set(actions),
      );
      const entries = await listAudit(db, siteId, { ...query.filter, limit: AUDIT_PAGE_SIZE + 1, offset: (query.page - 1) * AUDIT_PAGE_SIZE });
      const users = people.map((u) => ({ id: u.id, label: u.displayName && u.displayName !== u.username ? `${u.displayName} (${u.username})` : u.username }));
      const names = new Map(users.map((u) => [u.id, u.label]));
      const rows = entries.slice(0, AUDIT_PAGE_SIZE).map((e) => presentAuditEntry(t, e, names));
      const html = renderPage(<AuditPage staff={staff} query={query} rows={rows} hasNext={entries.length > AUDIT_PAGE_SIZE} actions={actions} users={users} />);
      return sendHtml(reply, html);
    },
  });
}
