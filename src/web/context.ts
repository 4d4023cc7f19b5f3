// What every public page needs besides its own content: the site, its menu, the visitor figures,
// today's date, and the absolute base URL. Built once per request by `pageContext`.
import type { FastifyRequest } from 'fastify';
import type { SiteRow } from '../db/schema.js';
import type { MenuNode } from '../sites/menu.js';
import { loadMenu } from '../sites/menu.js';
import { publicHost } from '../sites/service.js';
import { mark } from './page-cache.js';

export interface PageContext {
  site: SiteRow;
  menu: MenuNode[];
  /** Marks for the live visitor figures, filled when the page is sent (web/page.ts). */
  figures: { total: string; online: string; today: string };
  /** Mark for today's date ("Thứ Ba, 18/06/2024" in Asia/Ho_Chi_Minh), filled when sent. */
  today: string;
  baseUrl: string;
  path: string;
  countMode: 'server' | 'beacon';
}

/** BASE_URL when set, else the request's origin — on one of the site's own host names (sites/service publicHost). */
export function baseUrlOf(req: FastifyRequest): string {
  const configured = req.server.deps.config.baseUrl;
  if (configured) return configured;
  return `${req.protocol}://${req.site ? publicHost(req.site.id, req.host) : req.host}`;
}

export async function pageContext(req: FastifyRequest): Promise<PageContext> {
  const site = req.site;
  const menu = await loadMenu(req.server.deps.db, site.id);
  return {
    site,
    menu,
    figures: { total: mark('total'), online: mark('online'), today: mark('today') },
    today: mark('date'),
    baseUrl: baseUrlOf(req),
    path: req.url.split('?')[0] ?? '/',
    countMode: req.server.deps.config.countMode,
  };
}
