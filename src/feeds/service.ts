// What a feed says, independent of its format: the site's (or a category's) newest published
// articles as feed items. rss.ts and atom.ts write it out.
import type { Db } from '../db/index.js';
import type { SiteRow } from '../db/schema.js';
import { notFound } from '../errors/index.js';
import { categoryBySlug, categoryUrl, listCategories, withDescendants } from '../categories/queries.js';
import { articleUrl } from '../articles/presenter.js';
import type { FeedArticleRow } from './queries.js';
import { feedArticles } from './queries.js';
import { latest } from './xml.js';

/** Items in a feed: the newest this many. */
export const FEED_SIZE = 30;

export interface FeedItem {
  /** Path of the article page ("/tin-tuc/…"). */
  path: string;
  title: string;
  /** Plain text; may be empty. */
  summary: string;
  /** The sanitised body as stored (addresses still relative to the site). */
  bodyHtml: string;
  byline: string;
  category: { name: string; slug: string; path: string } | null;
  /** ISO timestamps. */
  published: string;
  updated: string;
}

export interface Feed {
  title: string;
  description: string;
  lang: string;
  /** The publisher, for the Atom author of the feed. */
  publisher: string;
  /** Path of the HTML page the feed follows ("/" or "/chuyen-muc/…"); its feeds are at path + rss.xml / atom.xml. */
  path: string;
  /** Newest change of any item (the site's last change when there is none); ISO. */
  updated: string;
  items: FeedItem[];
}

function item(r: FeedArticleRow): FeedItem {
  const published = r.published_at ?? r.updated_at;
  return {
    path: articleUrl(r),
    title: r.title,
    summary: r.summary,
    bodyHtml: r.body_html,
    byline: r.byline,
    category: r.category_slug && r.category_name ? { name: r.category_name, slug: r.category_slug, path: categoryUrl({ slug: r.category_slug }) } : null,
    published,
    updated: latest(published, r.updated_at),
  };
}

function feedOf(site: SiteRow, head: Pick<Feed, 'title' | 'description' | 'path'>, rows: FeedArticleRow[]): Feed {
  const items = rows.map(item);
  return {
    ...head,
    lang: site.lang || 'vi',
    publisher: site.agency || site.name,
    updated: items.reduce((at, i) => latest(at, i.updated), '') || site.updated_at,
    items,
  };
}

/** The site's feed, or a category's (with its descendants) when `slug` is given; unknown category → 404. */
export async function readFeed(db: Db, site: SiteRow, slug: string | undefined, now: number): Promise<Feed> {
  const nowIso = new Date(now).toISOString();
  if (slug === undefined) {
    const rows = await feedArticles(db, site.id, nowIso, FEED_SIZE);
    return feedOf(site, { title: site.name, description: site.welcome || site.name, path: '/' }, rows);
  }
  const category = await categoryBySlug(db, site.id, slug);
  if (!category) throw notFound('Chuyên mục không tồn tại.');
  const all = await listCategories(db, site.id);
  const rows = await feedArticles(db, site.id, nowIso, FEED_SIZE, withDescendants(all, category.id));
  const description = category.description || `Tin ${category.name} – ${site.name}`;
  return feedOf(site, { title: `${category.name} – ${site.name}`, description, path: categoryUrl(category) }, rows);
}

/** Where a page's feed is: "/rss.xml" for the home page, "/chuyen-muc/kinh-te/atom.xml" for a category. */
export function feedPath(pagePath: string, kind: 'rss' | 'atom'): string {
  return `${pagePath === '/' ? '' : pagePath}/${kind}.xml`;
}
