// Part 3: sign-in, sessions, CSRF, throttling, safe redirects and the /quan-tri/ entrance, in-process.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TestApp } from './helpers.js';
import { BROWSER_UA, testApp, textOf } from './helpers.js';
import { createUser, grantRole } from '../src/accounts/users.js';
import { sessionId } from '../src/accounts/sessions.js';
import { safeNext } from '../src/accounts/signin.js';
import { csrfToken, verifyCsrf } from '../src/accounts/csrf.js';
import { msg } from '../src/messages/index.js';

const NOW = Date.parse('2026-11-24T03:00:00Z');
const PASSWORD = 'mat-khau-dung-1234';
const WARD = 'bacson.localhost';
let t: TestApp;
let ipCounter = 0;
/** Each test signs in from its own address, so the per-address limit of one test does not touch another. */
const freshIp = () => `10.0.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`;

async function siteId(host = 'localhost') {
  const r = await t.db.selectFrom('site_hosts').select('site_id').where('host', '=', host).executeTakeFirstOrThrow();
  return r.site_id;
}

let userCounter = 0;
async function makeUser(role: 'admin' | 'editor' | 'reporter' | null = 'editor', displayName = 'Nguyễn Thị Lan') {
  const username = `canbo${++userCounter}`;
  const user = await createUser(t.db, { username, password: PASSWORD, displayName });
  if (role) await grantRole(t.db, user.id, await siteId(), role);
  return user;
}

type Res = Awaited<ReturnType<TestApp['app']['inject']>>;
const cookieNamed = (res: Res, name: string) => res.cookies.find((c) => c.name === name);

/** The sign-in form: its double-submit cookie and the hidden token. */
async function signInForm(ip: string, host = 'localhost') {
  const res = await t.app.inject({ method: 'GET', url: '/dang-nhap', headers: { host, 'user-agent': BROWSER_UA }, remoteAddress: ip });
  assert.equal(res.statusCode, 200);
  const cookie = cookieNamed(res, 'loa_csrf');
  assert.ok(cookie, 'the sign-in form sets loa_csrf');
  const field = res.body.match(/name="_csrf" value="([^"]+)"/)?.[1];
  assert.ok(field, 'the form carries _csrf');
  return { cookie: cookie.value, field, res };
}

interface PostOpts {
  username: string;
  password: string;
  next?: string;
  ip?: string;
  host?: string;
  csrf?: string | null; // null: no field
  csrfCookie?: string | null; // null: no cookie
  cookies?: Record<string, string>;
}

async function postSignIn(o: PostOpts) {
  const ip = o.ip ?? freshIp();
  const form = await signInForm(ip, o.host);
  const body = new URLSearchParams({ username: o.username, password: o.password });
  if (o.next !== undefined) body.set('next', o.next);
  if (o.csrf !== null) body.set('_csrf', o.csrf ?? form.field);
  const cookies: Record<string, string> = { ...o.cookies };
  if (o.csrfCookie !== null) cookies.loa_csrf = o.csrfCookie ?? form.cookie;
  return t.app.inject({
    method: 'POST',
    url: '/dang-nhap',
    headers: { host: o.host ?? 'localhost', 'user-agent': BROWSER_UA, 'content-type': 'application/x-www-form-urlencoded' },
    cookies,
    payload: body.toString(),
    remoteAddress: ip,
  });
}

/** Signs in and returns the session cookie's value. */
async function signedIn(username: string, host = 'localhost') {
  const res = await postSignIn({ username, password: PASSWORD, host });
  assert.equal(res.statusCode, 303, `sign-in of ${username} succeeds`);
  const c = cookieNamed(res, 'loa_s');
  assert.ok(c, 'a session cookie');
  return c.value;
}

function admin(token: string | undefined, host = 'localhost') {
  return t.app.inject({ method: 'GET', url: '/quan-tri/', headers: { host, 'user-agent': BROWSER_UA }, cookies: token ? { loa_s: token } : {} });
}

async function sessionCount(userId: number) {
  const rows = await t.db.selectFrom('sessions').select('id').where('user_id', '=', userId).execute();
  return rows.length;
}

before(async () => {
  t = await testApp({ now: NOW });
});
after(() => t.close());

describe('the sign-in page', () => {
  test('renders an accessible Vietnamese form, no-store, with the double-submit cookie', async () => {
    const { res, cookie, field } = await signInForm(freshIp());
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.match(res.body, /<html lang="vi"/);
    assert.match(res.body, /<a class="skip" href="#noi-dung-chinh">/);
    assert.match(res.body, /<main id="noi-dung-chinh"/);
    assert.match(res.body, /<label for="ten-dang-nhap">Tên đăng nhập<\/label>/);
    assert.match(res.body, /<label for="mat-khau">Mật khẩu<\/label>/);
    assert.match(res.body, /autocomplete="username"/);
    assert.match(res.body, /autocomplete="current-password"/);
    assert.match(res.body, /name="next" value="\/quan-tri\/"/);
    assert.equal(cookie, field, 'the hidden field repeats the cookie');
    const c = cookieNamed(res, 'loa_csrf')!;
    assert.ok(c.httpOnly, 'loa_csrf is HttpOnly');
    assert.equal(c.sameSite, 'Lax');
    assert.equal(c.path, '/');
    assert.ok(!c.secure, 'not Secure over plain http');
  });

  test('Secure cookies behind HTTPS (a trusted proxy), not from a forged X-Forwarded-Proto', async () => {
    const forged = await t.app.inject({ method: 'GET', url: '/dang-nhap', headers: { host: 'localhost', 'x-forwarded-proto': 'https' } });
    const c0 = cookieNamed(forged, 'loa_csrf');
    assert.ok(c0 && !c0.secure, 'an untrusted X-Forwarded-Proto changes nothing');
    const behind = await testApp({ now: NOW, env: { TRUST_PROXY: '1' } });
    try {
      await createUser(behind.db, { username: 'qua-https', password: PASSWORD });
      const headers = { host: 'localhost', 'x-forwarded-proto': 'https' };
      const form = await behind.app.inject({ method: 'GET', url: '/dang-nhap', headers });
      const csrf = cookieNamed(form, 'loa_csrf');
      assert.ok(csrf?.secure, 'loa_csrf is Secure behind https');
      const res = await behind.app.inject({
        method: 'POST',
        url: '/dang-nhap',
        headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
        cookies: { loa_csrf: csrf.value },
        payload: new URLSearchParams({ _csrf: csrf.value, username: 'qua-https', password: PASSWORD }).toString(),
      });
      assert.equal(res.statusCode, 303);
      const s = cookieNamed(res, 'loa_s');
      assert.ok(s?.secure && s.httpOnly, 'loa_s is Secure and HttpOnly behind https');
    } finally {
      await behind.close();
    }
  });

  test('a bad next on the form becomes /quan-tri/', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/dang-nhap?next=%2F%2Fevil.example', headers: { host: 'localhost' } });
    assert.match(res.body, /name="next" value="\/quan-tri\/"/);
    assert.doesNotMatch(res.body, /evil\.example/);
  });
});

describe('signing in', () => {
  test('a wrong password: 400, the generic message, nothing leaks, username kept escaped', async () => {
    const u = await makeUser();
    const res = await postSignIn({ username: u.username, password: 'sai-mat-khau-9999' });
    assert.equal(res.statusCode, 400);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.ok(textOf(res.body).includes(msg.badCredentials), 'the generic message');
    assert.match(res.body, new RegExp(`name="username"[^>]*value="${u.username}"`));
    assert.ok(!res.body.includes('sai-mat-khau-9999'), 'the password is never echoed');
    assert.ok(!cookieNamed(res, 'loa_s'), 'no session cookie');
    assert.equal(await sessionCount(u.id), 0);

    const evil = await postSignIn({ username: '<script>alert(1)</script>"', password: 'x' });
    assert.equal(evil.statusCode, 400);
    assert.ok(!evil.body.includes('<script>alert(1)'), 'markup in the username is escaped');
    assert.ok(evil.body.includes('&lt;script>alert(1)&lt;/script>&quot;') || evil.body.includes('&lt;script&gt;alert(1)&lt;/script&gt;&quot;'), 'shown escaped');
  });

  test('an unknown username gets exactly the same answer', async () => {
    const u = await makeUser();
    const wrong = await postSignIn({ username: u.username, password: 'sai-mat-khau-9999' });
    const unknown = await postSignIn({ username: 'khong-ai-ca', password: 'sai-mat-khau-9999' });
    assert.equal(unknown.statusCode, wrong.statusCode);
    const message = (html: string) => html.match(/<p class="form-error"[^>]*>([^<]*)<\/p>/)?.[1];
    assert.equal(message(unknown.body), msg.badCredentials);
    assert.equal(message(unknown.body), message(wrong.body));
  });

  test('a disabled account cannot sign in, even with the right password', async () => {
    const u = await makeUser();
    await t.db.updateTable('users').set({ disabled: 1 }).where('id', '=', u.id).execute();
    const res = await postSignIn({ username: u.username, password: PASSWORD });
    assert.equal(res.statusCode, 400);
    assert.ok(textOf(res.body).includes(msg.badCredentials), 'the generic message');
    assert.equal(await sessionCount(u.id), 0);
  });

  test('the right password: 303 to next, an HttpOnly Lax cookie, a hashed session row, an audit row', async () => {
    const u = await makeUser();
    const ip = freshIp();
    const res = await postSignIn({ username: u.username.toUpperCase(), password: PASSWORD, next: '/quan-tri/bai-viet?trang=2', ip });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/quan-tri/bai-viet?trang=2');
    assert.equal(res.headers['cache-control'], 'no-store');
    const c = cookieNamed(res, 'loa_s');
    assert.ok(c, 'a session cookie');
    assert.ok(c.httpOnly, 'HttpOnly');
    assert.equal(c.sameSite, 'Lax');
    assert.equal(c.path, '/');
    assert.match(c.value, /^[A-Za-z0-9_-]{43}$/);
    const rows = await t.db.selectFrom('sessions').selectAll().where('user_id', '=', u.id).execute();
    assert.equal(rows.length, 1);
    assert.notEqual(rows[0]!.id, c.value, 'the table never holds the token');
    assert.equal(rows[0]!.id, sessionId(c.value), 'it holds SHA-256 of the token');
    assert.equal(rows[0]!.ip, ip);
    assert.equal(rows[0]!.expires_at, new Date(t.clock.now + 12 * 3_600_000).toISOString());
    const audit = await t.db.selectFrom('audit_log').selectAll().where('user_id', '=', u.id).where('action', '=', 'signin').execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.ip, ip);
    assert.equal(audit[0]!.site_id, await siteId());
    assert.equal(audit[0]!.at, new Date(t.clock.now).toISOString());
    const attempts = await t.db.selectFrom('login_attempts').selectAll().where('username', '=', u.username).execute();
    assert.deepEqual(
      attempts.map((a) => a.success),
      [1],
    );
  });

  test('sign-in rotates: the session the browser had ends, a new token is issued', async () => {
    const u = await makeUser();
    const first = await signedIn(u.username);
    const res = await postSignIn({ username: u.username, password: PASSWORD, cookies: { loa_s: first } });
    assert.equal(res.statusCode, 303);
    const second = cookieNamed(res, 'loa_s')!.value;
    assert.notEqual(second, first);
    assert.equal(await sessionCount(u.id), 1, 'the old session row is gone');
    assert.equal((await admin(first)).statusCode, 303, 'the old cookie no longer works');
    assert.equal((await admin(second)).statusCode, 200);
  });

  for (const next of ['//evil.example', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)', '/\t/evil.example', 'evil.example', '/' + 'a'.repeat(600)]) {
    test(`no open redirect: next=${JSON.stringify(next.slice(0, 30))} goes to /quan-tri/`, async () => {
      const u = await makeUser();
      const res = await postSignIn({ username: u.username, password: PASSWORD, next });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/quan-tri/');
    });
  }

  test('safeNext keeps same-site paths only', () => {
    assert.equal(safeNext('/quan-tri/bai-viet/12'), '/quan-tri/bai-viet/12');
    assert.equal(safeNext('/'), '/');
    for (const bad of [undefined, '', '//x', '/\\x', '\\\\x', 'http://x', 'HTTPS://x', 'javascript:alert(1)', ' /x', '/x\ny', '/x y', '/trang/giới-thiệu', ['/a'], '/' + 'a'.repeat(500)]) {
      assert.equal(safeNext(bad), '/quan-tri/', `refused: ${JSON.stringify(bad)}`);
    }
  });
});

describe('CSRF', () => {
  test('sign-in without the token, with a forged token or without the cookie: 403, no session', async () => {
    const u = await makeUser();
    const cases: Partial<PostOpts>[] = [{ csrf: null }, { csrf: 'A'.repeat(43) }, { csrfCookie: null }, { csrf: '', csrfCookie: '' }, { csrfCookie: 'B'.repeat(43), csrf: 'B'.repeat(42) + 'C' }];
    for (const c of cases) {
      const res = await postSignIn({ username: u.username, password: PASSWORD, ...c });
      assert.equal(res.statusCode, 403, `refused: ${JSON.stringify(c)}`);
      assert.ok(textOf(res.body).includes(msg.badCsrf), 'the message says to reload');
      assert.ok(!cookieNamed(res, 'loa_s'), 'no session cookie');
    }
    assert.equal(await sessionCount(u.id), 0, 'no session created');
  });

  test('sign-out needs the session token', async () => {
    const u = await makeUser();
    const token = await signedIn(u.username);
    const res = await t.app.inject({ method: 'POST', url: '/dang-xuat', headers: { host: 'localhost', 'content-type': 'application/x-www-form-urlencoded' }, cookies: { loa_s: token }, payload: '_csrf=forged' });
    assert.equal(res.statusCode, 403);
    assert.equal(await sessionCount(u.id), 1, 'still signed in');
  });

  test('verifyCsrf and the form token', () => {
    assert.ok(verifyCsrf('abc', 'abc'), 'equal strings pass');
    assert.ok(!verifyCsrf('abc', 'abd'), 'different strings fail');
    assert.ok(!verifyCsrf('abc', 'abcd'), 'different lengths fail');
    assert.ok(!verifyCsrf('', ''), 'empty fails');
    assert.ok(!verifyCsrf('abc', undefined), 'missing fails');
    const a = csrfToken({ csrf: 'secret-1' });
    assert.match(a, /^[A-Za-z0-9_-]{43}$/);
    assert.notEqual(a, csrfToken({ csrf: 'secret-2' }));
  });
});

describe('throttling', () => {
  test('the 6th failure for one username locks it (429), even with the right password and from another address', async () => {
    const u = await makeUser();
    for (let i = 1; i <= 5; i++) {
      const res = await postSignIn({ username: u.username, password: `sai-${i}-mat-khau` });
      assert.equal(res.statusCode, 400, `failure ${i} is a plain failure`);
    }
    const sixth = await postSignIn({ username: u.username, password: 'sai-6-mat-khau' });
    assert.equal(sixth.statusCode, 429);
    assert.ok(textOf(sixth.body).includes(msg.accountLocked), 'the lock-out message');
    const right = await postSignIn({ username: u.username, password: PASSWORD });
    assert.equal(right.statusCode, 429, 'locked even with the right password');
    assert.ok(textOf(right.body).includes(msg.accountLocked), 'the lock-out message');
    assert.equal(await sessionCount(u.id), 0);
    const rows = await t.db.selectFrom('login_attempts').select('success').where('username', '=', u.username).execute();
    assert.equal(rows.length, 7, 'every attempt is recorded');
    // An unknown username locks the same way: a lock tells nothing about existence.
    for (let i = 0; i < 6; i++) await postSignIn({ username: 'khong-ton-tai', password: 'x' });
    assert.equal((await postSignIn({ username: 'khong-ton-tai', password: 'x' })).statusCode, 429);
  });

  test('the lock ends after 15 minutes', async () => {
    const u = await makeUser();
    for (let i = 0; i < 6; i++) await postSignIn({ username: u.username, password: 'sai-mat-khau-x' });
    assert.equal((await postSignIn({ username: u.username, password: PASSWORD })).statusCode, 429);
    t.clock.now += 10 * 60_000;
    assert.equal((await postSignIn({ username: u.username, password: PASSWORD })).statusCode, 429, 'knocking does not extend the lock');
    t.clock.now += 5 * 60_000 + 1000;
    assert.equal((await postSignIn({ username: u.username, password: PASSWORD })).statusCode, 303, 'free again after 15 minutes');
  });

  test('more than 20 failures from one address refuse that address', async () => {
    const ip = freshIp();
    for (let i = 0; i < 21; i++) {
      const res = await postSignIn({ username: `doan-mo-${i % 4}`, password: 'x', ip });
      assert.ok(res.statusCode === 400 || res.statusCode === 429, `attempt ${i} refused`);
    }
    const u = await makeUser();
    const res = await postSignIn({ username: u.username, password: PASSWORD, ip });
    assert.equal(res.statusCode, 429);
    assert.ok(textOf(res.body).includes(msg.addressLocked), 'the address message');
    assert.equal((await postSignIn({ username: u.username, password: PASSWORD })).statusCode, 303, 'another address is unaffected');
  });

  test('attempts older than a day are deleted now and then', async () => {
    const { pruneAttempts } = await import('../src/accounts/throttle.js');
    await t.db.insertInto('login_attempts').values({ username: 'cu', ip: '10.9.9.9', success: 0, at: new Date(t.clock.now - 25 * 3_600_000).toISOString() }).execute();
    await pruneAttempts(t.db, t.clock.now);
    const old = await t.db.selectFrom('login_attempts').select('id').where('username', '=', 'cu').execute();
    assert.equal(old.length, 0);
  });
});

describe('the back office entrance and sessions', () => {
  test('/quan-tri/ without a session: 303 to the sign-in page with next', async () => {
    const res = await admin(undefined);
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/dang-nhap?next=%2Fquan-tri%2F');
    const garbage = await admin('not-a-token');
    assert.equal(garbage.statusCode, 303);
  });

  test('with a session: 200, the display name, the role, a sign-out form with its token', async () => {
    const u = await makeUser('reporter', 'Trần Văn <b>Bình</b>');
    const token = await signedIn(u.username);
    const res = await admin(token);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    const text = textOf(res.body);
    assert.ok(text.includes('Xin chào, Trần Văn <b>Bình</b>'), 'the display name, as text');
    assert.ok(!res.body.includes('<b>Bình'), 'escaped');
    assert.ok(text.includes('Phóng viên'), 'the role on this site');
    const session = await t.db.selectFrom('sessions').selectAll().where('id', '=', sessionId(token)).executeTakeFirstOrThrow();
    assert.match(res.body, new RegExp(`action="/dang-xuat"[\\s\\S]*name="_csrf" value="${csrfToken(session)}"`));
  });

  test('a user without a role on the ward site gets 403 there', async () => {
    const u = await makeUser('editor');
    const token = await signedIn(u.username);
    const res = await admin(token, WARD);
    assert.equal(res.statusCode, 403);
    assert.ok(textOf(res.body).includes(msg.noRoleHere), 'the message');
    await grantRole(t.db, u.id, await siteId(WARD), 'admin');
    const ok = await admin(token, WARD);
    assert.equal(ok.statusCode, 200);
    assert.ok(textOf(ok.body).includes('Quản trị'), 'the role held there');
  });

  test('sign-out deletes the session; the replayed cookie is sent to sign-in', async () => {
    const u = await makeUser();
    const token = await signedIn(u.username);
    const session = await t.db.selectFrom('sessions').selectAll().where('id', '=', sessionId(token)).executeTakeFirstOrThrow();
    const res = await t.app.inject({
      method: 'POST',
      url: '/dang-xuat',
      headers: { host: 'localhost', 'content-type': 'application/x-www-form-urlencoded' },
      cookies: { loa_s: token },
      payload: new URLSearchParams({ _csrf: csrfToken(session) }).toString(),
    });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/');
    const cleared = cookieNamed(res, 'loa_s');
    assert.ok(cleared && cleared.value === '', 'the cookie is cleared');
    assert.equal(await sessionCount(u.id), 0, 'the row is deleted');
    const replay = await admin(token);
    assert.equal(replay.statusCode, 303);
    assert.equal(replay.headers.location, '/dang-nhap?next=%2Fquan-tri%2F');
    const audit = await t.db.selectFrom('audit_log').select('action').where('user_id', '=', u.id).orderBy('id').execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['signin', 'signout'],
    );
  });

  test('idle expiry: 31 minutes without activity ends the session', async () => {
    const u = await makeUser();
    const token = await signedIn(u.username);
    t.clock.now += 29 * 60_000;
    assert.equal((await admin(token)).statusCode, 200, 'still alive after 29 minutes, and touched');
    t.clock.now += 29 * 60_000;
    assert.equal((await admin(token)).statusCode, 200, 'activity keeps it alive');
    t.clock.now += 31 * 60_000;
    const res = await admin(token);
    assert.equal(res.statusCode, 303, 'idle for 31 minutes: signed out');
    assert.equal(await sessionCount(u.id), 0, 'the expired row is deleted');
  });

  test('last_seen_at is written at most once a minute', async () => {
    const u = await makeUser();
    const token = await signedIn(u.username);
    const seen = async () => (await t.db.selectFrom('sessions').select('last_seen_at').where('id', '=', sessionId(token)).executeTakeFirstOrThrow()).last_seen_at;
    const first = await seen();
    t.clock.now += 30_000;
    await admin(token);
    assert.equal(await seen(), first, 'not after 30 s');
    t.clock.now += 40_000;
    await admin(token);
    assert.equal(await seen(), new Date(t.clock.now).toISOString(), 'after 70 s');
  });

  test('absolute expiry: 12 hours end the session however active', async () => {
    const u = await makeUser();
    const token = await signedIn(u.username);
    const start = t.clock.now;
    while (t.clock.now + 20 * 60_000 < start + 12 * 3_600_000) {
      t.clock.now += 20 * 60_000;
      assert.equal((await admin(token)).statusCode, 200, `alive at +${(t.clock.now - start) / 60_000} min`);
    }
    t.clock.now = start + 12 * 3_600_000;
    assert.equal((await admin(token)).statusCode, 303, 'ended at 12 hours');
    assert.equal(await sessionCount(u.id), 0);
  });

  test('a disabled account loses its session at once', async () => {
    const u = await makeUser();
    const token = await signedIn(u.username);
    await t.db.updateTable('users').set({ disabled: 1 }).where('id', '=', u.id).execute();
    assert.equal((await admin(token)).statusCode, 303);
  });

  test('destroyUserSessions signs a user out everywhere', async () => {
    const { destroyUserSessions } = await import('../src/accounts/sessions.js');
    const u = await makeUser();
    const a = await signedIn(u.username);
    const b = await signedIn(u.username);
    assert.equal(await sessionCount(u.id), 2);
    await destroyUserSessions(t.db, u.id);
    assert.equal((await admin(a)).statusCode, 303);
    assert.equal((await admin(b)).statusCode, 303);
  });
});

describe('changing one’s own password', () => {
  const PATH = '/quan-tri/tai-khoan/mat-khau';
  async function postChange(token: string, form: Record<string, string>, ip = freshIp()) {
    const session = await t.db.selectFrom('sessions').selectAll().where('id', '=', sessionId(token)).executeTakeFirstOrThrow();
    return t.app.inject({
      method: 'POST',
      url: PATH,
      headers: { host: 'localhost', 'user-agent': BROWSER_UA, 'content-type': 'application/x-www-form-urlencoded' },
      cookies: { loa_s: token },
      payload: new URLSearchParams({ _csrf: csrfToken(session), ...form }).toString(),
      remoteAddress: ip,
    });
  }
  const hashOf = async (id: number) => (await t.db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirstOrThrow()).password_hash;

  test('the form: three labelled password fields, no-store', async () => {
    const u = await makeUser();
    const res = await t.app.inject({ method: 'GET', url: PATH, headers: { host: 'localhost' }, cookies: { loa_s: await signedIn(u.username) } });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.match(res.body, /autocomplete="current-password"/);
    assert.equal(res.body.match(/autocomplete="new-password"/g)?.length, 2);
    assert.ok(!textOf(res.body).includes(msg.accounts.passwordForced), 'not forced');
  });

  test('success: other sessions end, this one stays, audited; the new password signs in, the old does not', async () => {
    const u = await makeUser();
    const mine = await signedIn(u.username);
    const other = await signedIn(u.username);
    const nfd = 'Mật khẩu mới của tôi'.normalize('NFD');
    const res = await postChange(mine, { current: PASSWORD, password: nfd, repeat: nfd });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/quan-tri/tai-khoan?xong=mat-khau');
    assert.equal((await admin(mine)).statusCode, 200, 'this session stays');
    assert.equal((await admin(other)).statusCode, 303, 'the other session ended');
    assert.equal(await sessionCount(u.id), 1);
    const page = await t.app.inject({ method: 'GET', url: res.headers.location as string, headers: { host: 'localhost' }, cookies: { loa_s: mine } });
    assert.ok(textOf(page.body).includes(msg.accounts.passwordChanged), 'says so');
    const audit = await t.db.selectFrom('audit_log').selectAll().where('user_id', '=', u.id).where('action', '=', 'password.change').execute();
    assert.equal(audit.length, 1);
    assert.ok(!audit[0]!.detail.includes('Mật'), 'no password in the audit log');
    assert.equal((await postSignIn({ username: u.username, password: PASSWORD })).statusCode, 400, 'the old password fails');
    assert.equal((await postSignIn({ username: u.username, password: nfd.normalize('NFC') })).statusCode, 303, 'the new one works, typed NFC');
  });

  test('wrong current password, weak, different or unchanged new password: 400 next to the field, nothing changed', async () => {
    const u = await makeUser();
    const token = await signedIn(u.username);
    const before = await hashOf(u.id);
    const cases: [Record<string, string>, string, string][] = [
      [{ current: 'sai-mat-khau-hien-tai', password: 'mat-khau-moi-dai', repeat: 'mat-khau-moi-dai' }, 'mat-khau-hien-tai', msg.accounts.wrongCurrentPassword],
      [{ current: '', password: 'mat-khau-moi-dai', repeat: 'mat-khau-moi-dai' }, 'mat-khau-hien-tai', msg.accounts.passwordRequired],
      [{ current: PASSWORD, password: 'ngan', repeat: 'ngan' }, 'mat-khau-moi', 'Mật khẩu phải có ít nhất 10 ký tự.'],
      [{ current: PASSWORD, password: 'a'.repeat(201), repeat: 'a'.repeat(201) }, 'mat-khau-moi', 'Mật khẩu không được dài quá 200 ký tự.'],
      [{ current: PASSWORD, password: 'mat-khau-moi-dai', repeat: 'mat-khau-moi-khac' }, 'nhap-lai-mat-khau', msg.accounts.passwordsDiffer],
      [{ current: PASSWORD, password: PASSWORD, repeat: PASSWORD }, 'mat-khau-moi', msg.accounts.samePassword],
    ];
    for (const [form, id, message] of cases) {
      const res = await postChange(token, form);
      assert.equal(res.statusCode, 400, `${id}: ${message}`);
      assert.match(res.body, new RegExp(`<p class="field-error" id="${id}-loi">${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</p>`), `the message is next to ${id}`);
      assert.match(res.body, new RegExp(`id="${id}"[^>]*aria-invalid="true"`), `${id} is marked`);
      assert.ok(!res.body.includes('mat-khau-moi-dai'), 'passwords are never echoed');
    }
    assert.equal(await hashOf(u.id), before, 'unchanged');
  });

  test('a forged form changes nothing; the anonymous are sent to sign in', async () => {
    const u = await makeUser();
    const token = await signedIn(u.username);
    const before = await hashOf(u.id);
    const res = await t.app.inject({
      method: 'POST',
      url: PATH,
      headers: { host: 'localhost', 'content-type': 'application/x-www-form-urlencoded' },
      cookies: { loa_s: token },
      payload: new URLSearchParams({ _csrf: 'forged', current: PASSWORD, password: 'mat-khau-moi-dai', repeat: 'mat-khau-moi-dai' }).toString(),
    });
    assert.equal(res.statusCode, 403);
    const anonymous = await t.app.inject({ method: 'POST', url: PATH, headers: { host: 'localhost', 'content-type': 'application/x-www-form-urlencoded' }, payload: 'current=x' });
    assert.equal(anonymous.statusCode, 303);
    assert.equal(await hashOf(u.id), before, 'unchanged');
  });

  test('guessing the current password is throttled like sign-in', async () => {
    const u = await makeUser();
    const token = await signedIn(u.username);
    for (let i = 1; i <= 5; i++) assert.equal((await postChange(token, { current: `doan-sai-${i}-abc`, password: 'mat-khau-moi-dai', repeat: 'mat-khau-moi-dai' })).statusCode, 400, `guess ${i}`);
    const sixth = await postChange(token, { current: 'doan-sai-6-abc', password: 'mat-khau-moi-dai', repeat: 'mat-khau-moi-dai' });
    assert.equal(sixth.statusCode, 429);
    assert.ok(textOf(sixth.body).includes(msg.accountLocked), 'the lock-out message');
    assert.equal((await postChange(token, { current: PASSWORD, password: 'mat-khau-moi-dai', repeat: 'mat-khau-moi-dai' })).statusCode, 429, 'even the right one, while locked');
  });
});
