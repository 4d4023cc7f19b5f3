// Guesses sent at once: the sign-in lock-out holds under concurrency, over real sockets, on one
// instance and across two instances sharing the database (accounts/throttle.ts reserves each
// attempt before its password is checked).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { TestApp } from './helpers.js';
import { BROWSER_UA, testApp } from './helpers.js';
import { buildApp } from '../src/app.js';
import { openRuntime } from '../src/runtime.js';
import type { Runtime } from '../src/runtime.js';
import { createUser, grantRole } from '../src/accounts/users.js';
import { ATTEMPT, MAX_IP_FAILURES, MAX_USER_FAILURES, throttledCheck } from '../src/accounts/throttle.js';

const PASSWORD = 'mat-khau-dung-1234';
let t: TestApp;
let second: { app: FastifyInstance; rt: Runtime };
let origins: string[];

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

before(async () => {
  t = await testApp();
  // A second instance: its own connection (SQLite) or pool (PostgreSQL) on the same database.
  const rt = await openRuntime(t.config);
  const app = await buildApp({ config: t.config, db: rt.handle.db, dialect: rt.handle.dialect, storage: rt.storage, clock: () => t.clock.now, counting: { flushMs: 0, liveTtlMs: 0 } });
  second = { app, rt };
  origins = [await listen(t.app), await listen(app)];
});

after(async () => {
  await second.app.close();
  await second.rt.close();
  await t.close();
});

let userCounter = 0;
async function makeUser() {
  const username = `dondap${++userCounter}`;
  const user = await createUser(t.db, { username, password: PASSWORD, displayName: 'Nguyễn Văn Thử' });
  const site = await t.db.selectFrom('site_hosts').select('site_id').where('host', '=', 'localhost').executeTakeFirstOrThrow();
  await grantRole(t.db, user.id, site.site_id, 'editor');
  return user;
}

/** One request over a new connection from the given loopback address. */
function request(url: string, from: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(url, { method: opts.method ?? 'GET', headers: { 'user-agent': BROWSER_UA, ...opts.headers }, localAddress: from, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** A sign-in form's double-submit cookie and field, fetched from one instance. */
async function form(origin: string, from: string): Promise<{ cookie: string; field: string }> {
  const res = await request(`${origin}/dang-nhap`, from);
  const cookie = /loa_csrf=([^;]+)/.exec(String(res.headers['set-cookie'] ?? ''))?.[1];
  const field = /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1];
  assert.ok(cookie && field, 'the form gives its CSRF cookie and field');
  return { cookie, field };
}

/** Prepares one sign-in per (username, password) with its own form, then sends them all at once from one address, spread over both instances. */
async function burst(from: string, tries: { username: string; password: string }[]): Promise<number[]> {
  const forms = await Promise.all(tries.map((_, i) => form(origins[i % 2]!, from)));
  const sent = tries.map(async (x, i) => {
    const res = await request(`${origins[i % 2]}/dang-nhap`, from, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `loa_csrf=${forms[i]!.cookie}` },
      body: new URLSearchParams({ username: x.username, password: x.password, _csrf: forms[i]!.field }).toString(),
    });
    return res.status;
  });
  return Promise.all(sent);
}

async function outcomes(column: 'username' | 'ip', value: string) {
  const rows = await t.db.selectFrom('login_attempts').select('success').where(column, '=', value).execute();
  const n = (s: number) => rows.filter((r) => r.success === s).length;
  return { checked: n(ATTEMPT.OK) + n(ATTEMPT.FAILED), ok: n(ATTEMPT.OK), refused: n(ATTEMPT.REFUSED), checking: n(ATTEMPT.CHECKING), all: rows.length };
}

describe('a burst of sign-in guesses', () => {
  test('40 wrong passwords and the right one at once: no more are checked than one by one', async () => {
    const u = await makeUser();
    const tries = Array.from({ length: 40 }, (_, i) => ({ username: u.username, password: `doan-sai-${i}` }));
    tries.push({ username: u.username, password: PASSWORD });
    const statuses = await burst('127.0.0.2', tries);
    const o = await outcomes('username', u.username);
    assert.equal(o.all, 41, 'every attempt is recorded');
    assert.equal(o.checking, 0, 'every reserved attempt was settled');
    assert.ok(o.checked <= MAX_USER_FAILURES + 1, `at most ${MAX_USER_FAILURES + 1} passwords checked, not ${o.checked}`);
    assert.equal(o.refused, 41 - o.checked, 'the rest refused without a check');
    assert.ok(statuses.filter((s) => s === 429).length >= o.refused, 'each refusal answered 429');
    assert.ok(statuses.every((s) => s === 303 || s === 400 || s === 429), `only 303, 400 and 429: ${statuses.join(' ')}`);
    const sessions = await t.db.selectFrom('sessions').select('id').where('user_id', '=', u.id).execute();
    assert.equal(sessions.length, o.ok, 'a session only if the right password was among the checked ones');
    // Afterwards the account stays locked, even for the right password.
    const [later] = await burst('127.0.0.2', [{ username: u.username, password: PASSWORD }]);
    assert.equal(later, 429);
  });

  test('one address guessing many accounts at once: the address limit holds', async () => {
    const tries = Array.from({ length: 40 }, (_, i) => ({ username: `khong-co-${i}`, password: 'doan-sai' }));
    const statuses = await burst('127.0.0.3', tries);
    const o = await outcomes('ip', '127.0.0.3');
    assert.equal(o.all, 40);
    assert.equal(o.checking, 0);
    assert.ok(o.checked <= MAX_IP_FAILURES + 1, `at most ${MAX_IP_FAILURES + 1} failures checked from one address, not ${o.checked}`);
    assert.equal(statuses.filter((s) => s === 429).length, o.refused, 'the refused ones answered 429');
  });
});

describe('throttledCheck under concurrency', () => {
  test('thirty concurrent checks of a slow secret (a password, a TOTP code): at most six run', async () => {
    let ran = 0;
    const slowWrong = async () => {
      ran++;
      await new Promise((r) => setTimeout(r, 30));
      return false;
    };
    const who = { username: 'ma-xac-thuc', ip: '10.20.30.40', now: t.clock.now };
    const results = await Promise.allSettled(Array.from({ length: 30 }, () => throttledCheck(t.db, who, slowWrong)));
    assert.equal(ran, MAX_USER_FAILURES + 1, 'the checks allowed one by one, and no more');
    assert.ok(results.filter((r) => r.status === 'rejected').length >= 30 - MAX_USER_FAILURES - 1, 'the rest refused');
    for (const r of results) {
      if (r.status === 'fulfilled') assert.equal(r.value, false);
      else assert.equal((r.reason as { status?: number }).status, 429);
    }
  });
});
