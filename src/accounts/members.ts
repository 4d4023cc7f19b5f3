// The people of one site, for its administrators: the list, adding someone (always a new account,
// with a temporary password), changing a role, removing from the site, disabling and enabling,
// resetting a password; and which roles must use two-factor sign-in.
//
// An administrator of one site never reaches into another site: an existing account (which may
// work elsewhere) is not added here, and the refusal reads the same whether or not the username
// works on another site, so usernames of other sites cannot be found out from this screen; only a
// platform administrator (for now the command `loa user add`) gives an existing account a role on
// one more site. What the screens show of a person is the account itself and this site's role and
// sign-ins, nothing from other sites.
//
// Every change is one transaction that first locks the site row, then re-reads who is
// administrator and asks the policy (whyNotChangeMember), so two administrators demoting each
// other at the same moment cannot leave the site without one. Every change is audited in it.
import type { Db } from '../db/index.js';
import { atomically } from '../db/index.js';
import type { Role } from '../db/schema.js';
import { AppError, FormInvalid } from '../errors/index.js';
import type { StaffContext } from './context.js';
import { msg } from '../messages/index.js';
import { invalidateSites } from '../sites/service.js';
import { audit } from '../audit/log.js';
import { generatePassword, hashPassword } from './passwords.js';
import type { MemberChange } from './policy.js';
import { whyNotChangeMember } from './policy.js';
import { destroyUserSessions } from './sessions.js';
import { ROLES, createUser, userByUsername } from './users.js';

const t = msg.accounts;
export const ROLE_ORDER = Object.keys(ROLES) as Role[];
export const isRole = (s: string): s is Role => (ROLE_ORDER as string[]).includes(s);

/** A person with a role on the site, as the screens show them. */
export interface Member {
  id: number;
  username: string;
  displayName: string;
  email: string;
  role: Role;
  totpEnabled: boolean;
  disabled: boolean;
  mustChangePassword: boolean;
  /** The last sign-in on THIS site (ISO-8601, from the audit log); null when never. */
  lastSignIn: string | null;
}

/** Who acts (an administrator of the site), where, from where, when (a back-office Staff is one). */
export type AdminContext = Pick<StaffContext, 'userId' | 'siteId' | 'ip' | 'now'>;

const SIGN_IN_ACTIONS = ['signin', 'signin.totp'];
const iso = (ms: number) => new Date(ms).toISOString();
const notHere = () => new AppError('not_found', 404, msg.notFoundHere);

function membersQuery(db: Db, siteId: number) {
  return db
    .selectFrom('site_memberships')
    .innerJoin('users', 'users.id', 'site_memberships.user_id')
    .select([
      'users.id',
      'users.username',
      'users.display_name',
      'users.email',
      'users.totp_enabled',
      'users.disabled',
      'users.must_change_password',
      'site_memberships.role',
    ])
    .select((eb) =>
      eb
        .selectFrom('audit_log')
        .select((e) => e.fn.max<string>('audit_log.at').as('at'))
        .whereRef('audit_log.user_id', '=', 'users.id')
        .where('audit_log.site_id', '=', siteId)
        .where('audit_log.action', 'in', SIGN_IN_ACTIONS)
        .as('last_sign_in'),
    )
    .where('site_memberships.site_id', '=', siteId);
}

type MemberRow = Awaited<ReturnType<ReturnType<typeof membersQuery>['executeTakeFirstOrThrow']>>;

function present(r: MemberRow): Member {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    email: r.email,
    role: r.role,
    totpEnabled: r.totp_enabled === 1,
    disabled: r.disabled === 1,
    mustChangePassword: r.must_change_password === 1,
    lastSignIn: r.last_sign_in ?? null,
  };
}

/** Everyone with a role on the site: administrators first, then by username. */
export async function listMembers(db: Db, siteId: number): Promise<Member[]> {
  const rows = await membersQuery(db, siteId).orderBy('users.username').execute();
  return rows.map(present).sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
}

/** One person with a role on the site; undefined for anyone else (another site's user, no such id). */
export async function memberOf(db: Db, siteId: number, userId: number): Promise<Member | undefined> {
  const row = await membersQuery(db, siteId).where('users.id', '=', userId).executeTakeFirst();
  return row && present(row);
}

/** Serialises changes to one site's people (PostgreSQL row lock; SQLite runs one writer anyway). */
async function lockSite(trx: Db, siteId: number): Promise<void> {
  await trx
    .updateTable('sites')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('id', '=', siteId)
    .execute();
}

/** Inside the transaction: the actor must still be an active administrator here. */
async function checkActor(trx: Db, ctx: AdminContext): Promise<void> {
  const me = await memberOf(trx, ctx.siteId, ctx.userId);
  if (!me || me.role !== 'admin' || me.disabled) throw new AppError('not_admin', 403, t.noLongerAdmin);
}

/** Locks, re-checks the actor and the policy for this change, then applies it. */
async function changeMember<T>(db: Db, ctx: AdminContext, targetId: number, change: MemberChange, newRole: Role | undefined, apply: (trx: Db, target: Member) => Promise<T>): Promise<T> {
  return atomically(db, async (trx) => {
    await lockSite(trx, ctx.siteId);
    await checkActor(trx, ctx);
    const target = await memberOf(trx, ctx.siteId, targetId);
    if (!target) throw notHere();
    const admins = await trx
      .selectFrom('site_memberships')
      .innerJoin('users', 'users.id', 'site_memberships.user_id')
      .select('users.id')
      .where('site_memberships.site_id', '=', ctx.siteId)
      .where('site_memberships.role', '=', 'admin')
      .where('users.disabled', '=', 0)
      .execute();
    const actorAdminOf = await trx.selectFrom('site_memberships').select('site_id').where('user_id', '=', ctx.userId).where('role', '=', 'admin').execute();
    const targetSites = await trx.selectFrom('site_memberships').select('site_id').where('user_id', '=', targetId).execute();
    const administered = new Set(actorAdminOf.map((r) => r.site_id));
    const why = whyNotChangeMember({
      actorId: ctx.userId,
      targetId,
      change,
      newRole,
      targetIsActiveAdmin: target.role === 'admin' && !target.disabled,
      otherActiveAdmins: admins.filter((a) => a.id !== targetId).length,
      targetSitesNotAdministered: targetSites.filter((s) => !administered.has(s.site_id)).length,
    });
    if (why) throw new AppError('member_refused', 403, why);
    return apply(trx, target);
  });
}

const entry = (ctx: AdminContext, targetId: number | null, action: string, detail: Record<string, unknown>) => ({
  siteId: ctx.siteId,
  userId: ctx.userId,
  action,
  subjectType: 'user',
  subjectId: targetId,
  detail,
  ip: ctx.ip,
  at: iso(ctx.now),
});

export interface NewMemberInput {
  username: string;
  displayName: string;
  email: string;
  role: Role;
}

export interface AddResult {
  userId: number;
  username: string;
  /** The temporary password of the new account (shown once). */
  password: string;
}

/**
 * Adds a person: a new account with a temporary password and a role on this site. A username
 * already in use anywhere is refused with one neutral message (whether the account works on
 * another site or on none), so this screen tells nobody which usernames other sites have; one that
 * already has a role here is named (the list shows it anyway).
 */
/** Refusals of a username in use that one administrator may get in an hour; then adding waits. */
export const USERNAME_REFUSALS_PER_HOUR = 10;

export async function addMember(db: Db, ctx: AdminContext, input: NewMemberInput): Promise<AddResult> {
  const username = input.username.trim().toLowerCase();
  const password = generatePassword();
  // Trying names to learn which accounts exist elsewhere stops after a few refusals: every refusal
  // is in the audit log, and past the limit every add waits, taken name or not (so the wait itself
  // tells nothing).
  const since = iso(ctx.now - 3_600_000);
  const refused = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('user_id', '=', ctx.userId)
    .where('action', '=', 'user.username_refused')
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  if (Number(refused.n) >= USERNAME_REFUSALS_PER_HOUR) throw new AppError('username_checks_limited', 429, t.usernameChecksLimited);
  const result = await atomically(db, async (trx) => {
    await lockSite(trx, ctx.siteId);
    await checkActor(trx, ctx);
    const existing = await userByUsername(trx, username);
    if (existing && (await memberOf(trx, ctx.siteId, existing.id))) throw new FormInvalid({ username: t.alreadyMember(existing.username) }, { status: 409, code: 'member_exists' });
    if (existing) return undefined;
    const user = await createUser(trx, { username, password, displayName: input.displayName || username, email: input.email, mustChangePassword: true });
    await trx.insertInto('site_memberships').values({ user_id: user.id, site_id: ctx.siteId, role: input.role, created_at: iso(ctx.now) }).execute();
    await audit(trx, entry(ctx, user.id, 'user.create', { username: user.username, role: input.role }));
    return { userId: user.id, username: user.username, password };
  });
  if (result) return result;
  // Written outside the refused transaction, so that it counts; the account is not named as a subject.
  await audit(db, entry(ctx, null, 'user.username_refused', { username }));
  throw new FormInvalid({ username: t.usernameUnavailable }, { status: 409, code: 'username_unavailable' });
}

/** Gives the person another role on this site; false when the role is the same. */
export async function changeRole(db: Db, ctx: AdminContext, targetId: number, role: Role): Promise<boolean> {
  return changeMember(db, ctx, targetId, 'role', role, async (trx, target) => {
    if (target.role === role) return false;
    await trx.updateTable('site_memberships').set({ role }).where('user_id', '=', targetId).where('site_id', '=', ctx.siteId).execute();
    await audit(trx, entry(ctx, targetId, 'user.role', { username: target.username, from: target.role, to: role }));
    return true;
  });
}

/** Takes the person's role on this site away (the account and other sites' roles stay). */
export async function removeMember(db: Db, ctx: AdminContext, targetId: number): Promise<Member> {
  return changeMember(db, ctx, targetId, 'remove', undefined, async (trx, target) => {
    await trx.deleteFrom('site_memberships').where('user_id', '=', targetId).where('site_id', '=', ctx.siteId).execute();
    await audit(trx, entry(ctx, targetId, 'user.remove', { username: target.username, role: target.role }));
    return target;
  });
}

/** Disables (every session ends) or enables the account; false when it already was so. */
export async function setDisabled(db: Db, ctx: AdminContext, targetId: number, disabled: boolean): Promise<boolean> {
  return changeMember(db, ctx, targetId, disabled ? 'disable' : 'enable', undefined, async (trx, target) => {
    if (target.disabled === disabled) return false;
    await trx.updateTable('users').set({ disabled: disabled ? 1 : 0, updated_at: iso(ctx.now) }).where('id', '=', targetId).execute();
    if (disabled) await destroyUserSessions(trx, targetId);
    await audit(trx, entry(ctx, targetId, disabled ? 'user.disable' : 'user.enable', { username: target.username }));
    return true;
  });
}

/** A new temporary password (returned, shown once): every session ends, the next sign-in must change it. */
export async function resetPassword(db: Db, ctx: AdminContext, targetId: number): Promise<{ username: string; password: string }> {
  const password = generatePassword();
  const hash = await hashPassword(password);
  return changeMember(db, ctx, targetId, 'reset-password', undefined, async (trx, target) => {
    await trx.updateTable('users').set({ password_hash: hash, must_change_password: 1, updated_at: iso(ctx.now) }).where('id', '=', targetId).execute();
    await destroyUserSessions(trx, targetId);
    await audit(trx, entry(ctx, targetId, 'user.reset-password', { username: target.username }));
    return { username: target.username, password };
  });
}

/** Turns off the person's two-factor sign-in (a lost phone and lost recovery codes): the secret and
 *  the recovery codes go, every session ends; false when it was off already. */
export async function resetTwoFactor(db: Db, ctx: AdminContext, targetId: number): Promise<boolean> {
  return changeMember(db, ctx, targetId, 'reset-totp', undefined, async (trx, target) => {
    if (!target.totpEnabled) return false;
    await trx.updateTable('users').set({ totp_secret: null, totp_enabled: 0, updated_at: iso(ctx.now) }).where('id', '=', targetId).execute();
    await trx.deleteFrom('recovery_codes').where('user_id', '=', targetId).execute();
    await destroyUserSessions(trx, targetId);
    await audit(trx, entry(ctx, targetId, 'user.reset-totp', { username: target.username }));
    return true;
  });
}

/** The roles of the site that must use two-factor sign-in, in a fixed order ("admin,editor"). */
export async function setTotpRoles(db: Db, ctx: AdminContext, roles: Role[]): Promise<boolean> {
  const value = ROLE_ORDER.filter((r) => roles.includes(r)).join(',');
  const changed = await atomically(db, async (trx) => {
    await lockSite(trx, ctx.siteId);
    await checkActor(trx, ctx);
    const site = await trx.selectFrom('sites').select('totp_roles').where('id', '=', ctx.siteId).executeTakeFirstOrThrow();
    if (site.totp_roles === value) return false;
    await trx.updateTable('sites').set({ totp_roles: value }).where('id', '=', ctx.siteId).execute();
    await audit(trx, { ...entry(ctx, ctx.siteId, 'site.totp-roles', { from: site.totp_roles, to: value }), subjectType: 'site' });
    return true;
  });
  if (changed) invalidateSites();
  return changed;
}
