// Deleting in the back office: articles go to the trash (Thùng rác) for 30 days — who may, what
// they may no longer be, restoring, the slug they keep, and the purge by the scheduler with their
// revisions, tags and ratings; media no article uses are deleted with every stored width, media in
// use are refused saying where. In-process, on SQLite and PostgreSQL.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { TestApp } from './helpers.js';
import { get, textOf } from './helpers.js';
import type { Sites, Staff, StaffSession } from './staff.js';
import { actorOn, auditRowsFor, backofficeFixture, insertArticle, staffGet, staffPost } from './staff.js';
import { PATHS } from '../src/backoffice/paths.js';
import { msg } from '../src/messages/index.js';
import { purgeTrash, TRASH_DAYS } from '../src/workflow/trash.js';
import { startScheduler } from '../src/workflow/scheduler.js';
import { transition } from '../src/workflow/machine.js';
import { keepRevision } from '../src/revisions/service.js';
import { storeImage } from '../src/media/images.js';
import { storedFiles } from '../src/media/service.js';

let t: TestApp;
let sites: Sites;
let staff: Staff;
const s = {} as Record<keyof Staff, StaffSession>;
const DAY = 86_400_000;

before(async () => {
  ({ t, sites, staff } = await backofficeFixture('trash', s));
});
after(() => t.close());

const row = (id: number) => t.db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
const idFrom = (location: unknown) => Number(/\/quan-tri\/bai-viet\/(\d+)/.exec(String(location ?? ''))?.[1]);
const form = (o: Record<string, string> = {}) => ({ title: 'Bài thùng rác', slug: '', summary: 'Tóm tắt.', body_html: '<p>Nội dung.</p>', byline: '', category_id: '', featured_media_id: '', tags: '', published_at: '', _action: 'save', ...o });
const trash = (sess: StaffSession, id: number) => staffPost(t.app, sess, PATHS.trashArticle(id));
const restore = (sess: StaffSession, id: number) => staffPost(t.app, sess, PATHS.restoreArticle(id));

describe('the trash', () => {
  test('a reporter deletes their own draft: it leaves the lists, shows in the trash with "Khôi phục", is audited, and comes back', async () => {
    const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, fields: { title: 'Nháp sẽ xoá' } });
    const before = await staffGet(t.app, s.reporter, PATHS.articles);
    assert.ok(textOf(before.body).includes('Nháp sẽ xoá'));
    const page = await staffGet(t.app, s.reporter, PATHS.article(a.id));
    assert.ok(page.body.includes(`action="${PATHS.trashArticle(a.id)}"`), 'the editor page offers "Xoá bài"');

    const res = await trash(s.reporter, a.id);
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    assert.equal(res.headers.location, `${PATHS.trash}?da-xoa=${a.id}`);
    const r = (await row(a.id))!;
    assert.ok(r.deleted_at, 'marked, not removed');
    assert.equal(r.deleted_by, staff.reporter);
    assert.equal(r.status, 'draft', 'the state is kept');

    const list = await staffGet(t.app, s.reporter, PATHS.articles);
    assert.ok(!textOf(list.body).includes('Nháp sẽ xoá'), 'gone from the article list');
    const home = await staffGet(t.app, s.reporter, PATHS.home);
    assert.match(textOf(home.body), /Nháp: 0/, 'not counted on the home page');
    const editorList = await staffGet(t.app, s.editor, `${PATHS.articles}?q=${encodeURIComponent('Nháp sẽ xoá')}`);
    assert.ok(!textOf(editorList.body).includes('Nháp sẽ xoá'), 'gone from the editor’s list too');

    const bin = await staffGet(t.app, s.reporter, res.headers.location as string);
    assert.equal(bin.statusCode, 200);
    const text = textOf(bin.body);
    assert.ok(text.includes(msg.articles.trash.deleted('Nháp sẽ xoá')), 'says what happened');
    assert.ok(text.includes('Nháp sẽ xoá'), 'listed');
    assert.ok(bin.body.includes(`action="${PATHS.restoreArticle(a.id)}"`), 'with "Khôi phục"');
    assert.match(bin.body, /<nav class="staff-nav"[\s\S]*href="\/quan-tri\/thung-rac" aria-current="page">Thùng rác</, 'the trash is in the navigation');
    assert.ok(!textOf((await staffGet(t.app, s.reporter2, PATHS.trash)).body).includes('Nháp sẽ xoá'), 'another reporter does not see it');

    // In the trash: only "Khôi phục". No edit, no move, no second delete.
    const view = await staffGet(t.app, s.reporter, PATHS.article(a.id));
    assert.ok(textOf(view.body).includes('Bài này đang ở Thùng rác'), 'the article page says so');
    assert.ok(!view.body.includes('name="body_html"'), 'no form to edit');
    const edit = await staffPost(t.app, s.reporter, PATHS.article(a.id), form({ title: 'Sửa trong thùng rác' }));
    assert.equal(edit.statusCode, 403);
    assert.match(textOf(edit.body), /Thùng rác/);
    const auto = await staffPost(t.app, s.reporter, `${PATHS.article(a.id)}/tu-luu`, form({ title: 'Tự lưu trong thùng rác' }));
    assert.equal(auto.statusCode, 403);
    const submit = await staffPost(t.app, s.reporter, `${PATHS.article(a.id)}/chuyen`, { action: 'submit' });
    assert.equal(submit.statusCode, 403);
    assert.equal((await trash(s.reporter, a.id)).statusCode, 409, 'deleting twice is a conflict');
    assert.equal((await row(a.id))!.title, 'Nháp sẽ xoá', 'nothing changed');

    const back = await restore(s.reporter, a.id);
    assert.equal(back.statusCode, 303);
    assert.equal(back.headers.location, `${PATHS.article(a.id)}?tu-thung-rac=1`);
    assert.equal((await row(a.id))!.deleted_at, null);
    assert.ok(textOf((await staffGet(t.app, s.reporter, back.headers.location as string)).body).includes(msg.articles.trash.restored));
    assert.ok(textOf((await staffGet(t.app, s.reporter, PATHS.articles)).body).includes('Nháp sẽ xoá'), 'back in the list');
    const actions = (await auditRowsFor(t.db, a.id)).map((x) => `${x.action}:${x.user_id}`);
    assert.deepEqual(actions, [`article.delete:${staff.reporter}`, `article.undelete:${staff.reporter}`]);
  });

  test('who may delete: the policy (a reporter their own drafts; editors any draft or unpublished article; never a public one)', async () => {
    const own = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'submitted' });
    const res = await trash(s.reporter, own.id);
    assert.equal(res.statusCode, 403);
    assert.match(textOf(res.body), /Phóng viên chỉ được xoá bài nháp của mình/);
    const others = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter2 });
    assert.equal((await trash(s.reporter, others.id)).statusCode, 404, "another's article is not found");
    for (const status of ['published', 'scheduled', 'submitted'] as const) {
      const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status, publishedAt: status === 'submitted' ? null : new Date(Date.now() + (status === 'scheduled' ? DAY : -DAY)).toISOString() });
      const r = await trash(s.editor, a.id);
      assert.equal(r.statusCode, 403, status);
      assert.match(textOf(r.body), /chỉ xoá được bài nháp hoặc bài đã gỡ/, status);
      assert.equal((await row(a.id))!.deleted_at, null, `${status}: untouched`);
      assert.ok(!(await staffGet(t.app, s.editor, PATHS.article(a.id))).body.includes(PATHS.trashArticle(a.id)), `${status}: no delete button`);
    }
    const unpublished = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter2, status: 'unpublished', publishedAt: new Date(Date.now() - DAY).toISOString() });
    assert.equal((await trash(s.editor, unpublished.id)).statusCode, 303, 'an editor deletes an unpublished article');
    assert.equal((await restore(s.reporter2, unpublished.id)).statusCode, 403, 'its reporter may not restore what they could not delete');
    assert.equal((await trash(s.outsider, others.id)).statusCode, 403, 'no role on this site');
    const noToken = await staffPost(t.app, s.reporter, PATHS.trashArticle(others.id), { _csrf: '' });
    assert.equal(noToken.statusCode, 403);
  });

  test('an article in the trash is never public: publishing it is refused, and pages, search, feeds, site maps and the API do not have it', async () => {
    const editor = await actorOn(t.db, staff.editor, sites.main);
    const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'submitted', fields: { slug: 'bai-da-go-vao-thung-rac', title: 'Tin tức xoá hẳn zyxwvu' } });
    await transition(t.db, { siteId: sites.main, itemId: a.id, actor: editor, action: 'publish', ip: '', now: t.clock.now - 60_000 });
    const indexed = () => t.db.selectFrom('search_docs').select('id').where('kind', '=', 'article').where('ref_id', '=', a.id).executeTakeFirst();
    assert.ok(await indexed(), 'published first (and indexed)');
    await transition(t.db, { siteId: sites.main, itemId: a.id, actor: editor, action: 'unpublish', ip: '', now: t.clock.now });
    assert.equal((await trash(s.editor, a.id)).statusCode, 303);
    const publish = await staffPost(t.app, s.editor, `${PATHS.article(a.id)}/chuyen`, { action: 'publish' });
    assert.equal(publish.statusCode, 403, 'publishing from the trash is refused');
    assert.match(textOf(publish.body), /khôi phục bài trước/);
    assert.equal((await row(a.id))!.status, 'unpublished');
    assert.equal(await indexed(), undefined, 'out of the search index');
    assert.equal((await get(t.app, '/tin-tuc/bai-da-go-vao-thung-rac')).statusCode, 404, 'no public page');
    assert.ok(!(await get(t.app, '/tim-kiem?q=zyxwvu')).body.includes('bai-da-go-vao-thung-rac'), 'not in search');
    for (const url of ['/rss.xml', '/atom.xml', '/sitemap.xml', '/sitemap-news.xml', '/api/v1/articles']) {
      const r = await get(t.app, url);
      assert.equal(r.statusCode, 200, url);
      assert.ok(!r.body.includes('bai-da-go-vao-thung-rac'), `not in ${url} (${r.statusCode})`);
    }
    assert.equal((await get(t.app, '/api/v1/articles/bai-da-go-vao-thung-rac')).statusCode, 404, 'not in the API');
  });

  test('a trashed article keeps its slug: the same title gets "-2", then "-3", with a notice; a slug typed by hand is told who has it', async () => {
    const first = await staffPost(t.app, s.reporter, PATHS.newArticle, form({ title: 'Họp báo quý IV' }));
    const firstId = idFrom(first.headers.location);
    assert.equal((await row(firstId))!.slug, 'hop-bao-quy-iv');
    assert.equal((await trash(s.reporter, firstId)).statusCode, 303);

    const second = await staffPost(t.app, s.reporter, PATHS.newArticle, form({ title: 'Họp báo quý IV' }));
    assert.equal(second.statusCode, 303, second.body.slice(0, 300));
    const secondId = idFrom(second.headers.location);
    assert.equal((await row(secondId))!.slug, 'hop-bao-quy-iv-2', 'instead of "Đường dẫn này đã có bài khác dùng"');
    const notice = textOf((await staffGet(t.app, s.reporter, second.headers.location as string)).body);
    assert.ok(notice.includes(msg.articles.slugSuffixed('hop-bao-quy-iv', 'hop-bao-quy-iv-2')), 'and says so');
    // The editor fills the slug from the title: that counts as the title's slug too.
    const third = await staffPost(t.app, s.reporter, `${PATHS.articles}/tu-luu`, form({ title: 'Họp báo quý IV', slug: 'hop-bao-quy-iv' }));
    assert.equal(third.statusCode, 200, third.body);
    assert.equal(third.json().slug, 'hop-bao-quy-iv-3');
    // Saving the second again keeps its own "-2".
    await staffPost(t.app, s.reporter, PATHS.article(secondId), form({ title: 'Họp báo quý IV', slug: 'hop-bao-quy-iv-2' }));
    assert.equal((await row(secondId))!.slug, 'hop-bao-quy-iv-2');

    const typed = await staffPost(t.app, s.reporter, PATHS.newArticle, form({ title: 'Bài khác hẳn', slug: 'hop-bao-quy-iv' }));
    assert.equal(typed.statusCode, 400);
    const text = textOf(typed.body);
    assert.ok(text.includes('Đường dẫn này đã có bài khác dùng: “Họp báo quý IV” (đang ở Thùng rác'), text.slice(0, 2000));
  });

  test('the scheduler removes articles 30 days in the trash for good, with revisions, tags and ratings; once, however many run', async () => {
    const now = Date.now();
    const old = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, fields: { title: 'Xoá hẳn' } });
    const recent = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, fields: { title: 'Còn giữ' } });
    for (const a of [old, recent]) {
      await keepRevision(t.db, { itemId: a.id, userId: staff.reporter, title: a.title, summary: '', bodyHtml: '<p>a</p>', byline: '', kind: 'save', at: new Date(now).toISOString() });
      await t.db.insertInto('article_ratings').values({ article_id: a.id, reader: `r${a.id}`, net_hash: null, score: 4, created_at: new Date(now).toISOString(), updated_at: new Date(now).toISOString() }).execute();
    }
    const onlyOld = await t.db.insertInto('tags').values({ site_id: sites.main, slug: `chi-bai-cu-${old.id}`, name: 'chỉ bài cũ' }).returning('id').executeTakeFirstOrThrow();
    const shared = await t.db.insertInto('tags').values({ site_id: sites.main, slug: `dung-chung-${old.id}`, name: 'dùng chung' }).returning('id').executeTakeFirstOrThrow();
    await t.db.insertInto('article_tags').values([{ article_id: old.id, tag_id: onlyOld.id }, { article_id: old.id, tag_id: shared.id }, { article_id: recent.id, tag_id: shared.id }]).execute();
    await t.db.updateTable('articles').set({ deleted_at: new Date(now - (TRASH_DAYS * DAY + 60_000)).toISOString(), deleted_by: staff.reporter }).where('id', '=', old.id).execute();
    await t.db.updateTable('articles').set({ deleted_at: new Date(now - (TRASH_DAYS - 1) * DAY).toISOString(), deleted_by: staff.reporter }).where('id', '=', recent.id).execute();

    // Two instances at once: each article is removed (and audited) once.
    const [x, y] = await Promise.all([purgeTrash(t.db, now), purgeTrash(t.db, now)]);
    assert.deepEqual([...x, ...y].filter((id) => id === old.id), [old.id]);
    assert.ok(![...x, ...y].includes(recent.id), '29 days: kept');
    assert.equal(await row(old.id), undefined, 'the article is gone');
    const count = async (table: 'article_revisions' | 'article_ratings' | 'article_tags', id: number) =>
      Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('article_id', '=', id).executeTakeFirstOrThrow()).n);
    for (const table of ['article_revisions', 'article_ratings', 'article_tags'] as const) {
      assert.equal(await count(table, old.id), 0, `${table} of the purged article`);
      assert.ok((await count(table, recent.id)) > 0, `${table} of the kept one`);
    }
    const tags = (await t.db.selectFrom('tags').select('id').where('id', 'in', [onlyOld.id, shared.id]).execute()).map((r) => r.id);
    assert.deepEqual(tags, [shared.id], 'a tag no article uses any more goes too');
    const purged = (await auditRowsFor(t.db, old.id)).filter((r) => r.action === 'article.purge');
    assert.equal(purged.length, 1, 'one audit entry');
    assert.equal(purged[0]!.user_id, null, 'by the system');
    assert.ok((await row(recent.id))!.deleted_at);

    // The scheduler the server starts runs the purge on its own.
    await t.db.updateTable('articles').set({ deleted_at: new Date(now - (TRASH_DAYS + 1) * DAY).toISOString() }).where('id', '=', recent.id).execute();
    const errors: unknown[] = [];
    const stop = startScheduler(t.db, () => Date.now(), 20, (e) => errors.push(e), 20);
    try {
      for (let i = 0; i < 100 && (await row(recent.id)); i++) await new Promise((r) => setTimeout(r, 20));
    } finally {
      stop();
    }
    assert.equal(await row(recent.id), undefined, 'purged by startScheduler');
    assert.deepEqual(errors, []);
  });
});

describe('deleting media', () => {
  const png = (color: string) => sharp({ create: { width: 1200, height: 800, channels: 3, background: color } }).png().toBuffer();
  const image = async (color: string, alt: string) => storeImage(t.db, t.rt.storage, { siteId: sites.main, data: await png(color), alt, avif: true });
  const exists = (key: string) => fs.existsSync(path.join(t.rt.storage.root, key));

  test('an item no article uses is deleted with every stored width, and audited', async () => {
    const m = await image('#a03030', 'Ảnh không ai dùng');
    const files = storedFiles(m);
    assert.ok(files.length >= 3, `several widths: ${files.join(', ')}`);
    for (const f of files) assert.ok(exists(f), `${f} stored`);
    const item = await staffGet(t.app, s.editor, PATHS.mediaItem(m.id));
    assert.ok(item.body.includes(`<a class="button-warning" href="${PATHS.deleteMedia(m.id)}">${msg.media.deleteButton}</a>`), 'the item page offers deleting (a step that asks first)');
    assert.ok(!item.body.includes(`action="${PATHS.deleteMedia(m.id)}"`), 'no one-click delete');
    assert.ok(textOf(item.body).includes(msg.media.unused));

    assert.equal((await staffPost(t.app, s.reporter, PATHS.deleteMedia(m.id))).statusCode, 403, 'a reporter may not');
    const res = await staffPost(t.app, s.editor, PATHS.deleteMedia(m.id));
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    assert.equal(res.headers.location, `${PATHS.media}?da-xoa=1`);
    assert.ok(textOf((await staffGet(t.app, s.editor, res.headers.location as string)).body).includes(msg.media.deleted));
    assert.equal(await t.db.selectFrom('media').select('id').where('id', '=', m.id).executeTakeFirst(), undefined);
    for (const f of files) assert.ok(!exists(f), `${f} removed from storage`);
    const logged = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'media.delete').where('subject_id', '=', m.id).execute();
    assert.equal(logged.length, 1);
    assert.equal((await staffGet(t.app, s.editor, PATHS.mediaItem(m.id))).statusCode, 404);
  });

  test('"Xoá hẳn" leads to "Bạn có chắc muốn xoá … khỏi Thư viện?"; only its button deletes', async () => {
    const m = await image('#3030a0', 'Ảnh sẽ hỏi trước khi xoá');
    await t.db.updateTable('media').set({ original_name: 'anh-hoi-truoc.png' }).where('id', '=', m.id).execute();
    const ask = await staffGet(t.app, s.editor, PATHS.deleteMedia(m.id));
    assert.equal(ask.statusCode, 200);
    const text = textOf(ask.body);
    assert.ok(text.includes(msg.media.confirmDelete('Ảnh sẽ hỏi trước khi xoá')), text.slice(0, 1500));
    assert.ok(text.includes(msg.media.deleteFile('anh-hoi-truoc.png')), 'names the file');
    assert.ok(text.includes(msg.media.deleteDetail), 'says it is for good');
    const form = ask.body.match(/<form method="post" action="([^"]+)" class="confirm-form">([\s\S]*?)<\/form>/);
    assert.ok(form, 'a confirmation form');
    assert.equal(form[1], PATHS.deleteMedia(m.id), 'posting to the delete address');
    assert.ok(form[2]!.includes(`<input type="hidden" name="_csrf" value="${s.editor.csrf}"/>`), 'with the CSRF token');
    assert.ok(form[2]!.includes(`<button type="submit" class="warning">${msg.media.deleteConfirm}</button>`), 'a warning button');
    assert.ok(form[2]!.includes(`<a href="${PATHS.mediaItem(m.id)}">${msg.media.deleteNo}</a>`), 'a way back');
    assert.ok(await t.db.selectFrom('media').select('id').where('id', '=', m.id).executeTakeFirst(), 'opening the page deletes nothing');
    for (const f of storedFiles(m)) assert.ok(exists(f), `${f} kept`);
    assert.equal((await staffGet(t.app, s.reporter, PATHS.deleteMedia(m.id))).statusCode, 403, 'a reporter may not');
    assert.equal((await staffGet(t.app, s.editor, PATHS.deleteMedia(99_999_999))).statusCode, 404);
    const res = await staffPost(t.app, s.editor, PATHS.deleteMedia(m.id));
    assert.equal(res.statusCode, 303);
    assert.equal(await t.db.selectFrom('media').select('id').where('id', '=', m.id).executeTakeFirst(), undefined, 'deleted');
  });

  test('the step for an item in use says where, without the button', async () => {
    const m = await image('#a0a030', 'Ảnh đại diện đang dùng');
    const featured = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, fields: { title: 'Bài dùng ảnh này' } });
    await t.db.updateTable('articles').set({ featured_media_id: m.id }).where('id', '=', featured.id).execute();
    const ask = await staffGet(t.app, s.editor, PATHS.deleteMedia(m.id));
    assert.equal(ask.statusCode, 200);
    assert.ok(textOf(ask.body).includes(msg.media.inUse(1)), 'refused ahead');
    assert.ok(ask.body.includes(`<a href="${PATHS.article(featured.id)}">Bài dùng ảnh này</a>`), 'where, linked');
    assert.ok(!ask.body.includes('class="confirm-form"'), 'no button to press');
    assert.ok(ask.body.includes(`<a href="${PATHS.mediaItem(m.id)}">${msg.media.deleteNo}</a>`), 'a way back');
  });

  test('an item in use is refused, naming the articles (as links), even one in the trash; nothing is removed', async () => {
    const m = await image('#30a030', 'Ảnh đang dùng');
    const featured = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, fields: { title: 'Bài có ảnh đại diện' } });
    await t.db.updateTable('articles').set({ featured_media_id: m.id }).where('id', '=', featured.id).execute();
    const inBody = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, fields: { title: 'Bài có ảnh trong nội dung', body_html: `<figure><img src="/media/${m.storage_key}-960.webp" alt="x"></figure>` } });
    await t.db.updateTable('articles').set({ deleted_at: new Date().toISOString() }).where('id', '=', inBody.id).execute();

    const res = await staffPost(t.app, s.editor, PATHS.deleteMedia(m.id));
    assert.equal(res.statusCode, 409);
    const text = textOf(res.body);
    assert.ok(text.includes(msg.media.inUse(2)), text.slice(0, 1500));
    assert.ok(res.body.includes(`<a href="${PATHS.article(featured.id)}">Bài có ảnh đại diện</a>`), 'the featured one, linked');
    assert.ok(res.body.includes(`<a href="${PATHS.article(inBody.id)}">Bài có ảnh trong nội dung</a> ${msg.media.inUseTrash}`), 'the one using it in its body, in the trash');
    assert.ok(await t.db.selectFrom('media').select('id').where('id', '=', m.id).executeTakeFirst(), 'kept');
    for (const f of storedFiles(m)) assert.ok(exists(f), `${f} kept`);
  });
});
