// What a feed says, independent of its format: the site's newest public items of every module
// (LoaModule.feed), or those of one of a module's channels (a category's). rss.ts and atom.ts
// write it out.
import type { Db } from '../db/index.js';
import type { SiteRow } from '../db/schema.js';
import type { FeedChannel, FeedItem, FeedSource } from '../registry/sources.js';
import { latest } from './xml.js';

export type { FeedItem };

/** Items in a feed: the newest this many. */
export const FEED_SIZE = 30;

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

function feedOf(site: SiteRow, head: Pick<Feed, 'title' | 'description' | 'path'>, items: FeedItem[]): Feed {
  return {
    ...head,
    lang: site.lang || 'vi',
    publisher: site.agency || site.name,
    updated: items.reduce((at, i) => latest(at, i.updated), '') || site.updated_at,
    items,
  };
}

/** The site's feed: the newest FEED_SIZE items among every module's. */
export async function readFeed(db: Db, sources: readonly FeedSource[], site: SiteRow, now: number): Promise<Feed> {
  const nowIso = new Date(now).toISOString();
  const lists = await Promise.all(sources.map((s) => s.items(db, site.id, nowIso, FEED_SIZE)));
  // Each list is newest first; the sort is stable, so one module's order among equal times stays.
  const items = lists
    .flat()
    .sort((a, b) => (a.published < b.published ? 1 : a.published > b.published ? -1 : 0))
    .slice(0, FEED_SIZE);
  return feedOf(site, { title: site.name, description: site.welcome || site.name, path: '/' }, items);
}

/** A channel's feed for one slug (the channel answers 404 for a slug the site does not have). */
export async function readChannel(db: Db, channel: FeedChannel, site: SiteRow, slug: string, now: number): Promise<Feed> {
  const { items, ...head } = await channel.read(db, site, slug, new Date(now).toISOString(), FEED_SIZE);
  return feedOf(site, head, items);
}

/** Where a page's feed is: "/rss.xml" for the home page, "/chuyen-muc/kinh-te/atom.xml" for a category. */
export function feedPath(pagePath: string, kind: 'rss' | 'atom'): string {
  return `${pagePath === '/' ? '' : pagePath}/${kind}.xml`;
}
