// Part 3, revisions: the autosave rule of keepRevision, the list (order, visibility), the
// comparison (word-level <del>/<ins>, escaping, bad ids) and restoring (policy, CSRF, audit,
// the public page), in-process on both databases.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TestApp } from './helpers.js';
import { textOf } from './helpers.js';
import type { Sites, Staff, StaffSession } from './staff.js';
import { auditRowsFor, backofficeFixture, contentVersion, insertArticle, staffGet, staffPost } from './staff.js';
import type { RevisionKind } from '../src/revisions/service.js';
import { keepRevision } from '../src/revisions/service.js';
import { bodyRows } from '../src/revisions/diff.js';
import { bodyText } from '../src/revisions/text.js';
import { msg } from '../src/messages/index.js';
import type { ArticleStatus } from '../src/db/schema.js';

let t: TestApp;
let sites: Sites;
let staff: Staff;
const s = {} as Record<keyof Staff, StaffSession>;

before(async () => {
  ({ t, sites, staff } = await backofficeFixture('rev', s));
});
after(() => t?.close());

const iso = (minutesAgo: number) => new Date(t.clock.now - minutesAgo * 60_000).toISOString();

const articleBy = (authorId: number, status: ArticleStatus = 'draft', siteId = sites.main) =>
  insertArticle(t.db, { siteId, authorId, status, publishedAt: status === 'published' ? iso(600) : null, now: iso(700) });

interface RevFields {
  title?: string;
  summary?: string;
  body?: string;
  byline?: string;
}

async function rev(articleId: number, userId: number | null, kind: RevisionKind, f: RevFields = {}, at = new Date(t.clock.now).toISOString()) {
  await keepRevision(t.db, { itemId: articleId, userId, kind, at, title: f.title ?? 'Tiêu đề', summary: f.summary ?? 'Tóm tắt', bodyHtml: f.body ?? '<p>Nội dung.</p>', byline: f.byline ?? '' });
  const row = await t.db.selectFrom('article_revisions').selectAll().where('article_id', '=', articleId).orderBy('id', 'desc').executeTakeFirstOrThrow();
  return row.id;
}

const revisionsOf = (articleId: number) => t.db.selectFrom('article_revisions').selectAll().where('article_id', '=', articleId).orderBy('id').execute();
const articleRow = (id: number) => t.db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

/** Everything a refused request must leave as it was. */
async function snapshot(articleId: number) {
  return { article: await articleRow(articleId), revisions: await revisionsOf(articleId), audit: await auditRowsFor(t.db, articleId), version: await contentVersion(t.db, sites.main) };
}

const listUrl = (id: number) => `/quan-tri/bai-viet/${id}/phien-ban`;
const compareUrl = (id: number, a: string | number, b: string | number) => `/quan-tri/bai-viet/${id}/phien-ban/so-sanh?a=${a}&b=${b}`;
const restoreUrl = (id: number, r: string | number) => `/quan-tri/bai-viet/${id}/phien-ban/${r}/khoi-phuc`;

/** The text inside every <del> (or <ins>) of a page, screen-reader markers removed. */
function marked(html: string, tag: 'del' | 'ins'): string[] {
  return [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => textOf(m[1]!.replace(/<span class="visually-hidden">[^<]*<\/span>/g, '')));
}

describe('keepRevision', () => {
  test('an autosave replaces the same user’s previous autosave of the article; saves and restores always add a row', async () => {
    const a = await articleBy(staff.reporter);
    const other = await articleBy(staff.reporter);
    await rev(a.id, staff.reporter, 'autosave', { title: 'Bản tự lưu 1' }, iso(10));
    await rev(a.id, staff.reporter, 'autosave', { title: 'Bản tự lưu 2' }, iso(9));
    await rev(a.id, staff.editor, 'autosave', { title: 'Bản tự lưu của biên tập viên' }, iso(8));
    await rev(other.id, staff.reporter, 'autosave', { title: 'Bài khác' }, iso(8));
    let rows = await revisionsOf(a.id);
    assert.deepEqual(
      rows.map((r) => [r.user_id, r.kind, r.title]),
      [
        [staff.reporter, 'autosave', 'Bản tự lưu 2'],
        [staff.editor, 'autosave', 'Bản tự lưu của biên tập viên'],
      ],
      'one autosave per (article, user), the latest',
    );

    await rev(a.id, staff.reporter, 'save', { title: 'Lưu 1' }, iso(7));
    rows = await revisionsOf(a.id);
    assert.deepEqual(
      rows.map((r) => [r.user_id, r.kind, r.title]),
      [
        [staff.editor, 'autosave', 'Bản tự lưu của biên tập viên'],
        [staff.reporter, 'save', 'Lưu 1'],
      ],
      'a save drops that user’s autosave, not another user’s',
    );
    assert.equal((await revisionsOf(other.id)).length, 1, 'another article’s autosave is untouched');

    await rev(a.id, staff.reporter, 'save', { title: 'Lưu 2' }, iso(6));
    await rev(a.id, staff.reporter, 'restore', { title: 'Khôi phục' }, iso(5));
    await rev(a.id, staff.reporter, 'autosave', { title: 'Bản tự lưu 3' }, iso(4));
    await rev(a.id, staff.reporter, 'restore', { title: 'Khôi phục 2' }, iso(3));
    rows = await revisionsOf(a.id);
    assert.deepEqual(
      rows.map((r) => r.title),
      ['Bản tự lưu của biên tập viên', 'Lưu 1', 'Lưu 2', 'Khôi phục', 'Bản tự lưu 3', 'Khôi phục 2'],
      'saves and restores add rows; a restore keeps the autosave',
    );

    // An autosave without a user (an account since deleted) follows the same rule.
    await rev(other.id, null, 'autosave', { title: 'Không người 1' });
    await rev(other.id, null, 'autosave', { title: 'Không người 2' });
    const anon = (await revisionsOf(other.id)).filter((r) => r.user_id === null);
    assert.deepEqual(
      anon.map((r) => r.title),
      ['Không người 2'],
      'one autosave for a null user too',
    );
  });
});

describe('the list of revisions', () => {
  test('newest first, with ICT time, who, kind in Vietnamese and title; the newest two chosen; restore buttons for who may edit', async () => {
    const a = await articleBy(staff.reporter);
    const r1 = await rev(a.id, staff.reporter, 'save', { title: 'Phiên bản đầu' }, '2026-11-20T03:05:00.000Z');
    const r2 = await rev(a.id, staff.editor, 'restore', { title: 'Phiên bản khôi phục' }, '2026-11-21T16:30:00.000Z');
    const r3 = await rev(a.id, staff.reporter, 'autosave', { title: 'Phiên bản tự lưu' }, '2026-11-22T00:00:00.000Z');

    const res = await staffGet(t.app, s.editor, listUrl(a.id));
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['cache-control'], 'no-store');
    const body = res.body;
    const order = ['Phiên bản tự lưu', 'Phiên bản khôi phục', 'Phiên bản đầu'].map((x) => body.indexOf(x));
    assert.ok(order.every((i) => i > 0) && order[0]! < order[1]! && order[1]! < order[2]!, `newest first: ${order}`);
    const text = textOf(body);
    assert.ok(text.includes('20/11/2026 10:05'), 'time in ICT, dd/mm/yyyy HH:mm');
    assert.ok(text.includes('21/11/2026 23:30'), 'time in ICT across midnight');
    assert.ok(text.includes('22/11/2026 07:00'), 'time in ICT');
    for (const k of ['Lưu', 'Khôi phục', 'Tự động lưu']) assert.ok(text.includes(k), `kind shown in Vietnamese: ${k}`);
    assert.ok(text.includes('rev-phong-vien') && text.includes('rev-bien-tap'), 'who saved each');
    assert.match(body, new RegExp(`name="a" value="${r2}" checked`), 'A defaults to the second newest');
    assert.match(body, new RegExp(`name="b" value="${r3}" checked`), 'B defaults to the newest');
    assert.doesNotMatch(body, new RegExp(`value="${r1}" checked`), 'the oldest is not chosen');
    assert.match(body, /name="b" value="hien-tai"/, 'the article as it is now can be chosen');
    for (const r of [r1, r2, r3]) assert.ok(body.includes(`action="${restoreUrl(a.id, r)}"`), `a restore form for revision ${r}`);
    assert.match(body, /<form method="post" action="\/quan-tri\/bai-viet\/\d+\/phien-ban\/\d+\/khoi-phuc" class="rev-restore"><input type="hidden" name="_csrf" value="[^"]+"/, 'restore forms carry the CSRF token');
    assert.doesNotMatch(body.replace(/<form method="get"[\s\S]*?<\/form>/, ''), /<form[^>]*>(?:(?!<\/form>)[\s\S])*<form/, 'no nested forms');

    const own = await staffGet(t.app, s.reporter, listUrl(a.id));
    assert.equal(own.statusCode, 200, 'the author sees the revisions of their draft');
    assert.ok(own.body.includes('khoi-phuc'), 'and may restore them (own draft)');
  });

  test('a single revision is compared with the article as it is now; no revision says so', async () => {
    const a = await articleBy(staff.editor);
    const none = await staffGet(t.app, s.editor, listUrl(a.id));
    assert.equal(none.statusCode, 200);
    assert.ok(textOf(none.body).includes(msg.revisions.empty), 'an empty list says so');
    const r1 = await rev(a.id, staff.editor, 'save');
    const one = await staffGet(t.app, s.editor, listUrl(a.id));
    assert.match(one.body, new RegExp(`name="a" value="${r1}" checked`), 'A is the only revision');
    assert.match(one.body, /name="b" value="hien-tai" checked/, 'B is the article now');
  });

  test('a reporter sees no restore button on a submitted article of their own', async () => {
    const a = await articleBy(staff.reporter, 'submitted');
    await rev(a.id, staff.reporter, 'save');
    const res = await staffGet(t.app, s.reporter, listUrl(a.id));
    assert.equal(res.statusCode, 200);
    assert.ok(!res.body.includes('khoi-phuc'), 'no restore form when the policy refuses editing');
  });

  test('visibility: another reporter’s article is a 404, a person of another site 403, anonymous to sign-in, another site’s article 404', async () => {
    const a = await articleBy(staff.reporter);
    await rev(a.id, staff.reporter, 'save', { title: 'Bí mật của phóng viên' });
    const r2 = await staffGet(t.app, s.reporter2, listUrl(a.id));
    assert.equal(r2.statusCode, 404, 'another reporter: not found');
    assert.ok(!r2.body.includes('Bí mật của phóng viên'), 'nothing of it shown');
    const out = await staffGet(t.app, s.outsider, listUrl(a.id));
    assert.equal(out.statusCode, 403, 'no role on this site');
    const anon = await staffGet(t.app, undefined, listUrl(a.id));
    assert.equal(anon.statusCode, 303, 'anonymous is sent to sign in');
    assert.match(String(anon.headers.location), /^\/dang-nhap\?next=/);

    const ward = await articleBy(staff.outsider, 'draft', sites.ward);
    await rev(ward.id, staff.outsider, 'save', { title: 'Bài của phường' });
    const cross = await staffGet(t.app, s.editor, listUrl(ward.id));
    assert.equal(cross.statusCode, 404, 'another site’s article is not found here');
    assert.ok(!cross.body.includes('Bài của phường'), 'nothing of it shown');
    const there = await staffGet(t.app, s.outsider, listUrl(ward.id), 'bacson.localhost');
    assert.equal(there.statusCode, 200, 'its own site’s editor sees it');
    const cmp = await staffGet(t.app, s.reporter2, compareUrl(a.id, (await revisionsOf(a.id))[0]!.id, 'hien-tai'));
    assert.equal(cmp.statusCode, 404, 'the comparison is as hidden as the list');
  });
});

describe('comparing two versions', () => {
  test('shows removed words in <del> and added words in <ins>, field by field, older to newer', async () => {
    const a = await articleBy(staff.editor);
    const r1 = await rev(
      a.id,
      staff.editor,
      'save',
      { title: 'Phường tổ chức hội nghị', summary: 'Tóm tắt cũ.', byline: 'Nguyễn Văn An', body: '<h2>Mở đầu</h2><p>Sáng nay phường Bắc Sơn tổ chức hội nghị.</p><ul><li>Mục một</li></ul><p><a href="https://cu.gov.vn/">Nguồn</a></p>' },
      iso(20),
    );
    const r2 = await rev(
      a.id,
      staff.editor,
      'save',
      { title: 'Phường tổ chức đại hội', summary: 'Tóm tắt cũ.', byline: 'Nguyễn Văn An', body: '<h2>Mở đầu</h2><p>Sáng nay phường Bắc Sơn tổ chức đại hội đại biểu.</p><ul><li>Mục một</li><li>Mục hai</li></ul><p><a href="https://moi.gov.vn/">Nguồn</a></p><figure><img src="https://anh.gov.vn/a.jpg" alt="Toàn cảnh đại hội"><figcaption>Toàn cảnh</figcaption></figure>' },
      iso(10),
    );
    const res = await staffGet(t.app, s.editor, compareUrl(a.id, r1, r2));
    assert.equal(res.statusCode, 200, res.body);
    const del = marked(res.body, 'del');
    const ins = marked(res.body, 'ins');
    assert.ok(del.includes('hội nghị') || del.includes('nghị'), `removed words in <del>: ${JSON.stringify(del)}`);
    assert.ok(ins.some((x) => x.includes('đại')), `added words in <ins>: ${JSON.stringify(ins)}`);
    assert.ok(ins.some((x) => x.includes('biểu')), `added words of the body in <ins>: ${JSON.stringify(ins)}`);
    assert.ok(ins.some((x) => x.includes('Mục hai')), 'an added list item');
    assert.ok(ins.some((x) => x.includes('Toàn cảnh đại hội')), 'an added image, in words');
    assert.ok(!del.some((x) => x.includes('Sáng nay')) && !ins.some((x) => x.includes('Sáng nay')), 'unchanged words are not marked');
    const text = textOf(res.body);
    assert.ok(text.includes(`${msg.revisions.linksAdded} https://moi.gov.vn/`), 'an added link told in words');
    assert.ok(text.includes(`${msg.revisions.linksRemoved} https://cu.gov.vn/`), 'a removed link told in words');
    assert.ok(text.includes(`${msg.revisions.imagesAdded} Toàn cảnh đại hội (https://anh.gov.vn/a.jpg)`), 'an added image told in words');
    assert.ok(text.includes(`${msg.revisions.fieldSummary} ${msg.revisions.unchanged}`), 'an unchanged field says so');
    assert.ok(res.body.includes('<span class="visually-hidden">[bỏ: </span>'), 'removals are announced without colour');

    // Given the other way round, the older one is still the base.
    const swapped = await staffGet(t.app, s.editor, compareUrl(a.id, r2, r1));
    assert.equal(swapped.statusCode, 200);
    assert.deepEqual(marked(swapped.body, 'del'), del, 'same removals when swapped');
    assert.ok(textOf(swapped.body).includes(msg.revisions.reordered), 'the swap is told');

    // Against the article as it is now.
    const now = await staffGet(t.app, s.editor, compareUrl(a.id, r2, 'hien-tai'));
    assert.equal(now.statusCode, 200);
    assert.ok(marked(now.body, 'ins').some((x) => x.includes(a.title)), 'the current title is the newer side');

    // The same revision twice.
    const same = await staffGet(t.app, s.editor, compareUrl(a.id, r1, r1));
    assert.equal(same.statusCode, 200);
    assert.ok(textOf(same.body).includes(msg.revisions.same), 'identical versions say so');
    assert.equal(marked(same.body, 'ins').length, 1, 'only the legend’s <ins>');
  });

  test('long unchanged stretches are shortened around a change', async () => {
    const a = await articleBy(staff.editor);
    const paras = Array.from({ length: 12 }, (_, i) => `<p>Đoạn số ${i + 1} không đổi.</p>`);
    const r1 = await rev(a.id, staff.editor, 'save', { body: paras.join('') }, iso(20));
    const changed = [...paras];
    changed[6] = '<p>Đoạn số 7 đã sửa.</p>';
    const r2 = await rev(a.id, staff.editor, 'save', { body: changed.join('') }, iso(10));
    const res = await staffGet(t.app, s.editor, compareUrl(a.id, r1, r2));
    const text = textOf(res.body);
    assert.ok(text.includes(msg.revisions.skipped(5)), `five unchanged blocks before the change are left out: ${text}`);
    assert.ok(text.includes('Đoạn số 6 không đổi.') && text.includes('Đoạn số 8 không đổi.'), 'the blocks around the change are shown');
    assert.ok(!text.includes('Đoạn số 1 không đổi.'), 'far blocks are not');
    assert.deepEqual(marked(res.body, 'del').slice(1), ['không đổi'], 'word-level inside the changed block');
  });

  test('HTML and script in revisions are shown as escaped text, never as markup', async () => {
    const a = await articleBy(staff.editor);
    const r1 = await rev(a.id, staff.editor, 'save', { title: 'Cũ', summary: 'Tóm tắt', byline: 'A' }, iso(20));
    const r2 = await rev(
      a.id,
      staff.editor,
      'save',
      {
        title: '<script>alert("tieu-de")</script>',
        summary: '<img src=x onerror=alert(1)>',
        byline: '<b>Tác giả</b>',
        body: '<p>Chữ &lt;script&gt;alert(2)&lt;/script&gt; an toàn</p><script>alert("than-bai")</script><p onclick="alert(3)">Bấm</p>',
      },
      iso(10),
    );
    const res = await staffGet(t.app, s.editor, compareUrl(a.id, r1, r2));
    assert.equal(res.statusCode, 200);
    assert.ok(!/<script>alert/i.test(res.body), 'no script tag in the page');
    assert.ok(!/<img src=x/i.test(res.body) && !/onclick=/i.test(res.body) && !/<b>Tác giả/.test(res.body), 'no markup from the revision');
    assert.match(res.body, /&lt;script(&gt;|>)alert\((&quot;|")tieu-de(&quot;|")\)&lt;\/script(&gt;|>)/, 'the title is shown escaped');
    const ins = marked(res.body, 'ins').join(' ');
    assert.ok(ins.includes('<script>alert("tieu-de")</script>'), 'the title as text');
    assert.ok(ins.includes('<b>Tác giả</b>'), 'the byline as text');
    assert.ok(ins.includes('<img src=x onerror=alert(1)>'), 'the summary as text');
    assert.ok(ins.includes('<script>alert(2)</script>'), 'text that looks like a tag in the body, as text');
    assert.ok(!ins.includes('than-bai'), 'a real script element of the body is dropped by the sanitiser');
  });

  test('bad, missing and other articles’ revision ids are 400 or 404 with a Vietnamese message, never 500', async () => {
    const a = await articleBy(staff.editor);
    const r1 = await rev(a.id, staff.editor, 'save');
    const b = await articleBy(staff.editor);
    const foreign = await rev(b.id, staff.editor, 'save');
    const cases: [string, number][] = [
      [compareUrl(a.id, 'abc', 'hien-tai'), 400],
      [compareUrl(a.id, -1, r1), 400],
      [compareUrl(a.id, r1, '1.5'), 400],
      [compareUrl(a.id, '0', r1), 400],
      [`/quan-tri/bai-viet/${a.id}/phien-ban/so-sanh`, 400],
      [`/quan-tri/bai-viet/${a.id}/phien-ban/so-sanh?a=${r1}`, 400],
      [`/quan-tri/bai-viet/${a.id}/phien-ban/so-sanh?a=${r1}&a=${r1}&b=hien-tai`, 400],
      [compareUrl(a.id, 'x'.repeat(5000), r1), 400],
      [compareUrl(a.id, '99999999999999999999', r1), 400],
      [compareUrl(a.id, '9999999999', r1), 404],
      [compareUrl(a.id, '2147483647', r1), 404],
      [compareUrl(a.id, foreign, r1), 404],
      [compareUrl(a.id, r1, foreign), 404],
      [compareUrl(99999999, r1, 'hien-tai'), 404],
      ['/quan-tri/bai-viet/abc/phien-ban', 404],
      ['/quan-tri/bai-viet/-1/phien-ban', 404],
      ['/quan-tri/bai-viet/99999999999/phien-ban', 404],
      ['/quan-tri/bai-viet/2147483647/phien-ban', 404],
      [`${listUrl(a.id)}?trang=abc`, 404],
      [`${listUrl(a.id)}?trang=999`, 404],
    ];
    for (const [url, status] of cases) {
      const res = await staffGet(t.app, s.editor, url);
      assert.equal(res.statusCode, status, `${url.slice(0, 120)} → ${status}`);
      assert.match(res.headers['content-type'] as string, /text\/html/);
      const text = textOf(res.body);
      if (status === 400) assert.ok(text.includes(msg.revisions.chooseTwo), `a Vietnamese reason for ${url.slice(0, 80)}`);
      assert.ok(!text.includes('x'.repeat(100)), 'the input is not echoed');
    }
  });
});

describe('restoring a revision', () => {
  test('an editor restores: the article, a restore revision, the audit log, the public page', async () => {
    const a = await articleBy(staff.reporter, 'published');
    const old = await rev(
      a.id,
      staff.reporter,
      'save',
      { title: 'Tiêu đề đã khôi phục', summary: 'Tóm tắt đã khôi phục.', byline: 'Trần Thị Bình', body: '<p>Nội dung đã khôi phục.</p><script>alert(1)</script><p onclick="x()">Hết.</p>' },
      iso(60),
    );
    await rev(a.id, staff.editor, 'save', { title: a.title }, iso(30));

    const pub = () => t.app.inject({ method: 'GET', url: `/tin-tuc/${a.slug}`, headers: { host: 'localhost' } });
    await t.app.pageCache.poll(t.db);
    const before = await pub();
    assert.equal(before.statusCode, 200, 'the published article is public');
    assert.ok(before.body.includes(a.title), 'with its title');
    const version = await contentVersion(t.db, sites.main);

    t.clock.now += 60_000;
    const res = await staffPost(t.app, s.editor, restoreUrl(a.id, old));
    assert.equal(res.statusCode, 303, res.body);
    assert.equal(res.headers.location, `/quan-tri/bai-viet/${a.id}?da-khoi-phuc=1`);

    const row = await articleRow(a.id);
    assert.equal(row.title, 'Tiêu đề đã khôi phục');
    assert.equal(row.summary, 'Tóm tắt đã khôi phục.');
    assert.equal(row.byline, 'Trần Thị Bình');
    assert.equal(row.body_html, '<p>Nội dung đã khôi phục.</p><p>Hết.</p>', 'the body passed the sanitiser again');
    assert.equal(row.updated_at, new Date(t.clock.now).toISOString(), 'updated now');
    assert.equal(row.status, 'published', 'the state is untouched');

    const revs = await revisionsOf(a.id);
    const last = revs.at(-1)!;
    assert.equal(revs.length, 3, 'one revision added');
    assert.equal(last.kind, 'restore');
    assert.equal(last.user_id, staff.editor);
    assert.equal(last.title, 'Tiêu đề đã khôi phục');
    assert.equal(last.body_html, row.body_html, 'the restore revision holds what was restored');

    const audit = (await auditRowsFor(t.db, a.id)).filter((r) => r.action === 'article.restore');
    assert.equal(audit.length, 1, 'one audit entry');
    assert.equal(audit[0]!.user_id, staff.editor);
    assert.equal(audit[0]!.site_id, sites.main);
    assert.deepEqual(JSON.parse(audit[0]!.detail), { revision: old });
    assert.ok(audit[0]!.ip, 'from where');

    assert.equal(await contentVersion(t.db, sites.main), version + 1, 'a public article’s restore drops the cached pages');
    await t.app.pageCache.poll(t.db);
    const after = await pub();
    assert.equal(after.statusCode, 200);
    assert.ok(after.body.includes('Tiêu đề đã khôi phục'), 'the public page shows the restored title');
    assert.ok(after.body.includes('Nội dung đã khôi phục.'), 'and body');
  });

  test('a reporter restores their own draft (NFD text comes back NFC); no public change', async () => {
    const a = await articleBy(staff.reporter);
    const nfd = 'Thông báo lịch tiếp dân'.normalize('NFD');
    const r = await rev(a.id, staff.reporter, 'save', { title: nfd, summary: 'Tóm tắt'.normalize('NFD') });
    const version = await contentVersion(t.db, sites.main);
    const res = await staffPost(t.app, s.reporter, restoreUrl(a.id, r));
    assert.equal(res.statusCode, 303, res.body);
    const row = await articleRow(a.id);
    assert.equal(row.title, 'Thông báo lịch tiếp dân'.normalize('NFC'), 'stored NFC');
    assert.equal(row.summary, 'Tóm tắt'.normalize('NFC'));
    assert.equal(await contentVersion(t.db, sites.main), version, 'a draft is not public: no cache drop');
  });

  test('refusals change nothing: reporter on a submitted article or another’s, forged or missing CSRF, another site, bad ids', async () => {
    const submitted = await articleBy(staff.reporter, 'submitted');
    const rs = await rev(submitted.id, staff.reporter, 'save', { title: 'Không được khôi phục' });
    const others = await articleBy(staff.reporter2);
    const ro = await rev(others.id, staff.reporter2, 'save', { title: 'Không được khôi phục' });
    const draft = await articleBy(staff.editor);
    const rd = await rev(draft.id, staff.editor, 'save', { title: 'Không được khôi phục' });
    const empty = await rev(draft.id, staff.editor, 'autosave', { title: '' });
    const foreign = await rev(others.id, staff.reporter2, 'save', { title: 'Bài khác' });

    const cases: { id: number; run: () => ReturnType<typeof staffPost>; status: number; message?: string }[] = [
      { id: submitted.id, run: () => staffPost(t.app, s.reporter, restoreUrl(submitted.id, rs)), status: 403, message: 'Bài đang ở trạng thái Chờ duyệt: Phóng viên chỉ được sửa bài nháp.' },
      { id: others.id, run: () => staffPost(t.app, s.reporter, restoreUrl(others.id, ro)), status: 403, message: 'Phóng viên chỉ được sửa bài của mình.' },
      { id: draft.id, run: () => staffPost(t.app, s.editor, restoreUrl(draft.id, rd), { _csrf: 'gia-mao' }), status: 403, message: msg.badCsrf },
      { id: draft.id, run: () => staffPost(t.app, s.editor, restoreUrl(draft.id, rd), { _csrf: s.reporter.csrf }), status: 403, message: msg.badCsrf },
      { id: draft.id, run: () => staffPost(t.app, s.editor, restoreUrl(draft.id, rd), { _csrf: '' }), status: 403, message: msg.badCsrf },
      { id: draft.id, run: () => staffPost(t.app, s.outsider, restoreUrl(draft.id, rd)), status: 403, message: msg.noRoleHere },
      { id: draft.id, run: () => staffPost(t.app, s.outsider, restoreUrl(draft.id, rd), {}, 'bacson.localhost'), status: 404 },
      { id: draft.id, run: () => staffPost(t.app, undefined, restoreUrl(draft.id, rd)), status: 303 },
      { id: draft.id, run: () => staffPost(t.app, s.editor, restoreUrl(draft.id, foreign)), status: 404, message: msg.revisions.revisionNotFound },
      { id: draft.id, run: () => staffPost(t.app, s.editor, restoreUrl(draft.id, 'abc')), status: 404 },
      { id: draft.id, run: () => staffPost(t.app, s.editor, restoreUrl(draft.id, -1)), status: 404 },
      { id: draft.id, run: () => staffPost(t.app, s.editor, restoreUrl(draft.id, '99999999999')), status: 404 },
      { id: draft.id, run: () => staffPost(t.app, s.editor, restoreUrl(draft.id, '2147483647')), status: 404 },
      { id: draft.id, run: () => staffPost(t.app, s.editor, restoreUrl(draft.id, empty)), status: 400, message: msg.revisions.noTitle },
    ];
    for (const c of cases) {
      const before = await snapshot(c.id);
      const res = await c.run();
      assert.equal(res.statusCode, c.status, `${c.message ?? ''} ${res.body.slice(0, 200)}`);
      if (c.message) assert.ok(textOf(res.body).includes(c.message), `the reason in Vietnamese: ${c.message}`);
      assert.deepEqual(await snapshot(c.id), before, `nothing changed (${c.status} ${c.message ?? ''})`);
    }
  });
});

describe('the text of a body', () => {
  test('one line per block, cells joined, images and videos in words, links collected', () => {
    const labels = msg.revisions;
    const b = bodyText(
      '<h2>Tiêu đề &amp; mục</h2><p>Một<br>hai <a href="https://a.vn/?x=1&amp;y=2">liên kết</a></p><table><caption>Bảng</caption><tr><th>Cột 1</th><th>Cột 2</th></tr><tr><td>a</td><td>b</td></tr></table><blockquote><p>Trích dẫn</p></blockquote><iframe src="https://www.youtube.com/embed/abc"></iframe><img src="https://x.vn/a.png" alt="">',
      labels,
    );
    assert.deepEqual(b.lines, ['Tiêu đề & mục', 'Một', 'hai liên kết', 'Bảng', 'Cột 1 | Cột 2', 'a | b', 'Trích dẫn', '[Video] https://www.youtube.com/embed/abc', '[Ảnh không có mô tả]'], 'lines');
    assert.deepEqual(b.links, ['https://a.vn/?x=1&y=2'], 'links decoded');
    assert.deepEqual(b.videos, ['https://www.youtube.com/embed/abc']);
    assert.deepEqual(b.images, ['https://x.vn/a.png']);
  });

  test('an added block with no counterpart is one insertion; context keeps neighbours', () => {
    const rows = bodyRows(['a', 'b', 'c', 'd', 'e'], ['a', 'b', 'c', 'x', 'd', 'e'], 1);
    assert.deepEqual(rows, [
      { kind: 'skipped', count: 2 },
      { kind: 'line', changed: false, segments: [{ kind: 'same', text: 'c' }] },
      { kind: 'line', changed: true, segments: [{ kind: 'ins', text: 'x' }] },
      { kind: 'line', changed: false, segments: [{ kind: 'same', text: 'd' }] },
      { kind: 'skipped', count: 1 },
    ]);
  });
});
