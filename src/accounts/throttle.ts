// Sign-in throttling and temporary lock-out, from the `login_attempts` table. Every attempt is
// recorded. More than 5 failures for one username within 15 minutes lock that username for
// 15 minutes (known or not, so a lock tells nothing about existence); more than 20 failures from
// one address within 15 minutes refuse that address for 15 minutes. Attempts refused by the
// throttle are recorded as `REFUSED` and do not count as failures, so a lock ends 15 minutes after
// it began however often someone knocks. Rows older than a day are deleted now and then.
import { sql } from 'kysely';
import type { Db } from '../db/index.js';
import { AppError } from '../errors/index.js';
import { vi } from '../messages/index.js';

export const WINDOW_MS = 15 * 60_000;
export const MAX_USER_FAILURES = 5;
export const MAX_IP_FAILURES = 20;
export const KEEP_MS = 24 * 3_600_000;

/** Values of login_attempts.success. */
export const ATTEMPT = { FAILED: 0, OK: 1, REFUSED: 2 } as const;
export type AttemptOutcome = (typeof ATTEMPT)[keyof typeof ATTEMPT];

const iso = (ms: number) => new Date(ms).toISOString();

export const accountLocked = () => new AppError('signin_locked', 429, vi.accountLocked);
export const addressLocked = () => new AppError('signin_address_locked', 429, vi.addressLocked);

async function failures(db: Db, column: 'username' | 'ip', value: string, now: number): Promise<number> {
  const row = await db
    .selectFrom('login_attempts')
    .select(sql<number | string>`count(*)`.as('n'))
    .where(column, '=', value)
    .where('success', '=', ATTEMPT.FAILED)
    .where('at', '>', iso(now - WINDOW_MS))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The reason this attempt may not even be checked (address or account locked), or undefined. */
export async function throttleProblem(db: Db, username: string, ip: string, now: number): Promise<AppError | undefined> {
  if ((await failures(db, 'ip', ip, now)) > MAX_IP_FAILURES) return addressLocked();
  if ((await failures(db, 'username', username, now)) > MAX_USER_FAILURES) return accountLocked();
  return undefined;
}

/** True once this username has had more than 5 failures in the window. */
export async function isAccountLocked(db: Db, username: string, now: number): Promise<boolean> {
  return (await failures(db, 'username', username, now)) > MAX_USER_FAILURES;
}

export async function recordAttempt(db: Db, a: { username: string; ip: string; outcome: AttemptOutcome; now: number }): Promise<void> {
  await db.insertInto('login_attempts').values({ username: a.username.slice(0, 100), ip: a.ip.slice(0, 100), success: a.outcome, at: iso(a.now) }).execute();
  if (Math.random() < 0.02) await pruneAttempts(db, a.now);
}

/** Deletes attempts older than a day. */
export async function pruneAttempts(db: Db, now: number): Promise<void> {
  await db.deleteFrom('login_attempts').where('at', '<', iso(now - KEEP_MS)).execute();
}

export interface CheckWho {
  username: string;
  ip: string;
  /** Milliseconds since the epoch. */
  now: number;
}

/**
 * Runs a check of a secret (a password, a two-factor code) under the same throttle as sign-in:
 * refused while the account or address is locked (throws the 429 AppError); a failure is recorded
 * and counts towards the lock-out like a wrong password. Returns whether the check passed.
 */
export async function throttledCheck(db: Db, who: CheckWho, check: () => Promise<boolean>): Promise<boolean> {
  const refused = await throttleProblem(db, who.username, who.ip, who.now);
  if (refused) {
    await recordAttempt(db, { ...who, outcome: ATTEMPT.REFUSED });
    throw refused;
  }
  const ok = await check();
  await recordAttempt(db, { ...who, outcome: ok ? ATTEMPT.OK : ATTEMPT.FAILED });
  if (!ok && (await isAccountLocked(db, who.username, who.now))) throw accountLocked();
  return ok;
}
