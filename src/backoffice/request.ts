// Small pieces every back-office handler that changes a site's rows takes from its request: the
// row's :id, and who changes it.
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
