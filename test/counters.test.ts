// Part 2: exact view counts, visits, online, ratings, the page cache and beacon mode, in-process.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TestApp } from './helpers.js';
import { BROWSER_UA, get, testApp, textOf } from './helpers.js';
import { REFERENCE_ARTICLE } from '../src/demo/content/index.js';
import { atomically } from '../src/db/index.js';
import { publicChange } from '../src/web/page-cache.js';
import { cacheKey } from '../src/cache/page.js';
import { isPersonAgent } from '../src/counters/readers.js';

const REF = `/tin-tuc/${REFERENCE_ARTICLE.slug}`;
const NOW = Date.parse('2026-11-24T03:00:00Z');
let t: TestApp;

async function views(slug = REFERENCE_ARTICLE.slug) {
  const r = await t.db.selectFrom('articles').select(['id', 'view_count', 'rating_sum', 'rating_count']).where('slug', '=', slug).executeTakeFirstOrThrow();
  return r;
}
async function siteId(host = 'localhost') {
  const r = await t.db.selectFrom('site_hosts').select('site_id').where('host', '=', host).executeTakeFirstOrThrow();
  return r.site_id;
}
async function visitsOn(day: string) {
  const r = await t.db.selectFrom('site_daily_visits').select('visits').where('site_id', '=', await siteId()).where('day', '=', day).executeTakeFirst();
  return r?.visits ?? 0;
}
/** The cookie a response set, as a Cookie header. */
function cookieOf(res: { headers: Record<string, unknown> }) {
  const set = res.headers['set-cookie'];
  const first = (Array.isArray(set) ? set[0] : set) as string | undefined;
  return first?.split(';')[0] ?? '';
}

before(async () => {
  t = await testApp({ now: NOW });
});
after(() => t.close());

describe('view counts', () => {
  test('N counted requests add exactly N once flushed; HEAD, crawlers, prefetch and errors add 0', async () => {
    await t.app.counting.buffer.flush();
    const before = (await views()).view_count;
    const N = 137;
    const results = await Promise.all(Array.from({ length: N }, () => get(t.app, REF)));
    assert.ok(results.every((r) => r.statusCode === 200), 'all 200');
    await t.app.inject({ method: 'HEAD', url: REF, headers: { host: 'localhost', 'user-agent': BROWSER_UA } });
    for (const ua of ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'curl/8.5.0', 'Mozilla/5.0 (compatible; UptimeRobot/2.0)', 'facebookexternalhit/1.1', '']) {
      assert.equal((await get(t.app, REF, 'localhost', { 'user-agent': ua })).statusCode, 200);
    }
    await get(t.app, REF, 'localhost', { 'sec-purpose': 'prefetch;prerender' });
    await get(t.app, REF, 'localhost', { purpose: 'prefetch' });
    await get(t.app, `${REF}-khong-co`);
    await get(t.app, `${REF}/in`); // the print view is not a second view
    assert.equal((await views()).view_count, before, 'nothing is written before a flush');
    const flushed = await t.app.counting.buffer.flush();
    assert.equal(flushed.views, N);
    assert.equal((await views()).view_count, before + N);
  });

  test('the page shows stored plus not-yet-written views, and stays current while cached', async () => {
    await t.app.counting.buffer.flush();
    const stored = (await views()).view_count;
    const shown = (html: string) => Number(textOf(html).match(/(\d+) lượt xem/)![1]);
    assert.equal(shown((await get(t.app, REF)).body), stored);
    assert.equal(shown((await get(t.app, REF)).body), stored + 1);
    await t.app.counting.buffer.flush();
    assert.equal(shown((await get(t.app, REF)).body), stored + 2);
  });

  test('ETag and If-None-Match answer 304; a changed figure changes the ETag', async () => {
    const a = await get(t.app, REF, 'localhost', { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' });
    const etag = a.headers.etag as string;
    assert.ok(etag, 'an ETag');
    const b = await get(t.app, REF, 'localhost', { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)', 'if-none-match': etag });
    assert.equal(b.statusCode, 304);
    assert.equal(b.body, '');
    await get(t.app, REF); // a person's view changes the count shown
    const c = await get(t.app, REF, 'localhost', { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)', 'if-none-match': etag });
    assert.equal(c.statusCode, 200);
  });

  test('the crawler list', () => {
    assert.equal(isPersonAgent(BROWSER_UA), true);
    assert.equal(isPersonAgent('Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1'), true);
    // a reader who opened a link shared in Zalo, in Zalo's own browser
    assert.equal(isPersonAgent('Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0 Mobile Safari/537.36 Zalo iOS/1.0 ZaloTheme/light'), true);
    for (const bot of ['Mozilla/5.0 (compatible; bingbot/2.0)', 'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2)', 'coccocbot-web/1.0', 'Pingdom.com_bot_version_1.4', 'python-requests/2.31', 'Go-http-client/1.1', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/142.0 Safari/537.36', undefined]) {
      assert.equal(isPersonAgent(bot), false, String(bot));
    }
  });
});

describe('page cache', () => {
  test('a cached page follows content changes on every instance via content_version', async () => {
    const row = await views();
    await get(t.app, REF);
    assert.ok(t.app.pageCache.size > 0, 'cached');
    await t.db.updateTable('articles').set({ title: 'Tiêu đề đã sửa' }).where('id', '=', row.id).execute();
    assert.ok(!(await get(t.app, REF)).body.includes('Tiêu đề đã sửa'), 'still the cached page');
    const site = await siteId();
    await atomically(t.db, (trx) => publicChange(trx, site));
    await t.app.pageCache.poll(t.db); // what the timer does every second on every instance
    assert.ok((await get(t.app, REF)).body.includes('<h1>Tiêu đề đã sửa</h1>'), 'the new title');
    await t.db.updateTable('articles').set({ title: REFERENCE_ARTICLE.title }).where('id', '=', row.id).execute();
    await atomically(t.db, (trx) => publicChange(trx, site));
    await t.app.pageCache.poll(t.db);
  });

  test('unknown query strings do not make new cache entries', async () => {
    await get(t.app, '/');
    const size = t.app.pageCache.size;
    for (let i = 0; i < 20; i++) await get(t.app, `/?x=${i}`);
    assert.equal(t.app.pageCache.size, size);
  });
});

describe('visits, today, online', () => {
  test('a visit starts after 30 minutes unseen; today follows the ICT date; online is the last 5 minutes', async () => {
    await t.app.counting.buffer.flush();
    await t.db.deleteFrom('visitor_presence').execute();
    await t.db.deleteFrom('site_daily_visits').execute();
    // 23:40 ICT on 24/11/2026
    t.clock.now = Date.parse('2026-11-24T16:40:00Z');
    const first = await get(t.app, '/');
    const alice = cookieOf(first);
    assert.match(alice, /^loa_k=[\w-]{22}$/);
    await t.app.counting.buffer.flush();
    assert.equal(await visitsOn('2026-11-24'), 1);
    t.clock.now += 10 * 60_000; // 23:50 — same visit
    await get(t.app, REF, 'localhost', { cookie: alice });
    await t.app.counting.buffer.flush();
    assert.equal(await visitsOn('2026-11-24'), 1);
    // Bob, a crawler and a prefetch at 23:59:59
    t.clock.now = Date.parse('2026-11-24T16:59:59Z');
    await get(t.app, '/', 'localhost', { 'user-agent': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15' });
    await get(t.app, '/', 'localhost', { 'user-agent': 'Googlebot/2.1' });
    await get(t.app, '/', 'localhost', { 'user-agent': 'Mozilla/5.0 (X11; Linux) Firefox/140.0', 'sec-purpose': 'prefetch' });
    await t.app.counting.buffer.flush();
    assert.equal(await visitsOn('2026-11-24'), 2);
    // 00:00 ICT on 25/11: Carol's visit is the new day's; Alice at 00:25 continues her visit (35 min since start, 25 since last seen... no: 35 since 23:50)
    t.clock.now = Date.parse('2026-11-24T17:00:00Z');
    await get(t.app, '/', 'localhost', { 'user-agent': 'Mozilla/5.0 (Windows NT 10.0) Edg/142.0 Chrome/142.0', 'x-carol': '1' });
    await t.app.counting.buffer.flush();
    assert.equal(await visitsOn('2026-11-25'), 1);
    assert.equal(await visitsOn('2026-11-24'), 2);
    // Alice again at 00:15 ICT: 25 minutes since 23:50 → same visit, nothing new
    t.clock.now = Date.parse('2026-11-24T17:15:00Z');
    await get(t.app, '/', 'localhost', { cookie: alice });
    await t.app.counting.buffer.flush();
    assert.equal(await visitsOn('2026-11-25'), 1);
    // Alice at 00:46: 31 minutes unseen → a new visit
    t.clock.now = Date.parse('2026-11-24T17:46:00Z');
    await get(t.app, '/', 'localhost', { cookie: alice });
    await t.app.counting.buffer.flush();
    assert.equal(await visitsOn('2026-11-25'), 2);
    // The page at 00:47: Hôm nay is 25/11's visits; online counts those seen in the last 5 minutes (Alice only)
    t.clock.now = Date.parse('2026-11-24T17:47:00Z');
    const text = textOf((await get(t.app, '/', 'localhost', { cookie: alice })).body);
    assert.ok(text.includes('Thứ Tư, 25/11/2026'), 'the date turned at ICT midnight');
    assert.ok(text.includes('Hôm nay: 2'), 'today');
    assert.ok(text.includes('Trực tuyến: 1'), 'online');
    assert.ok(text.includes(`Số lượt truy cập ${665614 + 4}`), 'total = starting figure + all visits');
    t.clock.now = NOW;
  });

  test('a reader without the cookie is the same reader all day (network and browser)', async () => {
    await t.app.counting.buffer.flush();
    await t.db.deleteFrom('site_daily_visits').execute();
    t.clock.now = Date.parse('2026-11-26T02:00:00Z');
    const ua = { 'user-agent': 'Mozilla/5.0 (Linux; Android 15) Chrome/142.0 Mobile Safari/537.36' };
    const a = cookieOf(await get(t.app, '/', 'localhost', ua));
    const b = cookieOf(await get(t.app, '/', 'localhost', ua));
    assert.equal(a, b);
    await t.app.counting.buffer.flush();
    assert.equal(await visitsOn('2026-11-26'), 1);
    t.clock.now = NOW;
  });

  test('each site counts its own visits from its own starting figure', async () => {
    await t.app.counting.buffer.flush();
    const ward = await siteId('bacson.localhost');
    const before = await t.db.selectFrom('site_daily_visits').select('visits').where('site_id', '=', ward).execute();
    await get(t.app, '/', 'bacson.localhost', { 'user-agent': 'Mozilla/5.0 (X11; Linux) Firefox/141.0' });
    await t.app.counting.buffer.flush();
    const after = await t.db.selectFrom('site_daily_visits').select('visits').where('site_id', '=', ward).execute();
    assert.equal(after.reduce((s, r) => s + r.visits, 0), before.reduce((s, r) => s + r.visits, 0) + 1);
  });
});

describe('ratings', () => {
  let address = 1;
  /** Each call comes from its own address (192.0.2.N) unless `from` is given, so only the flood test meets the limit. */
  const post = (body: string, headers: Record<string, string> = {}, slug = REFERENCE_ARTICLE.slug, from?: string) =>
    t.app.inject({
      method: 'POST',
      remoteAddress: from ?? `192.0.2.${address++}`,
      url: `/tin-tuc/${slug}/danh-gia`,
      payload: body,
      headers: { host: 'localhost', 'user-agent': BROWSER_UA, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    });

  test('a plain form post rates, a second post changes the rating, JSON works in place', async () => {
    await t.db.deleteFrom('article_ratings').execute();
    await t.db.updateTable('articles').set({ rating_sum: 0, rating_count: 0 }).execute();
    const r1 = await post('diem=4');
    assert.equal(r1.statusCode, 303);
    assert.equal(r1.headers.location, `${REF}?da-danh-gia=1#danh-gia`);
    const me = cookieOf(r1);
    assert.deepEqual(await views().then((v) => [v.rating_sum, v.rating_count]), [4, 1]);
    const r2 = await post('diem=5', { cookie: me, accept: 'application/json' });
    assert.equal(r2.statusCode, 200);
    assert.deepEqual(r2.json(), { score: '5', count: 1, yours: 5, changed: true });
    const other = await post('diem=4', { 'user-agent': 'Mozilla/5.0 (Macintosh) Safari/605.1.15 Version/18.0', accept: 'application/json' });
    assert.deepEqual(other.json(), { score: '4,5', count: 2, yours: 4, changed: false });
    const text = textOf((await get(t.app, REF)).body);
    assert.ok(text.includes('Đánh giá cho bài viết: 4,5 điểm ( 2 đánh giá )'), 'the page shows 4,5 and 2');
  });

  test('the same network and browser without the cookie is the same reader', async () => {
    const before = await views();
    const r = await post('diem=1', { accept: 'application/json' }); // no cookie: BROWSER_UA from the same address
    assert.equal(r.json().changed, true);
    const after = await views();
    assert.equal(after.rating_count, before.rating_count);
  });

  test('without JavaScript: the page after the redirect thanks the reader, later visits show their own score, nobody else sees it', async () => {
    await t.db.deleteFrom('article_ratings').execute();
    await t.db.updateTable('articles').set({ rating_sum: 0, rating_count: 0 }).execute();
    const ua = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0 khong-js' };
    const jar = new Map<string, string>();
    const keep = (res: { headers: Record<string, unknown> }) => {
      const set = res.headers['set-cookie'];
      for (const c of (Array.isArray(set) ? set : set ? [set] : []) as string[]) {
        const [pair] = c.split(';');
        const at = pair!.indexOf('=');
        jar.set(pair!.slice(0, at), pair!.slice(at + 1));
      }
    };
    const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const line = (html: string) => /<p class="rate-status" role="status">([^<]*)<\/p>/.exec(html)?.[1];

    keep(await get(t.app, REF, 'localhost', ua)); // the reader cookie, as a browser gets it
    const rated = await post('diem=4', { ...ua, cookie: cookie() });
    assert.equal(rated.statusCode, 303);
    keep(rated);
    assert.ok(jar.get('loa_dg'), 'the browser keeps which articles it rated');
    const location = rated.headers.location as string;
    assert.equal(location, `${REF}?da-danh-gia=1#danh-gia`);
    const back = await get(t.app, location.split('#')[0]!, 'localhost', { ...ua, cookie: cookie() });
    assert.equal(back.statusCode, 200);
    assert.equal(line(back.body), 'Cảm ơn bạn đã đánh giá. Bạn đã chấm 4 sao.');
    assert.ok(textOf(back.body).includes('Đánh giá cho bài viết: 4 điểm ( 1 đánh giá )'), 'the new score');
    assert.match(back.body, new RegExp(`<link rel="canonical" href="http://localhost${REF}"`), 'the canonical address is the article\'s');
    assert.equal(back.headers['cache-control'], 'private, no-cache', 'a page of the reader\'s own is private');
    const siteId = (await views()).id && (await t.db.selectFrom('articles').select('site_id').where('slug', '=', REFERENCE_ARTICLE.slug).executeTakeFirstOrThrow()).site_id;
    assert.ok(t.app.pageCache.get(cacheKey(siteId, REF)), 'the article is cached under its own address');
    assert.equal(t.app.pageCache.get(cacheKey(siteId, `${REF}?da-danh-gia=1`)), undefined, 'and not under the return address');

    const later = await get(t.app, REF, 'localhost', { ...ua, cookie: cookie() });
    assert.equal(line(later.body), 'Bạn đã chấm 4 sao. Bạn có thể chấm lại.');

    // Other readers: nothing of it, on the article or the return address, even with a copied list.
    const other = { 'user-agent': BROWSER_UA, cookie: 'loa_k=anotherReaderAbcdefghi' };
    for (const [url, headers] of [
      [REF, other],
      [`${REF}?da-danh-gia=1`, other],
      [REF, { ...other, cookie: `${other.cookie}; loa_dg=${jar.get('loa_dg')}` }],
      [REF, ua],
    ] as const) {
      const res = await get(t.app, url, 'localhost', headers);
      assert.equal(line(res.body), '', `${url} for another reader`);
      assert.equal(res.headers['cache-control'], 'no-cache');
    }
    assert.notEqual((await get(t.app, REF, 'localhost', other)).headers.etag, later.headers.etag, 'another ETag than the rater\'s page');

    const again = await post('diem=2', { ...ua, cookie: cookie() });
    keep(again);
    assert.equal(line((await get(t.app, REF, 'localhost', { ...ua, cookie: cookie() })).body), 'Bạn đã chấm 2 sao. Bạn có thể chấm lại.');
  });

  test('bad scores, unknown or unpublished articles, other origins and floods write nothing', async () => {
    const before = await views();
    const count = async () => Number((await t.db.selectFrom('article_ratings').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const rows = await count();
    for (const body of ['diem=0', 'diem=6', 'diem=abc', 'diem=', 'diem=3.5', 'diem=-1', 'diem=%3Cscript%3E', '', 'diem=4&diem=5', `diem=${'9'.repeat(500)}`]) {
      const r = await post(body, { 'user-agent': 'Mozilla/5.0 (X11) Firefox/139.0 bad-input' });
      assert.equal(r.statusCode, 400, body);
      assert.match(r.body, /Điểm đánh giá phải là một số nguyên từ 1 đến 5/);
    }
    assert.equal((await post('diem=3', {}, 'khong-co-bai-nay')).statusCode, 404);
    const draft = await t.db.selectFrom('articles').select(['id', 'slug']).where('slug', '!=', REFERENCE_ARTICLE.slug).limit(1).executeTakeFirstOrThrow();
    await t.db.updateTable('articles').set({ status: 'draft' }).where('id', '=', draft.id).execute();
    assert.equal((await post('diem=3', {}, draft.slug)).statusCode, 404);
    await t.db.updateTable('articles').set({ status: 'published' }).where('id', '=', draft.id).execute();
    assert.equal((await post('diem=3', { origin: 'https://evil.example' })).statusCode, 403);
    const json = await post('diem=9', { accept: 'application/json' });
    assert.equal(json.statusCode, 400);
    assert.match(json.json().error.message, /từ 1 đến 5/);
    assert.equal(await count(), rows);
    assert.deepEqual(await views().then((v) => [v.rating_sum, v.rating_count]), [before.rating_sum, before.rating_count]);
  });

  test('a flood from one address gets 429', async () => {
    const statuses: number[] = [];
    const before = await views();
    for (let i = 0; i < 14; i++) statuses.push((await post('diem=3', { 'user-agent': `Mozilla/5.0 (X11) Firefox/${100 + i}.0` }, undefined, '198.51.100.7')).statusCode);
    assert.deepEqual(statuses, [...Array(10).fill(303), ...Array(4).fill(429)]);
    const after = await views();
    assert.equal(after.rating_count, before.rating_count + 10, 'ten browsers rated, the refused four wrote nothing');
    const r = await post('diem=3', {}, undefined, '198.51.100.7');
    assert.equal(r.statusCode, 429);
    assert.match(r.body, /quá nhiều đánh giá/);
  });
});

describe('beacon mode', () => {
  let b: TestApp;
  before(async () => {
    b = await testApp({ now: NOW, env: { COUNT_MODE: 'beacon' } });
  });
  after(() => b.close());

  test('pages are not counted on the server; each page-load id counts once', async () => {
    const page = await get(b.app, REF);
    assert.match(page.body, /<script src="\/static\/beacon\.js\?v=[0-9a-f]{10}" defer(="")? data-article="\d+"><\/script>/);
    const id = Number(page.body.match(/data-article="(\d+)"/)![1]);
    await b.app.counting.buffer.flush();
    const start = (await b.db.selectFrom('articles').select('view_count').where('id', '=', id).executeTakeFirstOrThrow()).view_count;
    const beacon = (l: string, ua = BROWSER_UA, a = id) =>
      b.app.inject({ method: 'POST', url: '/dem-luot-xem', payload: JSON.stringify({ a, l }), headers: { host: 'localhost', 'content-type': 'text/plain', 'user-agent': ua } });
    assert.equal((await beacon('a'.repeat(32))).statusCode, 204);
    assert.equal((await beacon('a'.repeat(32))).statusCode, 204);
    await b.app.counting.buffer.flush();
    assert.equal((await beacon('a'.repeat(32))).statusCode, 204);
    await beacon('b'.repeat(32));
    await beacon('c'.repeat(32), 'Googlebot/2.1');
    assert.equal((await beacon('short')).statusCode, 400);
    assert.equal((await beacon('d'.repeat(32), BROWSER_UA, -3)).statusCode, 400);
    await b.app.counting.buffer.flush();
    const end = (await b.db.selectFrom('articles').select('view_count').where('id', '=', id).executeTakeFirstOrThrow()).view_count;
    assert.equal(end - start, 2);
    // an id that is no published article of this site adds no view anywhere
    const total = async () => Number((await b.db.selectFrom('articles').select((eb) => eb.fn.sum<number>('view_count').as('n')).executeTakeFirstOrThrow()).n);
    const before = await total();
    const ward = await b.db.selectFrom('articles').innerJoin('site_hosts', 'site_hosts.site_id', 'articles.site_id').select('articles.id').where('site_hosts.host', '=', 'bacson.localhost').limit(1).executeTakeFirstOrThrow();
    assert.equal((await beacon('e'.repeat(32), BROWSER_UA, 99999)).statusCode, 204);
    assert.equal((await beacon('f'.repeat(32), BROWSER_UA, ward.id)).statusCode, 204);
    await b.app.counting.buffer.flush();
    assert.equal(await total(), before);
  });
});

describe('online through Redis (REDIS_URL)', () => {
  let r: TestApp;
  before(async () => {
    r = await testApp({ now: NOW, env: { REDIS_URL: process.env.LOA_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379' } });
  });
  after(() => r.close());

  test('visitors seen on any instance are online for 5 minutes, from Redis', async () => {
    for (const reader of ['loa_k=redisReaderNumber00001', 'loa_k=redisReaderNumber00002']) await get(r.app, '/', 'localhost', { cookie: reader });
    await r.app.counting.buffer.flush();
    // the database's presence rows are gone: the figure can only come from Redis
    await r.db.deleteFrom('visitor_presence').execute();
    assert.ok(textOf((await get(r.app, '/so-do-cong', 'localhost', { 'user-agent': 'Googlebot/2.1' })).body).includes('Trực tuyến: 2'), 'two online');
    r.clock.now = NOW + 6 * 60_000;
    assert.ok(textOf((await get(r.app, '/so-do-cong', 'localhost', { 'user-agent': 'Googlebot/2.1' })).body).includes('Trực tuyến: 0'), 'gone after 5 minutes');
  });
});
