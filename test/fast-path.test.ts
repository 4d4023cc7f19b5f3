// The fast path (cached pages answered before Fastify) over a real socket: the same page as the
// slow path, the same headers, 304s, and exact counting.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TestApp } from './helpers.js';
import { BROWSER_UA, testApp } from './helpers.js';
import { REFERENCE_ARTICLE } from '../src/demo/content/index.js';
import { FILLED_MS } from '../src/web/page-cache.js';

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

test('a first visit without the reader cookie goes the slow way and gets the cookie', async () => {
  const hits = t.app.pageCache.fastHits;
  const r = await fetch(base + REF, { headers: { 'user-agent': BROWSER_UA } });
  await r.arrayBuffer();
  assert.equal(t.app.pageCache.fastHits, hits);
  assert.match(r.headers.get('set-cookie') ?? '', /^loa_k=[\w-]{22}; Max-Age=2592000; Path=\/; HttpOnly; SameSite=Lax$/);
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
