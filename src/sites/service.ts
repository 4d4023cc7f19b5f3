// Sites: every site-owned row carries site_id; a request finds its site by host name, and unknown
// hosts fall back to the default site. Lookups are cached for 10 s in process; `invalidateSites()`
// drops the cache, here after a change and on every instance when a site's content_version moves
// (web/page-cache.ts).
import type { Db } from '../db/index.js';
import { afterCommit, atomically, nowIso } from '../db/index.js';
import type { NewSite, SiteRow } from '../db/schema.js';
import { cleanLine } from '../vi/index.js';
import { AppError } from '../errors/index.js';
import type { NewMenuItem } from './menu.js';
import { replaceMenu } from './menu.js';

const TTL_MS = 10_000;
let cache: { at: number; byHost: Map<string, SiteRow>; fallback: SiteRow | undefined } | undefined;

/** Each site's host names, sorted; kept across invalidations (host names rarely change) so that
 *  `publicHost` always has an answer once the first request loaded them. */
let hostsBySite = new Map<number, string[]>();

export function invalidateSites(): void {
  cache = undefined;
}

/** Lower-case host name without port or trailing dot; '' when it is not a plausible host name. */
export function normaliseHost(raw: string): string {
  let h = raw.trim().toLowerCase();
  if (h.startsWith('[')) h = h.slice(0, h.indexOf(']') + 1);
  else h = h.replace(/:\d+$/, '');
  h = h.replace(/\.$/, '');
  return /^(\[[0-9a-f:.]+\]|[a-z0-9.-]{1,253})$/.test(h) ? h : '';
}

async function load(db: Db) {
  const sites = await db.selectFrom('sites').selectAll().orderBy('id').execute();
  const hosts = await db.selectFrom('site_hosts').selectAll().execute();
  const byId = new Map(sites.map((s) => [s.id, s]));
  const byHost = new Map<string, SiteRow>();
  for (const h of hosts) {
    const s = byId.get(h.site_id);
    if (s) byHost.set(h.host, s);
  }
  const fallback = sites.find((s) => s.is_default === 1) ?? sites[0];
  cache = { at: Date.now(), byHost, fallback };
  const bySite = new Map<number, string[]>();
  for (const h of [...hosts].sort((a, b) => (a.host < b.host ? -1 : 1))) bySite.set(h.site_id, [...(bySite.get(h.site_id) ?? []), h.host]);
  hostsBySite = bySite;
  return cache;
}

/**
 * The host name (no port) to write in a site's absolute addresses: the request's own when it is one
 * of the site's host names, else the site's first. A forged Host header (unknown hosts are served
 * the default site) never reaches a cached page's canonical address, og:url or feed links.
 */
export function publicHost(siteId: number, requestHost: string): string {
  const hosts = hostsBySite.get(siteId);
  const asked = normaliseHost(requestHost);
  if (!hosts?.length) return asked || 'localhost';
  return hosts.includes(asked) ? asked : hosts[0]!;
}

/** True when the site has this host name (any port). */
export function siteHasHost(siteId: number, host: string): boolean {
  return hostsBySite.get(siteId)?.includes(normaliseHost(host)) ?? false;
}

/** The same, synchronously from the cache while it is fresh (the fast path); undefined otherwise. */
export function cachedSiteForHost(host: string): SiteRow | undefined {
  if (!cache || Date.now() - cache.at >= TTL_MS) return undefined;
  return cache.byHost.get(normaliseHost(host)) ?? cache.fallback;
}

/** The site that serves a host name (the default site for unknown hosts), or undefined if there is no site at all. */
export async function siteForHost(db: Db, host: string): Promise<SiteRow | undefined> {
  const c = cache && Date.now() - cache.at < TTL_MS ? cache : await load(db);
  return c.byHost.get(normaliseHost(host)) ?? c.fallback;
}

export interface NewSiteInput {
  name: string;
  hosts: string[];
  shortName?: string;
  welcome?: string;
  agency?: string;
  responsible?: string;
  address?: string;
  phone?: string;
  email?: string;
  footerNote?: string;
  primaryColor?: string;
  visitBase?: number;
  isDefault?: boolean;
}

/** A new site's menu: only what exists on every site (Liên hệ is made from the settings until a
 *  page of that address is stored; pages/routes.tsx). The menu editor changes it. */
const STARTER_MENU: NewMenuItem[] = [
  { label: 'Trang chủ', url: '/' },
  // pages/queries.ts CONTACT_SLUG: the address every page's footer links to (web/layout.tsx).
  { label: 'Liên hệ', url: '/trang/lien-he' },
];

/** Creates a site with its host names and the starter menu in one transaction. Refuses hosts already taken. */
export async function createSite(db: Db, input: NewSiteInput): Promise<SiteRow> {
  const name = cleanLine(input.name);
  if (!name || name.length > 200) throw new AppError('site_name', 400, 'Tên trang phải có từ 1 đến 200 ký tự.');
  const hosts = [...new Set(input.hosts.map(normaliseHost))];
  if (hosts.length === 0 || hosts.some((h) => !h)) throw new AppError('site_host', 400, 'Cần ít nhất một tên miền hợp lệ (ví dụ: phuongbacson.ninhbinh.gov.vn).');
  const color = input.primaryColor ?? '#8b1a1a';
  if (!/^#[0-9a-fA-F]{6}$/.test(color)) throw new AppError('site_color', 400, 'Màu phải có dạng #RRGGBB.');
  const visitBase = input.visitBase ?? 0;
  if (!Number.isInteger(visitBase) || visitBase < 0) throw new AppError('site_visit_base', 400, 'Số lượt truy cập ban đầu phải là số nguyên không âm.');

  return atomically(db, async (trx) => {
    const taken = await trx.selectFrom('site_hosts').select('host').where('host', 'in', hosts).execute();
    if (taken.length) throw new AppError('site_host_taken', 409, `Tên miền đã được dùng cho trang khác: ${taken.map((t) => t.host).join(', ')}.`);
    const anySite = await trx.selectFrom('sites').select('id').limit(1).executeTakeFirst();
    const now = nowIso();
    const row: NewSite = {
      name,
      short_name: cleanLine(input.shortName ?? name),
      welcome: cleanLine(input.welcome ?? `Chào mừng bạn đến với ${name}!`),
      agency: cleanLine(input.agency ?? ''),
      responsible: cleanLine(input.responsible ?? ''),
      address: cleanLine(input.address ?? ''),
      phone: cleanLine(input.phone ?? ''),
      email: cleanLine(input.email ?? ''),
      footer_note: cleanLine(input.footerNote ?? ''),
      primary_color: color,
      visit_base: visitBase,
      is_default: input.isDefault || !anySite ? 1 : 0,
      lang: 'vi',
      created_at: now,
      updated_at: now,
    };
    if (row.is_default) await trx.updateTable('sites').set({ is_default: 0 }).where('is_default', '=', 1).execute();
    const site = await trx.insertInto('sites').values(row).returningAll().executeTakeFirstOrThrow();
    await trx.insertInto('site_hosts').values(hosts.map((host) => ({ host, site_id: site.id }))).execute();
    await replaceMenu(trx, site.id, STARTER_MENU);
    // Not before: a request in between would cache the sites without this one for 10 s.
    afterCommit(trx, () => invalidateSites());
    return site;
  });
}

export async function siteByHostExact(db: Db, host: string): Promise<SiteRow | undefined> {
  return db
    .selectFrom('sites')
    .innerJoin('site_hosts', 'site_hosts.site_id', 'sites.id')
    .selectAll('sites')
    .where('site_hosts.host', '=', normaliseHost(host))
    .executeTakeFirst();
}

export async function siteHosts(db: Db, siteId: number): Promise<string[]> {
  const rows = await db.selectFrom('site_hosts').select('host').where('site_id', '=', siteId).orderBy('host').execute();
  return rows.map((r) => r.host);
}
