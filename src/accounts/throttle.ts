// Sign-in throttling and temporary lock-out, from the `login_attempts` table. Every attempt is
// recorded. More than 5 failures for one username within 15 minutes lock that username for
// 15 minutes (known or not, so a lock tells nothing about existence); more than 20 failures from
// one address within 15 minutes refuse that address for 15 minutes. Attempts refused by the
// throttle are recorded as `REFUSED` and do not count as failures, so a lock ends 15 minutes after
// it began however often someone knocks. Rows older than a day are deleted now and then.
//
// An attempt is reserved before its secret is checked: one transaction locks the address's and the
// account's rows of `signin_gates` (concurrent attempts for either take turns, on one instance or
// many), counts the failures and the attempts still being checked, and writes the attempt as
// `CHECKING` or `REFUSED`. The check's outcome then replaces `CHECKING`. So a burst of guesses sent
// at once gets no more checks than guesses sent one by one; an attempt whose process died while
// checking keeps counting as a failure until it leaves the window.
import { sql } from 'kysely';
import type { Db } from '../db/index.js';
import { atomically } from '../db/index.js';
import { AppError } from '../errors/index.js';
import { msg } from '../messages/index.js';

export const WINDOW_MS = 15 * 60_000;
export const MAX_USER_FAILURES = 5;
export const MAX_IP_FAILURES = 20;
export const KEEP_MS = 24 * 3_600_000;

/** Values of login_attempts.success. */
export const ATTEMPT = { FAILED: 0, OK: 1, REFUSED: 2, CHECKING: 3 } as const;
export type AttemptOutcome = (typeof ATTEMPT)[keyof typeof ATTEMPT];

const iso = (ms: number) => new Date(ms).toISOString();

export const accountLocked = () => new AppError('signin_locked', 429, msg.accountLocked);
export const addressLocked = () => new AppError('signin_address_locked', 429, msg.addressLocked);

/** Failures in the window, counting attempts still being checked (they may be failures). */
async function failures(db: Db, column: 'username' | 'ip', value: string, now: number): Promise<number> {
  const row = await db
    .selectFrom('login_attempts')
    .select(sql<number | string>`count(*)`.as('n'))
    .where(column, '=', value)
    .where('success', 'in', [ATTEMPT.FAILED, ATTEMPT.CHECKING])
    .where('at', '>', iso(now - WINDOW_MS))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The reason an attempt may not even be checked (address or account locked), or undefined. */
async function throttleProblem(db: Db, username: string, ip: string, now: number): Promise<AppError | undefined> {
  if ((await failures(db, 'ip', ip, now)) > MAX_IP_FAILURES) return addressLocked();
  if ((await failures(db, 'username', username, now)) > MAX_USER_FAILURES) return accountLocked();
  return undefined;
}

/** True once this username has had more than 5 failures in the window. */
export async function isAccountLocked(db: Db, username: string, now: number): Promise<boolean> {
  return (await failures(db, 'username', username, now)) > MAX_USER_FAILURES;
}

const bounded = (who: CheckWho) => ({ username: who.username.slice(0, 100), ip: who.ip.slice(0, 100) });

/**
 * Reserves an attempt to check a secret for this username from this address: throws the 429
 * AppError (the attempt recorded as refused) while the address or the account is locked, else
 * records it as being checked and returns its id for `settleAttempt`.
 */
export async function reserveAttempt(db: Db, who: CheckWho): Promise<number> {
  const { username, ip } = bounded(who);
  const at = iso(who.now);
  const { id, refused } = await atomically(db, async (trx) => {
    // Address first, then account, everywhere: two attempts never wait on each other crosswise.
    for (const key of [`ip:${ip}`, `user:${username}`]) {
      await trx.insertInto('signin_gates').values({ key, at }).onConflict((oc) => oc.column('key').doUpdateSet({ at })).execute();
    }
    const problem = await throttleProblem(trx, username, ip, who.now);
    const row = await trx
      .insertInto('login_attempts')
      .values({ username, ip, success: problem ? ATTEMPT.REFUSED : ATTEMPT.CHECKING, at })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id, refused: problem };
  });
  if (refused) throw refused;
  if (Math.random() < 0.02) await pruneAttempts(db, who.now);
  return id;
}

/** Records the outcome of a reserved attempt's check. */
export async function settleAttempt(db: Db, id: number, ok: boolean): Promise<void> {
  await db.updateTable('login_attempts').set({ success: ok ? ATTEMPT.OK : ATTEMPT.FAILED }).where('id', '=', id).execute();
}

/** Deletes attempts older than a day, and the gates of addresses and accounts not seen since. */
export async function pruneAttempts(db: Db, now: number): Promise<void> {
  await db.deleteFrom('login_attempts').where('at', '<', iso(now - KEEP_MS)).execute();
  await db.deleteFrom('signin_gates').where('at', '<', iso(now - KEEP_MS)).execute();
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
  const attempt = await reserveAttempt(db, who);
  let ok = false;
  try {
    ok = await check();
  } finally {
    await settleAttempt(db, attempt, ok);
  }
  if (!ok && (await isAccountLocked(db, who.username, who.now))) throw accountLocked();
  return ok;
}
