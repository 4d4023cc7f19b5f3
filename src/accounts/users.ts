// Staff accounts and their roles per site. One person may hold different roles on different sites.
// Changing one's own password lives here too; what administrators do to others is in members.ts.
import type { Db } from '../db/index.js';
import { atomically, nowIso } from '../db/index.js';
import type { Role, UserRow } from '../db/schema.js';
import { AppError, FormInvalid } from '../errors/index.js';
import type { StaffContext } from './context.js';
import { msg } from '../messages/index.js';
import { cleanLine } from '../vi/index.js';
import { audit } from '../audit/log.js';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import { destroyUserSessions } from './sessions.js';
import { throttledCheck } from './throttle.js';

/** Every role with its name (the catalogue's), in the order screens list them. */
export const ROLES: Record<Role, string> = msg.role;

export function parseRole(raw: string): Role {
  const r = raw.trim().toLowerCase();
  const found = (Object.keys(ROLES) as Role[]).find((k) => k === r || ROLES[k].toLowerCase() === r);
  if (!found) throw new AppError('role', 400, `Vai trò không hợp lệ. Chọn một trong: ${Object.keys(ROLES).join(', ')}.`);
  return found;
}

export interface NewUserInput {
  username: string;
  password: string;
  displayName?: string;
  email?: string;
  /** A temporary password (an administrator's): the first sign-in must choose a new one. */
  mustChangePassword?: boolean;
}

export function usernameProblem(username: string): string | null {
  return /^[a-z0-9][a-z0-9._-]{2,39}$/.test(username) ? null : 'Tên đăng nhập gồm 3–40 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.';
}

export async function createUser(db: Db, input: NewUserInput): Promise<UserRow> {
  const username = input.username.trim().toLowerCase();
  const problem = usernameProblem(username) ?? passwordProblem(input.password);
  if (problem) throw new AppError('user_invalid', 400, problem);
  const exists = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  if (exists) throw new AppError('user_exists', 409, `Tên đăng nhập "${username}" đã tồn tại.`);
  const now = nowIso();
  return db
    .insertInto('users')
    .values({
      username,
      password_hash: await hashPassword(input.password),
      display_name: cleanLine(input.displayName ?? username),
      email: cleanLine(input.email ?? ''),
      totp_secret: null,
      must_change_password: input.mustChangePassword ? 1 : 0,
      disabled: 0,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function userById(db: Db, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function userByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username.trim().toLowerCase()).executeTakeFirst();
}

/** Gives a user a role on a site, replacing the role held there before. */
export async function grantRole(db: Db, userId: number, siteId: number, role: Role): Promise<void> {
  await atomically(db, async (trx) => {
    await trx.deleteFrom('site_memberships').where('user_id', '=', userId).where('site_id', '=', siteId).execute();
    await trx.insertInto('site_memberships').values({ user_id: userId, site_id: siteId, role, created_at: nowIso() }).execute();
  });
}

export async function roleOn(db: Db, userId: number, siteId: number): Promise<Role | undefined> {
  const row = await db.selectFrom('site_memberships').select('role').where('user_id', '=', userId).where('site_id', '=', siteId).executeTakeFirst();
  return row?.role;
}

/**
 * Asks for the password of one's own account again, for a change a session alone may not make
 * (two-factor sign-in on, new recovery codes, off). Checked under the sign-in throttle, so wrong
 * guesses count towards the lock-out; throws FormInvalid on `password` (400: missing or wrong) or
 * the throttle's 429.
 */
export async function checkCurrentPassword(db: Db, user: Pick<UserRow, 'username' | 'password_hash'>, typed: string, at: { ip: string; now: number }): Promise<void> {
  const t = msg.accounts;
  if (!typed) throw new FormInvalid({ password: t.passwordRequired });
  const ok = await throttledCheck(db, { username: user.username, ip: at.ip, now: at.now }, () => verifyPassword(user.password_hash, typed.slice(0, 1000)));
  if (!ok) throw new FormInvalid({ password: t.wrongCurrentPassword });
}

export interface PasswordChange {
  current: string;
  password: string;
  repeat: string;
}

/** A refused password change: the message belongs next to `field` of the form. */
const refused = (field: keyof PasswordChange, message: string) => new FormInvalid({ [field]: message });

/**
 * Changes one's own password: the current one (checked under the sign-in throttle), the rules of
 * passwords.ts, the new one twice. Every other session of the user ends (`sessionId` stays), the
 * demand to change after a reset is lifted, and the change is audited.
 */
export async function changeOwnPassword(db: Db, ctx: Pick<StaffContext, 'userId' | 'siteId' | 'ip' | 'now'> & { sessionId: string }, input: PasswordChange): Promise<void> {
  const t = msg.accounts;
  const user = await db.selectFrom('users').selectAll().where('id', '=', ctx.userId).executeTakeFirstOrThrow();
  // Passwords are compared and hashed as NFC (passwords.ts), so the rules see the same text.
  const password = input.password.normalize('NFC');
  if (!input.current) throw refused('current', t.passwordRequired);
  const problem = passwordProblem(password);
  if (problem) throw refused('password', problem);
  if (password !== input.repeat.normalize('NFC')) throw refused('repeat', t.passwordsDiffer);
  const ok = await throttledCheck(db, { username: user.username, ip: ctx.ip, now: ctx.now }, () => verifyPassword(user.password_hash, input.current.slice(0, 1000)));
  if (!ok) throw refused('current', t.wrongCurrentPassword);
  if (password === input.current.normalize('NFC')) throw refused('password', t.samePassword);
  const hash = await hashPassword(password);
  const at = new Date(ctx.now).toISOString();
  await atomically(db, async (trx) => {
    await trx.updateTable('users').set({ password_hash: hash, must_change_password: 0, updated_at: at }).where('id', '=', user.id).execute();
    await destroyUserSessions(trx, user.id, ctx.sessionId);
    await audit(trx, { siteId: ctx.siteId, userId: user.id, action: 'password.change', subjectType: 'user', subjectId: user.id, detail: { forced: user.must_change_password === 1 }, ip: ctx.ip, at });
  });
}
