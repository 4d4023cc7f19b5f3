// What every public page needs besides its own content: the site, its menu, the visitor figures,
// today's date, and the absolute base URL. Built once per request by `pageContext`.
import type { FastifyRequest } from 'fastify';
import type { SiteRow } from '../db/schema.js';
import type { MenuNode } from '../sites/menu.js';
import { loadMenu } from '../sites/menu.js';
import type { SiteFigures } from '../counters/figures.js';
import { readSiteFigures } from '../counters/figures.js';
import { formatWeekdayDate } from '../vi/index.js';

export interface PageContext {
  site: SiteRow;
  menu: MenuNode[];
  figures: SiteFigures;
  /** "Thứ Ba, 18/06/2024" in Asia/Ho_Chi_Minh. */
  today: string;
  baseUrl: string;
  path: string;
}

export function baseUrlOf(req: FastifyRequest): string {
  const configured = req.server.deps.config.baseUrl;
  if (configured) return configured;
  return `${req.protocol}://${req.host}`;
}

export async function pageContext(req: FastifyRequest): Promise<PageContext> {
  const { db, clock } = req.server.deps;
  const site = req.site;
  const now = clock();
  const [menu, figures] = await Promise.all([loadMenu(db, site.id), readSiteFigures(db, site.id, site.visit_base, now)]);
  return { site, menu, figures, today: formatWeekdayDate(now), baseUrl: baseUrlOf(req), path: req.url.split('?')[0] ?? '/' };
}
