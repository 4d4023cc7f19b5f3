// What a module declares to get the editorial back office for its kind of item (LoaModule.editorial):
// the list, writing and editing with autosave and preview, the workflow's moves, revisions, the
// trash, nesting and order. Every kind's items are rows of one table (`articles`, with `kind`), so
// the shared code (editorial/, revisions/, workflow/) reads and writes them by (kind, id); a kind
// only says which fields its form has, its words, its public address and its public page.
//
// The policy's 'article.*' rules apply to every editorial kind (who writes, submits, publishes,
// deletes); audit entries name the kind ('page.create', subject 'page').
import type { FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { Db } from '../db/index.js';
import type { ItemRow } from '../db/schema.js';
import type { Staff } from '../backoffice/guard.js';
import type { FieldErrors } from '../backoffice/form.js';
import type { Messages } from '../messages/index.js';

/** A kind's words in the back office: the catalogue's section for it (articles' is the model). */
export type EditorialStrings = Messages['articles'];

/** The bar of a preview: what it says, and the way back to the editor. */
export interface PreviewBar {
  label: string;
  backLabel: string;
  editUrl: string;
}

/** What a kind's own controls are drawn with. */
export interface OwnFieldsProps {
  staff: Staff;
  /** The form's values of these fields, as typed or as stored. */
  values: Record<string, string>;
  errors: FieldErrors;
  /** What `load` read for them. */
  data: unknown;
}

/** A kind's own fields' check: the columns they set, every problem by field name, and what to
 *  write beside the item in its transaction once it has an id (an article's tags). */
export interface OwnChecked {
  columns: Partial<Pick<ItemRow, 'category_id' | 'featured_media_id'>>;
  errors: FieldErrors;
  write?: (trx: Db, siteId: number, itemId: number) => Promise<void>;
}

/** A filter and a column of the list, by one of the item's columns (articles: the category). */
export interface OwnListColumn {
  /** The query string's name ('chuyen-muc'). */
  param: string;
  /** The column it narrows. */
  column: 'category_id';
  label: string;
  /** The filter's choices, from what `load` read. */
  options(data: unknown): { value: number; label: string }[];
  /** The cell of a row. */
  cell(item: { category_id: number | null }, data: unknown): string;
}

/**
 * Fields only this kind has (articles: category, tags, featured image), with the data they need
 * from other modules: the shared form draws them in two places (inside the grid of small fields,
 * before the byline; and after it), the read-only view the same.
 */
export interface OwnFields {
  /** Their names in the form (each a string as typed, NFC, trimmed). */
  names: readonly string[];
  /** Their values for an item as stored. */
  values(db: Db, item: ItemRow): Promise<Record<string, string>>;
  check(db: Db, siteId: number, typed: Record<string, string>): Promise<OwnChecked>;
  /** What their controls and the list need (read once per page); `typed` is the form's values when there is one. */
  load(db: Db, siteId: number, typed?: Record<string, string>): Promise<unknown>;
  Grid(p: OwnFieldsProps): VNode;
  After?(p: OwnFieldsProps): VNode | null;
  /** Their part of the read-only view, in the same two places. */
  ReadOnly(p: { staff: Staff; item: ItemRow; values: Record<string, string>; data: unknown; slot: 'grid' | 'after' }): VNode | null;
  list?: OwnListColumn;
}

/** Which of the shared fields a kind's form has, beyond title, address and body. */
export interface SharedFields {
  summary?: boolean;
  byline?: boolean;
  /** The publication time (dd/mm/yyyy HH:mm), and with it "Hẹn giờ xuất bản". */
  publicationTime?: boolean;
  /** Items nest: a parent (of the same kind) and a position among siblings; the list is the tree, with "Lên"/"Xuống". */
  tree?: boolean;
  /** The languages an item may be written in ('vi', 'en'); without, the site's. */
  langs?: readonly string[];
}

export interface EditorialKind {
  /** articles.kind, the search index's kind, the audit entries' subject and action prefix: 'article', 'page'. */
  kind: string;
  /** Its back office: the list; `${base}/moi`, `${base}/:id`, …/xem-truoc, …/phien-ban, …/xoa. */
  base: string;
  /** Its navigation entry's key (the module declares the entry), marked on its screens. */
  navKey: string;
  strings(t: Messages): EditorialStrings;
  fields: SharedFields;
  own?: OwnFields;
  /** Its public address ("Xem trên trang"). */
  publicUrl(item: Pick<ItemRow, 'slug'>): string;
  /** Its public page as it would read from the item now, whatever its state, under the preview bar. */
  preview(req: FastifyRequest, item: ItemRow, bar: PreviewBar, now: number): Promise<string>;
}

/** The kinds a list of modules declares, in its order. */
export const editorialKinds = (modules: readonly { editorial?: EditorialKind }[]): EditorialKind[] => modules.flatMap((m) => (m.editorial ? [m.editorial] : []));

/** Every address of a kind's back office, from its base (the articles' are also in backoffice/paths.ts PATHS). */
export function editorialPaths(kind: Pick<EditorialKind, 'base'>) {
  const item = (id: number) => `${kind.base}/${id}`;
  return {
    list: kind.base,
    create: `${kind.base}/moi`,
    autosaveNew: `${kind.base}/tu-luu`,
    item,
    autosave: (id: number) => `${item(id)}/tu-luu`,
    move: (id: number) => `${item(id)}/chuyen`,
    preview: (id: number) => `${item(id)}/xem-truoc`,
    revisions: (id: number) => `${item(id)}/phien-ban`,
    compareRevisions: (id: number) => `${item(id)}/phien-ban/so-sanh`,
    restoreRevision: (id: number, rev: number) => `${item(id)}/phien-ban/${rev}/khoi-phuc`,
    /** To the trash (POST), and back out of it (POST). */
    trash: (id: number) => `${item(id)}/xoa`,
    untrash: (id: number) => `${item(id)}/khoi-phuc`,
    /** One place up or down among its siblings (POST; nested kinds). */
    up: (id: number) => `${item(id)}/len`,
    down: (id: number) => `${item(id)}/xuong`,
  };
}
