// The audit log: who did what, to what, when and from where. Written inside the transaction of
// the change it records, so a change and its entry commit or roll back together.
import type { Db } from '../db/index.js';

export interface AuditInput {
  siteId: number | null;
  /** null for the system (the scheduler). */
  userId: number | null;
  /** 'article.publish', 'user.create'… */
  action: string;
  subjectType: string;
  subjectId: number | null;
  detail?: Record<string, unknown>;
  ip?: string;
  /** ISO-8601 UTC. */
  at: string;
}

export interface AuditEntry {
  id: number;
  siteId: number | null;
  userId: number | null;
  username: string | null;
  action: string;
  subjectType: string;
  subjectId: number | null;
  detail: Record<string, unknown>;
  ip: string;
  at: string;
}

export interface AuditFilter {
  action?: string;
  userId?: number;
  /** ISO-8601, inclusive. */
  from?: string;
  /** ISO-8601, exclusive. */
  to?: string;
  limit: number;
  offset: number;
}

export const AUDIT_MAX_LIMIT = 200;

export async function audit(db: Db, entry: AuditInput): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      site_id: entry.siteId,
      user_id: entry.userId,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId,
      detail: JSON.stringify(entry.detail ?? {}),
      ip: entry.ip ?? '',
      at: entry.at,
    })
    .execute();
}

function parseDetail(s: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(s);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** A site's audit entries, newest first, filtered; limit is capped at AUDIT_MAX_LIMIT. */
export async function listAudit(db: Db, siteId: number, filter: AuditFilter): Promise<AuditEntry[]> {
  let q = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .select([
      'audit_log.id',
      'audit_log.site_id',
      'audit_log.user_id',
      'users.username',
      'audit_log.action',
      'audit_log.subject_type',
      'audit_log.subject_id',
      'audit_log.detail',
      'audit_log.ip',
      'audit_log.at',
    ])
    .where('audit_log.site_id', '=', siteId);
  if (filter.action) q = q.where('audit_log.action', '=', filter.action);
  if (filter.userId !== undefined) q = q.where('audit_log.user_id', '=', filter.userId);
  if (filter.from) q = q.where('audit_log.at', '>=', filter.from);
  if (filter.to) q = q.where('audit_log.at', '<', filter.to);
  const limit = Math.max(1, Math.min(AUDIT_MAX_LIMIT, Math.trunc(filter.limit) || 1));
  const offset = Math.max(0, Math.trunc(filter.offset) || 0);
  const rows = await q.orderBy('audit_log.at', 'desc').orderBy('audit_log.id', 'desc').limit(limit).offset(offset).execute();
  return rows.map((r) => ({
    id: r.id,
    siteId: r.site_id,
    userId: r.user_id,
    username: r.username,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    detail: parseDetail(r.detail),
    ip: r.ip,
    at: r.at,
  }));
}

/** The distinct actions recorded for a site (for the audit screen's filter). */
export async function auditActionsOf(db: Db, siteId: number): Promise<string[]> {
  const rows = await db.selectFrom('audit_log').select('action').distinct().where('site_id', '=', siteId).orderBy('action').execute();
  return rows.map((r) => r.action);
}

/** The people who appear in a site's audit log (for the audit screen's filter). */
export async function auditUsersOf(db: Db, siteId: number): Promise<{ id: number; username: string; displayName: string }[]> {
  const rows = await db
    .selectFrom('users')
    .select(['users.id', 'users.username', 'users.display_name'])
    .where('users.id', 'in', (eb) => eb.selectFrom('audit_log').select('audit_log.user_id').where('audit_log.site_id', '=', siteId).where('audit_log.user_id', 'is not', null))
    .orderBy('users.username')
    .execute();
  return rows.map((r) => ({ id: r.id, username: r.username, displayName: r.display_name }));
}
