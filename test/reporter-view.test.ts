// What a reporter sees in the back office: a submitted article rendered read-only (not raw HTML in
// a textarea), returned articles on the home page with the editor's comment, no empty workflow
// section, plain flash messages, the featured image chosen from the library's pictures, and no
// draft made by opening "Viết bài mới". In-process, on SQLite and PostgreSQL.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import type { TestApp } from './helpers.js';
import { textOf } from './helpers.js';
import type { Sites, Staff, StaffSession } from './staff.js';
import { backofficeFixture, insertArticle, staffGet, staffPost } from './staff.js';
import { PATHS } from '../src/backoffice/paths.js';
import { msg } from '../src/messages/index.js';
import { storeImage } from '../src/media/images.js';

let t: TestApp;
let sites: Sites;
let staff: Staff;
const s = {} as Record<keyof Staff, StaffSession>;

before(async () => {
  ({ t, sites, staff } = await backofficeFixture('rv', s));
});
after(() => t.close());

const form = (o: Record<string, string> = {}) => ({ title: 'Bài của phóng viên', slug: '', summary: 'Tóm tắt.', body_html: '<p>Nội dung.</p>', byline: '', category_id: '', featured_media_id: '', tags: '', published_at: '', _action: 'save', ...o });
const idFrom = (location: unknown) => Number(/\/quan-tri\/bai-viet\/(\d+)/.exec(String(location ?? ''))?.[1]);
/** "Viết bài mới": /moi sends to a form of its own (/moi?ban-nhap=KEY), which is the page. */
async function openNewArticle(who: StaffSession) {
  const moved = await staffGet(t.app, who, PATHS.newArticle);
  assert.equal(moved.statusCode, 303, '/moi gives the form its key');
  return staffGet(t.app, who, String(moved.headers.location));
}
const articleCount = async () => Number((await t.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('a submitted article', () => {
  test('is shown rendered and read-only: title, summary, category, the sanitised body as HTML, the status; no workflow section', async () => {
    const cat = await t.db.selectFrom('categories').select(['id', 'name']).where('site_id', '=', sites.main).executeTakeFirstOrThrow();
    const a = await insertArticle(t.db, {
      siteId: sites.main,
      authorId: staff.reporter,
      status: 'submitted',
      fields: { title: 'Bài chờ duyệt của tôi', summary: 'Tóm tắt chờ duyệt.', category_id: cat.id, body_html: '<h2>Mục một</h2><p>Đoạn <strong>đậm</strong> &amp; <a href="https://example.gov.vn/">liên kết</a>.</p>' },
    });
    const page = await staffGet(t.app, s.reporter, PATHS.article(a.id));
    assert.equal(page.statusCode, 200);
    assert.ok(!page.body.includes('<textarea'), 'no textarea at all');
    assert.ok(!page.body.includes('&lt;strong&gt;'), 'no HTML shown as text');
    assert.match(page.body, /<div class="readonly-body article-body"><h2>Mục một<\/h2><p>Đoạn <strong>đậm<\/strong> &amp; <a href="https:\/\/example.gov.vn\/">liên kết<\/a>.<\/p><\/div>/, 'the body rendered');
    const text = textOf(page.body);
    for (const want of ['Bài chờ duyệt của tôi', 'Tóm tắt chờ duyệt.', cat.name, 'Trạng thái: Chờ duyệt', msg.articles.readOnly, msg.articles.readOnlyBecause.submitted]) assert.ok(text.includes(want), `shows ${want}`);
    assert.ok(!text.includes(msg.articles.workflow), 'no "Duyệt và xuất bản" section without an action');
    assert.ok(!text.includes(msg.articles.noMoves), 'nor "Bạn không có thao tác nào"');
    const editor = await staffGet(t.app, s.editor, PATHS.article(a.id));
    assert.ok(textOf(editor.body).includes(msg.articles.workflow), 'an editor, who has actions, gets the section');
  });
});

describe('a returned article', () => {
  test('is on the home page ("Bị trả lại: N") with the editor’s comment and a link to edit it, and stands out in the list', async () => {
    const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'submitted', fields: { title: 'Bài cần sửa lại' } });
    const res = await staffPost(t.app, s.editor, `${PATHS.article(a.id)}/chuyen`, { action: 'return', comment: 'Bổ sung nguồn tin và ảnh.' });
    assert.equal(res.statusCode, 303);
    assert.ok(textOf((await staffGet(t.app, s.editor, res.headers.location as string)).body).includes(msg.articles.movedTo.return), 'the editor is told in plain words');

    const home = await staffGet(t.app, s.reporter, PATHS.home);
    const text = textOf(home.body);
    assert.ok(text.includes(msg.articles.returnedHeading(1)), text.slice(0, 1500));
    assert.ok(text.includes('Bổ sung nguồn tin và ảnh.'), 'with the comment');
    assert.ok(home.body.includes(`<a href="${PATHS.article(a.id)}">${msg.articles.returnedEdit('Bài cần sửa lại')}</a>`), 'and a link to edit it');
    assert.ok(!textOf((await staffGet(t.app, s.reporter2, PATHS.home)).body).includes('Bị trả lại'), 'only on its author’s home');

    const list = await staffGet(t.app, s.reporter, PATHS.articles);
    assert.ok(!list.body.includes('(trả lại)'), 'not a small grey "(trả lại)"');
    assert.match(list.body, /<strong class="status status-returned">Bị trả lại<\/strong>/);
  });
});

describe('flash messages', () => {
  test('after "Lưu và gửi duyệt": "Đã gửi bài cho biên tập viên duyệt."', async () => {
    const res = await staffPost(t.app, s.reporter, PATHS.newArticle, form({ _action: 'submit', title: 'Bài gửi đi' }));
    assert.equal(res.statusCode, 303);
    const text = textOf((await staffGet(t.app, s.reporter, res.headers.location as string)).body);
    assert.ok(text.includes('Đã gửi bài cho biên tập viên duyệt.'), text.slice(0, 800));
    assert.ok(!text.includes('Đã chuyển bài'), 'no "Đã chuyển bài: …"');
    const id = idFrom(res.headers.location);
    const publish = await staffPost(t.app, s.editor, `${PATHS.article(id)}/chuyen`, { action: 'publish' });
    assert.ok(textOf((await staffGet(t.app, s.editor, publish.headers.location as string)).body).includes(msg.articles.movedTo.publish));
  });
});

describe('the featured image', () => {
  test('is chosen from the library’s pictures (thumbnails with radio buttons, no JavaScript), or another by its number', async () => {
    const png = (c: string) => sharp({ create: { width: 800, height: 600, channels: 3, background: c } }).png().toBuffer();
    const m1 = await storeImage(t.db, t.rt.storage, { siteId: sites.main, data: await png('#884422'), alt: 'Cánh đồng lúa' });
    const m2 = await storeImage(t.db, t.rt.storage, { siteId: sites.main, data: await png('#224488'), alt: 'Dòng sông' });
    const page = await openNewArticle(s.reporter);
    assert.match(page.body, /<fieldset class="featured-picker" id="anh-dai-dien"[^>]*><legend>Ảnh đại diện<\/legend>/);
    assert.match(page.body, /<details><summary>/, 'inside a <details>');
    for (const m of [m1, m2]) {
      assert.ok(page.body.includes(`<input type="radio" name="featured_media_id" value="${m.id}"/><img src="/media/${m.storage_key}-480.webp" alt width=`), `a thumbnail and radio for ${m.alt}`);
    }
    assert.ok(page.body.includes('<input type="radio" name="featured_media_id" value checked/>'), '"no image" chosen by default');
    assert.ok(!/name="featured_media_id" type="text"/.test(page.body), 'no number to type');

    const res = await staffPost(t.app, s.reporter, PATHS.newArticle, form({ title: 'Bài có ảnh đại diện', featured_media_id: String(m2.id) }));
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    const id = idFrom(res.headers.location);
    assert.equal((await t.db.selectFrom('articles').select('featured_media_id').where('id', '=', id).executeTakeFirstOrThrow()).featured_media_id, m2.id);
    const again = await staffGet(t.app, s.reporter, PATHS.article(id));
    assert.ok(again.body.includes(`value="${m2.id}" checked/>`), 'shown chosen');
    assert.ok(textOf(again.body).includes('đang chọn: Dòng sông'), 'and named in the summary');

    const other = await staffPost(t.app, s.reporter, PATHS.article(id), form({ title: 'Bài có ảnh đại diện', featured_media_id: 'so', featured_media_number: String(m1.id) }));
    assert.equal(other.statusCode, 303);
    assert.equal((await t.db.selectFrom('articles').select('featured_media_id').where('id', '=', id).executeTakeFirstOrThrow()).featured_media_id, m1.id, 'another picture by its number');
    const bad = await staffPost(t.app, s.reporter, PATHS.article(id), form({ title: 'Bài có ảnh đại diện', featured_media_id: 'so', featured_media_number: '99999999' }));
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /<p class="field-error" id="anh-dai-dien-loi">Không có ảnh với số này/);
    assert.match(bad.body, /<details open="">|<details open>/, 'opened to show the problem');
  });
});

describe('"Viết bài mới"', () => {
  test('opening it creates no draft; an autosave without content creates none; the first with a title does', async () => {
    const n = await articleCount();
    const page = await openNewArticle(s.reporter);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<form id="bai-viet"[^>]* data-new="1"/, 'the form says it is a new article (the client saves it only once it has a title)');
    assert.equal(await articleCount(), n, 'opening creates nothing');
    const empty = await staffPost(t.app, s.reporter, `${PATHS.articles}/tu-luu`, form({ title: '', summary: '', body_html: '' }));
    assert.equal(empty.statusCode, 400);
    assert.equal(await articleCount(), n, 'an empty autosave creates nothing');
    const first = await staffPost(t.app, s.reporter, `${PATHS.articles}/tu-luu`, form({ title: 'Bài tự lưu đầu tiên' }));
    assert.equal(first.statusCode, 200);
    assert.equal(await articleCount(), n + 1);
    const edit = await staffGet(t.app, s.reporter, PATHS.article(first.json().id));
    assert.ok(!/data-new=/.test(edit.body), 'an existing article is not new');
  });
});
