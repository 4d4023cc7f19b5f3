// Authorization in one place: "may this actor do this to this thing". Routes, services and
// templates (which buttons to show) ask here; nothing else decides who may do what.
//
// An actor is a signed-in user together with their role on the request's site, or undefined
// (anonymous, or signed in without a role on this site). `whyNot` gives the refusal in plain
// Vietnamese; `can` is `whyNot(...) === null`, so the two never disagree.
import type { Expression, SelectQueryBuilder, SqlBool } from 'kysely';
import { sql } from 'kysely';
import type { ArticleRow, Database, Role } from '../db/schema.js';
import { msg } from '../messages/index.js';

const STATUS_LABELS = msg.articles.statuses;

export type Actor = { userId: number; role: Role } | undefined;

export const ARTICLE_ACTIONS = [
  /** Opening the editorial lists, an item's form, preview and revisions (which item: narrowArticles). */
  'article.read',
  'article.create',
  'article.edit',
  'article.submit',
  'article.return',
  'article.publish',
  'article.schedule',
  'article.unpublish',
  'article.delete',
  /** Setting a publication time earlier than now (an article dated in the past). */
  'article.backdate',
] as const;
export const SITE_ACTIONS = ['users.manage', 'settings.manage', 'audit.read', 'media.upload', 'media.delete'] as const;
export const ACTIONS = [...ARTICLE_ACTIONS, ...SITE_ACTIONS] as const;

export type ArticleAction = (typeof ARTICLE_ACTIONS)[number];

/**
 * Actions that modules add (registry/module.ts `actions`). A module names its actions for the type
 * checker by augmenting this interface:
 *   declare module '../accounts/policy.js' { interface ModuleActions { 'document.publish': true } }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ModuleActions {}
export type BuiltInAction = (typeof ACTIONS)[number];
export type Action = BuiltInAction | (keyof ModuleActions & string);

/** Who may do a module's action: the roles allowed, the refusal for the others, and optionally a
 *  rule about the thing acted on (`subject`), asked once the role passed. */
export interface ActionRule {
  action: keyof ModuleActions & string;
  roles: readonly Role[];
  refusal: string;
  /** Why this actor may not do it to this subject, or null. */
  about?: (actor: NonNullable<Actor>, subject: unknown) => string | null;
}

const RULES = new Map<string, ActionRule>();

/** Makes the modules' actions known (app.ts, for every module of the app). The same rule twice is
 *  fine (several apps in one process); two different rules for one action are a mistake. */
export function registerActions(rules: readonly ActionRule[]): void {
  for (const r of rules) {
    if ((ACTIONS as readonly string[]).includes(r.action)) throw new Error(`policy: ${r.action} is a built-in action`);
    const known = RULES.get(r.action);
    if (known && known !== r) throw new Error(`policy: two rules for ${r.action}`);
    RULES.set(r.action, r);
  }
}

function whyNotByRule(actor: NonNullable<Actor>, rule: ActionRule, subject: unknown): string | null {
  if (!rule.roles.includes(actor.role)) return rule.refusal;
  return rule.about && subject !== undefined ? rule.about(actor, subject) : null;
}

/** What the policy needs to know about an article (a row of this site). A returned article is a
 *  draft with a review_comment, so `status` alone tells whether a reporter may still touch it.
 *  `deleted_at` is set while the article is in the trash: then it may only be restored. */
export type ArticleSubject = Pick<ArticleRow, 'author_id' | 'status'> & { deleted_at?: string | null };

const ADMIN_ONLY: Partial<Record<Action, string>> = {
  'users.manage': 'Chỉ Quản trị được quản lý người dùng.',
  'settings.manage': 'Chỉ Quản trị được thay đổi cài đặt trang.',
  'audit.read': 'Chỉ Quản trị được xem nhật ký hoạt động.',
};

const EDITOR_ONLY: Partial<Record<Action, string>> = {
  'article.return': 'Chỉ Biên tập viên hoặc Quản trị được trả lại bài.',
  'article.publish': 'Chỉ Biên tập viên hoặc Quản trị được xuất bản bài.',
  'article.schedule': 'Chỉ Biên tập viên hoặc Quản trị được hẹn giờ xuất bản bài.',
  'article.unpublish': 'Chỉ Biên tập viên hoặc Quản trị được gỡ bài.',
  'media.delete': 'Chỉ Biên tập viên hoặc Quản trị được xoá ảnh hay tệp khỏi Thư viện.',
  'article.backdate': 'Chỉ Biên tập viên hoặc Quản trị được đặt ngày đăng trước thời điểm hiện tại. Để trống ô này (bài mang giờ được xuất bản) hoặc chọn một thời điểm sau này.',
};

/** Only a draft or an unpublished article goes to the trash: what readers may see is taken down first. */
const DELETABLE: readonly ArticleSubject['status'][] = ['draft', 'unpublished'];

/**
 * Who may move an article to the trash (and take it back out: `article.delete` covers both): a
 * reporter their own drafts; editors and administrators any draft or unpublished article.
 */
function whyNotDelete(actor: NonNullable<Actor>, article: ArticleSubject | undefined): string | null {
  if (actor.role === 'reporter') {
    if (!article || article.author_id !== actor.userId) return 'Phóng viên chỉ được xoá bài nháp của mình.';
    if (article.status !== 'draft') return `Bài đang ở trạng thái ${STATUS_LABELS[article.status]}: Phóng viên chỉ được xoá bài nháp của mình.`;
    return null;
  }
  if (article && !DELETABLE.includes(article.status)) {
    const first = article.status === 'submitted' ? 'trả lại hoặc xuất bản rồi gỡ bài trước' : 'gỡ bài trước';
    return `Bài đang ở trạng thái ${STATUS_LABELS[article.status]}: chỉ xoá được bài nháp hoặc bài đã gỡ. Hãy ${first}.`;
  }
  return null;
}

/** The refusal in plain Vietnamese, or null when the actor may do it. */
export function whyNot(actor: Actor, action: Action, article?: ArticleSubject | object): string | null {
  if (!actor) return 'Bạn cần đăng nhập với một vai trò trên trang này.';
  const rule = RULES.get(action);
  if (rule) return whyNotByRule(actor, rule, article);
  if (!(ACTIONS as readonly string[]).includes(action)) return 'Bạn không có quyền làm việc này.';
  return whyNotBuiltIn(actor, action, article as ArticleSubject | undefined);
}

function whyNotBuiltIn(actor: NonNullable<Actor>, action: Action, article?: ArticleSubject): string | null {
  const adminOnly = ADMIN_ONLY[action];
  if (adminOnly) return actor.role === 'admin' ? null : adminOnly;
  if (actor.role === 'clerk' || actor.role === 'handler') return whyNotDesk(actor.role, action);
  if (action === 'article.delete') return whyNotDelete(actor, article);
  if (article?.deleted_at) return 'Bài đang ở Thùng rác: hãy khôi phục bài trước khi sửa hay chuyển trạng thái.';
  if (actor.role === 'admin' || actor.role === 'editor') return null;

  // A reporter.
  const editorOnly = EDITOR_ONLY[action];
  if (editorOnly) return editorOnly;
  switch (action) {
    case 'article.read':
    case 'article.create':
    case 'media.upload':
      return null;
    case 'article.edit':
    case 'article.submit': {
      const verb = action === 'article.edit' ? 'sửa' : 'gửi duyệt';
      // Without the article there is nothing to check ownership against: refuse rather than guess.
      if (!article) return `Phóng viên chỉ được ${verb} bài của mình.`;
      if (article.author_id !== actor.userId) return `Phóng viên chỉ được ${verb} bài của mình.`;
      if (article.status !== 'draft') return `Bài đang ở trạng thái ${STATUS_LABELS[article.status]}: Phóng viên chỉ được ${verb} bài nháp.`;
      return null;
    }
  }
  return 'Bạn không có quyền làm việc này.';
}

/** A role that neither writes nor approves articles (Văn thư, Cán bộ tiếp nhận): it may upload files
 *  (a document's attachments, an answer's) and nothing else of the built-in actions; its own work is
 *  the modules' actions, which name it. */
function whyNotDesk(role: Role, action: Action): string | null {
  if (action === 'media.upload') return null;
  return `Vai trò ${msg.role[role]} không viết, duyệt hay xuất bản bài.`;
}

export function can(actor: Actor, action: Action, article?: ArticleSubject | object): boolean {
  return whyNot(actor, action, article) === null;
}

// ---- Publication times --------------------------------------------------------------------------
//
// The rule, in one sentence: a reporter cannot set a publication time earlier than now, and a time
// a reporter chose does not survive publication once it has passed; editors and administrators
// date articles as they like. (Keeping the time already stored, unchanged, is not setting one.)

const MINUTE = 60_000;
/** The form gives minutes: times are compared to the minute. */
const minuteOf = (ms: number) => Math.floor(ms / MINUTE) * MINUTE;
const sameMinute = (a: string | null, b: string | null) => a !== null && b !== null && minuteOf(Date.parse(a)) === minuteOf(Date.parse(b));

export interface PublicationTimeSave {
  /** The time the save would store (ISO-8601), or null for none. */
  at: string | null;
  /** The time stored now (null for a new article or none). */
  stored: string | null;
  /** The stored time was chosen by someone who may not backdate (articles.published_at_by_reporter). */
  storedByReporter: boolean;
  /** Milliseconds since the epoch. */
  now: number;
}

/** Why this save may not store this publication time (beside the field), or null. */
export function whyNotPublicationTime(actor: Actor, s: PublicationTimeSave): string | null {
  if (s.at === null || can(actor, 'article.backdate')) return null;
  if (Date.parse(s.at) >= minuteOf(s.now) || sameMinute(s.at, s.stored)) return null;
  return whyNot(actor, 'article.backdate');
}

/** Whether the time this save stores was chosen by someone who may not backdate (kept as it was when unchanged). */
export function publicationTimeByReporter(actor: Actor, s: PublicationTimeSave): boolean {
  if (s.at === null) return false;
  if (sameMinute(s.at, s.stored)) return s.storedByReporter;
  return !can(actor, 'article.backdate');
}

/** The time an article is published with: its stored time when that has passed and was not a
 *  reporter's choice (published before and taken down, or an editor's date), otherwise now. */
export function publicationTimeOnPublish(article: Pick<ArticleRow, 'published_at' | 'published_at_by_reporter'>, nowIso: string): string {
  const kept = article.published_at !== null && article.published_at <= nowIso && article.published_at_by_reporter !== 1;
  return kept && article.published_at ? article.published_at : nowIso;
}

/** Whether the actor sees this article (of this site) in the back office; matches narrowArticles. */
export function canSee(actor: Actor, article: Pick<ArticleRow, 'author_id'>): boolean {
  if (!actor) return false;
  if (actor.role === 'reporter') return article.author_id === actor.userId;
  return actor.role === 'admin' || actor.role === 'editor';
}

/**
 * Narrows a select on `articles` (possibly joined) to what the actor sees in the back office:
 * this site's articles for editors and administrators, their own for reporters, none for anyone
 * else. The site is required: an actor's role only holds on the site it was granted on.
 */
export function narrowArticles<TB extends keyof Database, O>(
  qb: SelectQueryBuilder<Database, TB, O>,
  actor: Actor,
  siteId: number,
): SelectQueryBuilder<Database, TB, O> {
  if (!actor) return qb.where(sql<SqlBool>`1 = 0`);
  const site: Expression<SqlBool> = sql<SqlBool>`${sql.ref('articles.site_id')} = ${siteId}`;
  const narrowed = qb.where(site);
  if (actor.role === 'reporter') return narrowed.where(sql<SqlBool>`${sql.ref('articles.author_id')} = ${actor.userId}`);
  return actor.role === 'admin' || actor.role === 'editor' ? narrowed : qb.where(sql<SqlBool>`1 = 0`);
}

/** Changes an administrator makes to a person with a role on the site (the users screen). */
export type MemberChange = 'role' | 'remove' | 'disable' | 'enable' | 'reset-password' | 'reset-totp';

/** Changes that act on the whole account (every site it has a role on), not on this site's role. */
const ACCOUNT_WIDE: readonly MemberChange[] = ['disable', 'enable', 'reset-password', 'reset-totp'];

export interface MemberChangeSubject {
  actorId: number;
  targetId: number;
  change: MemberChange;
  /** The role given by a 'role' change. */
  newRole?: Role;
  /** The target is an administrator of this site whose account is not disabled. */
  targetIsActiveAdmin: boolean;
  /** Active administrators of this site other than the target. */
  otherActiveAdmins: number;
  /** Sites where the target has a role and the actor is not an administrator. */
  targetSitesNotAdministered: number;
}

/**
 * Why an administrator (the users.manage check already passed) may not make this change, in plain
 * Vietnamese, or null. Nobody changes their own role or account here; a site keeps at least one
 * active administrator; and a change to the whole account (disable, enable, reset the password or
 * two-factor sign-in) needs the actor to administer every site the person works on, so an
 * administrator of one site cannot take over an account shared with another site (only a platform
 * administrator gives an account a role on one more site: `loa user add`).
 */
export function whyNotChangeMember(s: MemberChangeSubject): string | null {
  if (s.actorId === s.targetId) return 'Bạn không thể tự đổi vai trò, gỡ, khoá hay đặt lại mật khẩu của chính mình ở đây. Việc đó cần một Quản trị khác.';
  const losesAdmin = s.change === 'remove' || s.change === 'disable' || (s.change === 'role' && s.newRole !== 'admin');
  if (losesAdmin && s.targetIsActiveAdmin && s.otherActiveAdmins === 0) return 'Trang phải còn ít nhất một Quản trị đang hoạt động: không thể gỡ, hạ vai trò hay khoá Quản trị cuối cùng.';
  if (ACCOUNT_WIDE.includes(s.change) && s.targetSitesNotAdministered > 0) {
    // Which sites, and how many, is not said: an administrator of one site learns nothing of others.
    return 'Tài khoản này còn được dùng ở trang khác mà bạn không quản trị, nên bạn không khoá, mở khoá, đặt lại mật khẩu hay tắt xác thực hai bước của họ được. Việc đó cần Quản trị hệ thống (người quản trị mọi trang của tài khoản).';
  }
  return null;
}
