// What a module is: one concept (articles, pages, media… and every later kind of content) describing
// itself once. The app, the back-office navigation, the policy, the authorisation walk, the HTML
// checks, search, the site maps, the feeds and the API read the list of modules (src/modules.ts);
// none of them names a module.
//
// Code below the modules (db/, web/, accounts/, backoffice/…, the capabilities: the layers of
// eslint/layers.js) imports neither a module nor this file: each says what shape it takes (a
// navigation entry, a layout slot…), this file gathers those into LoaModule, and the app hands the
// list over.
import type { FastifyInstance } from 'fastify';
import type { VNode } from 'preact';
import type { Db } from '../db/index.js';
import type { ActionRule } from '../accounts/policy.js';
import type { Staff } from '../backoffice/guard.js';
import type { NavEntry } from '../backoffice/nav.js';
import type { LayoutSlots } from '../web/context.js';
import type { ErrorForm } from '../web/error-form.js';
import type { ApiResource, CategorySource, DeadlineSource, FeedSource, SearchSource, SitemapSource } from './sources.js';
import type { EditorialKind } from './editorial.js';

export type { NavEntry, LayoutSlots, ErrorForm };

/** The people of a site the walk signs in as, and the site. */
export interface WalkContext {
  siteId: number;
  admin: number;
  editor: number;
  reporter: number;
  /** A second reporter (a person the users screen can act on). */
  reporter2: number;
}

/**
 * Rows the authorisation walk and the HTML checks need to fill this module's back-office
 * addresses: the value of each path parameter, keyed by the path segment before it
 * (`/quan-tri/thu-vien/:id` → 'thu-vien').
 */
export type WalkRows = (db: Db, ctx: WalkContext) => Promise<Record<string, string>>;

/** A module's part of the back office's home page, and how many things wait for this person there
 *  (added into the navigation's badge). */
export interface HomePanel {
  node: VNode;
  waiting?: number;
}

/** A link the back office's menu editor offers: [address, title]. */
export type LinkChoice = [url: string, title: string];

/**
 * What a menu item can link to among this module's things without typing an address: one group of
 * the menu editor's picker (settings/menu-editing.ts). A picked address is checked again on save.
 */
export interface LinkTargets {
  /** The group's heading; `query` is the picker's title search ('' for none). */
  label: (query: string) => string;
  /** Position among the groups: lower first. */
  order: number;
  /** The group answers the picker's title search ("Tìm bài viết để liên kết"); the others list everything. */
  searchable?: boolean;
  /** What the picker offers; a searchable group: the newest, or those whose title has `query`. */
  choices: (db: Db, siteId: number, nowIso: string, query: string) => Promise<LinkChoice[]>;
  /** The title of what `url` names among this module's things on this site, or undefined. */
  titleOf: (db: Db, siteId: number, nowIso: string, url: string) => Promise<string | undefined>;
}

/**
 * What a module adds to the portal's own pages (portal/): a box of the home page's sidebar
 * ("Văn bản mới"), and its links in Sơ đồ cổng. The portal reads them from the list of modules.
 */
export interface PortalParts {
  /** Its box at the top of the home page's sidebar (a <section> with a heading), or null for none now. */
  homeBox?: (db: Db, siteId: number, now: number) => Promise<VNode | null>;
  /** Its entries in Sơ đồ cổng, after the news: [address, title]. */
  siteMapLinks?: LinkChoice[];
}

export interface LoaModule {
  /** Unique, lower case, used in messages and logs. */
  name: string;
  /** Public routes. */
  routes?: (app: FastifyInstance) => Promise<void>;
  /** Back-office routes, each declared through backoffice/guard.ts backofficeRoute. */
  backoffice?: (app: FastifyInstance) => Promise<void>;
  nav?: NavEntry[];
  /** Policy actions this module adds, with who may do them (accounts/policy.ts asks these). */
  actions?: ActionRule[];
  /** Readable labels of the audit log's actions this module writes (`media.upload` → "Tải lên tệp"). */
  auditLabels?: Record<string, string>;
  walk?: WalkRows;
  /** Its part of the back office's home page; `modules` is the app's list. */
  homePanel?: (db: Db, staff: Staff, modules: readonly LoaModule[]) => Promise<HomePanel>;
  /** What menu items can link to among this module's things (the menu editor's picker). */
  linkTargets?: LinkTargets;
  /** What this module puts into the frame of every public page: the head (feed links), the header
   *  (the search form). The public layout has the places (web/context.ts LayoutSlots). */
  layout?: LayoutSlots;
  /** How errors under this module's addresses are answered when its own handlers never see them
   *  (web/error-form.ts ErrorForm: the API's JSON body for a bad address under /api/). */
  errorForm?: ErrorForm;
  /** Its kind's documents in the search index (/tim-kiem, the API's search); the module calls
   *  search/index.ts `reindex(trx, kind, id)` inside each transaction that changes what the public sees. */
  search?: SearchSource;
  /** The categories a search may be narrowed to (one module). */
  categories?: CategorySource;
  /** Its addresses in sitemap.xml and the news site map. */
  sitemap?: SitemapSource;
  /** Its items in the site's RSS and Atom feeds, and feeds of its own (a category's). */
  feed?: FeedSource;
  /** Its resources in the content API under /api/v1/, with their OpenAPI parts. */
  api?: ApiResource[];
  /** Its kind of editorial item (registry/editorial.ts): editorial/ serves its back office (list,
   *  editor, workflow, preview, trash, order), revisions/ its revisions, by (kind, id). */
  editorial?: EditorialKind;
  /** Its parts of the portal's home page and Sơ đồ cổng. */
  portal?: PortalParts;
  /** Its due dates counted in working days, recounted when a calendar of days off changes (the
   *  calendar module asks every module of the list; it imports none). */
  deadlines?: DeadlineSource;
}

/** Identity with a type: `export const mediaModule = defineModule({ … })`. */
export function defineModule(m: LoaModule): LoaModule {
  return m;
}
