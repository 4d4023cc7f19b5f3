// Two-factor sign-in: TOTP (RFC 6238 with otplib: 6 digits, 30-second steps, SHA-1, as every
// authenticator app expects) and single-use recovery codes.
//
// Enrolment keeps the new secret in users.totp_secret with totp_enabled = 0 until a code from the
// app confirms it. A code is accepted for the current step ±1, and never for a step at or before
// users.totp_last_step: the step is spent with a conditional UPDATE, so two requests racing with
// the same code cannot both pass. Recovery codes are long random strings stored as SHA-256.
// Every check of a code or password here goes through the sign-in throttle. Turning two-factor on,
// new recovery codes and turning it off each ask for the account's password again (a session
// alone, say a browser left signed in, must not be enough to lock the owner out).
import crypto from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import type { Db } from '../db/index.js';
import { atomically } from '../db/index.js';
import type { UserRow } from '../db/schema.js';
import { AppError, FormInvalid } from '../errors/index.js';
import type { StaffContext } from './context.js';
import { msg } from '../messages/index.js';
import { audit } from '../audit/log.js';
import type { SessionRow } from './sessions.js';
import { createSession } from './sessions.js';
import { throttledCheck } from './throttle.js';
import { checkCurrentPassword } from './users.js';

export const PERIOD_S = 30;
export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const RECOVERY_LENGTH = 12;

const t = msg.accounts;
const iso = (ms: number) => new Date(ms).toISOString();

/** Who acts, where, when: every change here is audited with it (a back-office Staff is one). */
export type Context = Pick<StaffContext, 'userId' | 'siteId' | 'ip' | 'now'>;

// ---- TOTP -------------------------------------------------------------------------------------

/** A new secret: 20 random bytes, Base32 (32 characters). */
export const newTotpSecret = () => generateSecret();

/** The secret in groups of four, for typing into an app by hand. */
export const groupedKey = (secret: string) => (secret.match(/.{1,4}/g) ?? []).join(' ');

/** The otpauth:// address an authenticator app reads from the QR code. */
export const otpauthUri = (secret: string, issuer: string, account: string) => generateURI({ issuer, label: account, secret });

/** The QR code of an address as an SVG data URL (shown in an <img>; the CSP allows data: images). */
export async function qrDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/** The six digits of a typed code ("123 456" → "123456"), or null when it is not one. */
export function totpDigits(raw: string): string | null {
  const s = raw.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(s) ? s : null;
}

/** The step a code matches (current step ±1, strictly after `lastStep`), or null. */
export async function matchTotp(secret: string, code: string, lastStep: number, now: number): Promise<number | null> {
  const digits = totpDigits(code);
  if (!digits) return null;
  try {
    const r = await verify({ secret, token: digits, epoch: Math.floor(now / 1000), epochTolerance: PERIOD_S, afterTimeStep: lastStep });
    return r.valid && 'timeStep' in r ? r.timeStep : null;
  } catch {
    return null;
  }
}

/** Spends a step; false when this step (or a later one) was spent first by another request. */
async function spendStep(db: Db, userId: number, step: number, extra: { totp_enabled?: number } = {}): Promise<boolean> {
  const r = await db.updateTable('users').set({ totp_last_step: step, ...extra }).where('id', '=', userId).where('totp_last_step', '<', step).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Checks a code from the app of an enrolled user and spends its step. */
async function useTotpCode(db: Db, user: UserRow, code: string, now: number): Promise<boolean> {
  if (!user.totp_enabled || !user.totp_secret) return false;
  const step = await matchTotp(user.totp_secret, code, user.totp_last_step, now);
  return step !== null && (await spendStep(db, user.id, step));
}

// ---- Recovery codes ---------------------------------------------------------------------------

/** A recovery code as shown: 12 letters and digits in groups of four ("abcd-efgh-jkmn", ~59 bits). */
export function newRecoveryCode(): string {
  let s = '';
  for (let i = 0; i < RECOVERY_LENGTH; i++) s += RECOVERY_ALPHABET[crypto.randomInt(RECOVERY_ALPHABET.length)];
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}

/** A typed recovery code as stored before hashing: lower case, no spaces or dashes; null when it cannot be one. */
export function recoveryCodeShape(raw: string): string | null {
  const s = raw.toLowerCase().replace(/[\s-]/g, '');
  return s.length === RECOVERY_LENGTH && [...s].every((c) => RECOVERY_ALPHABET.includes(c)) ? s : null;
}

export const hashRecoveryCode = (shaped: string) => crypto.createHash('sha256').update(shaped).digest('hex');

/** Replaces the user's recovery codes with new ones; returns them (the only time they exist in clear). */
async function replaceRecoveryCodes(db: Db, userId: number): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('recovery_codes')
    .values(codes.map((c) => ({ user_id: userId, code_hash: hashRecoveryCode(recoveryCodeShape(c)!), used_at: null })))
    .execute();
  return codes;
}

/** Spends one recovery code; false when it is unknown or was used already. */
async function useRecoveryCode(db: Db, userId: number, raw: string, now: number): Promise<boolean> {
  const shaped = recoveryCodeShape(raw);
  if (!shaped) return false;
  const r = await db
    .updateTable('recovery_codes')
    .set({ used_at: iso(now) })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hashRecoveryCode(shaped))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function recoveryCodesLeft(db: Db, userId: number): Promise<number> {
  const rows = await db.selectFrom('recovery_codes').select('id').where('user_id', '=', userId).where('used_at', 'is', null).execute();
  return rows.length;
}

// ---- Enrolment and its changes (one's own account) ---------------------------------------------

async function loadUser(db: Db, userId: number): Promise<UserRow> {
  return db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
}

const codeRefused = () => new FormInvalid({ code: t.badCode }, { code: 'totp_bad_code' });

/** The secret waiting for its first code, as the enrolment page shows it (undefined when two-factor is on or not started). */
export async function pendingEnrolment(db: Db, userId: number): Promise<{ username: string; secret: string } | undefined> {
  const user = await db.selectFrom('users').select(['username', 'totp_secret', 'totp_enabled']).where('id', '=', userId).executeTakeFirstOrThrow();
  return user.totp_enabled || !user.totp_secret ? undefined : { username: user.username, secret: user.totp_secret };
}

/** Step one: a new secret, kept on the user row until confirmed. Refused while two-factor is on. */
export async function startEnrolment(db: Db, ctx: Context): Promise<string> {
  const secret = newTotpSecret();
  await atomically(db, async (trx) => {
    const r = await trx.updateTable('users').set({ totp_secret: secret, updated_at: iso(ctx.now) }).where('id', '=', ctx.userId).where('totp_enabled', '=', 0).executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new AppError('totp_on', 400, t.alreadyOn);
    await audit(trx, { siteId: ctx.siteId, userId: ctx.userId, action: 'totp.start', subjectType: 'user', subjectId: ctx.userId, ip: ctx.ip, at: iso(ctx.now) });
  });
  return secret;
}

/** The password again and a current code from the app (the fields of each form that changes two-factor). */
export interface ConfirmInput {
  password: string;
  code: string;
}

/** Step two: the password and a code from the app turn two-factor on; returns the recovery codes, shown once. */
export async function confirmEnrolment(db: Db, ctx: Context, input: ConfirmInput): Promise<string[]> {
  const user = await loadUser(db, ctx.userId);
  if (user.totp_enabled) throw new AppError('totp_on', 400, t.alreadyOn);
  const secret = user.totp_secret;
  if (!secret) throw new AppError('totp_not_started', 400, t.notStarted);
  await checkCurrentPassword(db, user, input.password, ctx);
  let step: number | null = null;
  const ok = await throttledCheck(db, { username: user.username, ip: ctx.ip, now: ctx.now }, async () => {
    step = await matchTotp(secret, input.code, user.totp_last_step, ctx.now);
    return step !== null;
  });
  if (!ok || step === null) throw codeRefused();
  const matched: number = step;
  return atomically(db, async (trx) => {
    // The same secret must still be pending: a "new key" in another tab makes this code stale.
    const r = await trx
      .updateTable('users')
      .set({ totp_enabled: 1, totp_last_step: matched, updated_at: iso(ctx.now) })
      .where('id', '=', user.id)
      .where('totp_enabled', '=', 0)
      .where('totp_secret', '=', secret)
      .where('totp_last_step', '<', matched)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw codeRefused();
    const codes = await replaceRecoveryCodes(trx, user.id);
    await audit(trx, { siteId: ctx.siteId, userId: user.id, action: 'totp.enable', subjectType: 'user', subjectId: user.id, ip: ctx.ip, at: iso(ctx.now) });
    return codes;
  });
}

/** New recovery codes (the old ones stop working), after the password and a current code from the app. */
export async function regenerateRecoveryCodes(db: Db, ctx: Context, input: ConfirmInput): Promise<string[]> {
  const user = await loadUser(db, ctx.userId);
  if (!user.totp_enabled) throw new AppError('totp_off', 400, t.notOn);
  await checkCurrentPassword(db, user, input.password, ctx);
  const ok = await throttledCheck(db, { username: user.username, ip: ctx.ip, now: ctx.now }, () => useTotpCode(db, user, input.code, ctx.now));
  if (!ok) throw codeRefused();
  return atomically(db, async (trx) => {
    const codes = await replaceRecoveryCodes(trx, user.id);
    await audit(trx, { siteId: ctx.siteId, userId: user.id, action: 'recovery.regenerate', subjectType: 'user', subjectId: user.id, ip: ctx.ip, at: iso(ctx.now) });
    return codes;
  });
}

export interface DisableInput extends ConfirmInput {
  /** The user's role on this site must use two-factor: refused. */
  required: boolean;
}

/** Turns two-factor off after the password and a current code. Field errors come back keyed 'password' / 'code' (FormInvalid). */
export async function disableTotp(db: Db, ctx: Context, input: DisableInput): Promise<void> {
  if (input.required) throw new AppError('totp_required', 403, t.disableRefused);
  const user = await loadUser(db, ctx.userId);
  if (!user.totp_enabled) throw new AppError('totp_off', 400, t.notOn);
  await checkCurrentPassword(db, user, input.password, ctx);
  if (!(await throttledCheck(db, { username: user.username, ip: ctx.ip, now: ctx.now }, () => useTotpCode(db, user, input.code, ctx.now)))) throw codeRefused();
  await atomically(db, async (trx) => {
    await trx.updateTable('users').set({ totp_enabled: 0, totp_secret: null, totp_last_step: 0, updated_at: iso(ctx.now) }).where('id', '=', user.id).execute();
    await trx.deleteFrom('recovery_codes').where('user_id', '=', user.id).execute();
    await audit(trx, { siteId: ctx.siteId, userId: user.id, action: 'totp.disable', subjectType: 'user', subjectId: user.id, ip: ctx.ip, at: iso(ctx.now) });
  });
}

// ---- The sign-in's second step ------------------------------------------------------------------

export interface SecondStepInput {
  /** The pending session (totp_pending = 1) the password step made. */
  pending: SessionRow;
  user: UserRow;
  code: string;
  siteId: number;
  ip: string;
  userAgent: string;
  now: number;
}

/**
 * Completes a sign-in with a code from the app or an unused recovery code: the pending session
 * ends and a full one (a new token) replaces it. Throws 400 for a wrong or replayed code, 429 when
 * the throttle refuses; audits 'signin.totp' (and 'recovery.use').
 */
export async function completeSecondStep(db: Db, input: SecondStepInput): Promise<{ token: string; session: SessionRow }> {
  const { user, now } = input;
  let method: 'totp' | 'recovery' = 'totp';
  // A code and its use are checked and spent inside the same transaction as the new session.
  const attempt = () =>
    atomically(db, async (trx) => {
      const viaApp = await useTotpCode(trx, user, input.code, now);
      if (!viaApp) {
        if (!(await useRecoveryCode(trx, user.id, input.code, now))) return undefined;
        method = 'recovery';
      }
      await trx.deleteFrom('sessions').where('id', '=', input.pending.id).execute();
      const created = await createSession(trx, user.id, { ip: input.ip, userAgent: input.userAgent, now });
      const at = iso(now);
      const base = { siteId: input.siteId, userId: user.id, subjectType: 'user', subjectId: user.id, ip: input.ip, at };
      if (method === 'recovery') await audit(trx, { ...base, action: 'recovery.use', detail: { left: await recoveryCodesLeft(trx, user.id) } });
      await audit(trx, { ...base, action: 'signin.totp', detail: { method, userAgent: input.userAgent.slice(0, 300) } });
      return created;
    });
  let result: { token: string; session: SessionRow } | undefined;
  const ok = await throttledCheck(db, { username: user.username, ip: input.ip, now }, async () => {
    result = await attempt();
    return result !== undefined;
  });
  if (!ok || !result) throw new AppError('totp_bad_code', 400, t.badSecondStep);
  return result;
}
