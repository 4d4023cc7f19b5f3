// What a module hands the shared capabilities that list public content: the search index
// (search/), the site maps (sitemaps/), the feeds (feeds/) and the content API (api/). Each is an
// optional field of LoaModule (registry/module.ts); the capability reads them from the list of
// modules and never imports a module.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/index.js';
import type { CategoryRow, SiteRow } from '../db/schema.js';
import type { ApiPaths, JsonSchema, Parameter } from './openapi.js';

// ---------------------------------------------------------------------------------------------
// Search

/** One item of a kind as the search index keeps it (search/index.ts cuts it into words). */
export interface SearchDoc {
  siteId: number;
  /** The category it is filed under (a search narrowed to a category finds it), or null. */
  categoryId: number | null;
  slug: string;
  /** ISO UTC. Every document of a dated kind has one (the index is ordered by it); null for an undated one. */
  publishedAt: string | null;
  title: string;
  /** Plain text the snippets are cut from: summary and body (search/text.ts htmlToText for HTML). */
  text: string;
  /** Indexed but never shown: byline, category name. */
  extra: string;
}

/** A kind's documents in the search index. */
export interface SearchSource {
  /** Its name in the index (search_docs.kind and the full-text tags): lower-case letters, digits
   *  and "_", starting with a letter ('article', 'page'). Renaming it empties the index of that kind
   *  until the next rebuild. */
  kind: string;
  /** Its documents carry a publication date. A search narrowed by date or category finds only
   *  dated kinds; undated documents (static pages) rank above dated ones of the same score. */
  dated: boolean;
  /** Shown on a hit without a date, in place of the date ('Trang thông tin'). */
  label?: string;
  /** The ids of the site's public items, which a rebuild (`loa search reindex`) indexes. */
  ids(db: Db, siteId: number): Promise<number[]>;
  /** One item as the index keeps it now, or null when the public does not see it (its document is
   *  removed). Read inside the caller's transaction. */
  doc(db: Db, id: number): Promise<SearchDoc | null>;
  /** The public address of a hit, from what the index keeps. */
  url(hit: { id: number; slug: string }): string;
}

/** The categories a search is narrowed to (the search page's "Chuyên mục", the API's `category`);
 *  one module declares them. */
export interface CategorySource {
  /** Every category of the site in display order; a child names its parent by parent_id. */
  list(db: Db, siteId: number): Promise<CategoryRow[]>;
  /** The public address of a category's page. */
  url(c: { slug: string }): string;
}

// ---------------------------------------------------------------------------------------------
// Site maps

export interface SitemapEntry {
  /** Site-relative, starting with "/". */
  path: string;
  /** ISO timestamp of the last change, when known. */
  lastmod?: string;
}

export interface NewsEntry {
  path: string;
  title: string;
  /** ISO timestamp of publication. */
  published: string;
}

/** A module's addresses in sitemap.xml and the news site map. */
export interface SitemapSource {
  /** A few addresses, listed whole (the home page, categories, static pages). Every module's come
   *  first, in the order of the list of modules. */
  entries?(db: Db, siteId: number, nowIso: string): Promise<SitemapEntry[]>;
  /** Many addresses (articles), after every module's `entries`: how many there are, and a slice of
   *  them in an order that does not change (so the older files of a split site map stay the same). */
  bulk?: {
    count(db: Db, siteId: number, nowIso: string): Promise<number>;
    slice(db: Db, siteId: number, nowIso: string, offset: number, limit: number): Promise<SitemapEntry[]>;
  };
  /** For the news site map: what was published in [sinceIso, nowIso], newest first, at most `limit`. */
  news?(db: Db, siteId: number, sinceIso: string, nowIso: string, limit: number): Promise<NewsEntry[]>;
}

// ---------------------------------------------------------------------------------------------
// Feeds

/** One item of an RSS or Atom feed. */
export interface FeedItem {
  /** Path of its page ("/tin-tuc/…"). */
  path: string;
  title: string;
  /** Plain text; may be empty. */
  summary: string;
  /** The sanitised body as stored (addresses still relative to the site). */
  bodyHtml: string;
  byline: string;
  /** `path` is the category's page; the folder of that address names the set of categories (Atom's scheme). */
  category: { name: string; slug: string; path: string } | null;
  /** ISO timestamps. */
  published: string;
  updated: string;
}

/** Feeds of one part of the site (a category's), beside the site's own. */
export interface FeedChannel {
  /** The address of the HTML page the feed follows, with one parameter, ':slug' ("/chuyen-muc/:slug"),
   *  or none for a single feed ("/van-ban", whose `read` gets the slug ''); its feeds are that
   *  address + "/rss.xml" and "/atom.xml". */
  path: string;
  /** The feed of one slug: its title, description, the path of its page and its newest items (at
   *  most `limit`). Throws errors/ notFound for a slug the site does not have. */
  read(db: Db, site: SiteRow, slug: string, nowIso: string, limit: number): Promise<{ title: string; description: string; path: string; items: FeedItem[] }>;
}

/** A module's items in the feeds. */
export interface FeedSource {
  /** The site's newest public items of this kind, newest first, at most `limit` (the site's feeds
   *  take the newest among every module's). */
  items(db: Db, siteId: number, nowIso: string, limit: number): Promise<FeedItem[]>;
  channels?: FeedChannel[];
}

// ---------------------------------------------------------------------------------------------
// The content API

/** One resource of the read-only API under /api/v1/ and its part of the OpenAPI document. */
export interface ApiResource {
  /** Its routes, relative to /api/v1 ('/articles'), registered inside the API's plugin: CORS, the
   *  rate limit, 405 for other methods and the stable error body apply (api/ has sendJson, the
   *  parameter readers and apiNotFound). */
  routes: (app: FastifyInstance) => Promise<void>;
  /** The same paths, documented ('/articles/{slug}'); the API test checks the two sets are equal. */
  paths: ApiPaths;
  /** Schemas, parameters and tags its paths name (besides the API's shared ones, api/openapi.ts). */
  schemas?: Record<string, JsonSchema>;
  parameters?: Record<string, Parameter>;
  tags?: { name: string; description: string }[];
}

// ---------------------------------------------------------------------------------------------
// Deadlines counted in working days

/** A due date a recount moved (from → to; null while a clock is stopped). */
export interface MovedDeadline {
  siteId: number;
  /** What it is the due date of ("Câu hỏi ABCD-EFGH: …"). */
  label: string;
  /** Its back-office address. */
  path: string;
  from: string | null;
  to: string | null;
}

/** A module's due dates counted in working days (a site's calendar of days off): recounted, inside
 *  the transaction that changes a calendar, for the sites it concerns (null: every site). */
export interface DeadlineSource {
  recount(db: Db, siteIds: readonly number[] | null, nowMs: number): Promise<MovedDeadline[]>;
}
