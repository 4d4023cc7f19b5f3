// Revisions of articles: kept by the article save (inside its transaction), listed, read for a
// comparison, and restored. A user's autosave of an article is one row, replaced by the next
// autosave and dropped by their next real save; saves and restores always add a row.
import { titleColumns } from '../articles/titles.js';
import type { Db } from '../db/index.js';
import { atomically } from '../db/index.js';
import type { ArticleRow } from '../db/schema.js';
import type { Actor } from '../accounts/policy.js';
import { canSee, whyNot } from '../accounts/policy.js';
import { AppError, notFound } from '../errors/index.js';
import { sanitizeBody } from '../richtext/sanitize.js';
import { audit } from '../audit/log.js';
import { publicChange } from '../web/page-cache.js';
import { reindex } from '../search/index.js';
import { cleanLine, cleanText } from '../vi/index.js';
import { msg } from '../messages/index.js';
import type { Version } from './diff.js';
import { compareVersions } from './diff.js';
import type { TextLabels } from './text.js';

const t = msg.revisions;

export type RevisionKind = 'save' | 'autosave' | 'restore';

export interface RevisionInput {
  articleId: number;
  userId: number | null;
  title: string;
  summary: string;
  bodyHtml: string;
  byline: string;
  kind: RevisionKind;
  /** ISO-8601 UTC. */
  at: string;
}

/** A revision as the screens use it. */
export interface Revision {
  id: number;
  articleId: number;
  userId: number | null;
  /** The author's display name (null when the account is gone). */
  userName: string | null;
  title: string;
  summary: string;
  bodyHtml: string;
  byline: string;
  kind: RevisionKind;
  at: string;
}

/** Revisions per page of the list. */
export const REVISIONS_PER_PAGE = 50;

/** Drops this user's autosave of this article (there is at most one). */
async function dropAutosave(db: Db, articleId: number, userId: number | null): Promise<void> {
  let q = db.deleteFrom('article_revisions').where('article_id', '=', articleId).where('kind', '=', 'autosave');
  q = userId === null ? q.where('user_id', 'is', null) : q.where('user_id', '=', userId);
  await q.execute();
}

/**
 * Keeps a revision of an article (inside the caller's transaction). An 'autosave' replaces the
 * user's previous autosave of the article; a 'save' drops it (superseded) and adds a row; a
 * 'restore' adds a row.
 */
export async function keepRevision(db: Db, r: RevisionInput): Promise<void> {
  await atomically(db, async (trx) => {
    if (r.kind === 'autosave' || r.kind === 'save') await dropAutosave(trx, r.articleId, r.userId);
    await trx
      .insertInto('article_revisions')
      .values({ article_id: r.articleId, user_id: r.userId, title: r.title, summary: r.summary, body_html: r.bodyHtml, byline: r.byline, kind: r.kind, created_at: r.at })
      .execute();
  });
}

const KINDS: readonly string[] = ['save', 'autosave', 'restore'];

function revisionQuery(db: Db) {
  return db
    .selectFrom('article_revisions')
    .leftJoin('users', 'users.id', 'article_revisions.user_id')
    .select([
      'article_revisions.id',
      'article_revisions.article_id',
      'article_revisions.user_id',
      'users.display_name',
      'article_revisions.title',
      'article_revisions.summary',
      'article_revisions.body_html',
      'article_revisions.byline',
      'article_revisions.kind',
      'article_revisions.created_at',
    ]);
}

type RevisionRow = Awaited<ReturnType<ReturnType<typeof revisionQuery>['executeTakeFirstOrThrow']>>;

function present(r: RevisionRow): Revision {
  return {
    id: r.id,
    articleId: r.article_id,
    userId: r.user_id,
    userName: r.display_name ?? null,
    title: r.title,
    summary: r.summary,
    bodyHtml: r.body_html,
    byline: r.byline,
    kind: (KINDS.includes(r.kind) ? r.kind : 'save') as RevisionKind,
    at: r.created_at,
  };
}

/** An article of this site that the actor sees in the back office; otherwise a 404. */
export async function visibleArticle(db: Db, siteId: number, articleId: number, actor: Actor): Promise<ArticleRow> {
  const article = await db.selectFrom('articles').selectAll().where('id', '=', articleId).where('site_id', '=', siteId).executeTakeFirst();
  if (!article || !canSee(actor, article)) throw notFound(t.articleNotFound);
  return article;
}

/** One page of an article's revisions, newest first, and how many there are. */
export async function listRevisions(db: Db, articleId: number, page = 1): Promise<{ items: Revision[]; total: number }> {
  const rows = await revisionQuery(db)
    .where('article_revisions.article_id', '=', articleId)
    .orderBy('article_revisions.created_at', 'desc')
    .orderBy('article_revisions.id', 'desc')
    .limit(REVISIONS_PER_PAGE)
    .offset((page - 1) * REVISIONS_PER_PAGE)
    .execute();
  const { n } = await db
    .selectFrom('article_revisions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('article_id', '=', articleId)
    .executeTakeFirstOrThrow();
  return { items: rows.map(present), total: Number(n) };
}

/** A revision of this article, or a 404 (another article's revision is not found here). */
export async function revisionOf(db: Db, articleId: number, revisionId: number): Promise<Revision> {
  const row = await revisionQuery(db).where('article_revisions.id', '=', revisionId).where('article_revisions.article_id', '=', articleId).executeTakeFirst();
  if (!row) throw notFound(t.revisionNotFound);
  return present(row);
}

export interface RestoreInput {
  siteId: number;
  articleId: number;
  revisionId: number;
  actor: Actor;
  ip: string;
  /** Milliseconds since the epoch (the app's clock). */
  now: number;
}

const forbidden = (why: string) => new AppError('forbidden', 403, why);

/**
 * Puts a revision's title, summary, body (sanitised again) and byline back on the article, keeps
 * a 'restore' revision and audits 'article.restore', in one transaction. Checks, in order: the
 * article is on this site (404), the policy allows editing it (403), the revision is the
 * article's (404). Tells the page cache (in the transaction) when the article is public or scheduled.
 */
export async function restoreRevision(db: Db, input: RestoreInput): Promise<ArticleRow> {
  const at = new Date(input.now).toISOString();
  return atomically(db, async (trx) => {
    const article = await trx.selectFrom('articles').selectAll().where('id', '=', input.articleId).where('site_id', '=', input.siteId).executeTakeFirst();
    if (!article) throw notFound(t.articleNotFound);
    const why = whyNot(input.actor, 'article.edit', article);
    if (why) throw forbidden(why);
    const rev = await revisionOf(trx, article.id, input.revisionId);
    const title = cleanLine(rev.title);
    if (!title) throw new AppError('bad_request', 400, t.noTitle);
    const values = { ...titleColumns(title), summary: cleanText(rev.summary).trim(), body_html: sanitizeBody(rev.bodyHtml), byline: cleanLine(rev.byline) };
    // Conditional on the state just read: a concurrent change of state wins cleanly.
    const updated = await trx
      .updateTable('articles')
      .set({ ...values, updated_at: at })
      .where('id', '=', article.id)
      .where('status', '=', article.status)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw new AppError('conflict', 409, t.conflict);
    await reindex(trx, 'article', article.id);
    const userId = input.actor?.userId ?? null;
    await keepRevision(trx, { articleId: article.id, userId, title: values.title, summary: values.summary, bodyHtml: values.body_html, byline: values.byline, kind: 'restore', at });
    await audit(trx, { siteId: input.siteId, userId, action: 'article.restore', subjectType: 'article', subjectId: article.id, detail: { revision: rev.id }, ip: input.ip, at });
    if (updated.status === 'published' || updated.status === 'scheduled') await publicChange(trx, input.siteId);
    return updated;
  });
}

/** One side of a comparison: a revision, or the article as it is now. */
export type Side = { kind: 'revision'; rev: Revision } | { kind: 'current' };

export interface ComparisonInput {
  siteId: number;
  articleId: number;
  actor: Actor;
  /** A revision id, or 'current'. */
  a: number | 'current';
  b: number | 'current';
}

function versionOf(article: ArticleRow, side: Side): Version {
  if (side.kind === 'current') return { title: article.title, summary: article.summary, byline: article.byline, bodyHtml: article.body_html };
  const r = side.rev;
  return { title: r.title, summary: r.summary, byline: r.byline, bodyHtml: r.bodyHtml };
}

/** Older first: the article as it is now is the newest; revisions by time, then id. */
function newer(x: Side, y: Side): boolean {
  if (x.kind === 'current') return y.kind !== 'current';
  if (y.kind === 'current') return false;
  return x.rev.at > y.rev.at || (x.rev.at === y.rev.at && x.rev.id > y.rev.id);
}

/**
 * Two versions of an article the actor sees (404 otherwise), compared older → newer (`swapped`
 * when they were given the other way round). Another article's revision is a 404.
 */
export async function compareForActor(db: Db, input: ComparisonInput, labels: TextLabels) {
  const article = await visibleArticle(db, input.siteId, input.articleId, input.actor);
  const side = async (x: number | 'current'): Promise<Side> => (x === 'current' ? { kind: 'current' } : { kind: 'revision', rev: await revisionOf(db, article.id, x) });
  let a = await side(input.a);
  let b = await side(input.b);
  const swapped = newer(a, b);
  if (swapped) [a, b] = [b, a];
  return { article, a, b, swapped, comparison: compareVersions(versionOf(article, a), versionOf(article, b), labels) };
}
