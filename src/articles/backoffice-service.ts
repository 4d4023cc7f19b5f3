// Writing articles in the back office: check the fields, ask the policy, store (body sanitised,
// text NFC), keep a revision and an audit entry in the same transaction, and tell the page cache
// when a public article changed. Moves between states are workflow/machine.ts's job.
import { titleColumns } from './titles.js';
import type { Db } from '../db/index.js';
import { atomically } from '../db/index.js';
import type { ArticleRow } from '../db/schema.js';
import type { Actor } from '../accounts/policy.js';
import { canSee, publicationTimeByReporter, whyNot, whyNotPublicationTime } from '../accounts/policy.js';
import { AppError, FormInvalid, notFound } from '../errors/index.js';
import { sanitizeTypedBody } from '../richtext/sanitize.js';
import { randomBytes } from 'node:crypto';
import { cleanLine, cleanText, readViDateTime, slugify } from '../vi/index.js';
import { audit } from '../audit/log.js';
import { keepRevision } from '../revisions/service.js';
import { publicChange } from '../web/page-cache.js';
import { reindexArticle } from './search.js';
import type { FieldErrors } from '../errors/index.js';
import { msg } from '../messages/index.js';
import { COMMENT_MAX, transition } from '../workflow/machine.js';
import type { WorkflowAction } from '../workflow/machine.js';

export const LIMITS = { title: 300, slug: 120, summary: 1000, byline: 200, body: 500_000, tags: 20, tag: 60 } as const;

/** The fields of the article form as typed (already NFC, see backoffice/form.ts). */
export interface ArticleInput {
  title: string;
  slug: string;
  summary: string;
  bodyHtml: string;
  byline: string;
  categoryId: string;
  featuredMediaId: string;
  tags: string;
  /** The publication time as typed, "dd/mm/yyyy HH:mm" in ICT (see msg.readViDateTime), or ''. */
  publishedAt: string;
}

export interface CheckedArticle {
  title: string;
  title_folded: string;
  slug: string;
  summary: string;
  body_html: string;
  byline: string;
  category_id: number | null;
  featured_media_id: number | null;
  tags: string[];
  published_at: string | null;
  /** 1 when the stored time is a reporter's choice (accounts/policy.publicationTimeByReporter). */
  published_at_by_reporter: number;
}

/** Who saves, when, over what stored time: the policy's rule on publication times needs them. */
export interface SaveTime {
  actor: Actor;
  /** Milliseconds since the epoch. */
  now: number;
  /** The article as stored (undefined for a new one). */
  current?: Pick<ArticleRow, 'published_at' | 'published_at_by_reporter'>;
}

const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ID_RE = /^[1-9]\d{0,9}$/;

/** Checks every field against its rule and this site's rows; throws FormInvalid with all problems at once. */
export async function checkArticle(db: Db, siteId: number, input: ArticleInput, selfId: number | undefined, who: SaveTime): Promise<CheckedArticle> {
  const t = msg.articles;
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
  else if (!SLUG_RE.test(slug)) errors.slug = title ? t.slugShape : errors.slug ?? t.slugShape;
  if (input.summary.length > LIMITS.summary) errors.summary = msg.tooLong(t.summary, LIMITS.summary);
  if (input.byline.length > LIMITS.byline) errors.byline = msg.tooLong(t.byline, LIMITS.byline);
  if (input.bodyHtml.length > LIMITS.body) errors.body_html = msg.tooLong(t.body, LIMITS.body);

  let categoryId: number | null = null;
  if (input.categoryId) {
    const c = ID_RE.test(input.categoryId) ? await db.selectFrom('categories').select('id').where('id', '=', Number(input.categoryId)).where('site_id', '=', siteId).executeTakeFirst() : undefined;
    if (c) categoryId = c.id;
    else errors.category_id = t.badCategory;
  }
  let mediaId: number | null = null;
  if (input.featuredMediaId) {
    const m = ID_RE.test(input.featuredMediaId)
      ? await db.selectFrom('media').select('id').where('id', '=', Number(input.featuredMediaId)).where('site_id', '=', siteId).where('kind', '=', 'image').executeTakeFirst()
      : undefined;
    if (m) mediaId = m.id;
    else errors.featured_media_id = t.badImage;
  }
  const tags: string[] = [];
  for (const raw of input.tags.split(',')) {
    const name = cleanLine(raw);
    if (!name) continue;
    if (name.length > LIMITS.tag) {
      errors.tags = t.tagTooLong(LIMITS.tag);
      break;
    }
    if (!slugify(name)) continue;
    if (!tags.some((x) => slugify(x) === slugify(name))) tags.push(name);
  }
  if (tags.length > LIMITS.tags) errors.tags = t.tooManyTags(LIMITS.tags);
  let publishedAt: string | null = null;
  if (input.publishedAt) {
    const read = readViDateTime(input.publishedAt);
    if ('iso' in read) publishedAt = read.iso;
    else errors.published_at = read.problem === 'day' ? t.noSuchDay(read.typed) : read.problem === 'time' ? t.noSuchTime(read.typed) : t.badDate;
  }
  // Only an editor or administrator dates an article in the past (the policy's rule).
  const time = { at: publishedAt, stored: who.current?.published_at ?? null, storedByReporter: who.current?.published_at_by_reporter === 1, now: who.now };
  const backdate = errors.published_at ? null : whyNotPublicationTime(who.actor, time);
  if (backdate) errors.published_at = backdate;
  if (!errors.slug && slug) {
    // Articles in the trash keep their slug until they are removed for good.
    let q = db.selectFrom('articles').select(['id', 'title', 'deleted_at']).where('site_id', '=', siteId).where('slug', '=', slug);
    if (selfId) q = q.where('id', '!=', selfId);
    const taken = await q.executeTakeFirst();
    if (taken && fromTitle) slug = await freeSlug(db, siteId, slug, selfId);
    else if (taken) errors.slug = t.slugTakenBy(taken.title, taken.deleted_at !== null);
  }
  if (Object.keys(errors).length) throw new FormInvalid(errors);
  return {
    ...titleColumns(title),
    slug,
    summary: input.summary,
    body_html: sanitizeTypedBody(input.bodyHtml),
    byline: input.byline,
    category_id: categoryId,
    featured_media_id: mediaId,
    tags,
    published_at: publishedAt,
    published_at_by_reporter: publicationTimeByReporter(who.actor, time) ? 1 : 0,
  };
}

/** The slug the form asks for: as typed, or made from the title. */
export function wantedSlug(input: Pick<ArticleInput, 'slug' | 'title'>): string {
  return input.slug.trim().toLowerCase() || slugify(input.title, 100);
}

/** `base-2`, `base-3`…: the first of these no other article of the site has (base shortened to fit). */
async function freeSlug(db: Db, siteId: number, slug: string, selfId: number | undefined): Promise<string> {
  const base = slug.length <= LIMITS.slug - 6 ? slug : slug.slice(0, LIMITS.slug - 6).replace(/-+$/, '');
  let q = db.selectFrom('articles').select('slug').where('site_id', '=', siteId).where('slug', 'like', `${base}-%`);
  if (selfId) q = q.where('id', '!=', selfId);
  const used = new Set((await q.execute()).map((r) => r.slug));
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

async function setTags(trx: Db, siteId: number, articleId: number, names: string[]) {
  await trx.deleteFrom('article_tags').where('article_id', '=', articleId).execute();
  for (const name of names) {
    const slug = slugify(name);
    let tag = await trx.selectFrom('tags').select('id').where('site_id', '=', siteId).where('slug', '=', slug).executeTakeFirst();
    tag ??= await trx.insertInto('tags').values({ site_id: siteId, slug, name }).returning('id').executeTakeFirstOrThrow();
    await trx.insertInto('article_tags').values({ article_id: articleId, tag_id: tag.id }).execute();
  }
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
const isPublic = (a: Pick<ArticleRow, 'status'>) => a.status === 'published' || a.status === 'scheduled';

/** A new draft by the actor; `formKey` (its form's key) is recorded with it, in the same transaction. */
export async function createArticle(db: Db, ctx: SaveContext, input: ArticleInput, formKey?: string): Promise<ArticleRow> {
  const why = whyNot(ctx.actor, 'article.create');
  if (why) throw forbidden(why);
  const a = await checkArticle(db, ctx.siteId, input, undefined, ctx);
  const at = new Date(ctx.now).toISOString();
  const userId = ctx.actor!.userId;
  return atomically(db, async (trx) => {
    const { tags, ...cols } = a;
    const row = await trx
      .insertInto('articles')
      .values({ ...cols, site_id: ctx.siteId, author_id: userId, status: 'draft', created_at: at, updated_at: at, view_count: 0, rating_sum: 0, rating_count: 0 })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (formKey) await trx.insertInto('article_form_keys').values({ form_key: formKey, site_id: ctx.siteId, article_id: row.id, created_at: at }).execute();
    await setTags(trx, ctx.siteId, row.id, tags);
    await reindexArticle(trx, row.id);
    await keepRevision(trx, { articleId: row.id, userId, title: row.title, summary: row.summary, bodyHtml: row.body_html, byline: row.byline, kind: 'save', at });
    await audit(trx, { siteId: ctx.siteId, userId, action: 'article.create', subjectType: 'article', subjectId: row.id, detail: { title: row.title }, ip: ctx.ip, at });
    return row;
  });
}

/** The article of this site the actor may see, or 404 (someone who may not see it learns nothing). */
export async function articleForActor(db: Db, ctx: Pick<SaveContext, 'siteId' | 'actor'>, id: number): Promise<ArticleRow> {
  const row = await db.selectFrom('articles').selectAll().where('id', '=', id).where('site_id', '=', ctx.siteId).executeTakeFirst();
  if (!row || !canSee(ctx.actor, row)) throw notFound(msg.articles.notFound);
  return row;
}

/**
 * Saves an existing article. kind 'save' writes the article and keeps a revision; 'autosave' writes
 * a draft the same way but keeps the one autosave revision, and on an article already public only
 * keeps the autosave revision (the public page changes when someone saves).
 */
export async function updateArticle(db: Db, ctx: SaveContext, id: number, input: ArticleInput, kind: 'save' | 'autosave' = 'save'): Promise<ArticleRow> {
  const current = await articleForActor(db, ctx, id);
  const why = whyNot(ctx.actor, 'article.edit', current);
  if (why) throw forbidden(why);
  const a = await checkArticle(db, ctx.siteId, input, id, { ...ctx, current });
  if (current.status === 'published' && a.slug !== current.slug) throw new FormInvalid({ slug: msg.articles.slugFixed });
  const at = new Date(ctx.now).toISOString();
  const userId = ctx.actor!.userId;
  const writeArticle = kind === 'save' || current.status === 'draft';
  return atomically(db, async (trx) => {
    let row = current;
    if (writeArticle) {
      const { tags, ...cols } = a;
      const updated = await trx.updateTable('articles').set({ ...cols, updated_at: at }).where('id', '=', id).where('status', '=', current.status).returningAll().executeTakeFirst();
      if (!updated) throw new AppError('article_conflict', 409, msg.articles.changedMeanwhile);
      row = updated;
      await setTags(trx, ctx.siteId, id, tags);
      await reindexArticle(trx, id);
    }
    await keepRevision(trx, { articleId: id, userId, title: a.title, summary: a.summary, bodyHtml: a.body_html, byline: a.byline, kind, at });
    if (kind === 'save') {
      const changed = (['title', 'slug', 'summary', 'body_html', 'byline', 'category_id', 'featured_media_id', 'published_at'] as const).filter((k) => current[k] !== row[k]);
      await audit(trx, { siteId: ctx.siteId, userId, action: 'article.edit', subjectType: 'article', subjectId: id, detail: { changed }, ip: ctx.ip, at });
    }
    if (writeArticle && isPublic(row)) await publicChange(trx, ctx.siteId);
    return row;
  });
}

/** The newest autosave of this article by this user that is newer than the article itself. */
export async function newerAutosave(db: Db, articleId: number, userId: number, updatedAt: string) {
  return db
    .selectFrom('article_revisions')
    .select(['id', 'created_at'])
    .where('article_id', '=', articleId)
    .where('user_id', '=', userId)
    .where('kind', '=', 'autosave')
    .where('created_at', '>', updatedAt)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

/** A new article's form key: 128 random bits, base64url (22 characters). */
export const FORM_KEY_RE = /^[A-Za-z0-9_-]{22}$/;

export function newFormKey(): string {
  return randomBytes(16).toString('base64url');
}

/** The article the form with this key created on this site, if it did. */
export async function articleOfFormKey(db: Db, siteId: number, formKey: string): Promise<number | undefined> {
  if (!FORM_KEY_RE.test(formKey)) return undefined;
  const row = await db.selectFrom('article_form_keys').select('article_id').where('form_key', '=', formKey).where('site_id', '=', siteId).executeTakeFirst();
  return row?.article_id;
}

/** A move along the workflow asked for by a button of the article form. */
export interface FormMove {
  action: WorkflowAction;
  /** The reason given with 'return'. */
  comment?: string;
}

/** What the move needs from the form, as field errors: a future time to schedule, a reason to return. */
function moveProblems(input: ArticleInput, status: ArticleRow['status'] | undefined, move: FormMove | undefined, now: number): FieldErrors {
  const t = msg.articles;
  const errors: FieldErrors = {};
  const read = input.publishedAt ? readViDateTime(input.publishedAt) : undefined;
  const future = read && 'iso' in read ? Date.parse(read.iso) > now : undefined;
  if (move?.action === 'schedule') {
    if (!read) errors.published_at = t.scheduleNeedsTime;
    else if (future === false) errors.published_at = t.scheduleInPast;
  } else if (!move && status === 'scheduled' && future !== true && !(read && !('iso' in read))) {
    // A plain save keeps a scheduled article due in the future (an empty or past time would publish it at once, or never).
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
 * Saves the article form and, when one of its workflow buttons was pressed, moves the article: one
 * transaction, so what is published is what the form held. A new article (no `id`) is the draft of
 * its form key: created by the first save, updated by the next ones (a second press, Back then
 * save again, an autosave racing a button), never duplicated. Invalid content or a move's missing
 * input throws FormInvalid with every problem at once, and nothing is saved or moved.
 */
export async function saveArticleForm(
  db: Db,
  ctx: SaveContext,
  target: { id?: number; formKey?: string },
  input: ArticleInput,
  move?: FormMove,
  kind: 'save' | 'autosave' = 'save',
): Promise<ArticleRow> {
  const attempt = async (): Promise<ArticleRow> => {
    const id = target.id ?? (target.formKey ? await articleOfFormKey(db, ctx.siteId, target.formKey) : undefined);
    const current = id === undefined ? undefined : await articleForActor(db, ctx, id);
    const problems = kind === 'save' ? moveProblems(input, current?.status, move, ctx.now) : {};
    if (Object.keys(problems).length) {
      const fieldErrors = await checkArticle(db, ctx.siteId, input, id, { ...ctx, current }).then(
        () => ({}),
        (err: unknown) => {
          if (err instanceof FormInvalid) return err.fields;
          throw err;
        },
      );
      throw new FormInvalid({ ...fieldErrors, ...problems });
    }
    return atomically(db, async (trx) => {
      const row = id === undefined ? await createArticle(trx, ctx, input, target.formKey) : await updateArticle(trx, ctx, id, input, kind);
      if (!move) return row;
      const moved = await transition(trx, { siteId: ctx.siteId, articleId: row.id, actor: ctx.actor, action: move.action, comment: move.comment, publishAt: row.published_at ?? undefined, ip: ctx.ip, now: ctx.now });
      return moved;
    });
  };
  try {
    return await attempt();
  } catch (err) {
    // Two saves of one new form at once: the second insert of the key failed; it now updates the first's draft.
    if (target.id === undefined && target.formKey && !(err instanceof AppError) && (await articleOfFormKey(db, ctx.siteId, target.formKey)) !== undefined) return attempt();
    throw err;
  }
}
