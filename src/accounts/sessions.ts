// Server-side sessions. The browser holds a random 32-byte token in the cookie `loa_s`; the
// database holds only SHA-256(token) as the session id, so a copy of the table opens nothing.
// Idle expiry 30 minutes (last_seen_at, refreshed at most once a minute), absolute expiry 12 hours.
// A session waiting for the second step of sign-in (totp_pending = 1) opens nothing and ends after
// 5 minutes.
import crypto from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Db } from '../db/index.js';
import type { SessionsTable } from '../db/schema.js';

export type SessionRow = Selectable<SessionsTable>;

export const SESSION_COOKIE = 'loa_s';
export const IDLE_MS = 30 * 60_000;
export const ABSOLUTE_MS = 12 * 3_600_000;
/** last_seen_at is written at most this often. */
export const TOUCH_MS = 60_000;
/** How long a password-only session may wait for its two-factor code. */
export const PENDING_MS = 5 * 60_000;

/** A random token as sent in cookies: 32 bytes, base64url (43 characters). */
export const randomToken = () => crypto.randomBytes(32).toString('base64url');
const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;
export const isTokenShaped = (token: unknown): token is string => typeof token === 'string' && TOKEN_RE.test(token);

export const sessionId = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

const iso = (ms: number) => new Date(ms).toISOString();

export interface SessionMeta {
  ip: string;
  userAgent: string;
  /** Milliseconds since the epoch. */
  now: number;
}

/** A new session; `pending` makes it a short one waiting for the two-factor code. */
export async function createSession(db: Db, userId: number, meta: SessionMeta, opts: { pending?: boolean } = {}): Promise<{ token: string; session: SessionRow }> {
  const token = randomToken();
  const now = iso(meta.now);
  // Sessions that ended by themselves go now and then; a new sign-in is a fine moment.
  await deleteExpiredSessions(db, meta.now);
  const session = await db
    .insertInto('sessions')
    .values({
      id: sessionId(token),
      user_id: userId,
      csrf: randomToken(),
      created_at: now,
      last_seen_at: now,
      expires_at: iso(meta.now + (opts.pending ? PENDING_MS : ABSOLUTE_MS)),
      ip: meta.ip.slice(0, 100),
      user_agent: meta.userAgent.slice(0, 300),
      totp_pending: opts.pending ? 1 : 0,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { token, session };
}

export function isExpired(session: SessionRow, now: number): boolean {
  return now >= Date.parse(session.expires_at) || now - Date.parse(session.last_seen_at) >= IDLE_MS;
}

/** The live session for a cookie's token, or undefined (unknown, malformed or expired; an expired one is deleted). */
export async function sessionFromToken(db: Db, token: unknown, now: number): Promise<SessionRow | undefined> {
  if (!isTokenShaped(token)) return undefined;
  const session = await db.selectFrom('sessions').selectAll().where('id', '=', sessionId(token)).executeTakeFirst();
  if (!session) return undefined;
  if (isExpired(session, now)) {
    await db.deleteFrom('sessions').where('id', '=', session.id).execute();
    return undefined;
  }
  return session;
}

/** Records activity: last_seen_at moves forward, at most once a minute. */
export async function touchSession(db: Db, session: SessionRow, now: number): Promise<void> {
  if (now - Date.parse(session.last_seen_at) < TOUCH_MS) return;
  const at = iso(now);
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', session.id).execute();
  session.last_seen_at = at;
}

export async function destroySession(db: Db, token: unknown): Promise<void> {
  if (!isTokenShaped(token)) return;
  await db.deleteFrom('sessions').where('id', '=', sessionId(token)).execute();
}

/** Signs a user out everywhere (password changed or reset, account disabled), except the session `keep` (an id). */
export async function destroyUserSessions(db: Db, userId: number, keep?: string): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keep !== undefined) q = q.where('id', '!=', keep);
  await q.execute();
}

export async function deleteExpiredSessions(db: Db, now: number): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', iso(now)), eb('last_seen_at', '<=', iso(now - IDLE_MS))]))
    .execute();
}
