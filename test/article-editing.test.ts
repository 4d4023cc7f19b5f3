// The article editor's buttons, in-process: every workflow button saves what the form holds and
// moves the article in one request and one transaction; invalid content moves nothing; one
// publication-time field typed and shown as dd/mm/yyyy HH:mm; a new article's form makes one draft
// however often it is saved (and Back after its preview opens that draft); the preview says what it
// is and leads back; moves that take an article from readers, and the menu's delete, ask first.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TestApp } from './helpers.js';
import { get, testApp, textOf } from './helpers.js';
import type { Sites, Staff, StaffSession } from './staff.js';
import { auditRowsFor, createStaff, demoSites, insertArticle, sessionsFor, staffGet, staffPost } from './staff.js';
import { publishDue } from '../src/workflow/scheduler.js';

// 10:00 on Tuesday 24/11/2026 in Hà Nội.
const NOW = Date.parse('2026-11-24T03:00:00Z');
let t: TestApp;
let sites: Sites;
let staff: Staff;
const s = {} as Record<keyof Staff, StaffSession>;

before(async () => {
  t = await testApp({ now: NOW });
  sites = await demoSites(t.db);
  staff = await createStaff(t.db, sites, 'ed');
  Object.assign(s, await sessionsFor(t.db, staff));
});
after(() => t?.close());

const article = (id: number) => t.db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const at = new Date(NOW - 3_600_000).toISOString();
const submitted = (title: string) => insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'submitted', now: at, fields: { title } });
/** The article form as the editor page holds it for `a`, with changes. */
const formOf = (a: { title: string; slug: string; summary: string; body_html: string; byline: string }, o: Record<string, string> = {}) => ({
  title: a.title,
  slug: a.slug,
  summary: a.summary,
  body_html: a.body_html,
  byline: a.byline,
  category_id: '',
  featured_media_id: '',
  tags: '',
  published_at: '',
  ...o,
});
const idFrom = (location: unknown) => Number(/\/quan-tri\/bai-viet\/(\d+)/.exec(String(location ?? ''))?.[1]);
/** The article form of an editor page. */
/** The text as a reader sees it (tags dropped, no space added where inline elements meet). */
const plain = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
const articleForm = (html: string) => html.slice(html.indexOf('<form id="bai-viet"'), html.indexOf('</form>', html.indexOf('<form id="bai-viet"')));

describe('a workflow button saves the form, then moves the article, in one request', () => {
  test('"Xuất bản" with a title changed at the last second publishes the new title; the page after it and the public page show it', async () => {
    const a = await submitted('Tiêu đề cũ của bài');
    const res = await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${a.id}`, formOf(a, { title: 'Tiêu đề sửa phút chót', _action: 'publish' }));
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    assert.equal(res.headers.location, `/quan-tri/bai-viet/${a.id}?da-chuyen=publish`);
    const row = await article(a.id);
    assert.equal(row.status, 'published');
    assert.equal(row.title, 'Tiêu đề sửa phút chót');
    const page = await staffGet(t.app, s.editor, String(res.headers.location));
    assert.match(page.body, /value="Tiêu đề sửa phút chót"/, 'the page after the redirect shows what was published');
    assert.doesNotMatch(textOf(page.body), /Có bản tự động lưu/);
    const pub = await get(t.app, `/tin-tuc/${a.slug}`);
    assert.equal(pub.statusCode, 200);
    assert.match(pub.body, /<h1>Tiêu đề sửa phút chót<\/h1>/);
    const actions = (await auditRowsFor(t.db, a.id)).map((r) => r.action);
    assert.deepEqual(actions, ['article.edit', 'article.publish'], 'saved, then moved');
    const revisions = await t.db.selectFrom('article_revisions').select(['title', 'kind']).where('article_id', '=', a.id).execute();
    assert.deepEqual(revisions, [{ title: 'Tiêu đề sửa phút chót', kind: 'save' }]);
  });

  test('"Trả lại" saves the editor’s changes with the reason; "Lưu và gửi duyệt" saves the reporter’s', async () => {
    const a = await submitted('Bài cần trả lại');
    const res = await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${a.id}`, formOf(a, { summary: 'Biên tập viên sửa tóm tắt.', comment: 'Bổ sung ảnh.', _action: 'return' }));
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    let row = await article(a.id);
    assert.equal(row.status, 'draft');
    assert.equal(row.summary, 'Biên tập viên sửa tóm tắt.');
    assert.equal(row.review_comment, 'Bổ sung ảnh.');
    const again = await staffPost(t.app, s.reporter, `/quan-tri/bai-viet/${a.id}`, formOf(row, { title: 'Bài đã bổ sung ảnh', _action: 'submit' }));
    assert.equal(again.statusCode, 303);
    assert.equal(again.headers.location, `/quan-tri/bai-viet/${a.id}?da-gui=1`);
    row = await article(a.id);
    assert.equal(row.status, 'submitted');
    assert.equal(row.title, 'Bài đã bổ sung ảnh');
  });

  test('the editor page has the workflow buttons inside the article form, "Lưu" first (Enter saves), one primary button', async () => {
    const a = await submitted('Bài xem các nút');
    const page = await staffGet(t.app, s.editor, `/quan-tri/bai-viet/${a.id}`);
    const form = articleForm(page.body);
    const buttons = [...form.matchAll(/<button type="submit"([^>]*)>([^<]*)<\/button>/g)].map((m) => ({ attrs: m[1]!, label: m[2]! }));
    assert.deepEqual(buttons.map((b) => b.label), ['Lưu', 'Lưu và xem trước', 'Xuất bản', 'Hẹn giờ xuất bản', 'Trả lại']);
    assert.match(buttons[0]!.attrs, /value="save"/, 'the form’s first button saves');
    assert.deepEqual(buttons.filter((b) => !/class=/.test(b.attrs)).map((b) => b.label), ['Xuất bản'], 'one primary action');
    assert.doesNotMatch(page.body, /action="[^"]*\/chuyen"/, 'no separate move forms that would drop the form’s content');
  });

  test('invalid content, or a move missing its input: nothing saved, nothing moved, the errors beside the fields', async () => {
    const a = await submitted('Bài chưa hợp lệ');
    const cases: [Record<string, string>, RegExp, string][] = [
      [{ title: '', _action: 'publish' }, /Tiêu đề: chưa nhập\./, 'tieu-de'],
      [{ title: 'Sửa mà không ghi lý do', comment: '  ', _action: 'return' }, /Cần ghi lý do trả lại bài/, 'ly-do-tra-lai'],
      [{ title: 'Hẹn giờ mà không có giờ', _action: 'schedule' }, /Cần nhập thời điểm xuất bản/, 'ngay-dang'],
      [{ title: 'Hẹn giờ vào quá khứ', published_at: '01/11/2026 08:00', _action: 'schedule' }, /Thời điểm hẹn giờ phải ở trong tương lai/, 'ngay-dang'],
      [{ title: 'Ngày không có', published_at: '31/02/2027 08:00', _action: 'schedule' }, /không có ngày 31\/02\/2027 trên lịch/, 'ngay-dang'],
      [{ title: 'Giờ không có', published_at: '04/12/2026 25:00', _action: 'publish' }, /không có giờ 25:00/, 'ngay-dang'],
      [{ title: 'Kiểu Mỹ', published_at: '12/04/2026, 07:00 AM', _action: 'publish' }, /dạng dd\/mm\/yyyy HH:mm/, 'ngay-dang'],
    ];
    for (const [o, message, field] of cases) {
      const res = await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${a.id}`, formOf(a, o));
      assert.equal(res.statusCode, 400, JSON.stringify(o));
      assert.match(textOf(res.body), message);
      assert.match(res.body, new RegExp(`id="${field}"[^>]*aria-invalid="true"[^>]*aria-describedby="[^"]*${field}-loi`), `the error beside ${field}`);
      if (o.title) assert.match(res.body, new RegExp(`value="${o.title}"`), 'the form as typed');
    }
    const row = await article(a.id);
    assert.equal(row.status, 'submitted');
    assert.equal(row.title, 'Bài chưa hợp lệ');
    assert.deepEqual(await auditRowsFor(t.db, a.id), []);
  });

  test('one transaction: a move refused after the save leaves the save undone', async () => {
    // A draft cannot be published: the save runs first, then the machine refuses, and both roll back.
    const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, now: at, fields: { title: 'Bản nháp chưa gửi' } });
    const res = await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${a.id}`, formOf(a, { title: 'Sửa rồi xuất bản luôn', _action: 'publish' }));
    assert.equal(res.statusCode, 409);
    assert.match(textOf(res.body), /cần gửi duyệt trước khi xuất bản/);
    assert.match(res.body, /value="Sửa rồi xuất bản luôn"/, 'the form as typed, to try again');
    const row = await article(a.id);
    assert.equal(row.title, 'Bản nháp chưa gửi');
    assert.equal(row.updated_at, a.updated_at);
    assert.deepEqual(await auditRowsFor(t.db, a.id), []);
    assert.equal((await t.db.selectFrom('article_revisions').select('id').where('article_id', '=', a.id).execute()).length, 0);
  });
});

describe('one publication time, typed and shown as dd/mm/yyyy HH:mm', () => {
  test('one text field (no datetime-local), its value in dd/mm/yyyy HH:mm; scheduling shows "Hẹn giờ: 07:00, Thứ Sáu 04/12/2026" in the status line, the notice and the lists', async () => {
    const a = await submitted('Lịch tiếp công dân tháng 12');
    const page = await staffGet(t.app, s.editor, `/quan-tri/bai-viet/${a.id}`);
    assert.equal([...page.body.matchAll(/name="published_at"/g)].length, 1, 'one publication-time control');
    assert.doesNotMatch(page.body, /datetime-local|name="publish_at"/);
    assert.match(page.body, /<input id="ngay-dang" name="published_at" type="text" inputmode="numeric"[^>]*placeholder="dd\/mm\/yyyy HH:mm"/);

    const res = await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${a.id}`, formOf(a, { published_at: '4/12/2026 7:00', _action: 'schedule' }));
    assert.equal(res.statusCode, 303, res.body.slice(0, 400));
    const row = await article(a.id);
    assert.equal(row.status, 'scheduled');
    assert.equal(row.published_at, '2026-12-04T00:00:00.000Z', '07:00 in Hà Nội');
    const after = await staffGet(t.app, s.editor, String(res.headers.location));
    const text = textOf(after.body);
    assert.match(text, /Đã hẹn giờ xuất bản\. Hẹn giờ: 07:00, Thứ Sáu 04\/12\/2026\./, 'the notice');
    assert.match(plain(after.body), /Trạng thái: Hẹn giờ: 07:00, Thứ Sáu 04\/12\/2026/, 'the status line');
    assert.match(after.body, /<time datetime="2026-12-04T07:00:00\+07:00">07:00, Thứ Sáu 04\/12\/2026<\/time>/);
    assert.match(after.body, /name="published_at"[^>]*value="04\/12\/2026 07:00"/, 'the field shows the time as dd/mm/yyyy HH:mm');
    for (const url of ['/quan-tri/bai-viet?trang-thai=scheduled', '/quan-tri/bai-viet']) {
      const list = plain((await staffGet(t.app, s.editor, url)).body);
      assert.match(list, /Lịch tiếp công dân tháng 12 ?Hẹn giờ: 07:00, Thứ Sáu 04\/12\/2026/, url);
    }

    // The scheduler publishes it at that time, as before.
    assert.equal((await publishDue(t.db, Date.parse('2026-12-03T23:59:00Z'))).length, 0);
    await publishDue(t.db, Date.parse('2026-12-04T00:00:30Z'));
    assert.equal((await article(a.id)).status, 'published');
  });

  test('"Đổi giờ xuất bản" moves the time; a plain save of a scheduled article keeps it in the future', async () => {
    const a = await submitted('Hẹn giờ rồi đổi giờ');
    await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${a.id}`, formOf(a, { published_at: '04/12/2026 07:00', _action: 'schedule' }));
    const moved = await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${a.id}`, formOf(a, { published_at: '05/12/2026 08:30', _action: 'schedule' }));
    assert.equal(moved.statusCode, 303);
    assert.equal((await article(a.id)).published_at, '2026-12-05T01:30:00.000Z');
    for (const published_at of ['', '01/11/2026 08:00']) {
      const res = await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${a.id}`, formOf(a, { published_at, _action: 'save' }));
      assert.equal(res.statusCode, 400, published_at);
      assert.match(textOf(res.body), /Bài đang hẹn giờ: thời điểm xuất bản phải ở trong tương lai/);
    }
    const row = await article(a.id);
    assert.equal(row.status, 'scheduled');
    assert.equal(row.published_at, '2026-12-05T01:30:00.000Z');
    const saved = await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${a.id}`, formOf(a, { title: 'Đổi tiêu đề, giữ giờ', published_at: '05/12/2026 08:30', _action: 'save' }));
    assert.equal(saved.statusCode, 303);
    assert.equal((await article(a.id)).title, 'Đổi tiêu đề, giữ giờ');
  });
});

describe('a new article’s form makes one draft', () => {
  test('/moi gets a key; its preview saves the draft; Back to the form opens the saved draft; saving the same form again never duplicates', async () => {
    const first = await staffGet(t.app, s.reporter, '/quan-tri/bai-viet/moi');
    assert.equal(first.statusCode, 303);
    const formUrl = String(first.headers.location);
    const key = /^\/quan-tri\/bai-viet\/moi\?ban-nhap=([A-Za-z0-9_-]{22})$/.exec(formUrl)?.[1];
    assert.ok(key, formUrl);
    const page = await staffGet(t.app, s.reporter, formUrl);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, new RegExp(`<input type="hidden" name="form_key" value="${key}"`));

    const typed = { title: 'Bài xem trước rồi quay lại', slug: '', summary: 'Tóm tắt.', body_html: '<p>Nội dung đầy đủ.</p>', byline: '', category_id: '', featured_media_id: '', tags: 'thử', published_at: '', form_key: key! };
    const preview = await staffPost(t.app, s.reporter, '/quan-tri/bai-viet/moi', { ...typed, _action: 'preview' });
    assert.equal(preview.statusCode, 303, preview.body.slice(0, 300));
    const id = idFrom(preview.headers.location);
    assert.equal(preview.headers.location, `/quan-tri/bai-viet/${id}/xem-truoc`);

    // The browser's Back: the form's address now opens the saved draft, with everything in it.
    const back = await staffGet(t.app, s.reporter, formUrl);
    assert.equal(back.statusCode, 303);
    assert.equal(back.headers.location, `/quan-tri/bai-viet/${id}`);
    const draft = await staffGet(t.app, s.reporter, String(back.headers.location));
    assert.match(draft.body, /value="Bài xem trước rồi quay lại"/);
    assert.match(draft.body, /&lt;p>Nội dung đầy đủ\.&lt;\/p>/);

    // The same form posted again (a page restored by the browser): it updates that draft.
    const again = await staffPost(t.app, s.reporter, '/quan-tri/bai-viet/moi', { ...typed, summary: 'Tóm tắt sửa lại.', _action: 'save' });
    assert.equal(again.statusCode, 303, textOf(again.body).slice(0, 300));
    assert.equal(idFrom(again.headers.location), id);
    const auto = await t.app.inject({
      method: 'POST',
      url: '/quan-tri/bai-viet/tu-luu',
      headers: { host: 'localhost', cookie: s.reporter.cookie, 'x-csrf-token': s.reporter.csrf, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ ...typed, summary: 'Tự lưu từ trang cũ.' }).toString(),
    });
    assert.equal(auto.statusCode, 200, auto.body);
    assert.equal((auto.json() as { id: number; editUrl: string }).id, id);
    assert.equal((auto.json() as { editUrl: string }).editUrl, `/quan-tri/bai-viet/${id}`);
    const rows = await t.db.selectFrom('articles').select(['id', 'summary']).where('site_id', '=', sites.main).where('title', '=', 'Bài xem trước rồi quay lại').execute();
    assert.deepEqual(rows, [{ id, summary: 'Tự lưu từ trang cũ.' }], 'one draft');

    // Someone else's key is no way into that draft.
    const other = await staffGet(t.app, s.reporter2, formUrl);
    assert.equal(other.statusCode, 303);
    assert.match(String(other.headers.location), /^\/quan-tri\/bai-viet\/moi\?ban-nhap=/);
    assert.notEqual(other.headers.location, formUrl);
    const taken = await staffPost(t.app, s.reporter2, '/quan-tri/bai-viet/moi', { ...typed, title: 'Chiếm bản nháp', _action: 'save' });
    assert.equal(taken.statusCode, 404);
    assert.equal((await article(id)).summary, 'Tự lưu từ trang cũ.');
  });

  test('two saves of one new form at once make one draft', async () => {
    const key = 'hai-lan-luu-cung-luc00';
    const typed = { title: 'Hai lần lưu cùng lúc', slug: '', summary: '', body_html: '<p>Một.</p>', byline: '', category_id: '', featured_media_id: '', tags: '', published_at: '', form_key: key, _action: 'save' };
    const answers = await Promise.all([staffPost(t.app, s.reporter, '/quan-tri/bai-viet/moi', typed), staffPost(t.app, s.reporter, '/quan-tri/bai-viet/moi', typed)]);
    assert.deepEqual(answers.map((r) => r.statusCode), [303, 303], answers.map((r) => textOf(r.body).slice(0, 200)).join('\n'));
    assert.equal(idFrom(answers[0]!.headers.location), idFrom(answers[1]!.headers.location));
    const rows = await t.db.selectFrom('articles').select('id').where('title', '=', 'Hai lần lưu cùng lúc').execute();
    assert.equal(rows.length, 1);
  });
});

describe('the preview', () => {
  test('says it is a preview and leads back to the editor; the public page has no such bar; noindex, not cached', async () => {
    const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, now: at, fields: { title: 'Bài nháp xem trước' } });
    const res = await staffGet(t.app, s.reporter, `/quan-tri/bai-viet/${a.id}/xem-truoc`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.equal(res.headers['x-robots-tag'], 'noindex, nofollow');
    assert.match(res.body, /<meta name="robots" content="noindex"/);
    assert.match(res.body, /class="preview-bar"/);
    assert.match(textOf(res.body), /Bản xem trước — chưa xuất bản Quay lại sửa/);
    assert.match(res.body, new RegExp(`<a href="/quan-tri/bai-viet/${a.id}">Quay lại sửa</a>`));
    assert.ok(res.body.indexOf('preview-bar') < res.body.indexOf('<main'), 'above the page');

    await t.db.updateTable('articles').set({ status: 'published', published_at: new Date(NOW - 60_000).toISOString() }).where('id', '=', a.id).execute();
    const pub = await get(t.app, `/tin-tuc/${a.slug}`);
    assert.equal(pub.statusCode, 200);
    assert.doesNotMatch(pub.body, /preview-bar|Bản xem trước|Quay lại sửa/);
    assert.doesNotMatch(pub.body, /<meta name="robots" content="noindex"/);
    const published = await staffGet(t.app, s.reporter, `/quan-tri/bai-viet/${a.id}/xem-truoc`);
    assert.match(textOf(published.body), /Bản xem trước — bài đang hiển thị trên trang/);
  });
});

describe('moves that take an article from readers ask first', () => {
  test('"Gỡ bài" is a warning, not the primary colour; it shows "Bạn có chắc muốn gỡ bài …?" carrying the form; yes unpublishes with the changes; no goes back to the form as typed', async () => {
    const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'published', publishedAt: new Date(NOW - 86_400_000).toISOString(), now: at, fields: { title: 'Bài sẽ gỡ' } });
    const page = await staffGet(t.app, s.editor, `/quan-tri/bai-viet/${a.id}`);
    assert.match(articleForm(page.body), /<button type="submit" name="_action" value="unpublish" class="warning"[^>]*>Gỡ bài<\/button>/);

    const typed = formOf(a, { summary: 'Tóm tắt sửa trước khi gỡ.', published_at: '23/11/2026 10:00' });
    const ask = await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${a.id}`, { ...typed, _action: 'unpublish' });
    assert.equal(ask.statusCode, 200);
    assert.match(textOf(ask.body), /Bạn có chắc muốn gỡ bài “Bài sẽ gỡ”\?/);
    assert.match(ask.body, /<input type="hidden" name="summary" value="Tóm tắt sửa trước khi gỡ\."/);
    assert.match(ask.body, /<button type="submit" class="warning" name="_action" value="unpublish">Gỡ bài<\/button>/);
    assert.match(ask.body, /<button type="submit" class="secondary" name="_action" value="back">Không, quay lại sửa<\/button>/);
    assert.equal((await article(a.id)).status, 'published', 'nothing happens before the answer');

    const no = await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${a.id}`, { ...typed, _xac_nhan: '1', _action: 'back' });
    assert.equal(no.statusCode, 200);
    assert.match(no.body, /Tóm tắt sửa trước khi gỡ\./, 'the form as typed');
    assert.equal((await article(a.id)).status, 'published');
    assert.equal((await article(a.id)).summary, a.summary);

    const yes = await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${a.id}`, { ...typed, _xac_nhan: '1', _action: 'unpublish' });
    assert.equal(yes.statusCode, 303);
    const row = await article(a.id);
    assert.equal(row.status, 'unpublished');
    assert.equal(row.summary, 'Tóm tắt sửa trước khi gỡ.');
    assert.equal((await get(t.app, `/tin-tuc/${a.slug}`)).statusCode, 404);
  });

  test('"Huỷ hẹn giờ" asks too; invalid content is refused before asking', async () => {
    const a = await submitted('Bài hẹn giờ sẽ huỷ');
    await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${a.id}`, formOf(a, { published_at: '04/12/2026 07:00', _action: 'schedule' }));
    const typed = formOf(a, { published_at: '04/12/2026 07:00' });
    const bad = await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${a.id}`, { ...typed, title: '', _action: 'unpublish' });
    assert.equal(bad.statusCode, 400);
    assert.match(textOf(bad.body), /Tiêu đề: chưa nhập/);
    const ask = await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${a.id}`, { ...typed, _action: 'unpublish' });
    assert.equal(ask.statusCode, 200);
    assert.match(textOf(ask.body), /Bạn có chắc muốn huỷ hẹn giờ bài “Bài hẹn giờ sẽ huỷ”\?/);
    assert.equal((await article(a.id)).status, 'scheduled');
    const yes = await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${a.id}`, { ...typed, _xac_nhan: '1', _action: 'unpublish' });
    assert.equal(yes.statusCode, 303);
    assert.equal((await article(a.id)).status, 'unpublished');
  });

  test('the menu’s "Xoá" leads to "Bạn có chắc muốn xoá mục …?"; only its button deletes', async () => {
    const item = await t.db.selectFrom('menu_items').selectAll().where('site_id', '=', sites.main).where('parent_id', 'is', null).orderBy('position', 'desc').executeTakeFirstOrThrow();
    const children = await t.db.selectFrom('menu_items').select('id').where('parent_id', '=', item.id).execute();
    assert.equal(children.length, 0, 'a leaf');
    const list = await staffGet(t.app, s.admin, '/quan-tri/trinh-don');
    assert.match(list.body, new RegExp(`<a class="button-warning" href="/quan-tri/trinh-don/${item.id}/xoa" aria-label="Xoá “${item.label}”">Xoá</a>`));
    assert.doesNotMatch(list.body, /<form method="post" action="\/quan-tri\/trinh-don\/\d+\/xoa"/, 'no one-click delete');
    const ask = await staffGet(t.app, s.admin, `/quan-tri/trinh-don/${item.id}/xoa`);
    assert.equal(ask.statusCode, 200);
    assert.match(textOf(ask.body), new RegExp(`Bạn có chắc muốn xoá mục “${item.label}” khỏi trình đơn\\?`));
    assert.match(ask.body, new RegExp(`<form method="post" action="/quan-tri/trinh-don/${item.id}/xoa" class="confirm-form">`));
    assert.match(ask.body, /<a href="\/quan-tri\/trinh-don">Không, quay lại trình đơn<\/a>/);
    assert.ok(await t.db.selectFrom('menu_items').select('id').where('id', '=', item.id).executeTakeFirst(), 'still there');
    assert.equal((await staffGet(t.app, s.editor, `/quan-tri/trinh-don/${item.id}/xoa`)).statusCode, 403);
    assert.equal((await staffGet(t.app, s.admin, '/quan-tri/trinh-don/99999/xoa')).statusCode, 404);
    const yes = await staffPost(t.app, s.admin, `/quan-tri/trinh-don/${item.id}/xoa`);
    assert.equal(yes.statusCode, 303);
    assert.equal(await t.db.selectFrom('menu_items').select('id').where('id', '=', item.id).executeTakeFirst(), undefined);
  });
});
