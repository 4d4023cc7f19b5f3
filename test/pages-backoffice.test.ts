// Static pages through the editorial seam (issue 11, item 8): pages are items of kind 'page' of the
// one table of editorial items, declared by pages/editorial.tsx, and get the articles' back office
// with no code of their own — create under a parent, order among siblings, edit with revisions,
// preview, the workflow (a reporter cannot publish), the trash — and readers see them at /trang/…
// with breadcrumbs, in their parent's list in order, and in search without accents. An upgrade
// turns the rows of the old `pages` table into such items, parents and order kept.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { TestApp } from './helpers.js';
import { get, testEnv, textOf } from './helpers.js';
import type { Sites, Staff, StaffSession } from './staff.js';
import { backofficeFixture, insertArticle, staffGet, staffPost } from './staff.js';
import { loadConfig } from '../src/config.js';
import { openDb } from '../src/db/index.js';
import { migrate } from '../src/db/migrate.js';
import { createSite } from '../src/sites/service.js';
import { buildApp } from '../src/app.js';
import { openRuntime } from '../src/runtime.js';

let t: TestApp;
let sites: Sites;
let staff: Staff;
const s = {} as Record<keyof Staff, StaffSession>;

before(async () => {
  ({ t, sites, staff } = await backofficeFixture('pg', s));
});
after(() => t.close());

const item = (id: number) => t.db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const idFrom = (location: string | undefined) => Number(/\/quan-tri\/trang\/(\d+)/.exec(location ?? '')?.[1]);
const pageBySlug = (slug: string) => t.db.selectFrom('articles').selectAll().where('site_id', '=', sites.main).where('kind', '=', 'page').where('slug', '=', slug).executeTakeFirstOrThrow();
const form = (o: Record<string, string> = {}) => ({ title: 'Quy chế làm việc', slug: '', body_html: '<p>Quy chế làm việc của Ủy ban nhân dân thành phố.</p>', parent_id: '', position: '', lang: 'vi', _action: 'save', ...o });
/** The children of a public page as its list shows them, in order. */
const childrenOn = (html: string, parentTitle: string) => {
  const nav = new RegExp(`<nav aria-label="Các mục của ${parentTitle}">([\\s\\S]*?)</nav>`).exec(html)?.[1] ?? '';
  return [...nav.matchAll(/<a href="\/trang\/([a-z0-9-]+)">/g)].map((m) => m[1]);
};
const auditOf = (id: number) => t.db.selectFrom('audit_log').select(['action', 'subject_type']).where('subject_id', '=', id).where('subject_type', '=', 'page').orderBy('id').execute();

describe('pages in the back office, through the articles’ screens', () => {
  let id: number;

  test('an editor creates a page under Giới thiệu: a draft of kind page, with its parent, position, revision and audit entry', async () => {
    const intro = await pageBySlug('gioi-thieu');
    const res = await staffPost(t.app, s.editor, '/quan-tri/trang/moi', form({ title: 'Quy chế làm việc'.normalize('NFD'), parent_id: String(intro.id), position: '1' }));
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    id = idFrom(res.headers.location as string);
    const p = await item(id);
    assert.equal(p.kind, 'page');
    assert.equal(p.title, 'Quy chế làm việc'.normalize('NFC'));
    assert.equal(p.slug, 'quy-che-lam-viec');
    assert.equal(p.parent_id, intro.id);
    assert.equal(p.position, 1);
    assert.equal(p.status, 'draft');
    assert.equal(p.author_id, staff.editor);
    const revs = await t.db.selectFrom('article_revisions').select('id').where('article_id', '=', id).execute();
    assert.equal(revs.length, 1, 'a revision');
    assert.deepEqual(await auditOf(id), [{ action: 'page.create', subject_type: 'page' }]);
    const page = await staffGet(t.app, s.editor, `/quan-tri/trang/${id}?da-luu=1`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Đã lưu trang\./);
    assert.match(page.body, /<select id="muc-cha" name="parent_id"/, 'the parent select');
    assert.match(page.body, new RegExp(`<option value="${intro.id}" selected>`), 'its parent chosen');
    assert.ok(!page.body.includes(`<option value="${id}"`), 'not itself among the parents');
    assert.ok(!page.body.includes('name="category_id"') && !page.body.includes('name="tags"') && !page.body.includes('name="summary"'), 'none of the articles’ own fields');
  });

  test('the list is the tree: the new page under Giới thiệu, after its sibling of the same position', async () => {
    const list = await staffGet(t.app, s.editor, '/quan-tri/trang');
    assert.equal(list.statusCode, 200);
    const text = textOf(list.body);
    assert.match(text, /Giới thiệu[\s\S]*— Chức năng, nhiệm vụ[\s\S]*— Quy chế làm việc[\s\S]*— Cơ cấu tổ chức/);
    assert.match(list.body, new RegExp(`action="/quan-tri/trang/${id}/len"`), 'it can move up');
    assert.ok(!(await staffGet(t.app, s.editor, '/quan-tri/bai-viet')).body.includes('Quy chế làm việc'), 'not among the articles');
  });

  test('moving it up among its siblings: positions numbered again, audited, the public order follows; a reporter may not', async () => {
    assert.equal((await staffPost(t.app, s.reporter, `/quan-tri/trang/${id}/len`)).statusCode, 403);
    const res = await staffPost(t.app, s.editor, `/quan-tri/trang/${id}/len`);
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/quan-tri/trang?da-doi-thu-tu=1');
    const intro = await pageBySlug('gioi-thieu');
    const siblings = await t.db.selectFrom('articles').select(['title', 'position']).where('kind', '=', 'page').where('parent_id', '=', intro.id).orderBy('position').orderBy('id').execute();
    assert.deepEqual(
      siblings.map((x) => x.position),
      siblings.map((_, i) => i),
      'numbered 0, 1, 2…',
    );
    assert.equal(siblings[0]!.title, 'Quy chế làm việc', 'first now');
    assert.ok((await auditOf(id)).some((a) => a.action === 'page.move'));
    const again = await staffPost(t.app, s.editor, `/quan-tri/trang/${id}/len`);
    assert.equal(again.statusCode, 409, 'already first');
    assert.match(textOf(again.body), /đã đứng đầu/);
    const down = await staffPost(t.app, s.editor, `/quan-tri/trang/${id}/xuong`);
    assert.equal(down.statusCode, 303);
    assert.equal((await staffPost(t.app, s.editor, `/quan-tri/trang/${id}/len`)).statusCode, 303, 'and back up');
  });

  test('editing keeps a revision; the revisions list and a comparison open under the page’s address', async () => {
    const res = await staffPost(t.app, s.editor, `/quan-tri/trang/${id}`, form({ title: 'Quy chế làm việc', slug: 'quy-che-lam-viec', body_html: '<p>Quy chế làm việc của Ủy ban nhân dân thành phố, sửa đổi năm 2026.</p>', parent_id: String((await item(id)).parent_id), position: '0' }));
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    assert.match((await item(id)).body_html, /sửa đổi năm 2026/);
    const revs = await t.db.selectFrom('article_revisions').select('id').where('article_id', '=', id).orderBy('id').execute();
    assert.equal(revs.length, 2, 'two revisions');
    const list = await staffGet(t.app, s.editor, `/quan-tri/trang/${id}/phien-ban`);
    assert.equal(list.statusCode, 200);
    assert.match(textOf(list.body), /Các phiên bản của trang: Quy chế làm việc/);
    const cmp = await staffGet(t.app, s.editor, `/quan-tri/trang/${id}/phien-ban/so-sanh?a=${revs[0]!.id}&b=hien-tai`);
    assert.equal(cmp.statusCode, 200);
    assert.match(cmp.body, /<ins>[\s\S]*sửa đổi năm 2026/);
    assert.equal((await staffGet(t.app, s.editor, `/quan-tri/bai-viet/${id}/phien-ban`)).statusCode, 404, 'not an article’s');
  });

  test('a parent may not be the page itself or one of its children; a bad position is named; nothing is stored', async () => {
    const intro = await pageBySlug('gioi-thieu');
    const before = await item(intro.id);
    const loop = await staffPost(t.app, s.editor, `/quan-tri/trang/${intro.id}`, form({ title: intro.title, slug: intro.slug, body_html: intro.body_html, parent_id: String(id), position: '0' }));
    assert.equal(loop.statusCode, 400);
    assert.match(textOf(loop.body), /Không chọn được chính mục này hay một mục con của nó làm mục cha/);
    const bad = await staffPost(t.app, s.editor, `/quan-tri/trang/${id}`, form({ slug: 'quy-che-lam-viec', position: 'mười' }));
    assert.equal(bad.statusCode, 400);
    assert.match(textOf(bad.body), /Thứ tự là một số nguyên từ 0 đến 9999/);
    const other = await staffPost(t.app, s.editor, `/quan-tri/trang/${id}`, form({ slug: 'quy-che-lam-viec', parent_id: '999999' }));
    assert.equal(other.statusCode, 400);
    assert.match(textOf(other.body), /Mục cha không có trên trang này/);
    assert.deepEqual(await item(intro.id), before, 'Giới thiệu unchanged');
  });

  test('the preview is the public page under the bar, with its breadcrumbs, never indexed', async () => {
    const res = await staffGet(t.app, s.editor, `/quan-tri/trang/${id}/xem-truoc`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['x-robots-tag'], 'noindex, nofollow');
    assert.match(res.body, /class="preview-bar"/);
    assert.match(res.body, /<h1>Quy chế làm việc<\/h1>/);
    assert.match(res.body, /href="\/trang\/gioi-thieu">Giới thiệu</, 'its parent in the breadcrumbs');
    assert.equal((await get(t.app, '/trang/quy-che-lam-viec')).statusCode, 404, 'a draft is not public');
  });

  test('a reporter writes a page and submits it, but cannot publish; an editor publishes it from the review queue', async () => {
    const res = await staffPost(t.app, s.reporter, '/quan-tri/trang/moi', form({ title: 'Nội quy tiếp công dân', body_html: '<p>Nội quy tiếp công dân tại trụ sở.</p>', _action: 'submit' }));
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    const rid = idFrom(res.headers.location as string);
    assert.equal((await item(rid)).status, 'submitted');
    const refused = await staffPost(t.app, s.reporter, `/quan-tri/trang/${rid}/chuyen`, { action: 'publish' });
    assert.equal(refused.statusCode, 403);
    assert.match(textOf(refused.body), /Chỉ Biên tập viên hoặc Quản trị được xuất bản bài/);
    assert.equal((await item(rid)).status, 'submitted', 'still waiting');
    const queue = await staffGet(t.app, s.editor, '/quan-tri/cho-duyet');
    assert.equal(queue.statusCode, 200);
    assert.match(queue.body, new RegExp(`href="/quan-tri/trang/${rid}">Nội quy tiếp công dân</a>`), 'in the review queue, to its page');
    const published = await staffPost(t.app, s.editor, `/quan-tri/trang/${rid}`, form({ title: 'Nội quy tiếp công dân', body_html: '<p>Nội quy tiếp công dân tại trụ sở.</p>', _action: 'publish' }));
    assert.equal(published.statusCode, 303, published.body.slice(0, 300));
    assert.equal((await item(rid)).status, 'published');
    assert.deepEqual(
      (await auditOf(rid)).map((a) => a.action),
      ['page.create', 'page.submit', 'page.edit', 'page.publish'],
    );
    assert.equal((await get(t.app, '/trang/noi-quy-tiep-cong-dan')).statusCode, 200);
  });

  test('a page returned to its writer waits on their home page, with the editor’s comment and a link to it', async () => {
    const res = await staffPost(t.app, s.reporter, '/quan-tri/trang/moi', form({ title: 'Lịch tiếp dân', body_html: '<p>Lịch tiếp dân.</p>', _action: 'submit' }));
    const rid = idFrom(res.headers.location as string);
    assert.equal((await staffPost(t.app, s.editor, `/quan-tri/trang/${rid}/chuyen`, { action: 'return', comment: 'Ghi rõ giờ tiếp dân.' })).statusCode, 303);
    const home = await staffGet(t.app, s.reporter, '/quan-tri/');
    assert.ok(home.body.includes(`<a href="/quan-tri/trang/${rid}">Sửa trang “Lịch tiếp dân”</a>`), 'linked to the page');
    assert.match(textOf(home.body), /Ghi rõ giờ tiếp dân\./);
    assert.deepEqual((await auditOf(rid)).map((a) => a.action), ['page.create', 'page.submit', 'page.return']);
  });

  test('published through the same workflow: /trang/… shows it with breadcrumbs, its parent lists it in order, search finds it without accents', async () => {
    const pub = await staffPost(t.app, s.editor, `/quan-tri/trang/${id}`, form({ slug: 'quy-che-lam-viec', body_html: '<p>Quy chế làm việc của Ủy ban nhân dân thành phố, sửa đổi năm 2026.</p>', parent_id: String((await item(id)).parent_id), position: '0', _action: 'submit' }));
    assert.equal(pub.statusCode, 303);
    assert.equal((await staffPost(t.app, s.editor, `/quan-tri/trang/${id}/chuyen`, { action: 'publish' })).statusCode, 303);
    const p = await item(id);
    assert.equal(p.status, 'published');
    const page = await get(t.app, '/trang/quy-che-lam-viec');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1>Quy chế làm việc<\/h1>/);
    assert.match(page.body, /<nav class="breadcrumbs"[\s\S]*?href="\/trang\/gioi-thieu">Giới thiệu<\/a>/, 'breadcrumbs through Giới thiệu');
    assert.ok(!/data-figure="views"|lượt xem/i.test(page.body), 'no view count on a static page');
    const intro = await get(t.app, '/trang/gioi-thieu');
    const children = childrenOn(intro.body, 'Giới thiệu');
    assert.equal(children[0], 'quy-che-lam-viec', 'first of Giới thiệu’s children');
    assert.deepEqual(children.slice(1), ['chuc-nang-nhiem-vu', 'co-cau-to-chuc', 'lanh-dao-thanh-pho', 'lich-su-hinh-thanh', 'lien-he'], 'then the others in their order');
    const found = await get(t.app, '/tim-kiem?q=quy+che+lam+viec+sua+doi');
    assert.equal(found.statusCode, 200);
    assert.match(found.body, /href="\/trang\/quy-che-lam-viec"/, 'found without accents');
    assert.ok(!(await get(t.app, '/sitemap.xml')).body.includes('/tin-tuc/quy-che-lam-viec'), 'never as an article');
    assert.match((await get(t.app, '/sitemap.xml')).body, /\/trang\/quy-che-lam-viec/, 'in the site map as a page');
  });

  test('unpublished (confirmed first) and moved to the trash: listed there as a page, gone for readers; restored, and back', async () => {
    const base = form({ slug: 'quy-che-lam-viec', body_html: '<p>Quy chế làm việc của Ủy ban nhân dân thành phố, sửa đổi năm 2026.</p>', parent_id: String((await item(id)).parent_id), position: '0' });
    assert.match((await staffGet(t.app, s.editor, `/quan-tri/trang/${id}`)).body, /value="unpublish" class="warning"[^>]*>\s*Gỡ trang\s*</, 'the move in a page’s words');
    const ask = await staffPost(t.app, s.editor, `/quan-tri/trang/${id}`, { ...base, _action: 'unpublish' });
    assert.equal(ask.statusCode, 200);
    assert.match(textOf(ask.body), /Bạn có chắc muốn gỡ trang “Quy chế làm việc”\?/);
    assert.equal((await item(id)).status, 'published', 'nothing moved before the confirmation');
    assert.equal((await staffPost(t.app, s.editor, `/quan-tri/trang/${id}`, { ...base, _action: 'unpublish', _xac_nhan: '1' })).statusCode, 303);
    assert.equal((await get(t.app, '/trang/quy-che-lam-viec')).statusCode, 404);
    const del = await staffPost(t.app, s.editor, `/quan-tri/trang/${id}/xoa`);
    assert.equal(del.statusCode, 303);
    assert.equal(del.headers.location, `/quan-tri/thung-rac?da-xoa=${id}`);
    const bin = await staffGet(t.app, s.editor, del.headers.location as string);
    assert.match(textOf(bin.body), /Đã chuyển trang “Quy chế làm việc” vào Thùng rác/);
    assert.match(textOf(bin.body), /Quy chế làm việc\s*Trang · Đã gỡ · Xoá lúc/, 'listed with its kind');
    assert.match(bin.body, new RegExp(`href="/quan-tri/trang/${id}"`));
    assert.deepEqual((await auditOf(id)).map((a) => a.action).slice(-2), ['page.unpublish', 'page.delete']);
    const restored = await staffPost(t.app, s.editor, `/quan-tri/trang/${id}/khoi-phuc`);
    assert.equal(restored.statusCode, 303);
    assert.equal(restored.headers.location, `/quan-tri/trang/${id}?tu-thung-rac=1`);
    assert.equal((await item(id)).deleted_at, null);
    assert.match(textOf((await staffGet(t.app, s.editor, restored.headers.location as string)).body), /Đã khôi phục trang từ Thùng rác/);
  });

  test('kinds stay apart: an article is not a page and a page not an article; a page may share an article’s slug', async () => {
    const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.editor, fields: { slug: 'so-tay-tiep-dan' } });
    assert.equal((await staffGet(t.app, s.editor, `/quan-tri/trang/${a.id}`)).statusCode, 404);
    assert.equal((await staffGet(t.app, s.editor, `/quan-tri/bai-viet/${id}`)).statusCode, 404);
    assert.equal((await staffPost(t.app, s.editor, `/quan-tri/trang/${a.id}/chuyen`, { action: 'submit' })).statusCode, 404);
    assert.equal((await staffPost(t.app, s.editor, `/quan-tri/trang/${a.id}/xoa`)).statusCode, 404);
    const res = await staffPost(t.app, s.editor, '/quan-tri/trang/moi', form({ title: 'Sổ tay tiếp dân', slug: 'so-tay-tiep-dan' }));
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    assert.equal((await item(idFrom(res.headers.location as string))).slug, 'so-tay-tiep-dan', 'the same slug, another address space');
  });

  test('a page whose parent is in the trash keeps it: the form still offers and chooses it', async () => {
    const parent = idFrom((await staffPost(t.app, s.editor, '/quan-tri/trang/moi', form({ title: 'Mục cha sẽ xoá' }))).headers.location as string);
    const child = idFrom((await staffPost(t.app, s.editor, '/quan-tri/trang/moi', form({ title: 'Mục con còn lại', parent_id: String(parent) }))).headers.location as string);
    assert.equal((await staffPost(t.app, s.editor, `/quan-tri/trang/${parent}/xoa`)).statusCode, 303);
    const page = await staffGet(t.app, s.editor, `/quan-tri/trang/${child}`);
    assert.match(page.body, new RegExp(`<option value="${parent}" selected>Mục cha sẽ xoá</option>`));
    assert.ok(!(await staffGet(t.app, s.editor, '/quan-tri/trang/moi?ban-nhap=trang-moi-phep-duyet01')).body.includes(`<option value="${parent}"`), 'not offered to others');
  });

  test('a medium a page links to is not deleted: the refusal names the page, with its kind, linked to its back office', async () => {
    const key = `${sites.main}/quy-che-${process.pid}`;
    const m = await t.db
      .insertInto('media')
      .values({ site_id: sites.main, kind: 'file', storage_key: key, mime: 'application/pdf', width: null, height: null, bytes: 1024, variants: '', alt: 'Quy chế (PDF)', caption: '', original_name: 'quy-che.pdf', created_by: staff.admin, created_at: new Date().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const res = await staffPost(t.app, s.editor, '/quan-tri/trang/moi', form({ title: 'Văn bản quy chế', body_html: `<p><a href="/media/${key}.pdf">Tải quy chế</a></p>` }));
    const pid = idFrom(res.headers.location as string);
    const refused = await staffPost(t.app, s.editor, `/quan-tri/thu-vien/${m.id}/xoa`);
    assert.equal(refused.statusCode, 409);
    assert.match(refused.body, new RegExp(`<a href="/quan-tri/trang/${pid}">Văn bản quy chế</a> \\(Trang\\)`));
    assert.ok(await t.db.selectFrom('media').select('id').where('id', '=', m.id).executeTakeFirst(), 'kept');
  });

  test('an English page says so to readers', async () => {
    const res = await staffPost(t.app, s.editor, '/quan-tri/trang/moi', form({ title: 'Contact us', body_html: '<p>Write to the people’s committee.</p>', lang: 'en', _action: 'submit' }));
    const eid = idFrom(res.headers.location as string);
    assert.equal((await staffPost(t.app, s.editor, `/quan-tri/trang/${eid}/chuyen`, { action: 'publish' })).statusCode, 303);
    const page = await get(t.app, '/trang/contact-us');
    assert.match(page.body, /<article lang="en">/);
    const bad = await staffPost(t.app, s.editor, '/quan-tri/trang/moi', form({ title: 'Kontakt', lang: 'de' }));
    assert.equal(bad.statusCode, 400);
    assert.match(textOf(bad.body), /Ngôn ngữ không hợp lệ/);
  });
});

describe('the upgrade', () => {
  test('rows of the old pages table become items of kind page, parents, order and state kept, served at /trang/…', async () => {
    const te = await testEnv({ DEMO: '0' });
    try {
      const config = loadConfig(te.env);
      const old = openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      await migrate(old, '20261203T1400_search_vocabulary');
      const site = await createSite(old.db, { name: 'Xã Nâng Cấp', hosts: ['localhost'], visitBase: 0 });
      const at = '2026-03-01T02:00:00.000Z';
      const insert = async (slug: string, title: string, parent: number | null, position: number, published: number) =>
        (
          await sql<{ id: number }>`insert into pages (site_id, parent_id, slug, title, body_html, position, lang, published, created_at, updated_at)
            values (${site.id}, ${parent}, ${slug}, ${title}, ${`<p>${title}.</p>`}, ${position}, 'vi', ${published}, ${at}, ${at}) returning id`.execute(old.db)
        ).rows[0]!.id;
      // A child inserted before a sibling with a lower position, and an article sharing a page's slug.
      const root = await insert('gioi-thieu', 'Giới thiệu', null, 0, 1);
      const second = await insert('lich-su', 'Lịch sử', root, 2, 1);
      const first = await insert('chuc-nang', 'Chức năng', root, 1, 1);
      const hidden = await insert('an-di', 'Trang ẩn', root, 3, 0);
      await sql`insert into articles (site_id, category_id, slug, title, title_folded, summary, body_html, byline, author_id, featured_media_id, status, published_at, created_at, updated_at, view_count, rating_sum, rating_count)
        values (${site.id}, null, 'lich-su', 'Bài lịch sử', 'bai lich su', '', '<p>x</p>', '', null, null, 'published', ${at}, ${at}, ${at}, 0, 0, 0)`.execute(old.db);
      void [second, first, hidden];
      await old.close();

      const rt = await openRuntime(config); // the new migration
      const rows = await rt.handle.db.selectFrom('articles').selectAll().where('kind', '=', 'page').orderBy('id').execute();
      assert.equal(rows.length, 4, 'every page');
      const bySlug = new Map(rows.map((r) => [r.slug, r]));
      const intro = bySlug.get('gioi-thieu')!;
      assert.equal(intro.parent_id, null);
      for (const slug of ['lich-su', 'chuc-nang', 'an-di']) assert.equal(bySlug.get(slug)!.parent_id, intro.id, `${slug} under Giới thiệu`);
      assert.deepEqual(
        ['chuc-nang', 'lich-su', 'an-di'].map((x) => bySlug.get(x)!.position),
        [1, 2, 3],
        'positions kept',
      );
      assert.equal(bySlug.get('an-di')!.status, 'unpublished');
      assert.equal(intro.status, 'published');
      assert.equal(intro.published_at, at);
      assert.equal(intro.title_folded, 'gioi thieu');
      assert.equal(intro.author_id, null);
      const tables = await rt.handle.db.introspection.getTables();
      assert.ok(!tables.some((x) => x.name === 'pages'), 'the old table is gone');
      assert.deepEqual((await rt.handle.db.selectFrom('search_rebuild').select('site_id').execute()).map((r) => r.site_id), [site.id], 'marked for a search rebuild');
      const app = await buildApp({ config, db: rt.handle.db, dialect: rt.handle.dialect, storage: rt.storage, clock: () => Date.parse('2026-11-24T03:00:00Z'), counting: { flushMs: 0, liveTtlMs: 0 } });
      try {
        const page = await get(app, '/trang/gioi-thieu');
        assert.equal(page.statusCode, 200);
        assert.deepEqual(childrenOn(page.body, 'Giới thiệu'), ['chuc-nang', 'lich-su'], 'its published children, in order');
        assert.match((await get(app, '/trang/lich-su')).body, /<h1>Lịch sử<\/h1>/);
        assert.match((await get(app, '/tin-tuc/lich-su')).body, /Bài lịch sử/, 'the article with the same slug is still the article');
        assert.equal((await get(app, '/trang/an-di')).statusCode, 404);
      } finally {
        await app.close();
      }
      await rt.close();
    } finally {
      await te.cleanup();
    }
  });
});
