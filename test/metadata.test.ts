// The head's metadata on every public page type: canonical address, description, Open Graph,
// Twitter card, Dublin Core and JSON-LD — exact values for the demo's reference article, hostile
// titles kept harmless, BASE_URL honoured, each host's own site, a forged Host header kept out.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Parser } from 'htmlparser2';
import type { TestApp } from './helpers.js';
import http from 'node:http';
import { BROWSER_UA, get, testApp } from './helpers.js';
import { listenForBrowser } from './browser/browser.js';
import { atomically } from '../src/db/index.js';
import { publicChange } from '../src/web/page-cache.js';
import { demoSites, insertArticle } from './staff.js';
import { DEMO_SECOND_SITE, DEMO_SITE, REFERENCE_ARTICLE } from '../src/demo/content/index.js';
import { metaDescription, serializeJsonLd } from '../src/web/metadata.js';
import { cacheKey } from '../src/cache/page.js';

const REF = `/tin-tuc/${REFERENCE_ARTICLE.slug}`;
// 10:00 on Tuesday 24/11/2026 in Hà Nội, after every demo article.
const NOW = Date.parse('2026-11-24T03:00:00Z');
const BASE_URL = 'https://tamdiep.ninhbinh.gov.vn';
const HOSTILE = `</script><script>alert(1)</script> "Trích" & 'dẫn' <b>đậm</b> \u2028 <!-- x`;

type Json = Record<string, unknown>;

interface Head {
  title: string;
  /** name= or property= → content, in order (several og:image… would all be kept). */
  meta: Map<string, string[]>;
  links: Map<string, string[]>;
  /** The raw text of each application/ld+json script. */
  jsonLdRaw: string[];
  jsonLd: Json[];
  /** Every script element's type (or 'classic'). */
  scripts: string[];
  /** The head's markup as sent. */
  html: string;
}

/** Parses a page's head with a real HTML parser (entities decoded as a browser would). */
function parseHead(html: string): Head {
  const head: Head = { title: '', meta: new Map(), links: new Map(), jsonLdRaw: [], jsonLd: [], scripts: [], html: html.slice(0, html.indexOf('</head>') + 7) };
  let inHead = false;
  let inTitle = false;
  let script: string | undefined;
  const add = (m: Map<string, string[]>, k: string, v: string) => m.set(k, [...(m.get(k) ?? []), v]);
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'head') inHead = true;
        if (name === 'script') {
          head.scripts.push(attrs.type ?? 'classic');
          script = attrs.type === 'application/ld+json' ? '' : undefined;
        }
        if (!inHead) return;
        if (name === 'title') inTitle = true;
        if (name === 'meta' && (attrs.name || attrs.property)) add(head.meta, (attrs.name || attrs.property)!, attrs.content ?? '');
        if (name === 'link' && attrs.rel) add(head.links, attrs.rel, attrs.href ?? '');
      },
      ontext(text) {
        if (inTitle) head.title += text;
        if (script !== undefined) script += text;
      },
      onclosetag(name) {
        if (name === 'head') inHead = false;
        if (name === 'title') inTitle = false;
        if (name === 'script' && script !== undefined) {
          head.jsonLdRaw.push(script);
          head.jsonLd.push(JSON.parse(script) as Json);
          script = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return head;
}

/** The single value of a meta tag (fails when missing or repeated). */
function one(h: Head, key: string): string {
  const v = h.meta.get(key);
  assert.equal(v?.length, 1, `exactly one meta ${key} (found ${v?.length ?? 0})`);
  return v![0]!;
}

function link(h: Head, rel: string): string {
  const v = h.links.get(rel);
  assert.equal(v?.length, 1, `exactly one link rel=${rel}`);
  return v![0]!;
}

function ld(h: Head, type: string): Json {
  const found = h.jsonLd.filter((d) => d['@type'] === type);
  assert.equal(found.length, 1, `exactly one JSON-LD ${type} (types: ${h.jsonLd.map((d) => d['@type']).join(', ')})`);
  assert.equal(found[0]!['@context'], 'https://schema.org', `${type} has the schema.org context`);
  return found[0]!;
}

function crumbs(h: Head): { position: number; name: string; item: string }[] {
  return ld(h, 'BreadcrumbList').itemListElement as { position: number; name: string; item: string }[];
}

const W3CDTF = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/;

/** What every indexable page has, whatever its type. */
function assertCommon(h: Head, opts: { url: string; title: string; description: string; siteName: string; publisher: string }) {
  assert.equal(link(h, 'canonical'), opts.url, 'canonical');
  assert.equal(one(h, 'og:url'), opts.url, 'og:url');
  assert.equal(one(h, 'DC.identifier'), opts.url, 'DC.identifier');
  assert.equal(one(h, 'description'), opts.description, 'description');
  assert.equal(one(h, 'og:description'), opts.description, 'og:description');
  assert.equal(one(h, 'twitter:description'), opts.description, 'twitter:description');
  assert.equal(one(h, 'DC.description'), opts.description, 'DC.description');
  assert.equal(one(h, 'og:title'), opts.title, 'og:title');
  assert.equal(one(h, 'twitter:title'), opts.title, 'twitter:title');
  assert.equal(one(h, 'DC.title'), opts.title, 'DC.title');
  assert.equal(one(h, 'og:site_name'), opts.siteName, 'og:site_name');
  assert.equal(one(h, 'DC.publisher'), opts.publisher, 'DC.publisher');
  assert.match(one(h, 'DC.date'), W3CDTF, 'DC.date is W3CDTF with the ICT offset');
  assert.equal(link(h, 'schema.DC'), 'http://purl.org/dc/elements/1.1/', 'the DC schema link');
  assert.ok(!h.meta.has('robots'), 'an indexable page has no robots meta');
  assert.ok(!h.html.includes('\u0001'), 'no live mark left in the head');
}

let t: TestApp;
let tb: TestApp;
before(async () => {
  [t, tb] = await Promise.all([testApp({ now: NOW }), testApp({ now: NOW, env: { BASE_URL } })]);
});
after(async () => {
  await Promise.all([t?.close(), tb?.close()]);
});

async function headOf(app: TestApp, url: string, host = 'localhost', status = 200): Promise<Head> {
  const res = await get(app.app, url, host);
  assert.equal(res.statusCode, status, `${url}: HTTP status`);
  return parseHead(res.body);
}

describe('article page', () => {
  test('the reference article: every tag with its exact value', async () => {
    const h = await headOf(t, REF);
    const url = `http://localhost${REF}`;
    const category = await t.db.selectFrom('categories').select(['name', 'slug']).where('slug', '=', REFERENCE_ARTICLE.category).executeTakeFirstOrThrow();
    const image = await t.db
      .selectFrom('articles')
      .innerJoin('media', 'media.id', 'articles.featured_media_id')
      .select(['media.width', 'media.height', 'media.alt', 'media.storage_key'])
      .where('articles.slug', '=', REFERENCE_ARTICLE.slug)
      .executeTakeFirstOrThrow();
    assert.equal(h.title, `${REFERENCE_ARTICLE.title} - ${DEMO_SITE.name}`, 'title');
    assertCommon(h, { url, title: REFERENCE_ARTICLE.title, description: REFERENCE_ARTICLE.summary, siteName: DEMO_SITE.name, publisher: DEMO_SITE.agency });
    assert.equal(one(h, 'og:type'), 'article');
    assert.equal(one(h, 'og:locale'), 'vi_VN');
    // the featured image: absolute, the 960 px WebP, with its real size and alt text
    const width = Math.min(image.width!, 960);
    const imageUrl = `http://localhost/media/${image.storage_key}-${width}.webp`;
    assert.equal(one(h, 'og:image'), imageUrl, 'og:image');
    assert.equal(one(h, 'og:image:type'), 'image/webp');
    assert.equal(one(h, 'og:image:width'), String(width));
    assert.equal(one(h, 'og:image:height'), String(Math.round((image.height! * width) / image.width!)));
    assert.equal(one(h, 'og:image:alt'), image.alt);
    const served = await get(t.app, new URL(imageUrl).pathname);
    assert.equal(served.statusCode, 200, 'og:image is served');
    assert.match(String(served.headers['content-type']), /image\/webp/, 'og:image is a WebP');
    // article facts
    assert.equal(one(h, 'article:published_time'), '2023-12-07T16:00:00+07:00');
    assert.equal(one(h, 'article:modified_time'), '2023-12-07T16:00:00+07:00');
    assert.equal(one(h, 'article:section'), category.name);
    // Twitter
    assert.equal(one(h, 'twitter:card'), 'summary_large_image');
    assert.equal(one(h, 'twitter:image'), imageUrl);
    assert.equal(one(h, 'twitter:image:alt'), image.alt);
    // Dublin Core
    assert.equal(one(h, 'DC.creator'), REFERENCE_ARTICLE.byline);
    assert.equal(one(h, 'DC.date'), '2023-12-07T16:00:00+07:00');
    assert.equal(one(h, 'DC.language'), 'vi');
    assert.equal(one(h, 'DC.type'), 'Text');
  });

  test('the reference article: a NewsArticle and a BreadcrumbList in JSON-LD', async () => {
    const h = await headOf(t, REF);
    const url = `http://localhost${REF}`;
    assert.equal(h.jsonLd.length, 2, 'two JSON-LD blocks');
    const a = ld(h, 'NewsArticle');
    assert.equal(a.headline, REFERENCE_ARTICLE.title);
    assert.equal(a.description, REFERENCE_ARTICLE.summary);
    assert.equal(a.datePublished, '2023-12-07T16:00:00+07:00');
    assert.equal(a.dateModified, '2023-12-07T16:00:00+07:00');
    assert.deepEqual(a.author, [{ '@type': 'Person', name: REFERENCE_ARTICLE.byline }]);
    const publisher = a.publisher as Json;
    assert.equal(publisher['@type'], 'GovernmentOrganization');
    assert.equal(publisher.name, DEMO_SITE.agency);
    assert.equal(publisher.url, 'http://localhost/');
    const logo = (publisher.logo as Json).url as string;
    assert.match(logo, /^http:\/\/localhost\/static\/emblem\.svg\?v=\w+$/, 'the logo is the emblem, absolute');
    assert.equal((await get(t.app, new URL(logo).pathname + new URL(logo).search)).statusCode, 200, 'the logo is served');
    const images = a.image as Json[];
    assert.equal(images.length, 1, 'one image');
    assert.equal(images[0]!.url, one(h, 'og:image'), 'the same image as og:image');
    assert.equal(images[0]!.width, Number(one(h, 'og:image:width')));
    assert.deepEqual(a.mainEntityOfPage, { '@type': 'WebPage', '@id': url });
    assert.equal(a.inLanguage, 'vi');
    assert.equal(a.articleSection, one(h, 'article:section'));
    const category = await t.db.selectFrom('categories').select('name').where('slug', '=', REFERENCE_ARTICLE.category).executeTakeFirstOrThrow();
    assert.deepEqual(crumbs(h), [
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'http://localhost/' },
      { '@type': 'ListItem', position: 2, name: category.name, item: `http://localhost/chuyen-muc/${REFERENCE_ARTICLE.category}` },
      { '@type': 'ListItem', position: 3, name: REFERENCE_ARTICLE.title, item: url },
    ]);
  });

  test('without byline or image: the organisation is the author, a summary card, no og:image; a later edit is dateModified', async () => {
    const sites = await demoSites(t.db);
    const row = await insertArticle(t.db, { siteId: sites.main, authorId: null, status: 'published', publishedAt: '2026-03-02T01:00:00.000Z', now: '2026-03-02T01:00:00.000Z' });
    await t.db.updateTable('articles').set({ summary: '', body_html: '<figure><figcaption>Ảnh</figcaption></figure><p></p><p>Đoạn <strong>đầu</strong> &amp; tiên.</p><p>Đoạn hai.</p>', updated_at: '2026-03-05T10:30:00.000Z' }).where('id', '=', row.id).execute();
    const h = await headOf(t, `/tin-tuc/${row.slug}`);
    assert.equal(one(h, 'description'), 'Đoạn đầu & tiên.', 'without a summary, the first paragraph describes the article');
    assert.equal(one(h, 'twitter:card'), 'summary');
    for (const k of ['og:image', 'og:image:width', 'twitter:image', 'article:section']) assert.ok(!h.meta.has(k), `no ${k}`);
    assert.equal(one(h, 'DC.creator'), DEMO_SITE.agency, 'DC.creator falls back to the agency');
    assert.equal(one(h, 'article:published_time'), '2026-03-02T08:00:00+07:00');
    assert.equal(one(h, 'article:modified_time'), '2026-03-05T17:30:00+07:00');
    const a = ld(h, 'NewsArticle');
    assert.equal(a.dateModified, '2026-03-05T17:30:00+07:00');
    assert.ok(!('image' in a), 'no image in the NewsArticle');
    const author = (a.author as Json[])[0]!;
    assert.equal(author['@type'], 'GovernmentOrganization');
    assert.equal(author.name, DEMO_SITE.agency);
    // no category: the trail is Trang chủ → the article
    assert.deepEqual(
      crumbs(h).map((c) => c.name),
      ['Trang chủ', row.title],
    );
  });

  test('a scheduled article edited before it went out is never modified before it was published', async () => {
    const sites = await demoSites(t.db);
    const row = await insertArticle(t.db, { siteId: sites.main, authorId: null, status: 'published', publishedAt: '2026-04-01T00:00:00.000Z', now: '2026-03-20T00:00:00.000Z' });
    const h = await headOf(t, `/tin-tuc/${row.slug}`);
    assert.equal(one(h, 'article:modified_time'), one(h, 'article:published_time'), 'modified = published');
  });

  test('a long summary is cut at a word boundary to 160 characters, the same everywhere', async () => {
    const sites = await demoSites(t.db);
    const row = await insertArticle(t.db, { siteId: sites.main, authorId: null, status: 'published', publishedAt: '2026-05-01T00:00:00.000Z' });
    const summary = 'Ủy ban nhân dân thành phố đề nghị các phường, xã tăng cường kiểm tra, đôn đốc việc thực hiện nếp sống văn minh, giữ gìn vệ sinh môi trường và trật tự đô thị trong dịp lễ hội đầu xuân năm mới.';
    await t.db.updateTable('articles').set({ summary }).where('id', '=', row.id).execute();
    const h = await headOf(t, `/tin-tuc/${row.slug}`);
    const d = one(h, 'description');
    assert.ok(Array.from(d).length <= 160, `${Array.from(d).length} characters`);
    assert.ok(d.endsWith('…'), 'marked as cut');
    assert.ok(summary.startsWith(d.slice(0, -1)), 'a prefix of the summary');
    assert.equal(summary[d.length - 1], ' ', 'cut where a word ends');
    assert.equal(ld(h, 'NewsArticle').description, d, 'the same in JSON-LD');
    assert.equal(one(h, 'DC.description'), d);
  });

  test('a hostile title and summary: shown as text in every tag, JSON-LD cannot end its script', async () => {
    const sites = await demoSites(t.db);
    const row = await insertArticle(t.db, { siteId: sites.main, authorId: null, status: 'published', publishedAt: '2026-05-02T00:00:00.000Z' });
    await t.db.updateTable('articles').set({ title: HOSTILE, summary: HOSTILE, byline: `Tác giả "${HOSTILE}"` }).where('id', '=', row.id).execute();
    const res = await get(t.app, `/tin-tuc/${row.slug}`);
    assert.equal(res.statusCode, 200);
    const h = parseHead(res.body);
    const flat = HOSTILE.replace(/\s+/g, ' ');
    assert.equal(h.title, `${HOSTILE} - ${DEMO_SITE.name}`, 'the title element holds the text');
    for (const k of ['og:title', 'twitter:title', 'DC.title']) assert.equal(one(h, k), HOSTILE, k);
    for (const k of ['description', 'og:description', 'DC.description']) assert.equal(one(h, k), flat, k);
    assert.equal(one(h, 'DC.creator'), `Tác giả "${HOSTILE}"`);
    // JSON-LD parses back to the exact text, and its raw form holds nothing that could close it
    const a = ld(h, 'NewsArticle');
    assert.equal(a.headline, HOSTILE);
    assert.deepEqual(a.author, [{ '@type': 'Person', name: `Tác giả "${HOSTILE}"` }]);
    assert.equal(crumbs(h).at(-1)!.name, HOSTILE);
    for (const raw of h.jsonLdRaw) assert.doesNotMatch(raw, /[<>&\u2028\u2029]/, 'no <, >, &, U+2028/9 in a JSON-LD block');
    assert.match(h.jsonLdRaw.join(''), /\\u003c\/script\\u003e/, 'the closing tag is escaped');
    // no script was injected: the page's scripts are exactly rating.js and the two data blocks
    const all = parseHead(res.body).scripts;
    assert.deepEqual(all, ['application/ld+json', 'application/ld+json', 'classic'], 'only the page’s own scripts');
    assert.ok(!res.body.includes('<script>alert(1)'), 'the hostile markup never appears raw');
  });

  test('the view count never reaches the head: it is the same template while the count moves', async () => {
    const first = await get(t.app, REF);
    const second = await get(t.app, REF);
    const views = (html: string) => Number(html.match(/(\d+) lượt xem/)![1]);
    assert.notEqual(views(second.body), views(first.body), 'the count moved between the two reads');
    assert.equal(parseHead(second.body).html, parseHead(first.body).html, 'the heads are byte-identical');
    const sites = await demoSites(t.db);
    const template = t.app.pageCache.get(cacheKey(sites.main, REF));
    assert.ok(template, 'the page is cached');
    assert.ok(template.parts[0]!.toString('utf8').includes('</head>'), 'no live mark before </head>: the head is rendered once, into the template');
  });
});

describe('other page types', () => {
  test('category listing: its own canonical on every page, a BreadcrumbList, a collection', async () => {
    const cat = await t.db.selectFrom('categories').select(['name', 'description']).where('slug', '=', 'kinh-te').executeTakeFirstOrThrow();
    const h1 = await headOf(t, '/chuyen-muc/kinh-te');
    assertCommon(h1, { url: 'http://localhost/chuyen-muc/kinh-te', title: cat.name, description: metaDescription(cat.description), siteName: DEMO_SITE.name, publisher: DEMO_SITE.agency });
    assert.equal(one(h1, 'og:type'), 'website');
    assert.equal(one(h1, 'twitter:card'), 'summary');
    assert.equal(one(h1, 'DC.type'), 'Collection');
    assert.deepEqual(crumbs(h1), [
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'http://localhost/' },
      { '@type': 'ListItem', position: 2, name: cat.name, item: 'http://localhost/chuyen-muc/kinh-te' },
    ]);
    assert.ok(!h1.jsonLd.some((d) => d['@type'] === 'NewsArticle'), 'no NewsArticle on a listing');
    const h2 = await headOf(t, '/chuyen-muc/kinh-te?trang=2');
    assert.equal(link(h2, 'canonical'), 'http://localhost/chuyen-muc/kinh-te?trang=2', 'page 2 is canonical to itself');
    assert.equal(one(h2, 'og:url'), 'http://localhost/chuyen-muc/kinh-te?trang=2');
    assert.equal(one(h2, 'og:title'), `${cat.name} - Trang 2`);
  });

  test('a category without a description gets a sentence of its own', async () => {
    await t.db.updateTable('categories').set({ description: '' }).where('slug', '=', 'thong-bao').execute();
    const c = await t.db.selectFrom('categories').select(['name', 'slug']).where('slug', '=', 'thong-bao').executeTakeFirstOrThrow();
    const h = await headOf(t, `/chuyen-muc/${c.slug}`);
    assert.equal(one(h, 'description'), `Tin tức, bài viết chuyên mục ${c.name} của ${DEMO_SITE.name}.`);
  });

  test('home page: the site, a GovernmentOrganization and a WebSite', async () => {
    const h = await headOf(t, '/');
    assert.equal(h.title, DEMO_SITE.name);
    assertCommon(h, { url: 'http://localhost/', title: DEMO_SITE.name, description: DEMO_SITE.welcome, siteName: DEMO_SITE.name, publisher: DEMO_SITE.agency });
    assert.equal(one(h, 'og:type'), 'website');
    assert.equal(one(h, 'DC.type'), 'Collection');
    const org = ld(h, 'GovernmentOrganization');
    assert.equal(org.name, DEMO_SITE.agency);
    assert.equal(org.alternateName, DEMO_SITE.name);
    assert.equal(org.url, 'http://localhost/');
    assert.equal(org.telephone, DEMO_SITE.phone);
    assert.equal(org.email, DEMO_SITE.email);
    assert.equal((org.address as Json).streetAddress, DEMO_SITE.address);
    assert.match((org.logo as Json).url as string, /^http:\/\/localhost\/static\/emblem\.svg/);
    const site = ld(h, 'WebSite');
    assert.equal(site.name, DEMO_SITE.name);
    assert.equal(site.url, 'http://localhost/');
    assert.equal(site.inLanguage, 'vi');
    assert.deepEqual(site.publisher, { '@id': org['@id'] }, 'the web site is published by the organisation');
  });

  test('static pages: the first paragraph describes them; an English page says so', async () => {
    const page = await t.db.selectFrom('articles').select(['title', 'updated_at']).where('kind', '=', 'page').where('slug', '=', 'introduction').executeTakeFirstOrThrow();
    const h = await headOf(t, '/trang/introduction');
    assert.equal(link(h, 'canonical'), 'http://localhost/trang/introduction');
    assert.equal(one(h, 'og:title'), page.title);
    assert.match(one(h, 'description'), /^Tam Điệp is a city/, 'the first paragraph');
    assert.ok(Array.from(one(h, 'description')).length <= 160, 'at most 160 characters');
    assert.equal(one(h, 'og:locale'), 'en_US');
    assert.equal(one(h, 'DC.language'), 'en');
    assert.equal(one(h, 'DC.type'), 'Text');
    assert.equal(crumbs(h).at(-1)!.item, 'http://localhost/trang/introduction');
    const nested = await headOf(t, '/trang/co-cau-to-chuc');
    assert.deepEqual(
      crumbs(nested).map((c) => c.item),
      ['http://localhost/', 'http://localhost/trang/gioi-thieu', 'http://localhost/trang/co-cau-to-chuc'],
      'a nested page has its parent in the trail',
    );
    assert.equal(one(nested, 'og:locale'), 'vi_VN');
  });

  test('Sơ đồ cổng', async () => {
    const h = await headOf(t, '/so-do-cong');
    assertCommon(h, {
      url: 'http://localhost/so-do-cong',
      title: 'Sơ đồ cổng',
      description: `Sơ đồ cổng: các chuyên mục và trang của ${DEMO_SITE.name}.`,
      siteName: DEMO_SITE.name,
      publisher: DEMO_SITE.agency,
    });
    assert.deepEqual(
      crumbs(h).map((c) => c.name),
      ['Trang chủ', 'Sơ đồ cổng'],
    );
  });

  test('404: noindex, and no canonical, social or structured metadata', async () => {
    const h = await headOf(t, '/khong/co/trang/nay', 'localhost', 404);
    assert.equal(one(h, 'robots'), 'noindex');
    assert.ok(!h.links.has('canonical'), 'no canonical');
    for (const k of h.meta.keys()) assert.ok(!/^(og:|twitter:|DC\.|article:)/.test(k), `no ${k}`);
    assert.equal(h.jsonLd.length, 0, 'no JSON-LD');
    const gone = await headOf(t, `${REF}-khong-co`, 'localhost', 404);
    assert.equal(one(gone, 'robots'), 'noindex');
  });
});

describe('addresses and sites', () => {
  test('BASE_URL makes every address absolute on it', async () => {
    for (const path of [REF, '/', '/chuyen-muc/kinh-te', '/trang/gioi-thieu', '/so-do-cong']) {
      const h = await headOf(tb, path, '127.0.0.1:8080');
      assert.equal(link(h, 'canonical'), BASE_URL + path, `${path}: canonical`);
      assert.equal(one(h, 'og:url'), BASE_URL + path, `${path}: og:url`);
      const urls = [...h.meta.values(), ...h.links.values()].flat().filter((v) => /^https?:\/\//.test(v));
      const fromLd = h.jsonLdRaw.join('\n').match(/https?:\/\/[^"]+/g) ?? [];
      for (const u of [...urls, ...fromLd]) {
        if (u.startsWith('http://purl.org/') || u === 'https://schema.org') continue;
        assert.ok(u.startsWith(`${BASE_URL}/`), `${path}: ${u} is on BASE_URL`);
      }
      assert.ok(!h.html.includes('127.0.0.1'), `${path}: the request's host is not used`);
    }
    const h = await headOf(tb, REF);
    assert.match(one(h, 'og:image'), new RegExp(`^${BASE_URL}/media/`), 'og:image on BASE_URL');
    assert.equal((ld(h, 'NewsArticle').publisher as Json).url, `${BASE_URL}/`);
  });

  test("each host gets its own site's name, agency and address", async () => {
    const h = await headOf(t, '/', 'bacson.localhost');
    assertCommon(h, {
      url: 'http://bacson.localhost/',
      title: DEMO_SECOND_SITE.name,
      description: DEMO_SECOND_SITE.welcome,
      siteName: DEMO_SECOND_SITE.name,
      publisher: DEMO_SECOND_SITE.agency,
    });
    assert.equal(ld(h, 'GovernmentOrganization').name, DEMO_SECOND_SITE.agency);
    const slug = 'phuong-bac-son-ra-quan-tong-ve-sinh-moi-truong-don-tet-binh-ngo-2026';
    const a = await headOf(t, `/tin-tuc/${slug}`, 'bacson.localhost');
    assert.equal(one(a, 'og:site_name'), DEMO_SECOND_SITE.name);
    assert.equal(link(a, 'canonical'), `http://bacson.localhost/tin-tuc/${slug}`);
    assert.equal(one(a, 'DC.creator'), 'Hồng Nhung');
    assert.equal((ld(a, 'NewsArticle').publisher as Json).name, DEMO_SECOND_SITE.agency);
    // the main site keeps its own, though both are cached side by side
    assert.equal(one(await headOf(t, '/'), 'og:site_name'), DEMO_SITE.name);
  });

  test('a forged Host header never reaches the cached page', async () => {
    // The first request for this page comes with a host no site has (served the default site).
    const forged = await get(t.app, '/trang/lien-he', 'evil.example');
    assert.equal(forged.statusCode, 200);
    assert.ok(!forged.body.includes('evil.example'), 'the forged host is not written in the page');
    const h = parseHead(forged.body);
    assert.match(link(h, 'canonical'), /^http:\/\/(localhost|127\.0\.0\.1)\/trang\/lien-he$/, 'canonical on one of the site’s hosts');
    const later = await get(t.app, '/trang/lien-he');
    assert.ok(!later.body.includes('evil.example'), 'readers never see it');
  });

  test("a port in the Host header never reaches the site's addresses", async () => {
    const site = (await demoSites(t.db)).main;
    for (const host of ['localhost:6666', 'localhost:99999999', '127.0.0.1:1']) {
      // The first request after a change of content fills the page every later reader gets.
      await atomically(t.db, (trx) => publicChange(trx, site));
      const first = await get(t.app, REF, host);
      assert.equal(first.statusCode, 200, host);
      const port = host.split(':')[1]!;
      assert.ok(!first.body.includes(`:${port}/`), `${host}: its port is written nowhere`);
      const later = parseHead((await get(t.app, REF)).body);
      assert.match(link(later, 'canonical'), /^http:\/\/(localhost|127\.0\.0\.1)\/tin-tuc\//, `${host}: canonical without the forged port`);
      assert.equal(one(later, 'og:url'), link(later, 'canonical'));
      assert.ok(!JSON.stringify(later.jsonLd).includes(`:${port}/`), `${host}: JSON-LD without it`);
      const feed = await get(t.app, '/rss.xml', host);
      assert.ok(!feed.body.includes(`:${port}/`), `${host}: the feed's links without it`);
    }
  });

  test('over a real socket the port is the one Loa answered on, whatever the Host header says', async () => {
    const origin = await listenForBrowser(t.app);
    const port = new URL(origin).port;
    const site = (await demoSites(t.db)).main;
    await atomically(t.db, (trx) => publicChange(trx, site));
    const res = await new Promise<string>((resolve, reject) => {
      http
        .get(`${origin}/trang/gioi-thieu`, { headers: { host: 'localhost:6666', 'user-agent': BROWSER_UA } }, (r) => {
          let body = '';
          r.setEncoding('utf8');
          r.on('data', (d: string) => (body += d));
          r.on('end', () => resolve(body));
        })
        .on('error', reject);
    });
    assert.equal(link(parseHead(res), 'canonical'), `http://localhost:${port}/trang/gioi-thieu`);
  });
});

describe('building blocks', () => {
  test('metaDescription: one line, at most 160 characters, cut where a word ends', () => {
    assert.equal(metaDescription('  Một   dòng\nngắn.  '), 'Một dòng ngắn.', 'whitespace collapsed');
    const words = Array.from({ length: 60 }, (_, i) => `từ${i}`).join(' ');
    const d = metaDescription(words);
    assert.ok(Array.from(d).length <= 160, `${Array.from(d).length} characters`);
    assert.ok(d.endsWith('…'), 'ends with …');
    assert.ok(words.startsWith(d.slice(0, -1) + ' '), 'cut before a space');
    const long = 'ắ'.repeat(300);
    assert.equal(metaDescription(long), 'ắ'.repeat(159) + '…', 'one endless word is cut hard');
    const emoji = '😀'.repeat(200);
    assert.equal(Array.from(metaDescription(emoji)).length, 160, 'astral characters are not split');
    assert.equal(metaDescription('a'.repeat(160)), 'a'.repeat(160), 'exactly 160 stays whole');
  });

  test('serializeJsonLd: parses back to the same data, with nothing that ends a script', () => {
    const data = { a: HOSTILE, b: ['<!--', '-->', '</SCRIPT >', '&amp;', '\u2029', '\ud800'], c: 1 };
    const s = serializeJsonLd(data);
    assert.doesNotMatch(s, /[<>&\u2028\u2029]/, 'escaped');
    assert.deepEqual(JSON.parse(s), data, 'round trip');
  });
});
