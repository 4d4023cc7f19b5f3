// What the site maps say: every public address of a site with its last change — the home page,
// Sơ đồ cổng, the categories, the static pages, then the published articles — in one file, or, past
// `sitemapLimits.perFile` addresses, an index of numbered files. And the news site map: the articles
// of the last two days.
import type { Db } from '../db/index.js';
import type { SiteRow } from '../db/schema.js';
import { notFound } from '../errors/index.js';
import { categoryUrl, listCategories, withDescendants } from '../categories/queries.js';
import { pageUrl, publishedPages } from '../pages/queries.js';
import { articleUrl } from '../articles/presenter.js';
import { latest } from '../feeds/xml.js';
import { articleSlice, articleStamps, countPublished, lastChangesByCategory, recentArticles } from './queries.js';

/** The protocol's limits (50,000 addresses a file; Google News: 1,000). Lowered in tests. */
export const sitemapLimits = { perFile: 50_000, newsMax: 1_000 };
/** The news site map lists articles published in the last this many hours. */
export const NEWS_HOURS = 48;

export interface SitemapEntry {
  path: string;
  /** ISO timestamp of the last change, when known. */
  lastmod?: string;
}

export type Sitemap = { kind: 'urlset'; entries: SitemapEntry[] } | { kind: 'index'; files: SitemapEntry[] };

export interface NewsEntry {
  path: string;
  title: string;
  published: string;
}

export const sitemapFilePath = (n: number) => `/sitemap-${n}.xml`;

const lastmodOf = (r: { published_at: string | null; updated_at: string }) => latest(r.published_at, r.updated_at);

/** The addresses before the articles: home, Sơ đồ cổng, categories, static pages. */
async function fixedEntries(db: Db, siteId: number, nowIso: string): Promise<SitemapEntry[]> {
  const [categories, pages, changes] = await Promise.all([listCategories(db, siteId), publishedPages(db, siteId), lastChangesByCategory(db, siteId, nowIso)]);
  const changeOf = new Map(changes.map((c) => [c.category_id, latest(c.published, c.updated)]));
  const newest = changes.reduce((at, c) => latest(at, latest(c.published, c.updated)), '');
  const when = (s: string) => (s ? { lastmod: s } : {});
  return [
    { path: '/', ...when(newest) },
    { path: '/so-do-cong' },
    ...categories.map((c) => ({ path: categoryUrl(c), ...when(withDescendants(categories, c.id).reduce((at, id) => latest(at, changeOf.get(id)), '')) })),
    ...pages.map((p) => ({ path: pageUrl(p), lastmod: p.updated_at })),
  ];
}

/** /sitemap.xml (file undefined) or /sitemap-N.xml. A numbered file exists only when the site map is split. */
export async function readSitemap(db: Db, siteId: number, now: number, file?: number): Promise<Sitemap> {
  const nowIso = new Date(now).toISOString();
  const perFile = sitemapLimits.perFile;
  const [fixed, count] = await Promise.all([fixedEntries(db, siteId, nowIso), countPublished(db, siteId, nowIso)]);
  const total = fixed.length + count;
  const files = Math.ceil(total / perFile);
  if (file === undefined && total <= perFile) {
    const rows = await articleSlice(db, siteId, nowIso, 0, count);
    return { kind: 'urlset', entries: [...fixed, ...rows.map((r) => ({ path: articleUrl(r), lastmod: lastmodOf(r) }))] };
  }
  if (file === undefined) return { kind: 'index', files: await fileStamps(db, siteId, nowIso, fixed, files, perFile) };
  if (files <= 1 || file > files) throw notFound();
  const start = (file - 1) * perFile;
  const end = Math.min(total, start + perFile);
  const from = Math.max(start, fixed.length);
  const rows = await articleSlice(db, siteId, nowIso, from - fixed.length, end - from);
  return { kind: 'urlset', entries: [...fixed.slice(start, end), ...rows.map((r) => ({ path: articleUrl(r), lastmod: lastmodOf(r) }))] };
}

/** The numbered files with the newest change of the addresses each holds. */
async function fileStamps(db: Db, siteId: number, nowIso: string, fixed: SitemapEntry[], files: number, perFile: number): Promise<SitemapEntry[]> {
  const stamps = [...fixed.map((e) => e.lastmod ?? ''), ...(await articleStamps(db, siteId, nowIso)).map(lastmodOf)];
  const out: SitemapEntry[] = [];
  for (let n = 1; n <= files; n++) {
    const lastmod = stamps.slice((n - 1) * perFile, n * perFile).reduce((at, s) => latest(at, s), '');
    out.push({ path: sitemapFilePath(n), ...(lastmod ? { lastmod } : {}) });
  }
  return out;
}

/** The news site map's articles: published in the last NEWS_HOURS, newest first. */
export async function readNews(db: Db, site: SiteRow, now: number): Promise<NewsEntry[]> {
  const since = new Date(now - NEWS_HOURS * 3_600_000).toISOString();
  const rows = await recentArticles(db, site.id, since, new Date(now).toISOString(), sitemapLimits.newsMax);
  return rows.map((r) => ({ path: articleUrl(r), title: r.title, published: r.published_at ?? since }));
}
