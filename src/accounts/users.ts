// Staff accounts and their roles per site. One person may hold different roles on different sites.
import type { Db } from '../db/index.js';
import { atomically, nowIso } from '../db/index.js';
import type { Role, UserRow } from '../db/schema.js';
import { AppError } from '../errors/index.js';
import { cleanLine } from '../vi/index.js';
import { hashPassword, passwordProblem } from './passwords.js';

export const ROLES: Record<Role, string> = { admin: 'Quản trị', editor: 'Biên tập viên', reporter: 'Phóng viên' };

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
      disabled: 0,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
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
