// The users screens (administrators), in-process: the list, adding people (new accounts with a
// temporary password, or a role for an existing account), changing roles, removing, disabling,
// resetting passwords and the forced change that follows, the roles that must use two-factor
// sign-in; and the refusals: non-administrators, forged forms, other sites' people, oneself, the
// last administrator, accounts that also work on sites the administrator does not run.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TestApp } from './helpers.js';
import { BROWSER_UA, textOf } from './helpers.js';
import type { Sites, Staff, StaffSession } from './staff.js';
import { backofficeFixture, sessionFor, staffGet, staffPost } from './staff.js';
import { createUser, grantRole, roleOn } from '../src/accounts/users.js';
import { verifyPassword } from '../src/accounts/passwords.js';
import { whyNotChangeMember } from '../src/accounts/policy.js';
import { USERNAME_REFUSALS_PER_HOUR } from '../src/accounts/members.js';
import type { MemberChangeSubject } from '../src/accounts/policy.js';
import { createSite, invalidateSites } from '../src/sites/service.js';
import { PATHS } from '../src/backoffice/paths.js';
import { msg } from '../src/messages/index.js';

const PASSWORD = 'mat-khau-thu-nghiem';
const a = msg.accounts;
let t: TestApp;
let sites: Sites;
let staff: Staff;
const s = {} as Record<keyof Staff, StaffSession>;
let ipCounter = 0;
const freshIp = () => `10.2.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`;

before(async () => {
  ({ t, sites, staff } = await backofficeFixture('nd', s));
});
after(() => t?.close());

let counter = 0;
/** A fresh person with a role on a site (the main site unless told). */
async function person(role: 'admin' | 'editor' | 'reporter' = 'reporter', siteId = sites.main, displayName = 'Phạm Thu Hà') {
  const u = await createUser(t.db, { username: `nguoi-${++counter}`, password: PASSWORD, displayName });
  await grantRole(t.db, u.id, siteId, role);
  return u;
}

const userRow = (id: number) => t.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const sessionCount = async (id: number) => (await t.db.selectFrom('sessions').select('id').where('user_id', '=', id).execute()).length;
const auditRows = (subjectId: number) => t.db.selectFrom('audit_log').selectAll().where('subject_type', '=', 'user').where('subject_id', '=', subjectId).orderBy('id').execute();
/** Everything a change could touch about a person, to check that a refusal changed nothing. */
async function snapshot(id: number) {
  const { updated_at: _u, ...user } = await userRow(id);
  const roles = await t.db.selectFrom('site_memberships').select(['site_id', 'role']).where('user_id', '=', id).orderBy('site_id').execute();
  return { user, roles, sessions: await sessionCount(id), audit: (await auditRows(id)).length };
}

type Res = Awaited<ReturnType<TestApp['app']['inject']>>;
const tempPassword = (res: Res) => res.body.match(/<code class="temp-password">([^<]+)<\/code>/)?.[1];

/** Signs in through the form; returns the answer. */
async function signIn(username: string, password: string, host = 'localhost') {
  const ip = freshIp();
  const form = await t.app.inject({ method: 'GET', url: '/dang-nhap', headers: { host, 'user-agent': BROWSER_UA }, remoteAddress: ip });
  const csrf = form.cookies.find((c) => c.name === 'loa_csrf')!.value;
  return t.app.inject({
    method: 'POST',
    url: '/dang-nhap',
    headers: { host, 'user-agent': BROWSER_UA, 'content-type': 'application/x-www-form-urlencoded' },
    cookies: { loa_csrf: csrf },
    payload: new URLSearchParams({ _csrf: csrf, username, password }).toString(),
    remoteAddress: ip,
  });
}

async function signedIn(username: string, password: string): Promise<StaffSession> {
  const res = await signIn(username, password);
  assert.equal(res.statusCode, 303, `sign-in of ${username}`);
  const token = res.cookies.find((c) => c.name === 'loa_s')!.value;
  const { sessionId } = await import('../src/accounts/sessions.js');
  const { csrfToken } = await import('../src/accounts/csrf.js');
  const row = await t.db.selectFrom('sessions').selectAll().where('id', '=', sessionId(token)).executeTakeFirstOrThrow();
  return { cookie: `loa_s=${token}`, csrf: csrfToken(row), token };
}

describe('the list', () => {
  test('administrators see the people of this site only, with role, two-factor and state', async () => {
    const res = await staffGet(t.app, s.admin, PATHS.users);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    const text = textOf(res.body);
    for (const name of ['nd-quan-tri', 'nd-bien-tap', 'nd-phong-vien', 'nd-phong-vien-2']) assert.ok(text.includes(name), `${name} is listed`);
    assert.ok(!text.includes('nd-bien-tap-phuong'), 'a person of another site only is invisible');
    assert.match(res.body, new RegExp(`href="${PATHS.user(staff.editor)}"`), 'each links to their page');
    assert.ok(text.includes('Biên tập viên') && text.includes('Phóng viên'), 'roles in Vietnamese');
    assert.ok(text.includes(a.twoFactorOff) && text.includes(a.active), 'two-factor and state');
    assert.match(res.body, new RegExp(`action="${PATHS.newUser}"`), 'the form to add someone');
    assert.match(res.body, /name="totpRoles" value="admin"/, 'the two-factor roles');
  });

  test('the last sign-in comes from the audit log', async () => {
    const u = await person('editor');
    await signIn(u.username, PASSWORD);
    const res = await staffGet(t.app, s.admin, PATHS.users);
    const row = res.body.split('<tr>').find((r) => r.includes(`>${u.username}<`));
    assert.ok(row, 'the row');
    assert.match(textOf(row), /\d\d\/\d\d\/\d{4} \d\d:\d\d/, 'a date and time');
  });

  test('a person shared with another site: only this site’s role and sign-ins are shown, nothing of the other site', async () => {
    const u = await person('reporter');
    await grantRole(t.db, u.id, sites.ward, 'admin');
    assert.equal((await signIn(u.username, PASSWORD, 'bacson.localhost')).statusCode, 303, 'signs in on the other site');
    const rowOf = async () => (await staffGet(t.app, s.admin, PATHS.users)).body.split('<tr>').find((r) => r.includes(`>${u.username}<`))!;
    assert.ok(textOf(await rowOf()).includes(a.never), 'a sign-in on another site is not shown');
    const page = await staffGet(t.app, s.admin, PATHS.user(u.id));
    const facts = textOf(page.body.split('<dl class="account-facts">')[1]!.split('</dl>')[0]!);
    assert.ok(facts.includes(a.never), 'nor on their page');
    assert.ok(facts.includes('Phóng viên') && !facts.includes('Quản trị'), 'only the role here');
    assert.ok(!textOf(page.body).includes('Bắc Sơn') && !page.body.includes('bacson'), 'the other site is not named');
    assert.equal((await signIn(u.username, PASSWORD)).statusCode, 303, 'then on this one');
    assert.match(textOf(await rowOf()), /\d\d\/\d\d\/\d{4} \d\d:\d\d/, 'this site’s sign-in is');
  });

  test('anyone but an administrator is refused; the anonymous are sent to sign in', async () => {
    for (const who of ['editor', 'reporter', 'outsider'] as const) {
      const res = await staffGet(t.app, s[who], PATHS.users);
      assert.equal(res.statusCode, 403, who);
      assert.equal((await staffGet(t.app, s[who], PATHS.user(staff.reporter))).statusCode, 403, `${who}: a person's page`);
    }
    assert.ok(textOf((await staffGet(t.app, s.editor, PATHS.users)).body).includes('Chỉ Quản trị được quản lý người dùng.'), 'the policy’s reason');
    const anonymous = await staffGet(t.app, undefined, PATHS.users);
    assert.equal(anonymous.statusCode, 303);
    assert.equal(anonymous.headers.location, `/dang-nhap?next=${encodeURIComponent(PATHS.users)}`);
  });
});

describe('adding people', () => {
  test('a new account: a temporary password shown once, NFC and escaped name, a forced change at first sign-in', async () => {
    const nfd = 'Nguyễn Văn <b>An</b> <script>alert(1)</script>'.normalize('NFD');
    const res = await staffPost(t.app, s.admin, PATHS.newUser, { username: '  Moi.Nguoi  ', displayName: nfd, email: 'an@example.gov.vn', role: 'reporter' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    const password = tempPassword(res);
    assert.ok(password && /^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/.test(password), 'the temporary password is shown');
    const user = await t.db.selectFrom('users').selectAll().where('username', '=', 'moi.nguoi').executeTakeFirstOrThrow();
    assert.equal(user.display_name, nfd.normalize('NFC'), 'stored NFC');
    assert.notEqual(user.display_name, nfd, 'not the NFD form');
    assert.equal(user.email, 'an@example.gov.vn');
    assert.equal(user.must_change_password, 1);
    assert.ok(!user.password_hash.includes(password), 'only the hash is stored');
    assert.ok(await verifyPassword(user.password_hash, password), 'the hash is of the shown password');
    assert.equal(await roleOn(t.db, user.id, sites.main), 'reporter');
    assert.equal(await roleOn(t.db, user.id, sites.ward), undefined, 'no role elsewhere');
    const audit = await auditRows(user.id);
    assert.deepEqual(
      audit.map((r) => [r.action, r.user_id, r.site_id]),
      [['user.create', staff.admin, sites.main]],
    );
    assert.ok(!audit[0]!.detail.includes(password), 'the password is not in the audit log');

    const list = await staffGet(t.app, s.admin, PATHS.users);
    assert.ok(!list.body.includes('<script>alert(1)') && !list.body.includes('<b>An'), 'escaped in the list');
    assert.ok(textOf(list.body).includes(nfd.normalize('NFC')), 'shown as text');
    assert.ok(!list.body.includes(password), 'the password is never shown again');
    const page = await staffGet(t.app, s.admin, PATHS.user(user.id));
    assert.ok(!page.body.includes('<script>alert(1)'), 'escaped on the person’s page');

    // First sign-in: every page but the password page sends there.
    const first = await signedIn('moi.nguoi', password);
    for (const url of ['/quan-tri/', PATHS.articles, PATHS.account, PATHS.users]) {
      const r = await staffGet(t.app, first, url);
      assert.equal(r.statusCode, 303, `${url} sends to the password`);
      assert.equal(r.headers.location, PATHS.password);
    }
    const form = await staffGet(t.app, first, PATHS.password);
    assert.equal(form.statusCode, 200);
    assert.ok(textOf(form.body).includes(a.passwordForced), 'the page says why');
    const changed = await staffPost(t.app, first, PATHS.password, { current: password, password: 'mat-khau-rieng-cua-an', repeat: 'mat-khau-rieng-cua-an' });
    assert.equal(changed.statusCode, 303);
    assert.equal((await userRow(user.id)).must_change_password, 0);
    assert.equal((await staffGet(t.app, first, '/quan-tri/')).statusCode, 200, 'then the back office opens');
    assert.ok(!textOf((await staffGet(t.app, first, PATHS.password)).body).includes(a.passwordForced), 'no longer forced');
  });

  test('bad input is named next to its field and creates nothing', async () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ username: 'ab', role: 'reporter' }, 'username', 'Tên đăng nhập gồm 3–40 ký tự'],
      [{ username: 'có-dấu', role: 'reporter' }, 'username', 'Tên đăng nhập gồm 3–40 ký tự'],
      [{ username: '<script>x', role: 'reporter' }, 'username', 'Tên đăng nhập gồm 3–40 ký tự'],
      [{ username: 'a'.repeat(41), role: 'reporter' }, 'username', 'dài quá 40 ký tự'],
      [{ username: '', role: 'reporter' }, 'username', 'chưa nhập'],
      [{ username: 'hop-le-1', displayName: 'x'.repeat(101), role: 'reporter' }, 'displayName', 'dài quá 100 ký tự'],
      [{ username: 'hop-le-2', email: 'khong-phai-thu', role: 'reporter' }, 'email', a.badEmail],
      [{ username: 'hop-le-3', email: `${'x'.repeat(200)}@a.vn`, role: 'reporter' }, 'email', 'dài quá 200 ký tự'],
      [{ username: 'hop-le-4', role: 'god' }, 'role', a.badRole],
      [{ username: 'hop-le-5' }, 'role', a.badRole],
    ];
    const before = (await t.db.selectFrom('users').select('id').execute()).length;
    for (const [form, field, message] of cases) {
      const res = await staffPost(t.app, s.admin, PATHS.newUser, form);
      assert.equal(res.statusCode, 400, `${JSON.stringify(form).slice(0, 60)} refused`);
      assert.ok(textOf(res.body).includes(message), `${field}: "${message}"`);
      assert.match(res.body, /aria-invalid="true"/, 'the field is marked');
      assert.ok(!res.body.includes('<script>x'), 'input shown escaped');
    }
    assert.equal((await t.db.selectFrom('users').select('id').execute()).length, before, 'nobody created');
  });

  test('a forged form, a non-administrator or the anonymous create nobody', async () => {
    const before = (await t.db.selectFrom('users').select('id').execute()).length;
    const form = { username: 'khong-duoc-tao', role: 'admin' };
    assert.equal((await staffPost(t.app, s.admin, PATHS.newUser, { ...form, _csrf: 'forged' })).statusCode, 403);
    assert.equal((await staffPost(t.app, s.admin, PATHS.newUser, { ...form, _csrf: '' })).statusCode, 403);
    assert.equal((await staffPost(t.app, s.admin, PATHS.newUser, { ...form, _csrf: s.editor.csrf })).statusCode, 403, 'another session’s token');
    assert.equal((await staffPost(t.app, s.editor, PATHS.newUser, form)).statusCode, 403);
    assert.equal((await staffPost(t.app, s.reporter, PATHS.newUser, form)).statusCode, 403);
    assert.equal((await staffPost(t.app, s.outsider, PATHS.newUser, form)).statusCode, 403);
    assert.equal((await staffPost(t.app, undefined, PATHS.newUser, form)).statusCode, 303);
    assert.equal((await t.db.selectFrom('users').select('id').execute()).length, before, 'nobody created');
  });

  test('an existing account is never added by a site administrator: one neutral message beside the field, whether it works on another site or nowhere', async () => {
    const other = await person('editor', sites.ward, 'Người Ở Phường');
    const nowhere = await createUser(t.db, { username: `khong-trang-${++counter}`, password: PASSWORD });
    const refusals: Res[] = [];
    for (const u of [other, nowhere]) {
      const before = await snapshot(u.id);
      const res = await staffPost(t.app, s.admin, PATHS.newUser, { username: u.username.toUpperCase(), displayName: 'Đổi Tên', email: 'moi@example.vn', role: 'admin' });
      assert.equal(res.statusCode, 409, `${u.username} refused`);
      assert.ok(textOf(res.body).includes(a.usernameUnavailable), 'the neutral message');
      assert.match(res.body, /id="ten-dang-nhap-moi-loi"/, 'next to the username field');
      assert.match(res.body, /name="username"[^>]*aria-invalid="true"/, 'the field is marked');
      assert.ok(textOf(res.body).includes('npx loa user add'), 'says who can do it');
      assert.deepEqual(await snapshot(u.id), before, 'no role here, the account untouched');
      assert.equal(tempPassword(res), undefined, 'no password shown');
      refusals.push(res);
    }
    assert.equal(await roleOn(t.db, other.id, sites.main), undefined);
    assert.equal(await roleOn(t.db, other.id, sites.ward), 'editor', 'the other site’s role stays');
    // The two answers are the same page but for the typed username: nothing tells the other site's account apart.
    const [onWard, onNone] = refusals.map((r, i) => r.body.replaceAll([other, nowhere][i]!.username.toUpperCase(), 'X').replaceAll([other, nowhere][i]!.username, 'X'));
    assert.equal(onWard, onNone, 'identical answers');
    assert.equal(refusals[0]!.statusCode, refusals[1]!.statusCode);
    // Its page stays out of reach, too.
    assert.equal((await staffGet(t.app, s.admin, PATHS.user(other.id))).statusCode, 404);

    const here = await person('reporter');
    const again = await staffPost(t.app, s.admin, PATHS.newUser, { username: here.username, role: 'editor' });
    assert.equal(again.statusCode, 409);
    assert.ok(textOf(again.body).includes(a.alreadyMember(here.username)), 'someone of this site (on the list anyway) is named');
    assert.equal(await roleOn(t.db, here.id, sites.main), 'reporter', 'unchanged');
  });

  test('trying names to find accounts stops: each refusal is audited, and after ten in an hour every add waits, taken name or not', async () => {
    const prober = await person('admin', sites.main, 'Người Dò Tên');
    const session = await sessionFor(t.db, prober.id);
    const taken = await createUser(t.db, { username: `da-co-${++counter}`, password: PASSWORD });
    for (let i = 0; i < USERNAME_REFUSALS_PER_HOUR; i++) {
      const res = await staffPost(t.app, session, PATHS.newUser, { username: taken.username, role: 'reporter' });
      assert.equal(res.statusCode, 409, `refusal ${i + 1}`);
    }
    const logged = await t.db.selectFrom('audit_log').select(['detail', 'subject_id']).where('user_id', '=', prober.id).where('action', '=', 'user.username_refused').execute();
    assert.equal(logged.length, USERNAME_REFUSALS_PER_HOUR, 'every refusal is in the audit log');
    assert.deepEqual(JSON.parse(logged[0]!.detail), { username: taken.username });
    assert.equal(logged[0]!.subject_id, null, 'the account is not named as a subject');
    const fresh = `chua-co-${++counter}`;
    for (const username of [taken.username, fresh]) {
      const res = await staffPost(t.app, session, PATHS.newUser, { username, role: 'reporter' });
      assert.equal(res.statusCode, 429, `${username}: waits`);
      assert.ok(textOf(res.body).includes(a.usernameChecksLimited));
    }
    assert.equal(await t.db.selectFrom('users').select('id').where('username', '=', fresh).executeTakeFirst(), undefined, 'nothing created while waiting');
    // An hour later the administrator may add people again.
    await t.db.updateTable('audit_log').set({ at: new Date(t.clock.now - 3_700_000).toISOString() }).where('user_id', '=', prober.id).where('action', '=', 'user.username_refused').execute();
    const later = await staffPost(t.app, session, PATHS.newUser, { username: fresh, role: 'reporter' });
    assert.equal(later.statusCode, 200, 'the new account is made');
    assert.equal(textOf((await staffGet(t.app, s.admin, `${PATHS.audit}?hanh-dong=user.username_refused`)).body).includes('Từ chối tên đăng nhập đã có'), true, 'a readable label on the audit screen');
  });
});

describe('changing one person', () => {
  test('a new role, audited; the same role changes nothing; a bad role is refused', async () => {
    const u = await person('reporter');
    const res = await staffPost(t.app, s.admin, PATHS.userAction(u.id, 'vai-tro'), { role: 'editor' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${PATHS.user(u.id)}?xong=vai-tro`);
    assert.equal(await roleOn(t.db, u.id, sites.main), 'editor');
    const audit = (await auditRows(u.id)).at(-1)!;
    assert.equal(audit.action, 'user.role');
    assert.deepEqual(JSON.parse(audit.detail), { username: u.username, from: 'reporter', to: 'editor' });
    assert.equal(audit.user_id, staff.admin);

    const before = await snapshot(u.id);
    const same = await staffPost(t.app, s.admin, PATHS.userAction(u.id, 'vai-tro'), { role: 'editor' });
    assert.equal(same.headers.location, `${PATHS.user(u.id)}?xong=khong-doi`);
    for (const role of ['god', '', 'Quản trị', '<script>']) {
      const bad = await staffPost(t.app, s.admin, PATHS.userAction(u.id, 'vai-tro'), { role });
      assert.equal(bad.statusCode, 400, `role ${JSON.stringify(role)}`);
      assert.ok(textOf(bad.body).includes(a.badRole), 'the reason');
    }
    assert.deepEqual(await snapshot(u.id), before, 'nothing changed');
  });

  test('disabling ends every session and stops sign-in; enabling lets them back', async () => {
    const u = await person('editor');
    const session = await signedIn(u.username, PASSWORD);
    await sessionFor(t.db, u.id);
    assert.equal(await sessionCount(u.id), 2);
    const res = await staffPost(t.app, s.admin, PATHS.userAction(u.id, 'khoa'));
    assert.equal(res.statusCode, 303);
    assert.equal((await userRow(u.id)).disabled, 1);
    assert.equal(await sessionCount(u.id), 0, 'sessions ended');
    assert.equal((await staffGet(t.app, session, '/quan-tri/')).statusCode, 303, 'the open session no longer works');
    assert.equal((await signIn(u.username, PASSWORD)).statusCode, 400, 'cannot sign in');
    assert.ok(textOf((await staffGet(t.app, s.admin, PATHS.user(u.id))).body).includes(a.disabled), 'shown as disabled');
    const enabled = await staffPost(t.app, s.admin, PATHS.userAction(u.id, 'mo-khoa'));
    assert.equal(enabled.statusCode, 303);
    assert.equal((await userRow(u.id)).disabled, 0);
    assert.equal((await signIn(u.username, PASSWORD)).statusCode, 303, 'signs in again');
    assert.deepEqual(
      (await auditRows(u.id)).map((r) => r.action).filter((x) => x.startsWith('user.')),
      ['user.disable', 'user.enable'],
    );
  });

  test("turning off a person's lost two-factor: secret and recovery codes go, sessions end; others may not", async () => {
    const u = await person('editor');
    await t.db.updateTable('users').set({ totp_secret: 'JBSWY3DPEHPK3PXP', totp_enabled: 1 }).where('id', '=', u.id).execute();
    await t.db.insertInto('recovery_codes').values({ user_id: u.id, code_hash: 'x'.repeat(64), used_at: null }).execute();
    await sessionFor(t.db, u.id);
    const page = await staffGet(t.app, s.admin, PATHS.user(u.id));
    assert.ok(textOf(page.body).includes(a.resetTotp), 'the button is offered while 2FA is on');
    const before = await snapshot(u.id);
    for (const who of ['editor', 'reporter'] as const) {
      assert.equal((await staffPost(t.app, s[who], PATHS.userAction(u.id, 'tat-hai-buoc'))).statusCode, 403, who);
    }
    assert.equal((await staffPost(t.app, s.admin, PATHS.userAction(u.id, 'tat-hai-buoc'), { _csrf: 'forged' })).statusCode, 403);
    assert.deepEqual(await snapshot(u.id), before, 'refusals change nothing');
    const res = await staffPost(t.app, s.admin, PATHS.userAction(u.id, 'tat-hai-buoc'));
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${PATHS.user(u.id)}?xong=tat-hai-buoc`);
    const row = await userRow(u.id);
    assert.equal(row.totp_enabled, 0);
    assert.equal(row.totp_secret, null);
    assert.equal((await t.db.selectFrom('recovery_codes').select('id').where('user_id', '=', u.id).execute()).length, 0);
    assert.equal(await sessionCount(u.id), 0, 'sessions ended');
    assert.equal((await auditRows(u.id)).at(-1)!.action, 'user.reset-totp');
    const again = await staffPost(t.app, s.admin, PATHS.userAction(u.id, 'tat-hai-buoc'));
    assert.equal(again.headers.location, `${PATHS.user(u.id)}?xong=khong-doi`);
    assert.equal((await staffPost(t.app, s.admin, PATHS.userAction(staff.admin, 'tat-hai-buoc'))).statusCode, 403, 'not oneself');
  });

  test('a password reset: shown once, sessions end, the old password stops working, the next sign-in must change it', async () => {
    const u = await person('editor');
    const session = await signedIn(u.username, PASSWORD);
    const res = await staffPost(t.app, s.admin, PATHS.userAction(u.id, 'dat-lai-mat-khau'));
    assert.equal(res.statusCode, 200);
    const password = tempPassword(res);
    assert.ok(password, 'the temporary password is shown');
    assert.ok(textOf(res.body).includes(a.passwordReset(u.username)), 'says what happened');
    const row = await userRow(u.id);
    assert.equal(row.must_change_password, 1);
    assert.equal(await sessionCount(u.id), 0, 'sessions ended');
    assert.equal((await staffGet(t.app, session, '/quan-tri/')).statusCode, 303);
    assert.equal((await signIn(u.username, PASSWORD)).statusCode, 400, 'the old password fails');
    const audit = (await auditRows(u.id)).at(-1)!;
    assert.equal(audit.action, 'user.reset-password');
    assert.ok(!audit.detail.includes(password), 'the password is not in the audit log');

    const fresh = await signedIn(u.username, password);
    const home = await staffGet(t.app, fresh, '/quan-tri/');
    assert.equal(home.statusCode, 303);
    assert.equal(home.headers.location, PATHS.password, 'sent to change it');
    const articles = await staffGet(t.app, fresh, PATHS.articles);
    assert.equal(articles.headers.location, PATHS.password, 'every page sends there');
    const same = await staffPost(t.app, fresh, PATHS.password, { current: password, password, repeat: password });
    assert.equal(same.statusCode, 400, 'the temporary password cannot be kept');
    assert.ok(textOf(same.body).includes(a.samePassword), 'says so');
    const ok = await staffPost(t.app, fresh, PATHS.password, { current: password, password: 'mat-khau-moi-cua-toi', repeat: 'mat-khau-moi-cua-toi' });
    assert.equal(ok.statusCode, 303);
    assert.equal((await userRow(u.id)).must_change_password, 0);
    assert.equal((await staffGet(t.app, fresh, '/quan-tri/')).statusCode, 200);
    assert.ok((await auditRows(u.id)).some((r) => r.action === 'password.change' && JSON.parse(r.detail).forced === true), 'the forced change is audited');
  });

  test('removing from the site: the role here goes, the account and other roles stay', async () => {
    const u = await person('editor');
    await grantRole(t.db, u.id, sites.ward, 'reporter');
    const session = await signedIn(u.username, PASSWORD);
    const res = await staffPost(t.app, s.admin, PATHS.userAction(u.id, 'go'));
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${PATHS.users}?xong=go`);
    assert.equal(await roleOn(t.db, u.id, sites.main), undefined);
    assert.equal(await roleOn(t.db, u.id, sites.ward), 'reporter');
    assert.equal((await userRow(u.id)).disabled, 0, 'the account stays');
    assert.equal((await staffGet(t.app, session, '/quan-tri/')).statusCode, 403, 'no longer works on this site');
    assert.equal((await staffGet(t.app, session, '/quan-tri/', 'bacson.localhost')).statusCode, 200, 'still on the other');
    assert.equal((await staffGet(t.app, s.admin, PATHS.user(u.id))).statusCode, 404, 'no longer on the list');
    assert.equal((await auditRows(u.id)).at(-1)!.action, 'user.remove');
    assert.ok(textOf((await staffGet(t.app, s.admin, res.headers.location as string)).body).includes(a.removed), 'says what happened');
  });
});

describe('refusals', () => {
  const ACTIONS = ['vai-tro', 'khoa', 'mo-khoa', 'dat-lai-mat-khau', 'go'] as const;
  const form = (action: string): Record<string, string> => (action === 'vai-tro' ? { role: 'admin' } : {});

  test('another site’s person, an unknown id or a malformed id: 404, nothing changed', async () => {
    const elsewhere = await person('editor', sites.ward);
    const before = await snapshot(elsewhere.id);
    assert.equal((await staffGet(t.app, s.admin, PATHS.user(elsewhere.id))).statusCode, 404);
    for (const action of ACTIONS) {
      const res = await staffPost(t.app, s.admin, PATHS.userAction(elsewhere.id, action), form(action));
      assert.equal(res.statusCode, 404, `${action} of another site's person`);
      assert.ok(textOf(res.body).includes(msg.notFoundHere), 'the message');
    }
    assert.deepEqual(await snapshot(elsewhere.id), before, 'nothing changed');
    for (const id of ['999999', '0', '-1', 'abc', '1e3', '99999999999']) {
      assert.equal((await staffGet(t.app, s.admin, `${PATHS.users}/${id}`)).statusCode, 404, `GET ${id}`);
      assert.equal((await staffPost(t.app, s.admin, `${PATHS.users}/${id}/khoa`)).statusCode, 404, `POST ${id}`);
    }
  });

  test('a forged form, or a non-administrator: 403, nothing changed', async () => {
    const u = await person('reporter');
    const before = await snapshot(u.id);
    for (const action of ACTIONS) {
      const url = PATHS.userAction(u.id, action);
      assert.equal((await staffPost(t.app, s.admin, url, { ...form(action), _csrf: 'forged' })).statusCode, 403, `${action}: forged`);
      assert.equal((await staffPost(t.app, s.admin, url, { ...form(action), _csrf: '' })).statusCode, 403, `${action}: missing`);
      assert.equal((await staffPost(t.app, s.editor, url, form(action))).statusCode, 403, `${action}: editor`);
      assert.equal((await staffPost(t.app, s.reporter, url, form(action))).statusCode, 403, `${action}: reporter`);
      assert.equal((await staffPost(t.app, s.outsider, url, form(action))).statusCode, 403, `${action}: outsider`);
    }
    assert.deepEqual(await snapshot(u.id), before, 'nothing changed');
  });

  test('an administrator cannot change themselves here', async () => {
    const before = await snapshot(staff.admin);
    const page = await staffGet(t.app, s.admin, PATHS.user(staff.admin));
    assert.equal(page.statusCode, 200);
    assert.ok(!page.body.includes(`action="${PATHS.userAction(staff.admin, 'khoa')}"`), 'no buttons are offered');
    assert.ok(textOf(page.body).includes(a.selfHint), 'says where to go instead');
    for (const action of ACTIONS) {
      const res = await staffPost(t.app, s.admin, PATHS.userAction(staff.admin, action), action === 'vai-tro' ? { role: 'reporter' } : {});
      assert.equal(res.statusCode, 403, action);
      assert.ok(textOf(res.body).includes('chính mình'), 'the reason');
    }
    assert.deepEqual(await snapshot(staff.admin), before, 'nothing changed');
  });

  test('the account-wide changes need the actor to run every site the person works on', async () => {
    const both = await person('reporter', sites.main);
    await grantRole(t.db, both.id, sites.ward, 'editor');
    const before = await snapshot(both.id);
    for (const action of ['khoa', 'dat-lai-mat-khau'] as const) {
      const res = await staffPost(t.app, s.admin, PATHS.userAction(both.id, action));
      assert.equal(res.statusCode, 403, `${action} refused to an administrator of the main site only`);
      assert.ok(textOf(res.body).includes('trang khác mà bạn không quản trị'), 'the reason');
    }
    assert.deepEqual(await snapshot(both.id), before, 'nothing changed');
    // This site's role is this site's administrator's to change.
    assert.equal((await staffPost(t.app, s.admin, PATHS.userAction(both.id, 'vai-tro'), { role: 'editor' })).statusCode, 303);
    // The first-start administrator runs both sites.
    const root = await t.db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow();
    const rootSession = await sessionFor(t.db, root.id);
    const res = await staffPost(t.app, rootSession, PATHS.userAction(both.id, 'dat-lai-mat-khau'));
    assert.equal(res.statusCode, 200);
    assert.ok(tempPassword(res), 'reset by someone who runs both sites');
  });

  test('the last active administrator stays: two administrators demoting each other at once leave one', async () => {
    const site = await createSite(t.db, { name: 'Xã Thử Nghiệm', hosts: ['xa-thu.localhost'] });
    const host = 'xa-thu.localhost';
    const one = await person('admin', site.id);
    const two = await person('admin', site.id);
    const [s1, s2] = [await sessionFor(t.db, one.id), await sessionFor(t.db, two.id)];
    const answers = await Promise.all([
      staffPost(t.app, s1, PATHS.userAction(two.id, 'vai-tro'), { role: 'editor' }, host),
      staffPost(t.app, s2, PATHS.userAction(one.id, 'vai-tro'), { role: 'editor' }, host),
    ]);
    assert.deepEqual(answers.map((r) => r.statusCode).sort(), [303, 403], 'one succeeds, the other is refused');
    const roles = [await roleOn(t.db, one.id, site.id), await roleOn(t.db, two.id, site.id)];
    assert.deepEqual([...roles].sort(), ['admin', 'editor'], 'one administrator remains');
    // The same race with "remove" and "disable".
    const three = await person('admin', site.id);
    const remaining = roles[0] === 'admin' ? one : two;
    const [r1, r3] = [await sessionFor(t.db, remaining.id), await sessionFor(t.db, three.id)];
    const race2 = await Promise.all([staffPost(t.app, r1, PATHS.userAction(three.id, 'go'), {}, host), staffPost(t.app, r3, PATHS.userAction(remaining.id, 'khoa'), {}, host)]);
    // The loser is refused (403), or finds its own session ended by the winner (303 to sign in).
    const won = race2.filter((r) => r.statusCode === 303 && !String(r.headers.location).startsWith('/dang-nhap'));
    assert.equal(won.length, 1, `exactly one change passes (${race2.map((r) => `${r.statusCode} ${r.headers.location ?? ''}`).join(', ')})`);
    const admins = await t.db
      .selectFrom('site_memberships')
      .innerJoin('users', 'users.id', 'site_memberships.user_id')
      .select('users.id')
      .where('site_id', '=', site.id)
      .where('role', '=', 'admin')
      .where('users.disabled', '=', 0)
      .execute();
    assert.equal(admins.length, 1, 'exactly one active administrator');
    invalidateSites();
  });

  test('the policy’s rule, case by case', () => {
    const base: MemberChangeSubject = { actorId: 1, targetId: 2, change: 'role', newRole: 'editor', targetIsActiveAdmin: true, otherActiveAdmins: 0, targetSitesNotAdministered: 0 };
    const why = (o: Partial<MemberChangeSubject>) => whyNotChangeMember({ ...base, ...o });
    assert.match(why({}) ?? '', /Quản trị cuối cùng/, 'demoting the last administrator');
    assert.match(why({ change: 'remove' }) ?? '', /Quản trị cuối cùng/);
    assert.match(why({ change: 'disable' }) ?? '', /Quản trị cuối cùng/);
    assert.equal(why({ newRole: 'admin' }), null, 'keeping them administrator');
    assert.equal(why({ change: 'reset-password' }), null, 'a reset does not take the role away');
    assert.equal(why({ otherActiveAdmins: 1 }), null, 'another administrator remains');
    assert.equal(why({ targetIsActiveAdmin: false }), null, 'a disabled administrator is not the last one');
    assert.match(why({ targetId: 1, targetIsActiveAdmin: false }) ?? '', /chính mình/, 'oneself');
    for (const change of ['disable', 'enable', 'reset-password'] as const) {
      assert.match(why({ change, targetIsActiveAdmin: false, targetSitesNotAdministered: 1 }) ?? '', /không quản trị/, `${change} across sites`);
    }
    for (const change of ['role', 'remove'] as const) assert.equal(why({ change, targetIsActiveAdmin: false, targetSitesNotAdministered: 1 }), null, `${change} is this site's`);
  });
});

describe('roles that must use two-factor', () => {
  test('administrators choose them; the site asks those roles to enrol; bad values change nothing', async () => {
    const siteRow = async () => (await t.db.selectFrom('sites').select('totp_roles').where('id', '=', sites.main).executeTakeFirstOrThrow()).totp_roles;
    try {
      assert.equal((await staffPost(t.app, s.admin, PATHS.totpRoles, { totpRoles: ['reporter', 'x'] })).statusCode, 400, 'an unknown role');
      assert.equal((await staffPost(t.app, s.admin, PATHS.totpRoles, { totpRoles: ['<script>'] })).statusCode, 400);
      assert.equal((await staffPost(t.app, s.admin, PATHS.totpRoles, { totpRoles: 'reporter', _csrf: 'x' })).statusCode, 403, 'forged');
      assert.equal((await staffPost(t.app, s.editor, PATHS.totpRoles, { totpRoles: 'reporter' })).statusCode, 403, 'an editor');
      assert.equal(await siteRow(), '', 'unchanged');

      const res = await staffPost(t.app, s.admin, PATHS.totpRoles, { totpRoles: ['reporter', 'editor'] });
      assert.equal(res.statusCode, 303);
      assert.equal(await siteRow(), 'editor,reporter', 'stored in a fixed order');
      const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'site.totp-roles').execute();
      assert.equal(audit.length, 1);
      assert.deepEqual(JSON.parse(audit[0]!.detail), { from: '', to: 'editor,reporter' });
      assert.equal(audit[0]!.subject_type, 'site');

      const rep = await staffGet(t.app, s.reporter, '/quan-tri/');
      assert.equal(rep.statusCode, 303, 'a reporter without two-factor is sent to enrol');
      assert.equal(rep.headers.location, PATHS.twoFactor);
      assert.equal((await staffGet(t.app, s.admin, '/quan-tri/')).statusCode, 200, 'administrators are not asked');
      const page = await staffGet(t.app, s.admin, PATHS.users);
      assert.match(page.body, /name="totpRoles" value="editor" checked/, 'the choice is shown');
      assert.doesNotMatch(page.body, /name="totpRoles" value="admin" checked/);

      const none = await staffPost(t.app, s.admin, PATHS.totpRoles, {});
      assert.equal(none.statusCode, 303);
      assert.equal(await siteRow(), '', 'none chosen: nobody is asked');
      assert.equal((await staffGet(t.app, s.reporter, '/quan-tri/')).statusCode, 200);
    } finally {
      await t.db.updateTable('sites').set({ totp_roles: '' }).where('id', '=', sites.main).execute();
      invalidateSites();
    }
  });
});
