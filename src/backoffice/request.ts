// Small pieces every back-office handler that changes a site's rows takes from its request: the
// row's :id, who changes it, and dropping the site's public pages after a public change.
import type { FastifyRequest } from 'fastify';
import type { Staff } from './guard.js';

/** The :id of the address; undefined when it cannot name a row (answered 404 like another site's id). */
export function rowIdParam(req: FastifyRequest): number | undefined {
  const raw = (req.params as { id?: string }).id ?? '';
  return /^[1-9]\d{0,9}$/.test(raw) && Number(raw) <= 2_147_483_647 ? Number(raw) : undefined;
}

/** Who changes what, from where and when: what every audited service of these screens takes. */
export function changeBy(req: FastifyRequest, staff: Staff) {
  return { siteId: staff.site.id, userId: staff.actor.userId, ip: req.ip, now: staff.now };
}

/** After a public change: this instance drops the site's pages at once (the others within a second, via content_version). */
export function dropPublicPages(req: FastifyRequest, staff: Staff): void {
  req.server.pageCache.dropSite(staff.site.id);
}
