// The editorial workflow as an explicit state machine:
//
//   Nháp → Chờ duyệt → Đã xuất bản, or → Hẹn giờ → (at its time, scheduler.ts) Đã xuất bản
//   Chờ duyệt → Nháp (returned by an editor, with a comment)
//   Đã xuất bản / Hẹn giờ → Đã gỡ → Đã xuất bản again, Hẹn giờ, or back to Nháp
//
// Every move is a row of TRANSITIONS. `transition` refuses, in plain Vietnamese, anything that is
// not in the table, not allowed by the policy, or missing its input; otherwise it applies the move
// and writes one audit entry in the same transaction, which also tells the page cache (publicChange).
import type { Db } from '../db/index.js';
import { atomically } from '../db/index.js';
import type { ArticleRow, ArticleStatus } from '../db/schema.js';
import type { Action as PolicyAction, Actor } from '../accounts/policy.js';
import { canSee, publicationTimeOnPublish, whyNot } from '../accounts/policy.js';
import { AppError, badRequest, notFound } from '../errors/index.js';
import { publicChange } from '../web/page-cache.js';
import { reindex } from '../search/index.js';
import { cleanText } from '../vi/index.js';
import { audit } from '../audit/log.js';
import { STATUS_LABELS } from './states.js';

export { STATUS_LABELS, STATUSES } from './states.js';

export type WorkflowAction = 'submit' | 'return' | 'publish' | 'schedule' | 'unpublish' | 'redraft';

export interface Transition {
  from: ArticleStatus;
  to: ArticleStatus;
  action: WorkflowAction;
  /** What the policy must allow. */
  needs: PolicyAction;
  /** The button's label. */
  label: string;
}

export const TRANSITIONS: readonly Transition[] = Object.freeze([
  { from: 'draft', to: 'submitted', action: 'submit', needs: 'article.submit', label: 'Gửi duyệt' },
  { from: 'submitted', to: 'draft', action: 'return', needs: 'article.return', label: 'Trả lại' },
  { from: 'submitted', to: 'published', action: 'publish', needs: 'article.publish', label: 'Xuất bản' },
  { from: 'submitted', to: 'scheduled', action: 'schedule', needs: 'article.schedule', label: 'Hẹn giờ xuất bản' },
  { from: 'scheduled', to: 'scheduled', action: 'schedule', needs: 'article.schedule', label: 'Đổi giờ xuất bản' },
  { from: 'scheduled', to: 'published', action: 'publish', needs: 'article.publish', label: 'Xuất bản ngay' },
  { from: 'scheduled', to: 'unpublished', action: 'unpublish', needs: 'article.unpublish', label: 'Huỷ hẹn giờ' },
  { from: 'published', to: 'unpublished', action: 'unpublish', needs: 'article.unpublish', label: 'Gỡ bài' },
  { from: 'unpublished', to: 'published', action: 'publish', needs: 'article.publish', label: 'Xuất bản lại' },
  { from: 'unpublished', to: 'scheduled', action: 'schedule', needs: 'article.schedule', label: 'Hẹn giờ xuất bản' },
  { from: 'unpublished', to: 'draft', action: 'redraft', needs: 'article.edit', label: 'Đưa về nháp' },
]);

export const WORKFLOW_ACTIONS: readonly WorkflowAction[] = ['submit', 'return', 'publish', 'schedule', 'unpublish', 'redraft'];

export const COMMENT_MAX = 1000;

/** The transitions leaving a state, in table order (for the buttons of an article). */
export function transitionsFrom(from: ArticleStatus): Transition[] {
  return TRANSITIONS.filter((t) => t.from === from);
}

export function findTransition(from: ArticleStatus, action: WorkflowAction): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.action === action);
}

const ACTION_VERBS: Record<WorkflowAction, string> = {
  submit: 'gửi duyệt',
  return: 'trả lại',
  publish: 'xuất bản',
  schedule: 'hẹn giờ xuất bản',
  unpublish: 'gỡ',
  redraft: 'đưa về nháp',
};

/** Why `action` cannot start from `from`, in plain Vietnamese. */
export function refusalFor(from: ArticleStatus, action: WorkflowAction): string {
  const here = `Bài đang ở trạng thái ${STATUS_LABELS[from]}`;
  if (from === 'draft' && (action === 'publish' || action === 'schedule')) return `${here}: cần gửi duyệt trước khi ${ACTION_VERBS[action]}.`;
  if (from === 'published' && action === 'publish') return `${here}: bài đã được xuất bản rồi.`;
  if (from === 'submitted' && action === 'submit') return `${here}: bài đã được gửi duyệt, đang chờ Biên tập viên.`;
  if (action === 'submit' && from !== 'draft') return `${here}: chỉ gửi duyệt được bài nháp.`;
  const froms = TRANSITIONS.filter((t) => t.action === action).map((t) => STATUS_LABELS[t.from]);
  const list = froms.length > 1 ? `${froms.slice(0, -1).join(', ')} hoặc ${froms.at(-1)}` : (froms[0] ?? '');
  return `${here}: chỉ ${ACTION_VERBS[action]} được bài ở trạng thái ${list}.`;
}

export interface TransitionInput {
  siteId: number;
  articleId: number;
  actor: Actor;
  action: WorkflowAction;
  /** Required for 'return' (1–1000 characters). */
  comment?: string;
  /** Required for 'schedule': an ISO-8601 time with a zone, in the future. */
  publishAt?: string;
  ip: string;
  /** Milliseconds since the epoch (the app's clock). */
  now: number;
}

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

function parsePublishAt(raw: string | undefined, now: number): string {
  const t = raw && ISO_WITH_ZONE.test(raw.trim()) ? Date.parse(raw.trim()) : NaN;
  if (!Number.isFinite(t)) throw badRequest('Cần chọn ngày giờ xuất bản hợp lệ.');
  if (t <= now) throw badRequest('Giờ hẹn xuất bản phải ở trong tương lai.');
  return new Date(t).toISOString();
}

function parseComment(raw: string | undefined): string {
  const c = cleanText(raw ?? '').trim();
  if (!c) throw badRequest('Cần ghi lý do trả lại bài để phóng viên biết cần sửa gì.');
  if (c.length > COMMENT_MAX) throw badRequest(`Lý do trả lại không được dài quá ${COMMENT_MAX} ký tự.`);
  return c;
}

const forbidden = (why: string) => new AppError('forbidden', 403, why);
const conflict = (why: string) => new AppError('workflow_conflict', 409, why);

/**
 * Moves an article along the workflow. Checks, in order: the article is on this site (404), the
 * actor may see it (403), the move exists from its state (409), the policy allows it (403), the
 * inputs (400). Returns the updated row. Given a transaction (`db.isTransaction`), it runs inside
 * it (see atomically): the article form saves its content and moves the article in one transaction
 * (articles/backoffice-service.saveArticleForm), and the move rolls back with the caller's writes.
 */
export async function transition(db: Db, input: TransitionInput): Promise<ArticleRow> {
  const nowIso = new Date(input.now).toISOString();
  return atomically(db, async (trx) => {
    const article = await trx.selectFrom('articles').selectAll().where('id', '=', input.articleId).where('site_id', '=', input.siteId).executeTakeFirst();
    if (!article) throw notFound('Không tìm thấy bài viết trên trang này.');
    const move = findTransition(article.status, input.action);
    // Someone who may not see the article learns nothing of its state.
    if (!canSee(input.actor, article)) {
      const needs = (move ?? TRANSITIONS.find((t) => t.action === input.action))?.needs ?? 'article.edit';
      throw forbidden(whyNot(input.actor, needs, article) ?? 'Bạn không có quyền với bài này.');
    }
    if (!move) throw conflict(refusalFor(article.status, input.action));
    const why = whyNot(input.actor, move.needs, article);
    if (why) throw forbidden(why);

    const set: Partial<Pick<ArticleRow, 'status' | 'published_at' | 'published_at_by_reporter' | 'review_comment' | 'updated_at'>> = { status: move.to, updated_at: nowIso };
    let comment: string | undefined;
    switch (move.action) {
      case 'submit':
        set.review_comment = '';
        break;
      case 'return':
        comment = parseComment(input.comment);
        set.review_comment = comment;
        break;
      case 'schedule':
        set.published_at = parsePublishAt(input.publishAt, input.now);
        set.published_at_by_reporter = 0;
        break;
      case 'publish':
        // An earlier date (published before, then taken down; an editor's; or due while waiting) is
        // kept unless a reporter chose it (the policy's rule); a future or missing one becomes now.
        set.published_at = publicationTimeOnPublish(article, nowIso);
        set.published_at_by_reporter = 0;
        break;
      case 'unpublish':
      case 'redraft':
        break;
    }

    // Conditional on the state just read: a concurrent move (another editor, the scheduler) wins cleanly.
    const updated = await trx
      .updateTable('articles')
      .set(set)
      .where('id', '=', article.id)
      .where('status', '=', article.status)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw conflict('Bài vừa được người khác thay đổi trạng thái. Hãy tải lại trang rồi thử lại.');
    await reindex(trx, 'article', article.id);

    await audit(trx, {
      siteId: input.siteId,
      userId: input.actor?.userId ?? null,
      action: `article.${move.action}`,
      subjectType: 'article',
      subjectId: article.id,
      detail: { from: move.from, to: move.to, ...(comment !== undefined ? { comment } : {}), ...(move.action === 'schedule' ? { publishAt: set.published_at } : {}) },
      ip: input.ip,
      at: nowIso,
    });
    if (move.from === 'published' || move.to === 'published') await publicChange(trx, input.siteId);
    return updated;
  });
}
