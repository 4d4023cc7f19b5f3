// In-process HTTP tests of every public page type, on the demo content.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TestApp } from './helpers.js';
import { get, testApp, textOf } from './helpers.js';
import { REFERENCE_ARTICLE } from '../src/demo/content/index.js';
import { insertArticle, tagArticles } from './staff.js';
import { cacheKey } from '../src/cache/page.js';

const REF = `/tin-tuc/${REFERENCE_ARTICLE.slug}`;
// 10:00 on Tuesday 24/11/2026 in Hà Nội, after every demo article.
const NOW = Date.parse('2026-11-24T03:00:00Z');

let t: TestApp;
before(async () => {
  t = await testApp({ now: NOW });
});
after(() => t.close());

function inOrder(text: string, parts: string[]) {
  let at = -1;
  for (const p of parts) {
    const i = text.indexOf(p, at + 1);
    assert.ok(i > at, `expected "${p}" after position ${at}`);
    at = i;
  }
}

describe('article page', () => {
  test('shows everything of the reference page, in order', async () => {
    const res = await get(t.app, REF);
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /text\/html; charset=utf-8/);
    const html = res.body;
    assert.equal(html.match(/<h1[\s>]/g)?.length, 1, 'exactly one h1');
    assert.match(html, /<h1>Hội nghị tổng kết công tác dân vận và hoạt động các Ban Chỉ đạo của thành ủy năm 2023, triển khai nhiệm vụ năm 2024<\/h1>/);
    assert.match(html, /<time datetime="2023-12-07T16:00:00\+07:00">Thứ Năm, 07\/12\/2023<\/time>/);
    assert.equal(html.match(/<figure>/g)?.length, 3);
    for (const caption of ['Quang cảnh Hội nghị.', 'Các đơn vị tham gia ký kết giao ước thi đua năm 2024.', 'Đồng chí Vũ Thành Tôn, Phó Bí thư Thường trực Thành ủy phát biểu kết luận.']) {
      assert.ok(html.includes(`<figcaption>${caption}</figcaption>`), caption);
    }
    assert.match(html, /<a href="\/dang-nhap">Đăng nhập<\/a>/);
    const text = textOf(html);
    inOrder(text, [
      'Trang Thông tin điện tử Thành phố Tam Điệp',
      'Thứ Ba, 24/11/2026',
      'Chào mừng bạn đến với Trang thông tin điện tử thành phố Tam Điệp!',
      'Hội nghị tổng kết công tác dân vận và hoạt động các Ban Chỉ đạo',
      'Thứ Năm, 07/12/2023',
      '78 lượt xem',
      'Đánh giá cho bài viết: 0 điểm ( 0 đánh giá )',
      'Chiều 7-12, tại phòng hội thảo tầng 2',
      'Quang cảnh Hội nghị.',
      'Các đơn vị tham gia ký kết giao ước thi đua năm 2024.',
      'phát biểu kết luận.',
      'Nâng cao chất lượng, đẩy mạnh phong trào thi đua yêu nước',
      'Kim Dung',
      'Các tin khác',
      'Đăng nhập',
      'Thống kê truy cập',
      'Số lượt truy cập 665614',
      'Trực tuyến: 0',
      'Hôm nay: 0',
    ]);
    // every paragraph of the reference article is there, verbatim
    for (const b of REFERENCE_ARTICLE.blocks) if (b.kind === 'p') assert.ok(text.includes(b.text), b.text.slice(0, 40));
    // the welcome line is plain text, never a marquee
    assert.doesNotMatch(html, /<marquee/i);
  });

  test('"Các tin khác" lists other articles of the same category only', async () => {
    const html = (await get(t.app, REF)).body;
    const section = html.slice(html.indexOf('id="cac-tin-khac"'));
    const links = [...section.matchAll(/href="(\/tin-tuc\/[^"]+)"/g)].map((m) => m[1]!);
    assert.ok(links.length >= 3, `${links.length} links`);
    assert.ok(!links.includes(REF), 'not itself');
    const row = await t.db.selectFrom('articles').select('category_id').where('slug', '=', REFERENCE_ARTICLE.slug).executeTakeFirstOrThrow();
    const slugs = links.map((l) => l.slice('/tin-tuc/'.length));
    const cats = await t.db.selectFrom('articles').select('category_id').where('slug', 'in', slugs).execute();
    assert.ok(cats.every((c) => c.category_id === row.category_id), 'same category');
  });

  test('the figures come from storage', async () => {
    await t.app.counting.buffer.flush(); // the views and visits of earlier tests are written
    await t.db.deleteFrom('visitor_presence').execute();
    await t.db.deleteFrom('site_daily_visits').execute();
    await t.db.updateTable('articles').set({ view_count: 1234, rating_sum: 9, rating_count: 2 }).where('slug', '=', REFERENCE_ARTICLE.slug).execute();
    const site = await t.db.selectFrom('sites').select('id').where('is_default', '=', 1).executeTakeFirstOrThrow();
    await t.db.insertInto('site_daily_visits').values({ site_id: site.id, day: '2026-11-24', visits: 834 }).execute();
    await t.db.insertInto('site_daily_visits').values({ site_id: site.id, day: '2026-11-23', visits: 100 }).execute();
    await t.db.insertInto('visitor_presence').values({ site_id: site.id, visitor: 'a', last_seen: new Date(NOW - 60_000).toISOString() }).execute();
    await t.db.insertInto('visitor_presence').values({ site_id: site.id, visitor: 'b', last_seen: new Date(NOW - 6 * 60_000).toISOString() }).execute();
    const text = textOf((await get(t.app, REF)).body);
    assert.ok(text.includes('1234 lượt xem'), 'line 89');
    assert.ok(text.includes('Đánh giá cho bài viết: 4,5 điểm ( 2 đánh giá )'), 'line 90');
    assert.ok(text.includes(`Số lượt truy cập ${665614 + 834 + 100}`), 'line 91');
    assert.ok(text.includes('Hôm nay: 834'), 'line 92');
    assert.ok(text.includes('Trực tuyến: 1'), 'line 93');
  });

  test('print view has the article and not the site furniture', async () => {
    const res = await get(t.app, `${REF}/in`);
    assert.equal(res.statusCode, 200);
    const text = textOf(res.body);
    assert.ok(text.includes('Quang cảnh Hội nghị.'), 'line 100');
    assert.ok(text.includes('Kim Dung'), 'line 101');
    assert.ok(!text.includes('Thống kê truy cập'), 'line 102');
    assert.match(res.body, /<meta name="robots" content="noindex"/);
  });

  test('/bai-viet/:id redirects to the article address', async () => {
    const row = await t.db.selectFrom('articles').select('id').where('slug', '=', REFERENCE_ARTICLE.slug).executeTakeFirstOrThrow();
    const res = await get(t.app, `/bai-viet/${row.id}`);
    assert.equal(res.statusCode, 301);
    assert.equal(res.headers.location, REF);
  });

  test('drafts and future articles are not public', async () => {
    const row = await t.db.selectFrom('articles').select(['id', 'slug']).where('slug', '!=', REFERENCE_ARTICLE.slug).limit(2).execute();
    await t.db.updateTable('articles').set({ status: 'draft' }).where('id', '=', row[0]!.id).execute();
    await t.db.updateTable('articles').set({ published_at: new Date(NOW + 3_600_000).toISOString() }).where('id', '=', row[1]!.id).execute();
    assert.equal((await get(t.app, `/tin-tuc/${row[0]!.slug}`)).statusCode, 404);
    assert.equal((await get(t.app, `/tin-tuc/${row[1]!.slug}`)).statusCode, 404);
    t.clock.now = NOW + 2 * 3_600_000;
    assert.equal((await get(t.app, `/tin-tuc/${row[1]!.slug}`)).statusCode, 200);
    t.clock.now = NOW;
  });
});

describe('home, listings, pages', () => {
  test('home: header, lead story, news per category, sidebar, footer', async () => {
    const res = await get(t.app, '/');
    assert.equal(res.statusCode, 200);
    const text = textOf(res.body);
    inOrder(text, ['Trang Thông tin điện tử Thành phố Tam Điệp', 'Thứ Ba, 24/11/2026', 'Chào mừng bạn đến với', 'Trang chủ', 'Giới thiệu']);
    for (const c of ['Chính trị', 'Kinh tế', 'Văn hóa – Xã hội', 'Quốc phòng – An ninh', 'Chỉ đạo điều hành', 'Thông báo']) assert.ok(text.includes(c), c);
    assert.match(res.body, /class="lead-story"/);
    assert.ok(text.includes('Thống kê truy cập'), 'line 133');
    assert.ok(text.includes('Ủy ban nhân dân thành phố Tam Điệp'), 'line 134');
    assert.match(text, /Điện thoại: 0229/);
    assert.match(text, /Thư điện tử: \S+@\S+/);
    assert.match(text, /Địa chỉ: /);
    assert.match(text, /Chịu trách nhiệm chính: /);
    // the lead story is the newest published article
    const newest = await t.db.selectFrom('articles').where('kind', '=', 'article').select('slug').where('status', '=', 'published').orderBy('published_at', 'desc').limit(1).executeTakeFirstOrThrow();
    assert.ok(res.body.indexOf(`/tin-tuc/${newest.slug}`) < res.body.indexOf('section-title'), 'line 141');
  });

  test('category listing paginates 10 a page, newest first', async () => {
    const first = await get(t.app, '/chuyen-muc/kinh-te');
    assert.equal(first.statusCode, 200);
    const items = [...first.body.matchAll(/<time class="date" datetime="([^"]+)"/g)].map((m) => m[1]!);
    assert.equal(items.length, 10);
    assert.deepEqual([...items].sort().reverse(), items);
    assert.match(first.body, /aria-label="Phân trang"/);
    const second = await get(t.app, '/chuyen-muc/kinh-te?trang=2');
    assert.equal(second.statusCode, 200);
    assert.match(second.body, /<span aria-current="page">2<\/span>/);
  });

  test('static page with its children, and the site map', async () => {
    const res = await get(t.app, '/trang/gioi-thieu');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<h1>Giới thiệu<\/h1>/);
    assert.match(res.body, /href="\/trang\/lien-he"/);
    const map = await get(t.app, '/so-do-cong');
    assert.equal(map.statusCode, 200);
    const text = textOf(map.body);
    assert.ok(text.includes('Sơ đồ cổng'), 'line 164');
    for (const c of ['Chính trị', 'Kinh tế', 'Giới thiệu', 'Liên hệ']) assert.ok(text.includes(c), c);
  });

  test('robots.txt', async () => {
    const res = await get(t.app, '/robots.txt');
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /text\/plain/);
    assert.match(res.body, /User-agent: \*/);
    assert.match(res.body, /Disallow: \/quan-tri\//);
  });

  test('static assets and demo images are served with cache headers', async () => {
    const home = (await get(t.app, '/')).body;
    const cssUrl = home.match(/<link rel="stylesheet" href="(\/static\/site\.css\?v=[0-9a-f]{10})"/)?.[1];
    assert.ok(cssUrl, 'the stylesheet address carries a content version');
    const css = await get(t.app, cssUrl);
    assert.equal(css.statusCode, 200);
    assert.match(css.headers['cache-control'] as string, /max-age=31536000.*immutable/);
    const html = (await get(t.app, REF)).body;
    const src = html.match(/<figure><img src="([^"]+)"/)![1]!;
    const img = await get(t.app, src);
    assert.equal(img.statusCode, 200);
    assert.equal(img.headers['content-type'], 'image/webp');
    assert.match(img.headers['cache-control'] as string, /immutable/);
  });

  test('an image stored with AVIF widths is offered as AVIF first, WebP otherwise', async () => {
    const before = (await get(t.app, '/')).body;
    const lead = before.match(/<section class="lead-story"[\s\S]*?<img src="\/media\/([^"]+)-\d+\.webp"/)?.[1];
    assert.ok(lead, 'the lead story has a stored image');
    assert.doesNotMatch(before, /<source type="image\/avif"/);
    const media = await t.db.selectFrom('media').select(['id', 'site_id']).where('storage_key', '=', lead).executeTakeFirstOrThrow();
    await t.db.updateTable('media').set({ avif_variants: '480,960' }).where('id', '=', media.id).execute();
    t.app.pageCache.dropSite(media.site_id);
    const after = (await get(t.app, '/')).body;
    assert.match(after, new RegExp(`<picture><source type="image/avif" srcset="/media/${lead}-480\\.avif 480w, /media/${lead}-960\\.avif 960w" sizes="[^"]+"/><img src="/media/${lead}-\\d+\\.webp"`));
    await t.db.updateTable('media').set({ avif_variants: '' }).where('id', '=', media.id).execute();
    t.app.pageCache.dropSite(media.site_id);
  });
});

describe('tags', () => {
  test('the article shows its tags, each linking to a paginated, cached page of the tag\'s published articles; unknown tags and tags of drafts only are 404s', async () => {
    const ref = await t.db.selectFrom('articles').select(['id', 'site_id']).where('slug', '=', REFERENCE_ARTICLE.slug).executeTakeFirstOrThrow();
    const siteId = ref.site_id;
    const at = (i: number) => new Date(Date.parse('2026-10-01T02:00:00Z') + i * 3_600_000).toISOString();
    const published = [];
    for (let i = 0; i < 11; i++) published.push(await insertArticle(t.db, { siteId, authorId: null, status: 'published', publishedAt: at(i), fields: { slug: `bai-dan-van-${i}`, title: `Dân vận khéo số ${i}` } }));
    const draft = await insertArticle(t.db, { siteId, authorId: null, status: 'draft', fields: { slug: 'bai-dan-van-nhap', title: 'Bản nháp về dân vận' } });
    const future = await insertArticle(t.db, { siteId, authorId: null, status: 'published', publishedAt: new Date(NOW + 86_400_000).toISOString(), fields: { slug: 'bai-dan-van-sau', title: 'Bài hẹn giờ về dân vận' } });
    await tagArticles(t.db, siteId, { slug: 'dan-van', name: 'Dân vận' }, [ref.id, ...published.map((a) => a.id), draft.id, future.id]);
    await tagArticles(t.db, siteId, { slug: 'tong-ket-nam', name: 'Tổng kết <năm>' }, [ref.id]);
    await tagArticles(t.db, siteId, { slug: 'chi-ban-nhap', name: 'Chỉ bản nháp' }, [draft.id]);
    t.app.pageCache.dropSite(siteId);

    const article = await get(t.app, REF);
    const tagList = '<p id="tu-khoa">Từ khóa:</p><ul aria-labelledby="tu-khoa"><li><a href="/tu-khoa/dan-van">Dân vận</a></li><li><a href="/tu-khoa/tong-ket-nam">Tổng kết &lt;năm></a></li></ul>';
    assert.ok(article.body.includes(tagList), `the tags, escaped: ${/<div class="article-tags">.*?<\/div>/.exec(article.body)?.[0]}`);
    assert.ok(!article.body.includes('Chỉ bản nháp'), 'another article\'s tag is not shown');
    const untagged = await get(t.app, `/tin-tuc/${(await t.db.selectFrom('articles').where('kind', '=', 'article').select('slug').where('site_id', '=', siteId).where('id', 'not in', [ref.id, ...published.map((a) => a.id)]).where('status', '=', 'published').limit(1).executeTakeFirstOrThrow()).slug}`);
    assert.ok(!untagged.body.includes('Từ khóa:'), 'no tag list without tags');

    const first = await get(t.app, '/tu-khoa/dan-van');
    assert.equal(first.statusCode, 200);
    assert.match(first.body, /<h1>Từ khóa: Dân vận<\/h1>/);
    assert.match(first.body, /<title>Từ khóa: Dân vận - Trang Thông tin điện tử Thành phố Tam Điệp<\/title>/);
    assert.match(first.body, /<link rel="canonical" href="http:\/\/localhost\/tu-khoa\/dan-van"/);
    assert.match(textOf(first.body), /12 bài viết/);
    const titles = (html: string) => [...html.matchAll(/<h2><a href="\/tin-tuc\/([^"]+)">/g)].map((m) => m[1]!);
    assert.deepEqual(titles(first.body), published.slice(1).reverse().map((a) => a.slug), 'newest first, 10 a page');
    assert.ok(!first.body.includes('bai-dan-van-nhap') && !first.body.includes('bai-dan-van-sau'), 'no draft, no scheduled article');
    assert.ok(t.app.pageCache.get(cacheKey(siteId, '/tu-khoa/dan-van')), 'in the page cache');
    const second = await get(t.app, '/tu-khoa/dan-van?trang=2');
    assert.equal(second.statusCode, 200);
    assert.deepEqual(titles(second.body), [published[0]!.slug, REFERENCE_ARTICLE.slug]);
    assert.match(second.body, /<link rel="canonical" href="http:\/\/localhost\/tu-khoa\/dan-van\?trang=2"/);
    assert.match(second.body, /<span aria-current="page">2<\/span>/);
    assert.ok(t.app.pageCache.get(cacheKey(siteId, '/tu-khoa/dan-van?trang=2')), 'page 2 in the page cache');

    assert.equal((await get(t.app, '/tu-khoa/dan-van?trang=3')).statusCode, 404);
    assert.equal((await get(t.app, '/tu-khoa/khong-co-tu-nay')).statusCode, 404);
    assert.equal((await get(t.app, '/tu-khoa/chi-ban-nhap')).statusCode, 404, 'a tag only a draft carries names nothing public');
    assert.equal((await get(t.app, '/tu-khoa/dan-van', 'bacson.localhost')).statusCode, 404, 'another site\'s tag');
    assert.equal((await get(t.app, '/tu-khoa/Dan_Van')).statusCode, 404);
  });
});

describe('bad input', () => {
  const cases = [
    '/tin-tuc/khong-co-bai-nay',
    '/tin-tuc/UPPER-case',
    '/tin-tuc/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    `/tin-tuc/${'a'.repeat(5000)}`,
    '/bai-viet/abc',
    '/bai-viet/-1',
    '/bai-viet/99999999999999',
    '/bai-viet/999999',
    '/chuyen-muc/kinh-te?trang=-1',
    '/chuyen-muc/kinh-te?trang=abc',
    '/chuyen-muc/kinh-te?trang=999999',
    '/chuyen-muc/kinh-te?trang=0',
    '/chuyen-muc/kinh-te?trang=1&trang=2',
    '/chuyen-muc/khong-co',
    '/trang/khong-co',
    '/khong/co/gi/o/day',
    '/%F0%9F%98%80',
    `/${'x/'.repeat(2000)}`,
  ];
  for (const url of cases) {
    test(`${url.slice(0, 60)} → Vietnamese 404`, async () => {
      const res = await get(t.app, url);
      assert.equal(res.statusCode, 404);
      assert.match(res.body, /Không tìm thấy trang/);
      assert.doesNotMatch(res.body, /<script>alert/);
      assert.ok(!res.body.includes('a'.repeat(300)), 'line 216');
    });
  }

  test('malformed percent-encoding is a 400 or 404, never a 500', async () => {
    for (const url of ['/tin-tuc/%E0%A4%A', '/%', '/chuyen-muc/%ZZ', '/trang/%C0%AF']) {
      const res = await get(t.app, url);
      assert.ok([400, 404].includes(res.statusCode), `${url}: ${res.statusCode}`);
      assert.match(res.body, /<html lang="vi">/);
      assert.doesNotMatch(res.body, /at \w+ \(|node_modules|stack/i);
    }
  });

  test('stored text is escaped; only sanitised bodies are raw', async () => {
    const row = await t.db
      .selectFrom('articles')
      .where('kind', '=', 'article')
      .select(['id', 'slug'])
      .where('slug', '!=', REFERENCE_ARTICLE.slug)
      .where('site_id', '=', (await t.db.selectFrom('sites').select('id').where('is_default', '=', 1).executeTakeFirstOrThrow()).id)
      .where('status', '=', 'published')
      .where('published_at', '<=', new Date(NOW).toISOString())
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    await t.db.updateTable('articles').set({ title: '<script>alert("x")</script> & "quotes"', byline: '<img src=x onerror=alert(1)>' }).where('id', '=', row.id).execute();
    const res = await get(t.app, `/tin-tuc/${row.slug}`);
    assert.equal(res.statusCode, 200);
    assert.ok(!res.body.includes('<script>alert'), 'line 242');
    assert.ok(res.body.includes('&lt;script>alert(&quot;x&quot;)&lt;/script> &amp; &quot;quotes&quot;'), 'escaped title');
    assert.ok(textOf(res.body).includes('<script>alert("x")</script> & "quotes"'), 'shown as text');
    assert.ok(!res.body.includes('<img src=x'), 'line 244');
  });

  test('a failure inside becomes the plain Vietnamese 500 page with no details', async () => {
    const broken = await testApp({ demo: true, now: NOW });
    await get(broken.app, '/'); // the site is now cached
    await broken.rt.close(); // the database goes away
    const res = await get(broken.app, REF);
    assert.equal(res.statusCode, 500);
    assert.match(res.body, /Đã xảy ra lỗi/);
    assert.doesNotMatch(res.body, /Error\b[^-]|at \w+ \(|kysely|sqlite|postgres/i);
    await broken.close();
  });
});
