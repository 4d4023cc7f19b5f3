// Writing editorial items of any declared kind in the back office: check the fields (the shared ones
// and the kind's own), ask the policy, store (body sanitised, text NFC), keep a revision and an audit
// entry in the same transaction, and tell the page cache when a public item changed. Moves between
// states are workflow/machine.ts's job; the form's buttons save and move in one transaction.
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/index.js';
import { atomically } from '../db/index.js';
import type { ItemRow } from '../db/schema.js';
import { titleColumns } from '../db/titles.js';
import type { Actor } from '../accounts/policy.js';
import { canSee, publicationTimeByReporter, whyNot, whyNotPublicationTime } from '../accounts/policy.js';
import { AppError, FormInvalid, notFound } from '../errors/index.js';
import type { FieldErrors } from '../errors/index.js';
import { sanitizeTypedBody } from '../richtext/sanitize.js';
import { cleanText, readViDateTime, slugify } from '../vi/index.js';
import { audit } from '../audit/log.js';
import { keepRevision } from '../revisions/service.js';
import { publicChange } from '../web/page-cache.js';
import { reindex } from '../search/index.js';
import { knownSource } from '../search/sources.js';
import { msg } from '../messages/index.js';
import { COMMENT_MAX, transition } from '../workflow/machine.js';
import type { WorkflowAction } from '../workflow/machine.js';
import type { EditorialKind } from '../registry/editorial.js';

export const LIMITS = { title: 300, slug: 120, summary: 1000, byline: 200, body: 500_000, position: 9999 } as const;

/** The fields of an item's form as typed (already NFC, see backoffice/form.ts); those its kind does not have are ''. */
export interface ItemInput {
  title: string;
  slug: string;
  summary: string;
  bodyHtml: string;
  byline: string;
  /** The publication time as typed, "dd/mm/yyyy HH:mm" in ICT (see vi.readViDateTime), or ''. */
  publishedAt: string;
  /** The parent's id as typed, or '' for none (a nested kind). */
  parent: string;
  position: string;
  lang: string;
  /** The kind's own fields (registry/editorial.ts OwnFields), by name. */
  own: Record<string, string>;
}

export const EMPTY_INPUT: ItemInput = { title: '', slug: '', summary: '', bodyHtml: '', byline: '', publishedAt: '', parent: '', position: '', lang: '', own: {} };

/** The columns a checked form sets, and what its kind writes beside the item. */
export interface CheckedItem {
  columns: Pick<ItemRow, 'title' | 'title_folded' | 'slug' | 'summary' | 'body_html' | 'byline' | 'published_at' | 'published_at_by_reporter'> &
    Partial<Pick<ItemRow, 'parent_id' | 'position' | 'lang' | 'category_id' | 'featured_media_id'>>;
  write?: (trx: Db, siteId: number, itemId: number) => Promise<void>;
}

/** Who saves, when, over what stored item: the policy's rule on publication times needs them. */
export interface SaveTime {
  actor: Actor;
  /** Milliseconds since the epoch. */
  now: number;
  /** The item as stored (undefined for a new one). */
  current?: Pick<ItemRow, 'published_at' | 'published_at_by_reporter'>;
}

const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ID_RE = /^[1-9]\d{0,9}$/;
const POSITION_RE = /^\d{1,4}$/;

/** Whether `candidate` may be the parent of item `selfId` (same site and kind, not itself, not one of its descendants). */
async function parentProblem(db: Db, kind: string, siteId: number, candidate: number, selfId: number | undefined): Promise<'missing' | 'loop' | null> {
  const parent = await db.selectFrom('articles').select(['id', 'parent_id']).where('id', '=', candidate).where('site_id', '=', siteId).where('kind', '=', kind).executeTakeFirst();
  if (!parent) return 'missing';
  if (selfId === undefined) return null;
  // Up from the candidate: reaching the item itself would make a loop.
  let at: number | null = parent.id;
  for (let hops = 0; at !== null && hops < 1000; hops++) {
    if (at === selfId) return 'loop';
    const up: { parent_id: number | null } | undefined = await db.selectFrom('articles').select('parent_id').where('id', '=', at).executeTakeFirst();
    at = up?.parent_id ?? null;
  }
  return null;
}

/** Checks every field against its rule and this site's rows; throws FormInvalid with all problems at once. */
export async function checkItem(db: Db, kind: EditorialKind, siteId: number, input: ItemInput, selfId: number | undefined, who: SaveTime): Promise<CheckedItem> {
  const t = kind.strings(msg);
  const has = kind.fields;
  const errors: FieldErrors = {};
  const title = input.title;
  if (!title) errors.title = msg.required(t.title);
  else if (title.length > LIMITS.title) errors.title = msg.tooLong(t.title, LIMITS.title);
  let slug = input.slug.trim().toLowerCase();
  // The title's own slug (left empty, or as the editor filled it from the title) gets "-2", "-3"…
  // when taken; one typed by hand is the person's choice, so a clash is told, not changed.
  const fromTitle = !slug || slug === slugify(title, 100) || slug === slugify(title, LIMITS.slug);
  if (!slug) slug = slugify(title, 100);
  if (slug.length > LIMITS.slug) errors.slug = msg.tooLong(t.slug, LIMITS.slug);
  else if (!SLUG_RE.test(slug)) errors.slug = title ? t.slugShape : (errors.slug ?? t.slugShape);
  const summary = has.summary ? input.summary : '';
  const byline = has.byline ? input.byline : '';
  if (summary.length > LIMITS.summary) errors.summary = msg.tooLong(t.summary, LIMITS.summary);
  if (byline.length > LIMITS.byline) errors.byline = msg.tooLong(t.byline, LIMITS.byline);
  if (input.bodyHtml.length > LIMITS.body) errors.body_html = msg.tooLong(t.body, LIMITS.body);

  const nested: Partial<Pick<ItemRow, 'parent_id' | 'position' | 'lang'>> = {};
  if (has.tree) {
    nested.parent_id = null;
    if (input.parent) {
      const problem = ID_RE.test(input.parent) ? await parentProblem(db, kind.kind, siteId, Number(input.parent), selfId) : 'missing';
      if (problem) errors.parent_id = problem === 'loop' ? t.parentLoop : t.badParent;
      else nested.parent_id = Number(input.parent);
    }
    const position = input.position.trim();
    if (!position) nested.position = 0;
    else if (POSITION_RE.test(position)) nested.position = Number(position);
    else errors.position = t.badPosition(LIMITS.position);
  }
  if (has.langs) {
    if (!input.lang) nested.lang = has.langs[0];
    else if (has.langs.includes(input.lang)) nested.lang = input.lang;
    else errors.lang = t.badLang;
  }

  const own = kind.own ? await kind.own.check(db, siteId, input.own) : undefined;
  if (own) Object.assign(errors, own.errors);

  let publishedAt: string | null = null;
  if (has.publicationTime && input.publishedAt) {
    const read = readViDateTime(input.publishedAt);
    if ('iso' in read) publishedAt = read.iso;
    else errors.published_at = read.problem === 'day' ? t.noSuchDay(read.typed) : read.problem === 'time' ? t.noSuchTime(read.typed) : t.badDate;
  }
  // A kind without the field keeps the time the workflow gave it.
  if (!has.publicationTime) publishedAt = who.current?.published_at ?? null;
  // Only an editor or administrator dates an item in the past (the policy's rule).
  const time = { at: publishedAt, stored: who.current?.published_at ?? null, storedByReporter: who.current?.published_at_by_reporter === 1, now: who.now };
  const backdate = errors.published_at || !has.publicationTime ? null : whyNotPublicationTime(who.actor, time);
  if (backdate) errors.published_at = backdate;
  if (!errors.slug && slug) {
    // Items in the trash keep their slug until they are removed for good.
    let q = db.selectFrom('articles').select(['id', 'title', 'deleted_at']).where('site_id', '=', siteId).where('kind', '=', kind.kind).where('slug', '=', slug);
    if (selfId) q = q.where('id', '!=', selfId);
    const taken = await q.executeTakeFirst();
    if (taken && fromTitle) slug = await freeSlug(db, kind.kind, siteId, slug, selfId);
    else if (taken) errors.slug = t.slugTakenBy(taken.title, taken.deleted_at !== null);
  }
  if (Object.keys(errors).length) throw new FormInvalid(errors);
  return {
    columns: {
      ...titleColumns(title),
      slug,
      summary,
      body_html: sanitizeTypedBody(input.bodyHtml),
      byline,
      published_at: publishedAt,
      published_at_by_reporter: has.publicationTime ? (publicationTimeByReporter(who.actor, time) ? 1 : 0) : (who.current?.published_at_by_reporter ?? 0),
      ...nested,
      ...own?.columns,
    },
    write: own?.write,
  };
}

/** The slug the form asks for: as typed, or made from the title. */
export function wantedSlug(input: Pick<ItemInput, 'slug' | 'title'>): string {
  return input.slug.trim().toLowerCase() || slugify(input.title, 100);
}

/** `base-2`, `base-3`…: the first of these no other item of the kind on the site has (base shortened to fit). */
async function freeSlug(db: Db, kind: string, siteId: number, slug: string, selfId: number | undefined): Promise<string> {
  const base = slug.length <= LIMITS.slug - 6 ? slug : slug.slice(0, LIMITS.slug - 6).replace(/-+$/, '');
  let q = db.selectFrom('articles').select('slug').where('site_id', '=', siteId).where('kind', '=', kind).where('slug', 'like', `${base}-%`);
  if (selfId) q = q.where('id', '!=', selfId);
  const used = new Set((await q.execute()).map((r) => r.slug));
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** Who saves, where, from where, when (a back-office Staff is one: backoffice/guard.ts StaffContext). */
export interface SaveContext {
  siteId: number;
  actor: Actor;
  ip: string;
  /** Milliseconds since the epoch (the app's clock). */
  now: number;
}

const forbidden = (why: string) => new AppError('forbidden', 403, why);
const isPublic = (a: Pick<ItemRow, 'status'>) => a.status === 'published' || a.status === 'scheduled';

/** Puts the item in the search index as it is now (or takes it out), when its kind is searched. */
export async function reindexItem(trx: Db, kind: string, id: number): Promise<void> {
  if (knownSource(kind)) await reindex(trx, kind, id);
}

/** A new draft of the kind by the actor; `formKey` (its form's key) is recorded with it, in the same transaction. */
export async function createItem(db: Db, kind: EditorialKind, ctx: SaveContext, input: ItemInput, formKey?: string): Promise<ItemRow> {
  const why = whyNot(ctx.actor, 'article.create');
  if (why) throw forbidden(why);
  const { columns, write } = await checkItem(db, kind, ctx.siteId, input, undefined, ctx);
  const at = new Date(ctx.now).toISOString();
  const userId = ctx.actor!.userId;
  return atomically(db, async (trx) => {
    const lang = columns.lang ?? (await trx.selectFrom('sites').select('lang').where('id', '=', ctx.siteId).executeTakeFirstOrThrow()).lang;
    const row = await trx
      .insertInto('articles')
      .values({ ...columns, lang, kind: kind.kind, site_id: ctx.siteId, author_id: userId, status: 'draft', created_at: at, updated_at: at, view_count: 0, rating_sum: 0, rating_count: 0 })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (formKey) await trx.insertInto('article_form_keys').values({ form_key: formKey, site_id: ctx.siteId, article_id: row.id, created_at: at }).execute();
    await write?.(trx, ctx.siteId, row.id);
    await reindexItem(trx, kind.kind, row.id);
    await keepRevision(trx, { itemId: row.id, userId, title: row.title, summary: row.summary, bodyHtml: row.body_html, byline: row.byline, kind: 'save', at });
    await audit(trx, { siteId: ctx.siteId, userId, action: `${kind.kind}.create`, subjectType: kind.kind, subjectId: row.id, detail: { title: row.title }, ip: ctx.ip, at });
    return row;
  });
}

/** The item of this kind and site the actor may see, or 404 (someone who may not see it learns nothing). */
export async function itemForActor(db: Db, kind: EditorialKind, ctx: Pick<SaveContext, 'siteId' | 'actor'>, id: number): Promise<ItemRow> {
  const row = await db.selectFrom('articles').selectAll().where('id', '=', id).where('site_id', '=', ctx.siteId).where('kind', '=', kind.kind).executeTakeFirst();
  if (!row || !canSee(ctx.actor, row)) throw notFound(kind.strings(msg).notFound);
  return row;
}

/** The columns an edit audit names when they changed. */
const AUDITED = ['title', 'slug', 'summary', 'body_html', 'byline', 'category_id', 'featured_media_id', 'published_at', 'parent_id', 'position', 'lang'] as const;

/**
 * Saves an existing item. Mode 'save' writes the item and keeps a revision; 'autosave' writes a
 * draft the same way but keeps the one autosave revision, and on an item already public only keeps
 * the autosave revision (the public page changes when someone saves).
 */
export async function updateItem(db: Db, kind: EditorialKind, ctx: SaveContext, id: number, input: ItemInput, mode: 'save' | 'autosave' = 'save'): Promise<ItemRow> {
  const current = await itemForActor(db, kind, ctx, id);
  const why = whyNot(ctx.actor, 'article.edit', current);
  if (why) throw forbidden(why);
  const { columns, write } = await checkItem(db, kind, ctx.siteId, input, id, { ...ctx, current });
  if (current.status === 'published' && columns.slug !== current.slug) throw new FormInvalid({ slug: kind.strings(msg).slugFixed });
  const at = new Date(ctx.now).toISOString();
  const userId = ctx.actor!.userId;
  const writeItem = mode === 'save' || current.status === 'draft';
  return atomically(db, async (trx) => {
    let row = current;
    if (writeItem) {
      const updated = await trx.updateTable('articles').set({ ...columns, updated_at: at }).where('id', '=', id).where('status', '=', current.status).returningAll().executeTakeFirst();
      if (!updated) throw new AppError('article_conflict', 409, kind.strings(msg).changedMeanwhile);
      row = updated;
      await write?.(trx, ctx.siteId, id);
      await reindexItem(trx, kind.kind, id);
    }
    const c = columns;
    await keepRevision(trx, { itemId: id, userId, title: c.title, summary: c.summary, bodyHtml: c.body_html, byline: c.byline, kind: mode, at });
    if (mode === 'save') {
      const changed = AUDITED.filter((k) => current[k] !== row[k]);
      await audit(trx, { siteId: ctx.siteId, userId, action: `${kind.kind}.edit`, subjectType: kind.kind, subjectId: id, detail: { changed }, ip: ctx.ip, at });
    }
    if (writeItem && isPublic(row)) await publicChange(trx, ctx.siteId);
    return row;
  });
}

/** The newest autosave of this item by this user that is newer than the item itself. */
export async function newerAutosave(db: Db, itemId: number, userId: number, updatedAt: string) {
  return db
    .selectFrom('article_revisions')
    .select(['id', 'created_at'])
    .where('article_id', '=', itemId)
    .where('user_id', '=', userId)
    .where('kind', '=', 'autosave')
    .where('created_at', '>', updatedAt)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

/** A new item's form key: 128 random bits, base64url (22 characters). */
export const FORM_KEY_RE = /^[A-Za-z0-9_-]{22}$/;

export function newFormKey(): string {
  return randomBytes(16).toString('base64url');
}

/** The item the form with this key created on this site, if it did (of any kind: the caller checks its own). */
export async function itemOfFormKey(db: Db, siteId: number, formKey: string): Promise<number | undefined> {
  if (!FORM_KEY_RE.test(formKey)) return undefined;
  const row = await db.selectFrom('article_form_keys').select('article_id').where('form_key', '=', formKey).where('site_id', '=', siteId).executeTakeFirst();
  return row?.article_id;
}

/** A move along the workflow asked for by a button of the item's form. */
export interface FormMove {
  action: WorkflowAction;
  /** The reason given with 'return'. */
  comment?: string;
}

/** What the move needs from the form, as field errors: a future time to schedule, a reason to return. */
function moveProblems(kind: EditorialKind, input: ItemInput, status: ItemRow['status'] | undefined, move: FormMove | undefined, now: number): FieldErrors {
  const t = kind.strings(msg);
  const errors: FieldErrors = {};
  const read = kind.fields.publicationTime && input.publishedAt ? readViDateTime(input.publishedAt) : undefined;
  const future = read && 'iso' in read ? Date.parse(read.iso) > now : undefined;
  if (move?.action === 'schedule') {
    if (!read) errors.published_at = t.scheduleNeedsTime;
    else if (future === false) errors.published_at = t.scheduleInPast;
  } else if (kind.fields.publicationTime && !move && status === 'scheduled' && future !== true && !(read && !('iso' in read))) {
    // A plain save keeps a scheduled item due in the future (an empty or past time would publish it at once, or never).
    errors.published_at = t.scheduledKeepsFuture;
  }
  if (move?.action === 'return') {
    const c = cleanText(move.comment ?? '').trim();
    if (!c) errors.comment = t.returnNeedsComment;
    else if (c.length > COMMENT_MAX) errors.comment = t.commentTooLong(COMMENT_MAX);
  }
  return errors;
}

/**
 * Saves an item's form and, when one of its workflow buttons was pressed, moves the item: one
 * transaction, so what is published is what the form held. A new item (no `id`) is the draft of its
 * form key: created by the first save, updated by the next ones (a second press, Back then save
 * again, an autosave racing a button), never duplicated. Invalid content or a move's missing input
 * throws FormInvalid with every problem at once, and nothing is saved or moved.
 */
export async function saveItemForm(
  db: Db,
  kind: EditorialKind,
  ctx: SaveContext,
  target: { id?: number; formKey?: string },
  input: ItemInput,
  move?: FormMove,
  mode: 'save' | 'autosave' = 'save',
): Promise<ItemRow> {
  const attempt = async (): Promise<ItemRow> => {
    const id = target.id ?? (target.formKey ? await itemOfFormKey(db, ctx.siteId, target.formKey) : undefined);
    const current = id === undefined ? undefined : await itemForActor(db, kind, ctx, id);
    const problems = mode === 'save' ? moveProblems(kind, input, current?.status, move, ctx.now) : {};
    if (Object.keys(problems).length) {
      const fieldErrors = await checkItem(db, kind, ctx.siteId, input, id, { ...ctx, current }).then(
        () => ({}),
        (err: unknown) => {
          if (err instanceof FormInvalid) return err.fields;
          throw err;
        },
      );
      throw new FormInvalid({ ...fieldErrors, ...problems });
    }
    return atomically(db, async (trx) => {
      const row = id === undefined ? await createItem(trx, kind, ctx, input, target.formKey) : await updateItem(trx, kind, ctx, id, input, mode);
      if (!move) return row;
      return transition(trx, { siteId: ctx.siteId, itemId: row.id, actor: ctx.actor, action: move.action, comment: move.comment, publishAt: row.published_at ?? undefined, ip: ctx.ip, now: ctx.now });
    });
  };
  try {
    return await attempt();
  } catch (err) {
    // Two saves of one new form at once: the second insert of the key failed; it now updates the first's draft.
    if (target.id === undefined && target.formKey && !(err instanceof AppError) && (await itemOfFormKey(db, ctx.siteId, target.formKey)) !== undefined) return attempt();
    throw err;
  }
}

/**
 * Moves an item of a nested kind one place up or down among its siblings (those of its parent not in
 * the trash, by position then id): the siblings are numbered again 0, 1, 2… in the new order, in one
 * transaction with its audit entry ('page.move'); the public pages change when it is published.
 * Ordering is an editor's or administrator's (the policy's 'article.publish'), of an item not in the trash.
 */
export async function moveAmongSiblings(db: Db, kind: EditorialKind, ctx: SaveContext, id: number, direction: 'up' | 'down'): Promise<ItemRow> {
  const item = await itemForActor(db, kind, ctx, id);
  const why = whyNot(ctx.actor, 'article.publish') ?? whyNot(ctx.actor, 'article.edit', item);
  if (why) throw forbidden(why);
  const at = new Date(ctx.now).toISOString();
  return atomically(db, async (trx) => {
    let q = trx.selectFrom('articles').select(['id', 'position', 'status']).where('site_id', '=', ctx.siteId).where('kind', '=', kind.kind).where('deleted_at', 'is', null);
    q = item.parent_id === null ? q.where('parent_id', 'is', null) : q.where('parent_id', '=', item.parent_id);
    const siblings = await q.orderBy('position').orderBy('id').execute();
    const i = siblings.findIndex((s) => s.id === id);
    const j = direction === 'up' ? i - 1 : i + 1;
    if (i < 0 || j < 0 || j >= siblings.length) throw new AppError('move_refused', 409, direction === 'up' ? kind.strings(msg).alreadyFirst : kind.strings(msg).alreadyLast);
    [siblings[i], siblings[j]] = [siblings[j]!, siblings[i]!];
    for (const [position, s] of siblings.entries()) if (s.position !== position) await trx.updateTable('articles').set({ position }).where('id', '=', s.id).execute();
    await audit(trx, { siteId: ctx.siteId, userId: ctx.actor!.userId, action: `${kind.kind}.move`, subjectType: kind.kind, subjectId: id, detail: { title: item.title, direction, position: j }, ip: ctx.ip, at });
    if (siblings.some((s) => s.status === 'published')) await publicChange(trx, ctx.siteId);
    return (await trx.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirstOrThrow()) as ItemRow;
  });
}
