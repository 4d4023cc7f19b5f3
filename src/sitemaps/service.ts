// What the site maps say: every public address of a site with its last change — each module's few
// addresses (LoaModule.sitemap `entries`: the home page, Sơ đồ cổng, the categories, the static
// pages), then each module's many (`bulk`: the published articles) — in one file, or, past
// `sitemapLimits.perFile` addresses, an index of numbered files. And the news site map: what was
// published in the last two days.
import type { Db } from '../db/index.js';
import { notFound } from '../errors/index.js';
import type { NewsEntry, SitemapEntry, SitemapSource } from '../registry/sources.js';
import { latest } from '../feeds/xml.js';

export type { NewsEntry, SitemapEntry };

/** The protocol's limits (50,000 addresses a file; Google News: 1,000). Lowered in tests. */
export const sitemapLimits = { perFile: 50_000, newsMax: 1_000 };
/** The news site map lists articles published in the last this many hours. */
export const NEWS_HOURS = 48;

export type Sitemap = { kind: 'urlset'; entries: SitemapEntry[] } | { kind: 'index'; files: SitemapEntry[] };

export const sitemapFilePath = (n: number) => `/sitemap-${n}.xml`;

type Bulk = NonNullable<SitemapSource['bulk']>;

/** The modules' few addresses, in the order of the list. */
async function fixedEntries(db: Db, sources: readonly SitemapSource[], siteId: number, nowIso: string): Promise<SitemapEntry[]> {
  return (await Promise.all(sources.map((s) => (s.entries ? s.entries(db, siteId, nowIso) : [])))).flat();
}

/** Addresses [from, to) of the modules' many, read as one list from each module's slices. */
async function bulkSlice(db: Db, bulks: { bulk: Bulk; count: number }[], siteId: number, nowIso: string, from: number, to: number): Promise<SitemapEntry[]> {
  const out: SitemapEntry[] = [];
  let start = 0;
  for (const { bulk, count } of bulks) {
    const lo = Math.max(from, start);
    const hi = Math.min(to, start + count);
    if (lo < hi) out.push(...(await bulk.slice(db, siteId, nowIso, lo - start, hi - lo)));
    start += count;
  }
  return out;
}

/** /sitemap.xml (file undefined) or /sitemap-N.xml. A numbered file exists only when the site map is split. */
export async function readSitemap(db: Db, sources: readonly SitemapSource[], siteId: number, now: number, file?: number): Promise<Sitemap> {
  const nowIso = new Date(now).toISOString();
  const perFile = sitemapLimits.perFile;
  const [fixed, bulks] = await Promise.all([
    fixedEntries(db, sources, siteId, nowIso),
    Promise.all(sources.flatMap((s) => (s.bulk ? [s.bulk] : [])).map(async (bulk) => ({ bulk, count: await bulk.count(db, siteId, nowIso) }))),
  ]);
  const count = bulks.reduce((n, b) => n + b.count, 0);
  const total = fixed.length + count;
  const files = Math.ceil(total / perFile);
  if (file === undefined && total <= perFile) return { kind: 'urlset', entries: [...fixed, ...(await bulkSlice(db, bulks, siteId, nowIso, 0, count))] };
  if (file === undefined) return { kind: 'index', files: await fileStamps(db, bulks, siteId, nowIso, fixed, files, perFile) };
  if (files <= 1 || file > files) throw notFound();
  const start = (file - 1) * perFile;
  const end = Math.min(total, start + perFile);
  const from = Math.max(start, fixed.length);
  const rows = await bulkSlice(db, bulks, siteId, nowIso, from - fixed.length, end - fixed.length);
  return { kind: 'urlset', entries: [...fixed.slice(start, end), ...rows] };
}

/** The numbered files with the newest change of the addresses each holds. */
async function fileStamps(db: Db, bulks: { bulk: Bulk; count: number }[], siteId: number, nowIso: string, fixed: SitemapEntry[], files: number, perFile: number): Promise<SitemapEntry[]> {
  const all = [...fixed, ...(await bulkSlice(db, bulks, siteId, nowIso, 0, Infinity))];
  const stamps = all.map((e) => e.lastmod ?? '');
  const out: SitemapEntry[] = [];
  for (let n = 1; n <= files; n++) {
    const lastmod = stamps.slice((n - 1) * perFile, n * perFile).reduce((at, s) => latest(at, s), '');
    out.push({ path: sitemapFilePath(n), ...(lastmod ? { lastmod } : {}) });
  }
  return out;
}

/** The news site map's entries: published in the last NEWS_HOURS, newest first, at most newsMax. */
export async function readNews(db: Db, sources: readonly SitemapSource[], siteId: number, now: number): Promise<NewsEntry[]> {
  const since = new Date(now - NEWS_HOURS * 3_600_000).toISOString();
  const nowIso = new Date(now).toISOString();
  const lists = await Promise.all(sources.map((s) => (s.news ? s.news(db, siteId, since, nowIso, sitemapLimits.newsMax) : [])));
  // Each list is newest first; the sort is stable, so one module's order among equal times stays.
  return lists
    .flat()
    .sort((a, b) => (a.published < b.published ? 1 : a.published > b.published ? -1 : 0))
    .slice(0, sitemapLimits.newsMax);
}
