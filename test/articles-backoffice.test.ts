// Part 3: articles in the back office — writing, the lists and the review queue, the workflow from
// the editor page, autosave and preview — in-process, with abuse: forged tokens, other people's
// and other sites' articles, over-long and hostile input.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TestApp } from './helpers.js';
import { sql } from 'kysely';
import { get, testEnv, textOf } from './helpers.js';
import type { Sites, Staff, StaffSession } from './staff.js';
import { backofficeFixture, insertArticle, staffGet, staffPost } from './staff.js';
import { titleColumns } from '../src/db/titles.js';
import { createUser, grantRole } from '../src/accounts/users.js';
import { loadConfig } from '../src/config.js';
import { openDb } from '../src/db/index.js';
import { migrate } from '../src/db/migrate.js';
import { createSite } from '../src/sites/service.js';

let t: TestApp;
let sites: Sites;
let staff: Staff;
const s = {} as Record<keyof Staff, StaffSession>;

before(async () => {
  ({ t, sites, staff } = await backofficeFixture('ar', s));
});
after(() => t.close());

const article = (id: number) => t.db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const idFrom = (location: string | undefined) => Number(/\/quan-tri\/bai-viet\/(\d+)/.exec(location ?? '')?.[1]);
const form = (o: Record<string, string> = {}) => ({ title: 'Bài mới của phóng viên', slug: '', summary: 'Tóm tắt bài.', body_html: '<p>Nội dung bài.</p>', byline: 'Minh Anh', category_id: '', featured_media_id: '', tags: '', published_at: '', _action: 'save', ...o });

async function categoryId(slug = 'kinh-te') {
  return (await t.db.selectFrom('categories').select('id').where('site_id', '=', sites.main).where('slug', '=', slug).executeTakeFirstOrThrow()).id;
}

describe('writing', () => {
  test('a reporter writes a draft: NFC text, sanitised body, tags, a revision and an audit entry', async () => {
    const nfd = 'Lễ hội Đền Quán Cháo'.normalize('NFD');
    const res = await staffPost(t.app, s.reporter, '/quan-tri/bai-viet/moi', form({ title: nfd, category_id: String(await categoryId()), tags: 'lễ hội, du lịch, Lễ hội', body_html: '<p onclick="x()">Chào<script>alert(1)</script></p><img src="javascript:alert(1)">' }));
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    const id = idFrom(res.headers.location as string);
    const a = await article(id);
    assert.equal(a.title, 'Lễ hội Đền Quán Cháo'.normalize('NFC'));
    assert.equal(a.slug, 'le-hoi-den-quan-chao');
    assert.equal(a.status, 'draft');
    assert.equal(a.author_id, staff.reporter);
    assert.equal(a.body_html, '<p>Chào</p><img />');
    const tags = await t.db.selectFrom('article_tags').innerJoin('tags', 'tags.id', 'article_tags.tag_id').select('tags.name').where('article_id', '=', id).orderBy('tags.name').execute();
    assert.deepEqual(tags.map((x) => x.name), ['du lịch', 'lễ hội']);
    const revs = await t.db.selectFrom('article_revisions').selectAll().where('article_id', '=', id).execute();
    assert.equal(revs.length, 1);
    const logged = await t.db.selectFrom('audit_log').selectAll().where('subject_type', '=', 'article').where('subject_id', '=', id).where('action', '=', 'article.create').execute();
    assert.equal(logged.length, 1);
    const page = await staffGet(t.app, s.reporter, `/quan-tri/bai-viet/${id}?da-luu=1`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Đã lưu bài viết\./);
    assert.match(page.body, /value="du lịch, lễ hội"/);
  });

  test('plain text typed without the rich editor keeps its paragraphs and line breaks, escaped; HTML goes to the sanitiser as before', async () => {
    const typed = 'Sáng 20/11, phường tổ chức lễ mít tinh.\r\nTham dự có 200 người & khách mời "đặc biệt".\r\n\r\n  \r\nĐoạn hai: 2 < 3 và 5 > 4.\r\n\r\n\r\n';
    const res = await staffPost(t.app, s.reporter, '/quan-tri/bai-viet/moi', form({ title: 'Bài gõ không có trình soạn thảo', body_html: typed }));
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    const a = await article(idFrom(res.headers.location as string));
    assert.equal(a.body_html, '<p>Sáng 20/11, phường tổ chức lễ mít tinh.<br />Tham dự có 200 người &amp; khách mời "đặc biệt".</p>\n<p>Đoạn hai: 2 &lt; 3 và 5 &gt; 4.</p>');
    const html = await staffPost(t.app, s.reporter, '/quan-tri/bai-viet/moi', form({ title: 'Bài đã là HTML', body_html: '<p>Một</p>\n\nHai<script>x()</script>' }));
    assert.equal((await article(idFrom(html.headers.location as string))).body_html, '<p>Một</p>\n\nHai');
  });

  test('script and HTML in every field are stored as text and shown escaped', async () => {
    const evil = '<script>alert(1)</script>"><img src=x onerror=alert(1)>';
    const res = await staffPost(t.app, s.reporter, '/quan-tri/bai-viet/moi', form({ title: `Tiêu đề ${evil}`, summary: evil, byline: evil, tags: 'a<b>c' }));
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    const id = idFrom(res.headers.location as string);
    const page = await staffGet(t.app, s.reporter, `/quan-tri/bai-viet/${id}`);
    assert.ok(!page.body.includes('<script>alert(1)'), 'no raw script in the editor page');
    assert.ok(!page.body.includes('<img src=x'), 'no raw img in the editor page');
    const list = await staffGet(t.app, s.reporter, '/quan-tri/bai-viet');
    assert.ok(!list.body.includes('<script>alert(1)'), 'no raw script in the list');
    assert.match(list.body, /Tiêu đề &lt;script>/);
  });

  test('bad input: everything refused at once with messages beside the fields, nothing stored', async () => {
    const before = (await t.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    const cases: [Record<string, string>, RegExp][] = [
      [{ title: '' }, /Tiêu đề: chưa nhập\./],
      [{ title: 'x'.repeat(301) }, /Tiêu đề: dài quá 300 ký tự\./],
      [{ slug: 'Không Hợp Lệ' }, /Đường dẫn chỉ gồm chữ thường/],
      [{ slug: 'le-hoi-den-quan-chao' }, /Đường dẫn này đã có bài khác dùng/],
      [{ category_id: '999999' }, /Chuyên mục không có trên trang này/],
      [{ category_id: 'abc' }, /Chuyên mục không có trên trang này/],
      [{ featured_media_id: '999999' }, /Không có ảnh với số này/],
      [{ published_at: '2026-02-30T10:00' }, /Ngày giờ không hợp lệ/],
      [{ published_at: 'hôm qua' }, /Ngày giờ không hợp lệ/],
      [{ summary: 's'.repeat(1001) }, /Tóm tắt: dài quá 1000 ký tự/],
      [{ tags: Array.from({ length: 21 }, (_, i) => `tu-${i}`).join(',') }, /Tối đa 20 từ khoá/],
    ];
    for (const [o, message] of cases) {
      const res = await staffPost(t.app, s.reporter, '/quan-tri/bai-viet/moi', form(o));
      assert.equal(res.statusCode, 400, JSON.stringify(o).slice(0, 80));
      assert.match(textOf(res.body), message);
      assert.match(res.body, /aria-invalid="true"/);
    }
    // another site's category is not this site's
    const wardCat = await t.db.selectFrom('categories').select('id').where('site_id', '=', sites.ward).executeTakeFirst();
    if (wardCat) assert.equal((await staffPost(t.app, s.reporter, '/quan-tri/bai-viet/moi', form({ category_id: String(wardCat.id) }))).statusCode, 400);
    const after = (await t.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    assert.equal(Number(after), Number(before));
  });

  test('a forged or missing CSRF token changes nothing', async () => {
    const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter });
    for (const csrf of ['', 'forged', s.editor.csrf]) {
      const res = await staffPost(t.app, s.reporter, `/quan-tri/bai-viet/${a.id}`, form({ title: 'Đổi tiêu đề', _csrf: csrf }));
      assert.equal(res.statusCode, 403);
    }
    assert.equal((await article(a.id)).title, a.title);
  });

  test('anonymous: sign-in first; a role on another site only: 403', async () => {
    const anon = await staffPost(t.app, undefined, '/quan-tri/bai-viet/moi', form());
    assert.equal(anon.statusCode, 303);
    assert.match(String(anon.headers.location), /^\/dang-nhap\?next=/);
    const outsider = await staffGet(t.app, s.outsider, '/quan-tri/bai-viet');
    assert.equal(outsider.statusCode, 403);
  });
});

describe('who may touch which article', () => {
  test("a reporter cannot see or change another's article, even by changing the id", async () => {
    const other = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter2 });
    assert.equal((await staffGet(t.app, s.reporter, `/quan-tri/bai-viet/${other.id}`)).statusCode, 404);
    assert.equal((await staffPost(t.app, s.reporter, `/quan-tri/bai-viet/${other.id}`, form({ title: 'Chiếm bài' }))).statusCode, 404);
    assert.equal((await staffPost(t.app, s.reporter, `/quan-tri/bai-viet/${other.id}/tu-luu`, form({ title: 'Chiếm bài' }))).statusCode, 404);
    assert.equal((await staffGet(t.app, s.reporter, `/quan-tri/bai-viet/${other.id}/xem-truoc`)).statusCode, 404);
    assert.equal((await article(other.id)).title, other.title);
  });

  test("a reporter's own submitted article is read-only; publishing is refused with the reason", async () => {
    const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'submitted' });
    const page = await staffGet(t.app, s.reporter, `/quan-tri/bai-viet/${a.id}`);
    assert.equal(page.statusCode, 200);
    assert.match(textOf(page.body), /Bạn chỉ xem được bài này/);
    const edit = await staffPost(t.app, s.reporter, `/quan-tri/bai-viet/${a.id}`, form({ title: 'Sửa khi chờ duyệt' }));
    assert.equal(edit.statusCode, 403);
    assert.match(textOf(edit.body), /Phóng viên chỉ được sửa bài nháp/);
    const publish = await staffPost(t.app, s.reporter, `/quan-tri/bai-viet/${a.id}/chuyen`, { action: 'publish' });
    assert.equal(publish.statusCode, 403);
    assert.match(textOf(publish.body), /Chỉ Biên tập viên hoặc Quản trị được xuất bản bài/);
    assert.equal((await article(a.id)).status, 'submitted');
  });

  test("another site's article id is a 404, and bad ids are 404s", async () => {
    const ward = await insertArticle(t.db, { siteId: sites.ward, authorId: staff.outsider });
    assert.equal((await staffGet(t.app, s.editor, `/quan-tri/bai-viet/${ward.id}`)).statusCode, 404);
    assert.equal((await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${ward.id}/chuyen`, { action: 'submit' })).statusCode, 404);
    for (const bad of ['abc', '-1', '0', '99999999999', '1e3', '%00']) {
      assert.equal((await staffGet(t.app, s.editor, `/quan-tri/bai-viet/${bad}`)).statusCode, 404, bad);
    }
    assert.equal((await staffGet(t.app, s.editor, '/quan-tri/bai-viet/99999')).statusCode, 404);
  });
});

describe('the workflow from the editor page', () => {
  test('reporter submits, editor returns with a comment, reporter fixes and resubmits, editor publishes, the reader sees it', async () => {
    const created = await staffPost(t.app, s.reporter, '/quan-tri/bai-viet/moi', form({ title: 'Khánh thành cầu Bạch Liên', _action: 'submit' }));
    assert.equal(created.statusCode, 303);
    const id = idFrom(created.headers.location as string);
    assert.equal((await article(id)).status, 'submitted');

    const queue = await staffGet(t.app, s.editor, '/quan-tri/cho-duyet');
    assert.equal(queue.statusCode, 200);
    assert.match(queue.body, /Khánh thành cầu Bạch Liên/);
    assert.equal((await staffGet(t.app, s.reporter, '/quan-tri/cho-duyet')).statusCode, 403);

    const noComment = await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${id}/chuyen`, { action: 'return', comment: '  ' });
    assert.equal(noComment.statusCode, 400);
    assert.match(textOf(noComment.body), /Cần ghi lý do trả lại/);
    const returned = await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${id}/chuyen`, { action: 'return', comment: 'Bổ sung <b>ảnh</b> lễ khánh thành.' });
    assert.equal(returned.statusCode, 303);
    const mine = await staffGet(t.app, s.reporter, `/quan-tri/bai-viet/${id}`);
    assert.match(mine.body, /Bổ sung &lt;b>ảnh&lt;\/b> lễ khánh thành\./);

    assert.equal((await staffPost(t.app, s.reporter, `/quan-tri/bai-viet/${id}`, form({ title: 'Khánh thành cầu Bạch Liên', summary: 'Đã bổ sung.', _action: 'submit' }))).statusCode, 303);
    assert.equal((await article(id)).status, 'submitted');
    const published = await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${id}/chuyen`, { action: 'publish' });
    assert.equal(published.statusCode, 303);
    assert.equal(published.headers.location, `/quan-tri/bai-viet/${id}?da-chuyen=publish`);
    const a = await article(id);
    assert.equal(a.status, 'published');
    const pub = await get(t.app, `/tin-tuc/${a.slug}`);
    assert.equal(pub.statusCode, 200);
    assert.match(pub.body, /<h1>Khánh thành cầu Bạch Liên<\/h1>/);
  });

  test('an editor schedules with a local (ICT) time; a bad or past time is refused', async () => {
    const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'submitted' });
    const bad = await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${a.id}/chuyen`, { action: 'schedule', publish_at: 'mai' });
    assert.equal(bad.statusCode, 400);
    const past = await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${a.id}/chuyen`, { action: 'schedule', publish_at: '2020-01-01T08:00' });
    assert.equal(past.statusCode, 400);
    assert.match(textOf(past.body), /tương lai/);
    const ok = await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${a.id}/chuyen`, { action: 'schedule', publish_at: '2099-01-02T08:30' });
    assert.equal(ok.statusCode, 303);
    const row = await article(a.id);
    assert.equal(row.status, 'scheduled');
    assert.equal(row.published_at, '2099-01-02T01:30:00.000Z');
  });

  test('an unknown move is refused plainly', async () => {
    const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter });
    const res = await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${a.id}/chuyen`, { action: 'xoa-sach' });
    assert.equal(res.statusCode, 400);
    assert.match(textOf(res.body), /Thao tác không hợp lệ/);
    const draftPublish = await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${a.id}/chuyen`, { action: 'publish' });
    assert.equal(draftPublish.statusCode, 409);
    assert.match(textOf(draftPublish.body), /cần gửi duyệt trước khi xuất bản/);
  });
});

describe('publication times', () => {
  /** A time as the form's datetime-local field gives it: Vietnam time, to the minute. */
  const ict = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 16);
  const minute = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000).toISOString();
  const BACKDATE = /Chỉ Biên tập viên hoặc Quản trị được đặt ngày đăng trước thời điểm hiện tại\./;
  const count = async () => Number((await t.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  test('a reporter cannot date an article in the past: refused beside the field, nothing stored; an editor can', async () => {
    const before = await count();
    const res = await staffPost(t.app, s.reporter, '/quan-tri/bai-viet/moi', form({ title: 'Bài lùi ngày', published_at: '2001-01-01T08:00', _action: 'submit' }));
    assert.equal(res.statusCode, 400);
    assert.match(textOf(res.body), BACKDATE);
    assert.match(res.body, /name="published_at"[^>]*aria-invalid="true"/, 'the field is marked');
    assert.equal(await count(), before, 'nothing stored');

    const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter });
    const rowBefore = await article(a.id);
    const saved = await staffPost(t.app, s.reporter, `/quan-tri/bai-viet/${a.id}`, form({ published_at: '2001-01-01T08:00' }));
    assert.equal(saved.statusCode, 400, 'a save');
    assert.match(textOf(saved.body), BACKDATE);
    const autosaved = await t.app.inject({
      method: 'POST',
      url: `/quan-tri/bai-viet/${a.id}/tu-luu`,
      headers: { host: 'localhost', cookie: s.reporter.cookie, 'x-csrf-token': s.reporter.csrf, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(form({ published_at: '2001-01-01T08:00' })).toString(),
    });
    assert.equal(autosaved.statusCode, 400, 'an autosave');
    assert.match((autosaved.json() as { errors: Record<string, string> }).errors.published_at ?? '', BACKDATE);
    assert.deepEqual(await article(a.id), rowBefore, 'unchanged');

    const editor = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'submitted' });
    const byEditor = await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${editor.id}`, form({ published_at: '2001-01-01T08:00' }));
    assert.equal(byEditor.statusCode, 303, 'an editor dates an article in the past');
    const row = await article(editor.id);
    assert.equal(row.published_at, '2001-01-01T01:00:00.000Z');
    assert.equal(row.published_at_by_reporter, 0);
    // The reporter keeps a stored past time: a returned article saves as it was.
    await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${editor.id}/chuyen`, { action: 'return', comment: 'Sửa tít.' });
    const kept = await staffPost(t.app, s.reporter, `/quan-tri/bai-viet/${editor.id}`, form({ title: 'Tít đã sửa', published_at: '2001-01-01T08:00' }));
    assert.equal(kept.statusCode, 303, 'keeping the stored time is not setting it');
    assert.equal((await article(editor.id)).published_at_by_reporter, 0, 'still the editor’s time');
    const moved = await staffPost(t.app, s.reporter, `/quan-tri/bai-viet/${editor.id}`, form({ published_at: '2000-06-01T08:00' }));
    assert.equal(moved.statusCode, 400, 'another past time is refused');
    // Publishing keeps the editor's date.
    await staffPost(t.app, s.reporter, `/quan-tri/bai-viet/${editor.id}`, form({ title: 'Tít đã sửa', published_at: '2001-01-01T08:00', _action: 'submit' }));
    assert.equal((await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${editor.id}/chuyen`, { action: 'publish' })).statusCode, 303);
    assert.equal((await article(editor.id)).published_at, '2001-01-01T01:00:00.000Z', 'an editor’s date survives publication');
  });

  test('a time a reporter chose does not survive publication once passed: the article is dated when it is published', async () => {
    const later = t.clock.now + 10 * 60_000;
    const created = await staffPost(t.app, s.reporter, '/quan-tri/bai-viet/moi', form({ title: 'Bài hẹn ngày của phóng viên', published_at: ict(later), _action: 'submit' }));
    assert.equal(created.statusCode, 303, 'a later time is the reporter’s to choose');
    const id = idFrom(created.headers.location as string);
    const row = await article(id);
    assert.equal(row.published_at, minute(later));
    assert.equal(row.published_at_by_reporter, 1);
    const start = t.clock.now;
    try {
      t.clock.now += 20 * 60_000; // reviewed twenty minutes later (sessions stay open): the reporter's time has passed
      const published = await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${id}/chuyen`, { action: 'publish' });
      assert.equal(published.statusCode, 303);
      const after = await article(id);
      assert.equal(after.status, 'published');
      assert.equal(after.published_at, new Date(t.clock.now).toISOString(), 'dated at publication, not at the reporter’s time');
      assert.equal(after.published_at_by_reporter, 0);
      // Taken down and published again, it keeps that date.
      await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${id}/chuyen`, { action: 'unpublish' });
      t.clock.now += 60_000;
      await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${id}/chuyen`, { action: 'publish' });
      assert.equal((await article(id)).published_at, after.published_at, 'published again under its date');
    } finally {
      t.clock.now = start;
    }

    // An article a reporter backdated before the rule existed (marked by the upgrade) is dated now too.
    const old = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'submitted', publishedAt: '2001-01-01T01:00:00.000Z' });
    await t.db.updateTable('articles').set({ published_at_by_reporter: 1 }).where('id', '=', old.id).execute();
    assert.equal((await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${old.id}/chuyen`, { action: 'publish' })).statusCode, 303);
    assert.equal((await article(old.id)).published_at, new Date(t.clock.now).toISOString());
  });

  test('the upgrade marks the passed times of unpublished articles by reporters, and nothing else', async () => {
    const te = await testEnv({ DEMO: '0' });
    try {
      const config = loadConfig(te.env);
      const old = openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      await migrate(old, '20261126T1600_article_title_folded');
      const site = await createSite(old.db, { name: 'Xã Nâng Cấp', hosts: ['nangcap.example'], visitBase: 0 });
      const reporter = await createUser(old.db, { username: 'pv-nang-cap', password: 'mat-khau-thu-nghiem' });
      const editor = await createUser(old.db, { username: 'bt-nang-cap', password: 'mat-khau-thu-nghiem' });
      await grantRole(old.db, reporter.id, site.id, 'reporter');
      await grantRole(old.db, editor.id, site.id, 'editor');
      const PAST = '2001-01-01T01:00:00.000Z';
      const cases = [
        ['reporter, submitted, past', reporter.id, 'submitted', PAST, 1],
        ['reporter, draft, past', reporter.id, 'draft', PAST, 1],
        ['reporter, submitted, future', reporter.id, 'submitted', '2999-01-01T01:00:00.000Z', 0],
        ['reporter, published', reporter.id, 'published', PAST, 0],
        ['reporter, no time', reporter.id, 'submitted', null, 0],
        ['editor, submitted, past', editor.id, 'submitted', PAST, 0],
      ] as const;
      const ids: number[] = [];
      for (const [, authorId, status, publishedAt] of cases) {
        // The columns articles had then (insertArticle writes today's).
        const r = await sql<{ id: number }>`insert into articles (site_id, category_id, slug, title, title_folded, summary, body_html, byline, author_id, featured_media_id, status, published_at, created_at, updated_at, view_count, rating_sum, rating_count)
          values (${site.id}, null, ${`bai-${ids.length}`}, 'Bài', 'bai', '', '<p>x</p>', '', ${authorId}, null, ${status}, ${publishedAt}, ${PAST}, ${PAST}, 0, 0, 0) returning id`.execute(old.db);
        ids.push(r.rows[0]!.id);
      }
      await migrate(old);
      for (const [i, [name, , , , marked]] of cases.entries()) {
        const row = await old.db.selectFrom('articles').select('published_at_by_reporter').where('id', '=', ids[i]!).executeTakeFirstOrThrow();
        assert.equal(row.published_at_by_reporter, marked, name);
      }
      await old.close();
    } finally {
      await te.cleanup();
    }
  });
});

describe('lists', () => {
  test('filters by state, category, author and title; a reporter sees only their own', async () => {
    const cat = await categoryId('van-hoa-xa-hoi').catch(() => categoryId());
    const mine = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter2 });
    await t.db.updateTable('articles').set({ ...titleColumns('Hội thi tiếng hát Đồng Giao'), category_id: cat }).where('id', '=', mine.id).execute();
    const byText = await staffGet(t.app, s.editor, `/quan-tri/bai-viet?q=${encodeURIComponent('tiếng hát')}`);
    assert.match(byText.body, /Hội thi tiếng hát Đồng Giao/);
    assert.match(textOf(byText.body), /1 bài viết/);
    for (const typed of ['tieng hat', 'TIẾNG HÁT', 'dong giao', 'tiếng hát'.normalize('NFD')]) {
      const res = await staffGet(t.app, s.editor, `/quan-tri/bai-viet?q=${encodeURIComponent(typed)}`);
      assert.match(res.body, /Hội thi tiếng hát Đồng Giao/, `"${typed}" finds the title whatever its accents`);
    }
    const otherAccents = await staffGet(t.app, s.editor, `/quan-tri/bai-viet?q=${encodeURIComponent('tiếng hạt đồng')}`);
    assert.match(otherAccents.body, /Hội thi tiếng hát Đồng Giao/, 'accents typed differently still find it');
    const byAuthor = await staffGet(t.app, s.editor, `/quan-tri/bai-viet?tac-gia=${staff.reporter2}&chuyen-muc=${cat}&trang-thai=draft`);
    assert.match(byAuthor.body, /Hội thi tiếng hát Đồng Giao/);
    const otherState = await staffGet(t.app, s.editor, `/quan-tri/bai-viet?tac-gia=${staff.reporter2}&trang-thai=published`);
    assert.doesNotMatch(otherState.body, /Hội thi tiếng hát Đồng Giao/);
    const reporterView = await staffGet(t.app, s.reporter, `/quan-tri/bai-viet?q=${encodeURIComponent('tiếng hát')}`);
    assert.doesNotMatch(reporterView.body, /Hội thi tiếng hát Đồng Giao/);
    const bad = await staffGet(t.app, s.editor, '/quan-tri/bai-viet?trang-thai=xyz&chuyen-muc=abc&trang=-4&q=%25_%5C');
    assert.equal(bad.statusCode, 200);
    assert.match(textOf(bad.body), /Bộ lọc không hợp lệ/);
  });

  test('the home of the back office counts what waits', async () => {
    const res = await staffGet(t.app, s.editor, '/quan-tri/');
    assert.equal(res.statusCode, 200);
    const waiting = await t.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).where('site_id', '=', sites.main).where('status', '=', 'submitted').executeTakeFirstOrThrow();
    assert.match(textOf(res.body), new RegExp(`Chờ duyệt: ${Number(waiting.n)}`));
    assert.ok(Number(waiting.n) > 0, 'some article waits');
  });
});

describe('autosave and preview', () => {
  const autosave = (sess: StaffSession, url: string, o: Record<string, string>, csrf = sess.csrf) => {
    const body = new URLSearchParams(form(o));
    return t.app.inject({ method: 'POST', url, headers: { host: 'localhost', cookie: sess.cookie, 'x-csrf-token': csrf, 'content-type': 'application/x-www-form-urlencoded' }, payload: body.toString() });
  };

  test('a new article gets its id from the first autosave; later autosaves update the draft', async () => {
    const first = await autosave(s.reporter, '/quan-tri/bai-viet/tu-luu', { title: 'Bản nháp tự lưu' });
    assert.equal(first.statusCode, 200, first.body);
    const j = first.json() as { id: number; editUrl: string; autosaveUrl: string; savedAt: string };
    assert.equal(j.editUrl, `/quan-tri/bai-viet/${j.id}`);
    assert.match(j.savedAt, /^\d{2}:\d{2}$/);
    const second = await autosave(s.reporter, j.autosaveUrl, { title: 'Bản nháp tự lưu, sửa lần hai' });
    assert.equal(second.statusCode, 200);
    assert.equal((await article(j.id)).title, 'Bản nháp tự lưu, sửa lần hai');
    const autos = await t.db.selectFrom('article_revisions').selectAll().where('article_id', '=', j.id).where('kind', '=', 'autosave').execute();
    assert.equal(autos.length, 1, 'one autosave revision per person and article');
    const forged = await autosave(s.reporter, j.autosaveUrl, { title: 'giả mạo' }, 'forged');
    assert.equal(forged.statusCode, 403);
    assert.ok((forged.json() as { error: string }).error, 'a JSON error');
    const invalid = await autosave(s.reporter, j.autosaveUrl, { title: 'x'.repeat(400) });
    assert.equal(invalid.statusCode, 400);
    assert.match((invalid.json() as { error: string }).error, /dài quá/);
    assert.equal((await article(j.id)).title, 'Bản nháp tự lưu, sửa lần hai');
    const anon = await t.app.inject({ method: 'POST', url: j.autosaveUrl, headers: { host: 'localhost' }, payload: {} });
    assert.equal(anon.statusCode, 401);
  });

  test('autosave of a published article keeps a revision and leaves the public page alone', async () => {
    const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'published', publishedAt: '2026-01-01T00:00:00.000Z', now: new Date(t.clock.now - 60_000).toISOString() });
    const res = await autosave(s.editor, `/quan-tri/bai-viet/${a.id}/tu-luu`, { title: 'Tiêu đề chưa muốn đăng', slug: a.slug });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((await article(a.id)).title, a.title);
    const page = await staffGet(t.app, s.editor, `/quan-tri/bai-viet/${a.id}`);
    assert.match(textOf(page.body), /Có bản tự động lưu lúc/);
  });

  test('preview shows the public page of a draft, uncached and not indexed', async () => {
    const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter });
    const res = await staffGet(t.app, s.reporter, `/quan-tri/bai-viet/${a.id}/xem-truoc`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.equal(res.headers['x-robots-tag'], 'noindex, nofollow');
    assert.match(res.body, new RegExp(`<h1>${a.title}</h1>`));
    assert.match(res.body, /lượt xem/);
    assert.ok(!res.body.includes('\u0001'), 'every live mark is filled');
    assert.equal((await get(t.app, `/tin-tuc/${a.slug}`)).statusCode, 404);
    // the same markup as the public page once published
    await t.db.updateTable('articles').set({ status: 'published', published_at: new Date(Date.now() - 60_000).toISOString() }).where('id', '=', a.id).execute();
    const preview = await staffGet(t.app, s.reporter, `/quan-tri/bai-viet/${a.id}/xem-truoc`);
    const pub = await get(t.app, `/tin-tuc/${a.slug}`);
    const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/\d+ lượt xem/, '');
    assert.equal(main(preview.body), main(pub.body));
  });

  test('"Lưu và xem trước" saves then opens the preview', async () => {
    const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter });
    const res = await staffPost(t.app, s.reporter, `/quan-tri/bai-viet/${a.id}`, form({ title: 'Xem trước bài này', _action: 'preview' }));
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/quan-tri/bai-viet/${a.id}/xem-truoc`);
    assert.equal((await article(a.id)).title, 'Xem trước bài này');
  });
});

