// The :id of a back-office address that names a row of the site.
import type { FastifyRequest } from 'fastify';

/** The :id of the address; undefined when it cannot name a row (answered 404 like another site's id). */
export function rowIdParam(req: FastifyRequest): number | undefined {
  const raw = (req.params as { id?: string }).id ?? '';
  return /^[1-9]\d{0,9}$/.test(raw) && Number(raw) <= 2_147_483_647 ? Number(raw) : undefined;
}
