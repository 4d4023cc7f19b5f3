// Site maps (sitemaps.org 0.9, with an index when large) and the Google News site map, parsed back
// with an XML parser (xmlbuilder2's DOM) and checked structurally: namespaces, absolute escaped <loc>,
// W3C lastmod, at most `perFile` addresses a file, only the site's own public content; robots.txt.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { create } from 'xmlbuilder2';
import type { TestApp } from './helpers.js';
import { get, testApp } from './helpers.js';
import type { Sites, Staff } from './staff.js';
import { createStaff, demoSites, insertArticle } from './staff.js';
import { atomically } from '../src/db/index.js';
import { publicChange } from '../src/web/page-cache.js';
import { listCategories, withDescendants } from '../src/categories/queries.js';
import { transition } from '../src/workflow/machine.js';
import { isoDate } from '../src/vi/index.js';
import { latest } from '../src/feeds/xml.js';
import { forgetXml } from '../src/feeds/send.js';
import { NEWS_HOURS, sitemapLimits } from '../src/sitemaps/service.js';
import { NEWS_NS, SITEMAP_NS, urlsetXml } from '../src/sitemaps/xml.js';

// 10:00 on Tuesday 24/11/2026 in Hà Nội, after every demo article.
const NOW = Date.parse('2026-11-24T03:00:00Z');
const WARD = 'bacson.localhost';
const W3C = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

let t: TestApp;
let sites: Sites;
let staff: Staff;

before(async () => {
  t = await testApp({ now: NOW });
  sites = await demoSites(t.db);
  staff = await createStaff(t.db, sites, 'sm');
});
after(() => t?.close());

/** The document element of an XML text, through a real parser (throws on anything ill-formed). */
function parseXml(xml: string): Element {
  return create(xml).root().node as unknown as Element;
}

const children = (el: Element, ns: string, name: string) => Array.from(el.getElementsByTagNameNS(ns, name));
const textOf = (el: Element, ns: string, name: string) => children(el, ns, name)[0]?.textContent ?? undefined;

/** Every element of the document is in one of these namespaces. */
function assertNamespaces(root: Element, allowed: string[]) {
  for (const el of Array.from(root.getElementsByTagName('*')).concat(root)) {
    assert.ok(allowed.includes(el.namespaceURI ?? ''), `<${el.tagName}> is in ${el.namespaceURI}`);
  }
}

interface UrlEntry {
  loc: string;
  lastmod?: string;
}

/** A urlset's entries, checked for structure on the way. */
function urlset(xml: string): UrlEntry[] {
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>'), 'XML declaration');
  const root = parseXml(xml);
  assert.equal(root.localName, 'urlset');
  assert.equal(root.namespaceURI, SITEMAP_NS);
  const urls = children(root, SITEMAP_NS, 'url');
  assert.ok(urls.length <= sitemapLimits.perFile, `at most ${sitemapLimits.perFile} addresses`);
  return urls.map((u) => {
    const loc = textOf(u, SITEMAP_NS, 'loc');
    assert.ok(loc && /^https?:\/\/[^/]+\//.test(loc), `absolute loc: ${loc}`);
    const lastmod = textOf(u, SITEMAP_NS, 'lastmod');
    if (lastmod !== undefined) assert.match(lastmod, W3C, `W3C lastmod for ${loc}`);
    return { loc, lastmod };
  });
}

async function fetchXml(url: string, host = 'localhost', headers: Record<string, string> = {}) {
  const res = await get(t.app, url, host, headers);
  assert.equal(res.statusCode, 200, `${url} on ${host}: ${res.statusCode}`);
  assert.equal(res.headers['content-type'], 'application/xml; charset=utf-8', url);
  return res;
}

/** What /sitemap.xml must list for a site, from the database. */
async function expectedUrls(siteId: number, host: string): Promise<Map<string, string | undefined>> {
  const nowIso = new Date(t.clock.now).toISOString();
  const arts = await t.db
    .selectFrom('articles')
    .select(['slug', 'category_id', 'published_at', 'updated_at'])
    .where('site_id', '=', siteId)
    .where('status', '=', 'published')
    .where('published_at', '<=', nowIso)
    .execute();
  const cats = await listCategories(t.db, siteId);
  const pages = await t.db.selectFrom('pages').select(['slug', 'updated_at']).where('site_id', '=', siteId).where('published', '=', 1).execute();
  const mod = (a: { published_at: string | null; updated_at: string }) => latest(a.published_at, a.updated_at);
  const newest = (list: typeof arts) => list.reduce((at, a) => latest(at, mod(a)), '');
  const w3c = (s: string) => (s ? isoDate(s) : undefined);
  const out = new Map<string, string | undefined>();
  out.set(`http://${host}/`, w3c(newest(arts)));
  out.set(`http://${host}/so-do-cong`, undefined);
  for (const c of cats) {
    const ids = withDescendants(cats, c.id);
    out.set(`http://${host}/chuyen-muc/${c.slug}`, w3c(newest(arts.filter((a) => a.category_id !== null && ids.includes(a.category_id)))));
  }
  for (const p of pages) out.set(`http://${host}/trang/${p.slug}`, w3c(p.updated_at));
  for (const a of arts) out.set(`http://${host}/tin-tuc/${a.slug}`, w3c(mod(a)));
  return out;
}

const asMap = (entries: UrlEntry[]) => new Map(entries.map((e) => [e.loc, e.lastmod]));

describe('sitemap.xml', () => {
  test('lists every public address of the site with its last change, and nothing else', async () => {
    const res = await fetchXml('/sitemap.xml');
    assert.match(res.headers['cache-control'] as string, /max-age=300.*stale-while-revalidate/, 'short cache');
    const entries = urlset(res.body);
    assertNamespaces(parseXml(res.body), [SITEMAP_NS]);
    assert.equal(new Set(entries.map((e) => e.loc)).size, entries.length, 'no address twice');
    const want = await expectedUrls(sites.main, 'localhost');
    assert.deepEqual(asMap(entries), want);
    assert.ok(entries.length > 60, `${entries.length} addresses`);
    assert.ok(want.get('http://localhost/chuyen-muc/chinh-tri'), 'a category has a lastmod from its articles (and its sub-categories’)');
  });

  test('each site lists only its own content', async () => {
    const ward = urlset((await fetchXml('/sitemap.xml', WARD)).body);
    assert.deepEqual(asMap(ward), await expectedUrls(sites.ward, WARD));
    const main = (await fetchXml('/sitemap.xml')).body;
    const wardArticle = await t.db.selectFrom('articles').select('slug').where('site_id', '=', sites.ward).executeTakeFirstOrThrow();
    assert.ok(!main.includes(wardArticle.slug), "no ward article in the city's site map");
  });

  test('drafts, submissions, scheduled, unpublished and unpublished pages stay out', async () => {
    const nowIso = new Date(t.clock.now).toISOString();
    const hidden = [
      await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'draft', now: nowIso }),
      await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'submitted', now: nowIso }),
      await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'scheduled', publishedAt: new Date(t.clock.now + 86_400_000).toISOString(), now: nowIso }),
      await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'unpublished', publishedAt: nowIso, now: nowIso }),
      await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'published', publishedAt: new Date(t.clock.now + 86_400_000).toISOString(), now: nowIso }),
    ];
    await t.db
      .insertInto('pages')
      .values({ site_id: sites.main, parent_id: null, slug: 'trang-an', title: 'Trang ẩn', body_html: '', position: 9, lang: 'vi', published: 0, created_at: nowIso, updated_at: nowIso })
      .execute();
    await atomically(t.db, (trx) => publicChange(trx, sites.main));
    const body = (await fetchXml('/sitemap.xml')).body;
    for (const a of hidden) assert.ok(!body.includes(a.slug), `${a.status} ${a.slug} is not listed`);
    assert.ok(!body.includes('trang-an'), 'an unpublished page is not listed');
    const news = (await fetchXml('/sitemap-news.xml')).body;
    for (const a of hidden) assert.ok(!news.includes(a.slug), `${a.status} ${a.slug} is not in the news site map`);
  });

  test('past perFile addresses it becomes an index of numbered files that together list everything once', async () => {
    const single = asMap(urlset((await fetchXml('/sitemap.xml')).body));
    sitemapLimits.perFile = 10;
    forgetXml(t.app);
    try {
      const res = await fetchXml('/sitemap.xml');
      const root = parseXml(res.body);
      assert.equal(root.localName, 'sitemapindex');
      assert.equal(root.namespaceURI, SITEMAP_NS);
      assertNamespaces(root, [SITEMAP_NS]);
      const files = children(root, SITEMAP_NS, 'sitemap').map((s) => ({ loc: textOf(s, SITEMAP_NS, 'loc')!, lastmod: textOf(s, SITEMAP_NS, 'lastmod') }));
      assert.equal(files.length, Math.ceil(single.size / 10), `${files.length} files for ${single.size} addresses`);
      const union = new Map<string, string | undefined>();
      for (const [i, f] of files.entries()) {
        assert.equal(f.loc, `http://localhost/sitemap-${i + 1}.xml`);
        const entries = urlset((await fetchXml(new URL(f.loc).pathname)).body);
        assert.ok(entries.length > 0 && entries.length <= 10, `file ${i + 1}: ${entries.length} addresses`);
        if (i < files.length - 1) assert.equal(entries.length, 10, `file ${i + 1} is full`);
        for (const e of entries) {
          assert.ok(!union.has(e.loc), `${e.loc} only once`);
          union.set(e.loc, e.lastmod);
        }
        const newest = entries.reduce((at, e) => latest(at, e.lastmod ? new Date(e.lastmod).toISOString() : ''), '');
        assert.equal(f.lastmod, newest ? isoDate(newest) : undefined, `file ${i + 1}: lastmod is its newest change`);
      }
      assert.deepEqual(union, single, 'the files together list exactly what one file did');
      for (const p of [`/sitemap-${files.length + 1}.xml`, '/sitemap-0.xml']) assert.equal((await get(t.app, p)).statusCode, 404, p);
    } finally {
      sitemapLimits.perFile = 50_000;
      forgetXml(t.app);
    }
    assert.equal((await get(t.app, '/sitemap-1.xml')).statusCode, 404, 'no numbered files when one file holds everything');
  });

  test('loc is XML-escaped and reads back exactly', async () => {
    const xml = await urlsetXml([{ path: '/tim-kiem?q=a&b=<c>"\'&amp;', lastmod: '2026-11-24T03:00:00.000Z' }], 'https://cong.example.gov.vn');
    assert.ok(xml.includes('<loc>https://cong.example.gov.vn/tim-kiem?q=a&amp;b=&lt;c&gt;"\'&amp;amp;</loc>'), xml);
    const [e] = urlset(xml);
    assert.equal(e?.loc, 'https://cong.example.gov.vn/tim-kiem?q=a&b=<c>"\'&amp;');
    assert.equal(e?.lastmod, '2026-11-24T10:00:00+07:00');
  });

  test('odd addresses are 404s, never 500s', async () => {
    for (const p of ['/sitemap-abc.xml', '/sitemap-01.xml', '/sitemap--1.xml', '/sitemap-1.5.xml', '/sitemap-99999999.xml', '/sitemap-.xml', '/sitemap.xml.gz', '/sitemap-news.xml/x', '/sitemap-%00.xml', '/sitemap-1%2F..xml']) {
      const res = await get(t.app, p);
      assert.equal(res.statusCode, 404, `${p}: ${res.statusCode}`);
    }
    assert.equal((await get(t.app, '/sitemap.xml?x=%3Cscript%3E')).statusCode, 200, 'the query string is ignored');
    for (const p of ['/sitemap.xml', '/sitemap-news.xml', '/robots.txt']) {
      const res = await get(t.app, p, 'evil.example');
      assert.equal(res.statusCode, 200, `${p} on an unknown host: the default site`);
      assert.ok(!res.body.includes('evil.example'), `${p}: a forged Host never reaches the addresses`);
    }
  });
});

describe('sitemap-news.xml', () => {
  test('the last two days only, with publication, language, date and title read back exactly', async () => {
    const title = `Tin nóng & "mới" <nhất> &amp; Đông Sơn 😀`;
    const nowIso = new Date(t.clock.now).toISOString();
    const fresh = await insertArticle(t.db, { siteId: sites.main, authorId: null, status: 'published', publishedAt: new Date(t.clock.now - 3_600_000).toISOString(), now: nowIso });
    await t.db.updateTable('articles').set({ title }).where('id', '=', fresh.id).execute();
    const old = await insertArticle(t.db, { siteId: sites.main, authorId: null, status: 'published', publishedAt: new Date(t.clock.now - (NEWS_HOURS + 1) * 3_600_000).toISOString(), now: nowIso });
    await atomically(t.db, (trx) => publicChange(trx, sites.main));

    const res = await fetchXml('/sitemap-news.xml');
    const root = parseXml(res.body);
    assert.equal(root.localName, 'urlset');
    assert.equal(root.namespaceURI, SITEMAP_NS);
    assertNamespaces(root, [SITEMAP_NS, NEWS_NS]);
    const since = new Date(t.clock.now - NEWS_HOURS * 3_600_000).toISOString();
    const want = await t.db
      .selectFrom('articles')
      .select(['slug', 'title', 'published_at'])
      .where('site_id', '=', sites.main)
      .where('status', '=', 'published')
      .where('published_at', '<=', nowIso)
      .where('published_at', '>=', since)
      .orderBy('published_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    assert.ok(want.some((w) => w.slug === fresh.slug), 'the fresh article is recent');
    const urls = children(root, SITEMAP_NS, 'url');
    assert.equal(urls.length, want.length, 'one entry per recent article');
    urls.forEach((u, i) => {
      const w = want[i]!;
      assert.equal(textOf(u, SITEMAP_NS, 'loc'), `http://localhost/tin-tuc/${w.slug}`);
      const news = children(u, NEWS_NS, 'news');
      assert.equal(news.length, 1, 'one news:news');
      assert.equal(textOf(u, NEWS_NS, 'name'), 'Trang Thông tin điện tử Thành phố Tam Điệp');
      assert.equal(textOf(u, NEWS_NS, 'language'), 'vi');
      assert.equal(textOf(u, NEWS_NS, 'publication_date'), isoDate(w.published_at!));
      assert.match(textOf(u, NEWS_NS, 'publication_date')!, W3C);
      assert.equal(textOf(u, NEWS_NS, 'title'), w.title);
    });
    assert.ok(!res.body.includes(old.slug), 'an article older than two days is not listed');
    assert.ok(res.body.includes('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'), 'the news prefix is declared');

    const ward = parseXml((await fetchXml('/sitemap-news.xml', WARD)).body);
    assert.ok(!children(ward, SITEMAP_NS, 'loc').some((l) => l.textContent?.includes(fresh.slug)), 'not on the ward site');
  });

  test('the window moves with the clock', async () => {
    const before = (await fetchXml('/sitemap-news.xml')).body;
    assert.ok(children(parseXml(before), SITEMAP_NS, 'url').length > 0, 'recent articles now');
    // A month on (past every article this file dates up to a day ahead), nothing is recent.
    const month = 30 * 86_400_000;
    t.clock.now += month;
    try {
      const later = parseXml((await fetchXml('/sitemap-news.xml')).body);
      assert.equal(children(later, SITEMAP_NS, 'url').length, 0, 'a month later nothing is recent');
    } finally {
      t.clock.now -= month;
    }
  });
});

describe('site maps follow publishing', () => {
  test('a newly published article appears in both at once; ETag and 304', async () => {
    const first = await fetchXml('/sitemap.xml');
    const etag = first.headers.etag as string;
    assert.match(etag, /^"[\w-]+"$/, 'an ETag');
    assert.equal((await get(t.app, '/sitemap.xml', 'localhost', { 'if-none-match': etag })).statusCode, 304, 'unchanged: 304');

    t.clock.now += 60_000;
    const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'submitted', now: new Date(t.clock.now).toISOString() });
    await transition(t.db, { siteId: sites.main, articleId: a.id, actor: { userId: staff.editor, role: 'editor' }, action: 'publish', ip: '127.0.0.1', now: t.clock.now });
    const after = await get(t.app, '/sitemap.xml', 'localhost', { 'if-none-match': etag });
    assert.equal(after.statusCode, 200, 'changed: the new site map');
    const entries = asMap(urlset(after.body));
    assert.equal(entries.get(`http://localhost/tin-tuc/${a.slug}`), isoDate(new Date(t.clock.now)), 'listed with its publication time');
    assert.equal(entries.get('http://localhost/'), isoDate(new Date(t.clock.now)), 'the home page changed then too');
    const news = (await fetchXml('/sitemap-news.xml')).body;
    assert.ok(news.includes(`/tin-tuc/${a.slug}</loc>`), 'in the news site map');

    // Requests arriving together while it is rebuilt all get the same, new document.
    await atomically(t.db, (trx) => publicChange(trx, sites.main));
    const together = await Promise.all(Array.from({ length: 5 }, () => get(t.app, '/sitemap.xml')));
    assert.ok(together.every((r) => r.statusCode === 200 && r.body === after.body), 'the same document for each');
  });
});

describe('robots.txt', () => {
  test('points to both site maps with absolute addresses on each site', async () => {
    for (const host of ['localhost', WARD]) {
      const res = await get(t.app, '/robots.txt', host);
      assert.equal(res.statusCode, 200);
      const lines = res.body.split('\n');
      assert.ok(lines.includes(`Sitemap: http://${host}/sitemap.xml`), `${host}: sitemap.xml`);
      assert.ok(lines.includes(`Sitemap: http://${host}/sitemap-news.xml`), `${host}: sitemap-news.xml`);
      for (const l of lines.filter((l) => l.startsWith('Sitemap: '))) assert.equal((await get(t.app, new URL(l.slice(9)).pathname, host)).statusCode, 200, l);
    }
  });
});

describe('with BASE_URL set', () => {
  let b: TestApp;
  before(async () => {
    b = await testApp({ now: NOW, env: { BASE_URL: 'https://tamdiep.ninhbinh.gov.vn/' } });
  });
  after(() => b?.close());

  test('every address of the site maps, feeds and robots.txt uses it', async () => {
    const map = await get(b.app, '/sitemap.xml');
    const locs = urlset(map.body).map((e) => e.loc);
    assert.ok(locs.length > 0 && locs.every((l) => l.startsWith('https://tamdiep.ninhbinh.gov.vn/')), 'site map addresses');
    const robots = (await get(b.app, '/robots.txt')).body;
    assert.ok(robots.includes('Sitemap: https://tamdiep.ninhbinh.gov.vn/sitemap.xml\n'), robots);
    const rss = (await get(b.app, '/rss.xml')).body;
    assert.ok(rss.includes('<link>https://tamdiep.ninhbinh.gov.vn/</link>'), 'feed link');
    assert.ok(!/http:\/\/localhost/.test(rss + map.body), 'never the request origin');
  });
});
