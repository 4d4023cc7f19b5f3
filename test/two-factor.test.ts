// Two-factor sign-in, in-process: enrolment end to end (codes computed here with otplib), the
// sign-in's second step (wrong, replayed and neighbouring-step codes, recovery codes once, the
// throttle, expiry of the pending session), a role that must use it, new recovery codes and
// turning it off.
import crypto from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generate } from 'otplib';
import type { TestApp } from './helpers.js';
import { BROWSER_UA, testApp, textOf } from './helpers.js';
import type { StaffSession } from './staff.js';
import { staffGet, staffPost } from './staff.js';
import { createUser, grantRole } from '../src/accounts/users.js';
import { sessionId } from '../src/accounts/sessions.js';
import { csrfToken } from '../src/accounts/csrf.js';
import { hashRecoveryCode, matchTotp, recoveryCodeShape, totpDigits } from '../src/accounts/two-factor.js';
import { invalidateSites } from '../src/sites/service.js';
import { PATHS } from '../src/backoffice/paths.js';
import { msg } from '../src/messages/index.js';

const PASSWORD = 'mat-khau-dung-1234';
const a = msg.accounts;
let t: TestApp;
let mainSite: number;
let ipCounter = 0;
/** Each sign-in comes from its own address, so one test's failures do not lock another's. */
const freshIp = () => `10.1.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`;

before(async () => {
  t = await testApp();
  mainSite = (await t.db.selectFrom('site_hosts').select('site_id').where('host', '=', 'localhost').executeTakeFirstOrThrow()).site_id;
});
after(() => t?.close());

type Res = Awaited<ReturnType<TestApp['app']['inject']>>;
const cookieNamed = (res: Res, name: string) => res.cookies.find((c) => c.name === name);

let userCounter = 0;
async function makeUser(role: 'admin' | 'editor' | 'reporter' = 'editor', displayName = 'Nguyễn Thị Lan') {
  const user = await createUser(t.db, { username: `hai-buoc-${++userCounter}`, password: PASSWORD, displayName });
  await grantRole(t.db, user.id, mainSite, role);
  return user;
}

/** The code an authenticator app shows for this secret at the app's clock (+ offset seconds). */
const codeAt = (secret: string, offsetS = 0) => generate({ secret, epoch: Math.floor(t.clock.now / 1000) + offsetS });
/** Moves the app's clock to the next 30-second step. */
const nextStep = () => {
  t.clock.now += 30_000;
};

/** Posts the sign-in form (username + password) and returns the answer. */
async function postPassword(username: string, o: { next?: string; ip?: string; password?: string } = {}) {
  const ip = o.ip ?? freshIp();
  const form = await t.app.inject({ method: 'GET', url: '/dang-nhap', headers: { host: 'localhost', 'user-agent': BROWSER_UA }, remoteAddress: ip });
  const csrf = cookieNamed(form, 'loa_csrf')!.value;
  const body = new URLSearchParams({ _csrf: csrf, username, password: o.password ?? PASSWORD });
  if (o.next !== undefined) body.set('next', o.next);
  return t.app.inject({
    method: 'POST',
    url: '/dang-nhap',
    headers: { host: 'localhost', 'user-agent': BROWSER_UA, 'content-type': 'application/x-www-form-urlencoded' },
    cookies: { loa_csrf: csrf },
    payload: body.toString(),
    remoteAddress: ip,
  });
}

/** A browser session (cookie + form token) for a session token. */
async function asStaff(token: string): Promise<StaffSession> {
  const row = await t.db.selectFrom('sessions').selectAll().where('id', '=', sessionId(token)).executeTakeFirstOrThrow();
  return { cookie: `loa_s=${token}`, csrf: csrfToken(row), token };
}

/** Signs in with the password only (an account without two-factor). */
async function signedIn(username: string): Promise<StaffSession> {
  const res = await postPassword(username);
  assert.equal(res.statusCode, 303, `sign-in of ${username}`);
  return asStaff(cookieNamed(res, 'loa_s')!.value);
}

/** Posts the second step with the pending session. */
async function postCode(pending: StaffSession, code: string, o: { next?: string; ip?: string; csrf?: string } = {}) {
  const body = new URLSearchParams({ _csrf: o.csrf ?? pending.csrf, code, next: o.next ?? '/quan-tri/' });
  return t.app.inject({
    method: 'POST',
    url: '/dang-nhap/xac-thuc',
    headers: { host: 'localhost', 'user-agent': BROWSER_UA, 'content-type': 'application/x-www-form-urlencoded', cookie: pending.cookie },
    payload: body.toString(),
    remoteAddress: o.ip ?? '10.9.0.1',
  });
}

/** Signs in with the password of a two-factor account: the pending session. */
async function pendingFor(username: string, next?: string): Promise<StaffSession> {
  const res = await postPassword(username, { next });
  assert.equal(res.statusCode, 303, 'the password step passes');
  assert.match(String(res.headers.location), /^\/dang-nhap\/xac-thuc\?next=/);
  return asStaff(cookieNamed(res, 'loa_s')!.value);
}

const userRow = (id: number) => t.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const auditActions = async (userId: number) => (await t.db.selectFrom('audit_log').select('action').where('subject_id', '=', userId).where('subject_type', '=', 'user').orderBy('id').execute()).map((r) => r.action);
const recoveryRows = (userId: number) => t.db.selectFrom('recovery_codes').selectAll().where('user_id', '=', userId).orderBy('id').execute();

/** Enrols through the pages; returns the secret and the recovery codes shown. */
async function enrol(s: StaffSession, userId: number): Promise<{ secret: string; codes: string[] }> {
  assert.equal((await staffPost(t.app, s, PATHS.twoFactorStart)).statusCode, 303, 'start');
  const page = await staffGet(t.app, s, PATHS.twoFactor);
  const key = page.body.match(/<code class="totp-key">([^<]+)<\/code>/)?.[1];
  assert.ok(key, 'the key is shown for typing by hand');
  const secret = key.replace(/ /g, '');
  nextStep();
  const res = await staffPost(t.app, s, PATHS.twoFactorConfirm, { password: PASSWORD, code: await codeAt(secret) });
  assert.equal(res.statusCode, 200, 'confirmed');
  const codes = [...res.body.matchAll(/<li><code>([a-z0-9-]+)<\/code><\/li>/g)].map((m) => m[1]!);
  assert.equal(codes.length, 10, 'ten recovery codes are shown');
  assert.equal((await userRow(userId)).totp_enabled, 1);
  return { secret, codes };
}

/** A user with two-factor on, signed out again. */
async function enrolledUser(role: 'admin' | 'editor' | 'reporter' = 'editor') {
  const user = await makeUser(role);
  const s = await signedIn(user.username);
  const { secret, codes } = await enrol(s, user.id);
  return { user, secret, codes, session: s };
}

describe('codes', () => {
  test('typed codes are read forgivingly, anything else is refused', () => {
    assert.equal(totpDigits('123456'), '123456');
    assert.equal(totpDigits(' 123 456 '), '123456');
    assert.equal(totpDigits('123-456'), '123456');
    for (const bad of ['12345', '1234567', 'abcdef', '１２３４５６', '', '12345٦']) assert.equal(totpDigits(bad), null, `refused: ${bad}`);
    assert.equal(recoveryCodeShape('ABCD-EFGH-JKMN'), 'abcdefghjkmn');
    assert.equal(recoveryCodeShape(' abcd efgh jkmn '), 'abcdefghjkmn');
    for (const bad of ['abcd-efgh-jkm', 'abcd-efgh-jkmn-p', 'abcd-efgh-jk0n', '<script>', '']) assert.equal(recoveryCodeShape(bad), null, `refused: ${bad}`);
  });

  test('a code matches its step and the neighbouring ones, never a spent step', async () => {
    const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
    const now = Date.parse('2026-11-24T03:00:10Z');
    const step = Math.floor(now / 30_000);
    const at = (offsetS: number) => generate({ secret, epoch: Math.floor(now / 1000) + offsetS });
    assert.equal(await matchTotp(secret, await at(0), 0, now), step);
    assert.equal(await matchTotp(secret, await at(-30), 0, now), step - 1, 'the previous step');
    assert.equal(await matchTotp(secret, await at(30), 0, now), step + 1, 'the next step');
    assert.equal(await matchTotp(secret, await at(-60), 0, now), null, 'two steps ago');
    assert.equal(await matchTotp(secret, await at(60), 0, now), null, 'two steps ahead');
    assert.equal(await matchTotp(secret, await at(0), step, now), null, 'a spent step');
    assert.equal(await matchTotp(secret, await at(0), step - 1, now), step, 'after the spent step');
    assert.equal(await matchTotp(secret, 'x'.repeat(10_000), 0, now), null, 'junk');
  });
});

describe('enrolment', () => {
  test('start, scan, confirm: on, with ten recovery codes stored hashed and shown once', async () => {
    const user = await makeUser('reporter');
    const s = await signedIn(user.username);
    const first = await staffGet(t.app, s, PATHS.twoFactor);
    assert.equal(first.statusCode, 200);
    assert.match(first.body, new RegExp(`action="${PATHS.twoFactorStart}"`), 'a button to start');
    assert.ok(!/totp-qr/.test(first.body), 'no key before it is asked for');

    const started = await staffPost(t.app, s, PATHS.twoFactorStart);
    assert.equal(started.statusCode, 303);
    const pendingRow = await userRow(user.id);
    assert.ok(pendingRow.totp_secret && /^[A-Z2-7]{32}$/.test(pendingRow.totp_secret), 'a Base32 secret of 20 bytes is pending');
    assert.equal(pendingRow.totp_enabled, 0, 'not on before a code confirms it');

    const page = await staffGet(t.app, s, PATHS.twoFactor);
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['cache-control'], 'no-store');
    const qr = page.body.match(/<img class="totp-qr" src="data:image\/svg\+xml;base64,([^"]+)"/)?.[1];
    assert.ok(qr, 'the QR code is an inline SVG image');
    assert.match(Buffer.from(qr, 'base64').toString(), /^<svg[\s\S]*<\/svg>\s*$/, 'a plain SVG');
    assert.ok(!/<script/i.test(page.body), 'no script on the page');
    const key = page.body.match(/<code class="totp-key">([^<]+)<\/code>/)?.[1];
    assert.equal(key, pendingRow.totp_secret.match(/.{4}/g)!.join(' '), 'the key in groups of four');
    assert.match(page.body, /autocomplete="one-time-code"/);

    nextStep();
    const wrong = await staffPost(t.app, s, PATHS.twoFactorConfirm, { password: PASSWORD, code: '000000' === (await codeAt(pendingRow.totp_secret)) ? '111111' : '000000' });
    assert.equal(wrong.statusCode, 400);
    assert.ok(textOf(wrong.body).includes(a.badCode), 'the wrong code is named');
    assert.equal((await userRow(user.id)).totp_enabled, 0, 'still off after a wrong code');

    const code = await codeAt(pendingRow.totp_secret);
    const ok = await staffPost(t.app, s, PATHS.twoFactorConfirm, { password: PASSWORD, code: `${code.slice(0, 3)} ${code.slice(3)}` });
    assert.equal(ok.statusCode, 200);
    assert.ok(textOf(ok.body).includes(a.twoFactorEnabled), 'says it is on');
    const codes = [...ok.body.matchAll(/<li><code>([a-z0-9-]+)<\/code><\/li>/g)].map((m) => m[1]!);
    assert.equal(codes.length, 10);
    assert.equal(new Set(codes).size, 10, 'all different');
    const row = await userRow(user.id);
    assert.equal(row.totp_enabled, 1);
    assert.equal(row.totp_last_step, Math.floor(t.clock.now / 30_000), 'the step is spent');
    const stored = await recoveryRows(user.id);
    assert.equal(stored.length, 10);
    assert.deepEqual(stored.map((r) => r.code_hash).sort(), codes.map((c) => hashRecoveryCode(recoveryCodeShape(c)!)).sort(), 'stored as SHA-256');
    assert.ok(stored.every((r) => r.used_at === null && !codes.some((c) => r.code_hash.includes(c))), 'never in clear');
    assert.deepEqual(await auditActions(user.id), ['signin', 'totp.start', 'totp.enable'], 'the sign-in, then the two steps of enrolment');

    const again = await staffGet(t.app, s, PATHS.twoFactor);
    assert.ok(!codes.some((c) => again.body.includes(c)), 'the codes are never shown again');
    assert.ok(textOf(again.body).includes(a.recoveryLeft(10)), 'only how many are left');
    const account = await staffGet(t.app, s, PATHS.account);
    assert.ok(textOf(account.body).includes(a.twoFactorOn), 'the account page says it is on');
    // Starting again while on changes nothing.
    const restart = await staffPost(t.app, s, PATHS.twoFactorStart);
    assert.equal(restart.statusCode, 400);
    assert.equal((await userRow(user.id)).totp_secret, row.totp_secret, 'the secret is kept');
  });

  test('confirming without a pending key, a stale key, or a forged form changes nothing', async () => {
    const user = await makeUser();
    const s = await signedIn(user.username);
    const none = await staffPost(t.app, s, PATHS.twoFactorConfirm, { password: PASSWORD, code: '123456' });
    assert.equal(none.statusCode, 400);
    assert.ok(textOf(none.body).includes(a.notStarted), 'says to start first');

    const forged = await staffPost(t.app, s, PATHS.twoFactorStart, { _csrf: 'forged' });
    assert.equal(forged.statusCode, 403);
    assert.equal((await userRow(user.id)).totp_secret, null, 'no secret from a forged form');

    await staffPost(t.app, s, PATHS.twoFactorStart);
    const oldSecret = (await userRow(user.id)).totp_secret!;
    await staffPost(t.app, s, PATHS.twoFactorStart);
    const newSecret = (await userRow(user.id)).totp_secret!;
    assert.notEqual(newSecret, oldSecret, '"new key" replaces the pending key');
    nextStep();
    const stale = await staffPost(t.app, s, PATHS.twoFactorConfirm, { password: PASSWORD, code: await codeAt(oldSecret) });
    assert.equal(stale.statusCode, 400, 'a code of the replaced key is refused');
    const forgedConfirm = await staffPost(t.app, s, PATHS.twoFactorConfirm, { password: PASSWORD, code: await codeAt(newSecret), _csrf: '' });
    assert.equal(forgedConfirm.statusCode, 403);
    assert.equal((await userRow(user.id)).totp_enabled, 0, 'still off');
    const anonymous = await staffPost(t.app, undefined, PATHS.twoFactorConfirm, { password: PASSWORD, code: await codeAt(newSecret) });
    assert.equal(anonymous.statusCode, 303);
    assert.equal((await userRow(user.id)).totp_enabled, 0, 'still off');
  });
});

describe('signing in with two-factor', () => {
  test('the password opens only a pending session; the code completes sign-in with a new token', async () => {
    const { user, secret } = await enrolledUser();
    const res = await postPassword(user.username, { next: '/quan-tri/bai-viet?trang=2' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/dang-nhap/xac-thuc?next=${encodeURIComponent('/quan-tri/bai-viet?trang=2')}`);
    const pending = await asStaff(cookieNamed(res, 'loa_s')!.value);
    const row = await t.db.selectFrom('sessions').selectAll().where('id', '=', sessionId(pending.token)).executeTakeFirstOrThrow();
    assert.equal(row.totp_pending, 1);
    assert.equal(row.expires_at, new Date(t.clock.now + 5 * 60_000).toISOString(), 'it ends after five minutes');
    const signIns = async () => (await t.db.selectFrom('audit_log').select('id').where('user_id', '=', user.id).where('action', 'in', ['signin', 'signin.totp']).execute()).length;
    assert.equal(await signIns(), 1, 'no sign-in is recorded yet (only the one before enrolment)');

    for (const url of ['/quan-tri/', PATHS.account, PATHS.twoFactor, PATHS.password]) {
      const blocked = await staffGet(t.app, pending, url);
      assert.equal(blocked.statusCode, 303, `the pending session does not open ${url}`);
      assert.match(String(blocked.headers.location), /^\/dang-nhap\?next=/);
    }
    const json = await t.app.inject({ method: 'POST', url: PATHS.twoFactorDisable, headers: { host: 'localhost', cookie: pending.cookie, 'x-csrf-token': pending.csrf } });
    assert.equal(json.statusCode, 303, 'nor a POST');

    const form = await staffGet(t.app, pending, '/dang-nhap/xac-thuc?next=%2Fquan-tri%2Fbai-viet%3Ftrang%3D2');
    assert.equal(form.statusCode, 200);
    assert.equal(form.headers['cache-control'], 'no-store');
    assert.match(form.body, /name="next" value="\/quan-tri\/bai-viet\?trang=2"/);
    assert.match(form.body, new RegExp(`name="_csrf" value="${pending.csrf}"`));

    const wrong = await postCode(pending, (await codeAt(secret)) === '000000' ? '111111' : '000000', { next: '/quan-tri/bai-viet?trang=2' });
    assert.equal(wrong.statusCode, 400);
    assert.ok(textOf(wrong.body).includes(a.badSecondStep), 'the wrong code is named');
    assert.ok(!cookieNamed(wrong, 'loa_s'), 'no new cookie');

    nextStep();
    const ok = await postCode(pending, await codeAt(secret), { next: '/quan-tri/bai-viet?trang=2' });
    assert.equal(ok.statusCode, 303);
    assert.equal(ok.headers.location, '/quan-tri/bai-viet?trang=2');
    const full = cookieNamed(ok, 'loa_s');
    assert.ok(full && full.httpOnly && full.sameSite === 'Lax', 'an HttpOnly Lax cookie');
    assert.notEqual(full.value, pending.token, 'a new token');
    const sessions = await t.db.selectFrom('sessions').selectAll().where('user_id', '=', user.id).execute();
    assert.ok(!sessions.some((x) => x.id === sessionId(pending.token)), 'the pending session is gone');
    const fullRow = sessions.find((x) => x.id === sessionId(full.value));
    assert.ok(fullRow && fullRow.totp_pending === 0, 'the new session is complete');
    assert.equal((await staffGet(t.app, await asStaff(full.value), '/quan-tri/')).statusCode, 200, 'the back office opens');
    assert.equal((await staffGet(t.app, pending, '/quan-tri/')).statusCode, 303, 'the pending cookie opens nothing');
    const audit = await t.db.selectFrom('audit_log').selectAll().where('user_id', '=', user.id).where('action', '=', 'signin.totp').execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.site_id, mainSite);
    assert.deepEqual(JSON.parse(audit[0]!.detail).method, 'totp');
  });

  test('a code is accepted once: the same code again is refused, the next step’s code passes', async () => {
    const { user, secret } = await enrolledUser();
    nextStep();
    const code = await codeAt(secret);
    assert.equal((await postCode(await pendingFor(user.username), code)).statusCode, 303, 'first use');
    const replay = await postCode(await pendingFor(user.username), code);
    assert.equal(replay.statusCode, 400, 'the same code is refused');
    const previous = await postCode(await pendingFor(user.username), await codeAt(secret, -30));
    assert.equal(previous.statusCode, 400, 'an older step is refused once a later one was used');
    const ahead = await postCode(await pendingFor(user.username), await codeAt(secret, 30));
    assert.equal(ahead.statusCode, 303, 'the next step (a phone slightly ahead) passes');
    const same = await postCode(await pendingFor(user.username), await codeAt(secret, 30));
    assert.equal(same.statusCode, 400, 'and then that step is spent');
    nextStep();
    nextStep();
    nextStep();
    assert.equal((await postCode(await pendingFor(user.username), await codeAt(secret, -30))).statusCode, 303, 'the previous step (a phone slightly behind) passes');
  });

  test('two requests racing with the same code: exactly one signs in', async () => {
    const { user, secret } = await enrolledUser();
    nextStep();
    const code = await codeAt(secret);
    const [p1, p2] = [await pendingFor(user.username), await pendingFor(user.username)];
    const answers = await Promise.all([postCode(p1, code), postCode(p2, code)]);
    assert.deepEqual(answers.map((r) => r.statusCode).sort(), [303, 400]);
  });

  test('a recovery code works once; it is marked used and audited', async () => {
    const { user, codes } = await enrolledUser();
    const pending = await pendingFor(user.username);
    const ok = await postCode(pending, codes[3]!.toUpperCase().replace(/-/g, ' '));
    assert.equal(ok.statusCode, 303, 'a recovery code, typed in capitals with spaces');
    const used = (await recoveryRows(user.id)).filter((r) => r.used_at !== null);
    assert.equal(used.length, 1);
    assert.equal(used[0]!.code_hash, hashRecoveryCode(recoveryCodeShape(codes[3]!)!));
    const again = await postCode(await pendingFor(user.username), codes[3]!);
    assert.equal(again.statusCode, 400, 'the same recovery code is refused');
    const actions = await t.db.selectFrom('audit_log').select(['action', 'detail']).where('user_id', '=', user.id).where('action', 'in', ['recovery.use', 'signin.totp']).orderBy('id').execute();
    assert.deepEqual(
      actions.map((x) => x.action),
      ['recovery.use', 'signin.totp'],
    );
    assert.equal(JSON.parse(actions[0]!.detail).left, 9);
    assert.equal(JSON.parse(actions[1]!.detail).method, 'recovery');
    const s = await asStaff(cookieNamed(ok, 'loa_s')!.value);
    assert.ok(textOf((await staffGet(t.app, s, PATHS.twoFactor)).body).includes(a.recoveryLeft(9)), '9 left');
    // Another user's recovery code opens nothing.
    const other = await enrolledUser();
    assert.equal((await postCode(await pendingFor(user.username), other.codes[0]!)).statusCode, 400, 'codes belong to their user');
  });

  test('wrong codes are throttled like passwords: the 6th failure locks the account', async () => {
    const { user, secret } = await enrolledUser();
    const pending = await pendingFor(user.username);
    const wrongCode = async () => ((await codeAt(secret)) === '000000' ? '111111' : '000000');
    for (let i = 1; i <= 5; i++) {
      const res = await postCode(pending, await wrongCode(), { ip: freshIp() });
      assert.equal(res.statusCode, 400, `failure ${i}`);
    }
    const sixth = await postCode(pending, await wrongCode(), { ip: freshIp() });
    assert.equal(sixth.statusCode, 429);
    assert.ok(textOf(sixth.body).includes(msg.accountLocked), 'the lock-out message');
    nextStep();
    const right = await postCode(pending, await codeAt(secret), { ip: freshIp() });
    assert.equal(right.statusCode, 429, 'locked even with the right code, from another address');
    assert.equal((await postPassword(user.username)).statusCode, 429, 'and the password step too');
    const failures = await t.db.selectFrom('login_attempts').select('success').where('username', '=', user.username).where('success', '=', 0).execute();
    assert.equal(failures.length, 6, 'every wrong code is recorded');
  });

  test('many wrong codes from one address refuse that address', async () => {
    const ip = freshIp();
    const users = [await enrolledUser(), await enrolledUser(), await enrolledUser(), await enrolledUser(), await enrolledUser()];
    for (let i = 0; i < 21; i++) {
      const u = users[i % users.length]!;
      await postCode(await pendingFor(u.user.username), '000000' === (await codeAt(u.secret)) ? '111111' : '000000', { ip });
    }
    const u = await enrolledUser();
    nextStep();
    const res = await postCode(await pendingFor(u.user.username), await codeAt(u.secret), { ip });
    assert.equal(res.statusCode, 429);
    assert.ok(textOf(res.body).includes(msg.addressLocked), 'the address message');
  });

  test('the pending session ends after five minutes', async () => {
    const { user, secret } = await enrolledUser();
    const pending = await pendingFor(user.username);
    t.clock.now += 5 * 60_000 + 1000;
    const form = await staffGet(t.app, pending, '/dang-nhap/xac-thuc?next=%2Fquan-tri%2F');
    assert.equal(form.statusCode, 303);
    assert.equal(form.headers.location, '/dang-nhap?next=%2Fquan-tri%2F');
    const late = await postCode(pending, await codeAt(secret));
    assert.equal(late.statusCode, 303);
    assert.match(String(late.headers.location), /^\/dang-nhap\?next=/);
    assert.ok(!cookieNamed(late, 'loa_s')?.value, 'no session');
    assert.equal((await t.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).where('totp_pending', '=', 0).execute()).length, 1, 'only the enrolment session is complete');
  });

  test('the second step needs its form token; without a pending session it goes back to sign-in', async () => {
    const { user, secret } = await enrolledUser();
    const pending = await pendingFor(user.username);
    nextStep();
    const forged = await postCode(pending, await codeAt(secret), { csrf: 'forged' });
    assert.equal(forged.statusCode, 403);
    assert.equal((await userRow(user.id)).totp_last_step < Math.floor(t.clock.now / 30_000), true, 'the code is not spent');
    assert.equal((await t.db.selectFrom('sessions').select('totp_pending').where('id', '=', sessionId(pending.token)).executeTakeFirstOrThrow()).totp_pending, 1, 'still pending');
    // A full session is not a pending one: the second step is not for it.
    const full = await signedIn((await makeUser()).username);
    const res = await postCode(full, '123456');
    assert.equal(res.statusCode, 303);
    assert.match(String(res.headers.location), /^\/dang-nhap\?next=/);
    const none = await t.app.inject({ method: 'GET', url: '/dang-nhap/xac-thuc', headers: { host: 'localhost' } });
    assert.equal(none.statusCode, 303);
    // Cancelling the second step ends the pending session and goes back to the form.
    const out = await t.app.inject({
      method: 'POST',
      url: '/dang-xuat',
      headers: { host: 'localhost', 'content-type': 'application/x-www-form-urlencoded', cookie: pending.cookie },
      payload: new URLSearchParams({ _csrf: pending.csrf }).toString(),
    });
    assert.equal(out.statusCode, 303);
    assert.equal(out.headers.location, '/dang-nhap');
    assert.equal((await t.db.selectFrom('sessions').select('id').where('id', '=', sessionId(pending.token)).execute()).length, 0, 'the pending session is gone');
  });

  test('a disabled account cannot finish the second step', async () => {
    const { user, secret } = await enrolledUser();
    const pending = await pendingFor(user.username);
    await t.db.updateTable('users').set({ disabled: 1 }).where('id', '=', user.id).execute();
    nextStep();
    const res = await postCode(pending, await codeAt(secret));
    assert.equal(res.statusCode, 303);
    assert.match(String(res.headers.location), /^\/dang-nhap\?next=/);
    assert.equal((await t.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).where('totp_pending', '=', 0).execute()).length, 1, 'no new session');
  });

  test('next stays on this site through both steps', async () => {
    const { user, secret } = await enrolledUser();
    for (const bad of ['//evil.example', 'https://evil.example/', '/\\evil.example']) {
      const res = await postPassword(user.username, { next: bad });
      assert.equal(res.headers.location, '/dang-nhap/xac-thuc?next=%2Fquan-tri%2F', `the password step drops ${bad}`);
    }
    const pending = await pendingFor(user.username);
    nextStep();
    const res = await postCode(pending, await codeAt(secret), { next: '//evil.example' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/quan-tri/');
    const page = await staffGet(t.app, await pendingFor(user.username), '/dang-nhap/xac-thuc?next=https%3A%2F%2Fevil.example');
    assert.match(page.body, /name="next" value="\/quan-tri\/"/);
  });
});

describe('a role that must use two-factor', () => {
  test('editors without it are sent to enrol; others are not; it cannot be turned off while required', async () => {
    await t.db.updateTable('sites').set({ totp_roles: 'editor' }).where('id', '=', mainSite).execute();
    invalidateSites();
    try {
      const editor = await makeUser('editor');
      const reporter = await makeUser('reporter');
      const s = await signedIn(editor.username);
      for (const url of ['/quan-tri/', PATHS.account, PATHS.articles]) {
        const res = await staffGet(t.app, s, url);
        assert.equal(res.statusCode, 303, `${url} sends the editor to enrol`);
        assert.equal(res.headers.location, PATHS.twoFactor);
      }
      const page = await staffGet(t.app, s, PATHS.twoFactor);
      assert.equal(page.statusCode, 200, 'the enrolment page opens');
      assert.ok(textOf(page.body).includes(a.twoFactorRequired), 'and says why');
      assert.equal((await staffGet(t.app, await signedIn(reporter.username), '/quan-tri/')).statusCode, 200, 'a reporter is not asked');

      const { secret } = await enrol(s, editor.id);
      assert.equal((await staffGet(t.app, s, '/quan-tri/')).statusCode, 200, 'enrolled: the back office opens');
      const on = await staffGet(t.app, s, PATHS.twoFactor);
      assert.ok(textOf(on.body).includes(a.disableRefused), 'no way to turn it off is offered');
      nextStep();
      const off = await staffPost(t.app, s, PATHS.twoFactorDisable, { password: PASSWORD, code: await codeAt(secret) });
      assert.equal(off.statusCode, 403);
      assert.ok(textOf(off.body).includes(a.disableRefused), 'refused with the reason');
      assert.equal((await userRow(editor.id)).totp_enabled, 1, 'still on');
    } finally {
      await t.db.updateTable('sites').set({ totp_roles: '' }).where('id', '=', mainSite).execute();
      invalidateSites();
    }
  });
});

describe('recovery codes and turning two-factor off', () => {
  test('new recovery codes need a current code; the old ones stop working', async () => {
    const { user, secret, codes, session } = await enrolledUser();
    const before = (await recoveryRows(user.id)).map((r) => r.code_hash);
    nextStep();
    const wrong = await staffPost(t.app, session, PATHS.recoveryCodes, { password: PASSWORD, code: (await codeAt(secret)) === '000000' ? '111111' : '000000' });
    assert.equal(wrong.statusCode, 400);
    assert.deepEqual((await recoveryRows(user.id)).map((r) => r.code_hash), before, 'unchanged');
    const forged = await staffPost(t.app, session, PATHS.recoveryCodes, { password: PASSWORD, code: await codeAt(secret), _csrf: 'x' });
    assert.equal(forged.statusCode, 403);
    assert.deepEqual((await recoveryRows(user.id)).map((r) => r.code_hash), before, 'unchanged');
    const ok = await staffPost(t.app, session, PATHS.recoveryCodes, { password: PASSWORD, code: await codeAt(secret) });
    assert.equal(ok.statusCode, 200);
    const fresh = [...ok.body.matchAll(/<li><code>([a-z0-9-]+)<\/code><\/li>/g)].map((m) => m[1]!);
    assert.equal(fresh.length, 10);
    assert.ok(!fresh.some((c) => codes.includes(c)), 'all new');
    assert.ok((await auditActions(user.id)).includes('recovery.regenerate'), 'audited');
    assert.equal((await postCode(await pendingFor(user.username), codes[0]!)).statusCode, 400, 'an old code is refused');
    assert.equal((await postCode(await pendingFor(user.username), fresh[0]!)).statusCode, 303, 'a new one works');
  });

  test('turning it off needs the password and a current code', async () => {
    const { user, secret, session } = await enrolledUser('reporter');
    nextStep();
    const badPassword = await staffPost(t.app, session, PATHS.twoFactorDisable, { password: 'sai-mat-khau-1234', code: await codeAt(secret) });
    assert.equal(badPassword.statusCode, 400);
    assert.ok(textOf(badPassword.body).includes(a.wrongCurrentPassword), 'the password is named');
    nextStep();
    const badCode = await staffPost(t.app, session, PATHS.twoFactorDisable, { password: PASSWORD, code: '12345' });
    assert.equal(badCode.statusCode, 400);
    assert.equal((await userRow(user.id)).totp_enabled, 1, 'still on');
    const forged = await staffPost(t.app, session, PATHS.twoFactorDisable, { password: PASSWORD, code: await codeAt(secret), _csrf: 'x' });
    assert.equal(forged.statusCode, 403);
    assert.equal((await userRow(user.id)).totp_enabled, 1, 'still on');

    const ok = await staffPost(t.app, session, PATHS.twoFactorDisable, { password: PASSWORD, code: await codeAt(secret) });
    assert.equal(ok.statusCode, 303);
    assert.equal(ok.headers.location, `${PATHS.twoFactor}?xong=tat`);
    const row = await userRow(user.id);
    assert.equal(row.totp_enabled, 0);
    assert.equal(row.totp_secret, null, 'the secret is forgotten');
    assert.equal((await recoveryRows(user.id)).length, 0, 'the recovery codes are gone');
    assert.ok((await auditActions(user.id)).includes('totp.disable'), 'audited');
    const res = await postPassword(user.username);
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/quan-tri/', 'the password alone signs in again');
  });
});

describe('a session alone is not enough', () => {
  const failures = async (username: string) =>
    (await t.db.selectFrom('login_attempts').select('id').where('username', '=', username).where('success', '=', 0).execute()).length;

  test('turning two-factor on asks for the password again: missing or wrong is named beside it and changes nothing; wrong guesses lock the account', async () => {
    const user = await makeUser();
    const s = await signedIn(user.username);
    await staffPost(t.app, s, PATHS.twoFactorStart);
    const page = await staffGet(t.app, s, PATHS.twoFactor);
    const form = page.body.split(`action="${PATHS.twoFactorConfirm}"`)[1]!.split('</form>')[0]!;
    assert.match(form, /<label for="mat-khau-bat">Mật khẩu hiện tại<\/label>/, 'a labelled password field on the form that turns it on');
    assert.match(form, /name="password" type="password" autocomplete="current-password" required/);
    const secret = (await userRow(user.id)).totp_secret!;
    try {
      for (const [password, message] of [
        ['', a.passwordRequired],
        ['sai-mat-khau-1234', a.wrongCurrentPassword],
      ] as const) {
        nextStep();
        const res = await staffPost(t.app, s, PATHS.twoFactorConfirm, { password, code: await codeAt(secret) });
        assert.equal(res.statusCode, 400, `password ${JSON.stringify(password)} refused`);
        assert.match(res.body, new RegExp(`<p class="field-error" id="mat-khau-bat-loi">${message}</p>`), 'the reason beside the field');
        assert.match(res.body, /id="mat-khau-bat"[^>]*aria-invalid="true"/, 'the field is marked');
        const row = await userRow(user.id);
        assert.equal(row.totp_enabled, 0, 'still off');
        assert.equal(row.totp_secret, secret, 'the pending key stays');
        assert.equal(row.totp_last_step, 0, 'the code was not spent');
        assert.equal((await recoveryRows(user.id)).length, 0, 'no recovery codes');
      }
      assert.ok(!(await auditActions(user.id)).includes('totp.enable'), 'nothing audited as on');
      assert.equal(await failures(user.username), 1, 'the wrong password counts like a wrong sign-in (a missing one is no guess)');
      let last: Res | undefined;
      for (let i = 0; i < 5; i++) last = await staffPost(t.app, s, PATHS.twoFactorConfirm, { password: `sai-mat-khau-${i}-xyz`, code: await codeAt(secret) });
      assert.equal(last!.statusCode, 429, 'the sixth wrong password locks the account');
      assert.ok(textOf(last!.body).includes(msg.accountLocked), 'says so');
      assert.equal((await staffPost(t.app, s, PATHS.twoFactorConfirm, { password: PASSWORD, code: await codeAt(secret) })).statusCode, 429, 'locked: even the right password waits');
      assert.equal((await postPassword(user.username)).statusCode, 429, 'and so does signing in');
      assert.equal((await userRow(user.id)).totp_enabled, 0, 'still off');
    } finally {
      t.clock.now += 16 * 60_000; // past the lock-out window, for the tests that follow
    }
    nextStep();
    const ok = await staffPost(t.app, s, PATHS.twoFactorConfirm, { password: PASSWORD, code: await codeAt(secret) });
    assert.equal(ok.statusCode, 200, 'the password and a code turn it on');
    assert.equal((await userRow(user.id)).totp_enabled, 1);
  });

  test('new recovery codes and turning off ask for the password again: missing or wrong is named beside it and changes nothing', async () => {
    const { user, secret, session } = await enrolledUser('reporter');
    const page = await staffGet(t.app, session, PATHS.twoFactor);
    const regenerate = page.body.split(`action="${PATHS.recoveryCodes}"`)[1]!.split('</form>')[0]!;
    assert.match(regenerate, /id="mat-khau-tao-du-phong" name="password" type="password" autocomplete="current-password" required/, 'a password field on the new codes form');
    const before = { codes: (await recoveryRows(user.id)).map((r) => r.code_hash), row: await userRow(user.id) };
    try {
      for (const [password, message] of [
        ['', a.passwordRequired],
        ['sai-mat-khau-1234', a.wrongCurrentPassword],
      ] as const) {
        nextStep();
        const codes = await staffPost(t.app, session, PATHS.recoveryCodes, { password, code: await codeAt(secret) });
        assert.equal(codes.statusCode, 400);
        assert.match(codes.body, new RegExp(`<p class="field-error" id="mat-khau-tao-du-phong-loi">${message}</p>`), 'new codes: the reason beside its field');
        assert.doesNotMatch(codes.body, /id="mat-khau-tat-loi"/, 'not beside the other form’s');
        const off = await staffPost(t.app, session, PATHS.twoFactorDisable, { password, code: await codeAt(secret) });
        assert.equal(off.statusCode, 400);
        assert.match(off.body, new RegExp(`<p class="field-error" id="mat-khau-tat-loi">${message}</p>`), 'turning off: the reason beside its field');
        assert.deepEqual((await recoveryRows(user.id)).map((r) => r.code_hash), before.codes, 'the codes are unchanged');
        const { updated_at: _u, ...row } = await userRow(user.id);
        const { updated_at: _b, ...was } = before.row;
        assert.deepEqual(row, was, 'still on, the same key, the code not spent');
      }
      assert.equal(await failures(user.username), 2, 'each wrong password counts towards the lock-out');
    } finally {
      t.clock.now += 16 * 60_000;
    }
  });
});

describe('escaping', () => {
  test('a display name with markup is shown as text on the account pages', async () => {
    const user = await makeUser('reporter', '<script>alert(1)</script> Lê Văn "Bình"');
    const s = await signedIn(user.username);
    for (const url of [PATHS.account, PATHS.twoFactor, PATHS.password]) {
      const res = await staffGet(t.app, s, url);
      assert.equal(res.statusCode, 200, url);
      assert.ok(!res.body.includes('<script>alert(1)'), `${url}: escaped`);
      assert.ok(textOf(res.body).includes('<script>alert(1)</script> Lê Văn "Bình"'), `${url}: shown as text`);
    }
  });

  test('junk in the code fields changes nothing and never fails', async () => {
    const { user, session } = await enrolledUser();
    const pending = await pendingFor(user.username);
    for (const junk of ['<script>alert(1)</script>', 'x'.repeat(100_000), '\u0000\u0001', crypto.randomBytes(30).toString('base64')]) {
      const res = await postCode(pending, junk, { ip: freshIp() });
      assert.ok(res.statusCode === 400 || res.statusCode === 429, `refused (${res.statusCode})`);
      assert.ok(!res.body.includes('<script>alert(1)'), 'never echoed');
      const r2 = await staffPost(t.app, session, PATHS.recoveryCodes, { password: PASSWORD, code: junk });
      assert.ok(r2.statusCode === 400 || r2.statusCode === 429, `refused (${r2.statusCode})`);
    }
  });
});
