// What every public page needs besides its own content: the site, its menu, the visitor figures,
// today's date, the absolute base URL, and what the modules put into the frame (layout slots).
// Built once per request by `pageContext`.
import type { FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import type { SiteRow } from '../db/schema.js';
import type { MenuNode } from '../sites/menu.js';
import { loadMenu } from '../sites/menu.js';
import { publicHost, siteHasHost } from '../sites/service.js';
import { mark } from './page-cache.js';

/**
 * What a module adds to the frame of every public page (registry/module.ts `layout`): the feeds'
 * links in the head, the search form in the header. The layout knows the places, not the modules.
 */
export interface LayoutSlots {
  /** Into the <head>, after the style sheets; `title` is the page's own title, `noIndex` is set on
   *  pages that are not indexed (error pages). */
  head?: (p: { ctx: PageContext; title: string; noIndex: boolean }) => ComponentChildren;
  /** Into the site's header, after today's date. */
  header?: (p: { ctx: PageContext }) => ComponentChildren;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The modules' layout slots, in module order, gathered once per app (app.ts). */
    layoutSlots: readonly LayoutSlots[];
  }
}

export interface PageContext {
  site: SiteRow;
  menu: MenuNode[];
  /** Marks for the live visitor figures, filled when the page is sent (cache/page.ts). */
  figures: { total: string; online: string; today: string };
  /** Mark for today's date ("Thứ Ba, 18/06/2024" in Asia/Ho_Chi_Minh), filled when sent. */
  today: string;
  baseUrl: string;
  path: string;
  countMode: 'server' | 'beacon';
  /** What the modules put into the frame (the app's layoutSlots). */
  slots: readonly LayoutSlots[];
}

/**
 * The origin of a site's absolute addresses (canonical, og:url, JSON-LD, feeds, site maps, the API).
 * The request's Host header only chooses among the site's own host names, and never gives a port:
 * - BASE_URL when set, for the site it names or the default site; another site gets BASE_URL's
 *   scheme and port on its own host name;
 * - else the request's scheme (https only from a trusted proxy), one of the site's host names, and
 *   the port the connection really reached Loa on (none behind a proxy, nor for 80 and 443).
 */
export function baseUrlOf(req: FastifyRequest): string {
  const { baseUrl, trustProxy } = req.server.deps.config;
  const site = req.site as FastifyRequest['site'] | undefined;
  if (baseUrl) {
    const base = new URL(baseUrl);
    if (!site || site.is_default === 1 || siteHasHost(site.id, base.hostname)) return baseUrl;
    return `${base.protocol}//${publicHost(site.id, req.host)}${base.port ? `:${base.port}` : ''}`;
  }
  const host = site ? publicHost(site.id, req.host) : 'localhost';
  const port = trustProxy ? undefined : req.socket?.localPort;
  const standard = port === undefined || (req.protocol === 'http' && port === 80) || (req.protocol === 'https' && port === 443);
  return `${req.protocol}://${host}${standard ? '' : `:${port}`}`;
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
    slots: req.server.layoutSlots,
  };
}
