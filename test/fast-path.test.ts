// The fast path (cached pages answered before Fastify) over a real socket: the same page as the
// slow path, the same headers, 304s, and exact counting — for returning readers and first visits.
import crypto from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TestApp } from './helpers.js';
import { BROWSER_UA, testApp } from './helpers.js';
import { REFERENCE_ARTICLE } from '../src/demo/content/index.js';
import { FILLED_MS } from '../src/web/page-cache.js';
import { ictDay } from '../src/vi/index.js';

const REF = `/tin-tuc/${REFERENCE_ARTICLE.slug}`;
let t: TestApp;
let base: string;
before(async () => {
  // Figures stay fresh, so cached pages take the fast path; 300 connections at once from one address.
  t = await testApp({ liveTtlMs: 60_000, env: { MAX_CONNECTIONS_PER_IP: '1000' } });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const a = t.app.server.address();
  base = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
});
after(() => t.close());

const COOKIE = 'loa_k=fastPathReaderAbcdefgh';
const browse = (url: string, headers: Record<string, string> = {}) => fetch(base + url, { headers: { 'user-agent': BROWSER_UA, cookie: COOKIE, ...headers } });

test('a cached page comes from the fast path, the same page as the slow one, its figures at most FILLED_MS old', async () => {
  const first = await browse(REF); // slow path: renders, caches, loads the figures
  const slowBody = await first.text();
  const hits = t.app.pageCache.fastHits;
  const second = await browse(REF);
  const fastBody = await second.text();
  assert.equal(t.app.pageCache.fastHits, hits + 1, 'served by the fast path');
  assert.equal(second.status, 200);
  for (const h of ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options', 'cache-control']) {
    assert.equal(second.headers.get(h), first.headers.get(h), h);
  }
  assert.equal(second.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(Number(second.headers.get('content-length')), Buffer.byteLength(fastBody));
  // within FILLED_MS both paths answer the very same filled page
  assert.equal(fastBody, slowBody);
  assert.equal(second.headers.get('etag'), first.headers.get('etag'));
  // after it, the page is filled again: both views so far are on it (counted, not yet written)
  await new Promise((r) => setTimeout(r, FILLED_MS + 100));
  const third = await (await browse(REF)).text();
  const v = (s: string) => Number(s.match(/(\d+) lượt xem/)![1]);
  assert.equal(v(third), v(slowBody) + 2);
  assert.equal(third.replace(/\d+ lượt xem/, ''), slowBody.replace(/\d+ lượt xem/, ''));
});

test('counting through the fast path is exact; crawlers and 304s behave', async () => {
  await t.app.counting.buffer.flush();
  const start = (await t.db.selectFrom('articles').select('view_count').where('slug', '=', REFERENCE_ARTICLE.slug).executeTakeFirstOrThrow()).view_count;
  const hits = t.app.pageCache.fastHits;
  const N = 300;
  const statuses = await Promise.all(Array.from({ length: N }, () => browse(REF).then(async (r) => (await r.arrayBuffer(), r.status))));
  assert.ok(statuses.every((s) => s === 200), 'all 200');
  for (let i = 0; i < 5; i++) await (await browse(REF, { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' })).arrayBuffer();
  // The host cache lives 10 s; a request that finds it expired goes the slow way and reloads it,
  // so a burst that straddles the expiry loses a few fast hits (never a count).
  assert.ok(t.app.pageCache.fastHits >= hits + N - 10, `fast hits ${t.app.pageCache.fastHits - hits}`);
  await t.app.counting.buffer.flush();
  const end = (await t.db.selectFrom('articles').select('view_count').where('slug', '=', REFERENCE_ARTICLE.slug).executeTakeFirstOrThrow()).view_count;
  assert.equal(end - start, N);

  const r = await browse(REF, { 'user-agent': 'Googlebot/2.1' });
  const etag = r.headers.get('etag')!;
  await r.arrayBuffer();
  const again = await browse(REF, { 'user-agent': 'Googlebot/2.1', 'if-none-match': etag });
  assert.equal(again.status, 304);
});

test('a reader who rated the article gets their own score from the fast path too; everyone else keeps the shared page', async () => {
  const rater = 'loa_k=fastPathRaterAbcdefghi';
  const rated = await fetch(base + `${REF}/danh-gia`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'user-agent': BROWSER_UA, cookie: rater, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'diem=4',
  });
  assert.equal(rated.status, 303);
  const list = /loa_dg=([\d.]+)/.exec(rated.headers.getSetCookie().join('; '))?.[1];
  assert.ok(list, 'the rated list is set');
  const mine = { cookie: `${rater}; loa_dg=${list}` };
  const line = (html: string) => /<p class="rate-status" role="status">([^<]*)<\/p>/.exec(html)?.[1];

  await (await browse(REF)).arrayBuffer(); // the page is cached and its figures fresh again
  const hits = t.app.pageCache.fastHits;
  const own = await browse(REF, mine);
  assert.equal(line(await own.text()), 'Bạn đã chấm 4 sao. Bạn có thể chấm lại.');
  assert.equal(own.headers.get('cache-control'), 'private, no-cache');
  const shared = await browse(REF);
  const sharedBody = await shared.text();
  assert.equal(line(sharedBody), '', 'another reader right after: the shared page');
  assert.equal(shared.headers.get('cache-control'), 'no-cache');
  assert.equal(t.app.pageCache.fastHits, hits + 2, 'both from the fast path');
  assert.notEqual(own.headers.get('etag'), shared.headers.get('etag'));
  // Not counted (so the view count, part of the ETag, stays): the rater's own page revalidates.
  const bot = { ...mine, 'user-agent': 'Googlebot/2.1' };
  const first = await browse(REF, bot);
  assert.equal(line(await first.text()), 'Bạn đã chấm 4 sao. Bạn có thể chấm lại.');
  assert.equal((await browse(REF, { ...bot, 'if-none-match': first.headers.get('etag')! })).status, 304);
});

// First visits: no reader cookie (or a malformed one) — most of a news site's readers.
const SET_COOKIE = /^loa_k=[\w-]{22}; Max-Age=2592000; Path=\/; HttpOnly; SameSite=Lax$/;
const day = () => ictDay(t.clock.now);
async function counts() {
  await t.app.counting.buffer.flush();
  const a = await t.db.selectFrom('articles').select('view_count').where('slug', '=', REFERENCE_ARTICLE.slug).executeTakeFirstOrThrow();
  const site = await t.db.selectFrom('site_hosts').select('site_id').where('host', '=', 'localhost').executeTakeFirstOrThrow();
  const v = await t.db.selectFrom('site_daily_visits').select('visits').where('site_id', '=', site.site_id).where('day', '=', day()).executeTakeFirst();
  return { views: a.view_count, visits: v?.visits ?? 0 };
}
/** The page rendered again by the route and the figures loaded (a flush forgets them): the next GET can take the fast path. */
async function warm(app = t.app, host = 'localhost') {
  await app.inject({ url: REF, headers: { host, 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' } });
}
const firstVisit = (ua: string, headers: Record<string, string> = {}) => fetch(base + REF, { headers: { 'user-agent': ua, ...headers } });

test('a first visit without the reader cookie comes from the fast path with the cookie the route sets, counted once as a view and a visitor', async () => {
  const ua = `${BROWSER_UA} first-visit-one`;
  const start = await counts();
  await warm();
  const hits = t.app.pageCache.fastHits;
  const fast = await firstVisit(ua);
  const fastBody = await fast.text();
  assert.equal(t.app.pageCache.fastHits, hits + 1, 'served by the fast path');
  assert.equal(fast.status, 200);
  const cookie = fast.headers.get('set-cookie') ?? '';
  assert.match(cookie, SET_COOKIE);
  // The route, for the same browser at the same address: the very same reader and cookie, the same page and headers.
  const slow = await t.app.inject({ url: REF, headers: { 'user-agent': ua } });
  assert.equal(slow.headers['set-cookie'], cookie);
  for (const h of ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options', 'cache-control', 'content-type']) {
    assert.equal(fast.headers.get(h), slow.headers[h], h);
  }
  assert.equal(fast.headers.get('cache-control'), 'no-cache');
  const noViews = (s: string) => s.replace(/\d+ lượt xem/, '');
  assert.equal(noViews(fastBody), noViews(slow.body));
  assert.equal(t.app.pageCache.fastHits, hits + 1);
  // The same reader again, with the cookie: no new cookie, and still the one visitor.
  const next = await browse(REF, { 'user-agent': ua, cookie: cookie.split(';')[0]! });
  await next.arrayBuffer();
  assert.equal(t.app.pageCache.fastHits, hits + 2);
  assert.equal(next.headers.get('set-cookie'), null);
  const end = await counts();
  assert.deepEqual({ views: end.views - start.views, visits: end.visits - start.visits }, { views: 3, visits: 1 });
});

test('the id a first visit gets is today’s derivation: HMAC-SHA256 of day|address|browser with the counting secret, its first 22 characters', async () => {
  const ua = `${BROWSER_UA} derivation`;
  await warm();
  const hits = t.app.pageCache.fastHits;
  const r = await firstVisit(ua);
  await r.arrayBuffer();
  assert.equal(t.app.pageCache.fastHits, hits + 1);
  const expected = crypto.createHmac('sha256', t.app.counting.secret).update(`${day()}|127.0.0.1|${ua}`).digest('base64url').slice(0, 22);
  assert.equal(r.headers.get('set-cookie')?.split(';')[0], `loa_k=${expected}`);
});

test('the shared page stays shared: a first visit’s cookie is on its own response only, 304s included', async () => {
  await counts();
  await warm();
  const hits = t.app.pageCache.fastHits;
  const fresh = await firstVisit(`${BROWSER_UA} first-visit-304`);
  const etag = fresh.headers.get('etag')!;
  await fresh.arrayBuffer();
  assert.ok(fresh.headers.get('set-cookie'));
  const returning = await browse(REF, { 'if-none-match': etag });
  assert.equal(returning.headers.get('set-cookie'), null, 'the filled page’s headers were not changed');
  // A cached copy revalidated by a first-time browser: 304, with its cookie, as the route answers.
  const revalidated = await firstVisit(`${BROWSER_UA} first-visit-304b`, { 'if-none-match': returning.headers.get('etag')! });
  assert.equal(revalidated.status, 304);
  assert.match(revalidated.headers.get('set-cookie') ?? '', SET_COOKIE);
  assert.equal(t.app.pageCache.fastHits, hits + 3);
});

test('a malformed reader cookie is treated like none, on both paths; crawlers and prefetches get no cookie and no count', async () => {
  const ua = `${BROWSER_UA} first-visit-malformed`;
  const start = await counts();
  await warm();
  const hits = t.app.pageCache.fastHits;
  const none = await firstVisit(ua);
  await none.arrayBuffer();
  const derived = none.headers.get('set-cookie');
  assert.match(derived ?? '', SET_COOKIE);
  const malformed = ['loa_k=short', `loa_k=${'a'.repeat(23)}`, `loa_k=${'a'.repeat(21)}!`, 'loa_k=', `other=1; loa_k="${'b'.repeat(22)}x"`, `loa_k=${'c'.repeat(21)}%`];
  for (const cookie of malformed) {
    const r = await firstVisit(ua, { cookie });
    await r.arrayBuffer();
    assert.equal(r.headers.get('set-cookie'), derived, `fast path, ${cookie}`);
    const slow = await t.app.inject({ url: REF, headers: { 'user-agent': ua, cookie } });
    assert.equal(slow.headers['set-cookie'], derived, `route, ${cookie}`);
  }
  assert.equal(t.app.pageCache.fastHits, hits + 1 + malformed.length);
  const mid = await counts();
  assert.deepEqual({ views: mid.views - start.views, visits: mid.visits - start.visits }, { views: 1 + 2 * malformed.length, visits: 1 }, 'one reader');

  await warm();
  const before = t.app.pageCache.fastHits;
  for (const headers of <Record<string, string>[]>[{ 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' }, { 'user-agent': 'facebookexternalhit/1.1' }, { 'user-agent': ua, 'sec-purpose': 'prefetch' }]) {
    const r = await fetch(base + REF, { headers });
    await r.arrayBuffer();
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('set-cookie'), null, headers['user-agent']);
  }
  assert.equal(t.app.pageCache.fastHits, before + 3);
  assert.deepEqual(await counts(), mid, 'not counted');
});

test('200 first visits at once from 200 browsers: exactly 200 views and 200 visitors, each with its own cookie', async () => {
  const start = await counts();
  await warm();
  const hits = t.app.pageCache.fastHits;
  const N = 200;
  const cookies = await Promise.all(
    Array.from({ length: N }, async (_, i) => {
      const r = await firstVisit(`${BROWSER_UA} burst-${i}`);
      await r.arrayBuffer();
      assert.equal(r.status, 200);
      return r.headers.get('set-cookie') ?? '';
    }),
  );
  assert.ok(cookies.every((c) => SET_COOKIE.test(c)));
  assert.equal(new Set(cookies).size, N);
  // As above: a burst that straddles the host cache's expiry goes the slow way for a few (never a count).
  assert.ok(t.app.pageCache.fastHits >= hits + N - 10, `fast hits ${t.app.pageCache.fastHits - hits}`);
  const end = await counts();
  assert.deepEqual({ views: end.views - start.views, visits: end.visits - start.visits }, { views: N, visits: N });
});

describe('behind a proxy (TRUST_PROXY=1): the address, scheme and host Fastify would see', () => {
  let p: TestApp;
  let proxied: string;
  before(async () => {
    p = await testApp({ liveTtlMs: 60_000, env: { TRUST_PROXY: '1' } });
    await p.app.listen({ port: 0, host: '127.0.0.1' });
    const a = p.app.server.address();
    proxied = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
  });
  after(() => p.close());

  test('a first visit gets the reader id and cookie the route would give it', async () => {
    const ua = `${BROWSER_UA} proxied`;
    const cases: Record<string, string>[] = [
      {},
      { 'x-forwarded-for': '203.0.113.7' },
      { 'x-forwarded-for': '203.0.113.7, 10.0.0.1' },
      { 'x-forwarded-for': ' 198.51.100.2 ,10.0.0.1, 10.0.0.2' },
      { 'x-forwarded-for': '2001:db8::1' },
      { 'x-forwarded-for': 'not an address' },
      { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https' },
      { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'http, https' },
    ];
    await warm(p.app);
    const hits = p.app.pageCache.fastHits;
    const seen: string[] = [];
    for (const headers of cases) {
      const fast = await fetch(proxied + REF, { headers: { 'user-agent': ua, ...headers } });
      await fast.arrayBuffer();
      const slow = await p.app.inject({ url: REF, headers: { 'user-agent': ua, ...headers } });
      assert.equal(fast.headers.get('set-cookie'), slow.headers['set-cookie'], JSON.stringify(headers));
      seen.push(fast.headers.get('set-cookie')!);
    }
    assert.equal(p.app.pageCache.fastHits, hits + cases.length, 'all from the fast path');
    const id = (c: string) => c.split(';')[0];
    assert.notEqual(id(seen[0]!), id(seen[1]!), 'the forwarded address counts, not the proxy’s');
    assert.equal(id(seen[1]!), id(seen[2]!), 'the client is the first address');
    assert.notEqual(id(seen[1]!), id(seen[3]!));
    assert.match(seen[6]!, /; Secure;/);
    assert.match(seen[7]!, /; Secure;/);
    assert.doesNotMatch(seen[1]!, /Secure/);
  });

  test('the site is the one X-Forwarded-Host names, as for the route', async () => {
    const ward = { host: '127.0.0.1', 'x-forwarded-host': 'bacson.localhost' };
    await p.app.inject({ url: '/', headers: { host: 'localhost', 'user-agent': 'Googlebot/2.1' } }); // the default site's home is cached
    const slow = await p.app.inject({ url: '/', headers: { ...ward, 'user-agent': 'Googlebot/2.1' } });
    const hits = p.app.pageCache.fastHits;
    const fast = await fetch(proxied + '/', { headers: { ...ward, 'user-agent': 'Googlebot/2.1' } });
    assert.equal(await fast.text(), slow.body);
    assert.equal(p.app.pageCache.fastHits, hits + 1);
  });
});
