// The module seam (registry/module.ts): a made-up kind of content, declared only in this file and
// handed to the app, gets its public and back-office routes, its navigation entry, its policy action,
// its audit labels, the authorisation walk, its documents in the search index (the search page and
// the API's search, with its kind in the OpenAPI document) and its addresses in sitemap.xml, without
// any other file knowing it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { TestApp } from './helpers.js';
import { get, testApp } from './helpers.js';
import type { Sites, Staff, StaffSession } from './staff.js';
import { createStaff, demoSites, sessionFor, sessionsFor, staffGet, staffPost } from './staff.js';
import { walkCsrf, walkParams, walkPolicy } from './walk.js';
import { defineModule } from '../src/registry/module.js';
import { MODULES } from '../src/modules.js';
import { buildApp } from '../src/app.js';
import { backofficeRoute, BACKOFFICE_ROUTES } from '../src/backoffice/guard.js';
import { BackofficeLayout } from '../src/backoffice/layout.js';
import { audit } from '../src/audit/log.js';
import { renderPage } from '../src/web/render.js';
import { sendHtml } from '../src/web/reply.js';
import { notFound } from '../src/errors/index.js';
import type { Db } from '../src/db/index.js';
import { reindex } from '../src/search/index.js';
import { formatDate } from '../src/vi/index.js';

declare module '../src/accounts/policy.js' {
  interface ModuleActions {
    'notice.manage': true;
  }
}

const BASE = '/quan-tri/thong-bao-thu';

async function noticeById(db: Db, siteId: number, id: number): Promise<{ id: number; title: string } | undefined> {
  const r = await sql<{ id: number; title: string }>`select id, title from test_notices where site_id = ${siteId} and id = ${id}`.execute(db);
  return r.rows[0];
}

interface NoticeRow {
  id: number;
  site_id: number;
  title: string;
  body: string;
  published_at: string | null;
}

/** Published notices (a publication time set) are public; the others are not. */
async function publishedNotices(db: Db, siteId: number): Promise<NoticeRow[]> {
  const r = await sql<NoticeRow>`select * from test_notices where site_id = ${siteId} and published_at is not null order by id`.execute(db);
  return r.rows;
}

const noticeUrl = (id: number) => `/thong-bao-thu/${id}`;

const noticeModule = defineModule({
  name: 'test-notices',
  routes: async (app) => {
    app.get<{ Params: { id: string } }>('/thong-bao-thu/:id', async (req, reply) => {
      const row = await noticeById(req.server.deps.db, req.site.id, Number(req.params.id));
      if (!row) throw notFound();
      return sendHtml(
        reply,
        renderPage(
          <main>
            <h1>{row.title}</h1>
          </main>,
        ),
      );
    });
  },
  backoffice: async (app) => {
    backofficeRoute(app, {
      method: 'GET',
      url: BASE,
      needs: 'notice.manage',
      handler: async (_req, reply, staff) => sendHtml(reply, renderPage(
          <BackofficeLayout staff={staff} title="Thông báo thử" current="test-notices">
            <h1>Thông báo thử</h1>
          </BackofficeLayout>,
        )),
    });
    backofficeRoute(app, {
      method: 'POST',
      url: `${BASE}/:id/xoa`,
      needs: 'notice.manage',
      handler: async (req, reply, staff) => {
        const { db } = req.server.deps;
        const id = Number((req.params as { id: string }).id);
        if (!(await noticeById(db, staff.site.id, id))) throw notFound();
        await sql`delete from test_notices where site_id = ${staff.site.id} and id = ${id}`.execute(db);
        await audit(db, { siteId: staff.site.id, userId: staff.actor.userId, action: 'notice.delete', subjectType: 'notice', subjectId: id, detail: {}, at: new Date(staff.now).toISOString() });
        return reply.redirect(BASE, 303);
      },
    });
  },
  nav: [{ key: 'test-notices', label: 'Thông báo thử', href: BASE, order: 45, needs: 'notice.manage' }],
  actions: [{ action: 'notice.manage', roles: ['admin', 'editor'], refusal: 'Chỉ Biên tập viên hoặc Quản trị được quản lý thông báo thử.' }],
  auditLabels: { 'notice.delete': 'Xoá thông báo thử' },
  search: {
    kind: 'notice',
    dated: true,
    ids: async (db, siteId) => (await publishedNotices(db, siteId)).map((n) => n.id),
    doc: async (db, id) => {
      const n = (await sql<NoticeRow>`select * from test_notices where id = ${id}`.execute(db)).rows[0];
      if (!n?.published_at) return null;
      return { siteId: n.site_id, categoryId: null, slug: String(n.id), publishedAt: n.published_at, title: n.title, text: n.body, extra: '' };
    },
    url: (hit) => noticeUrl(hit.id),
  },
  sitemap: {
    entries: async (db, siteId) => (await publishedNotices(db, siteId)).map((n) => ({ path: noticeUrl(n.id), lastmod: n.published_at! })),
  },
  walk: async (db, ctx) => {
    await sql`insert into test_notices (site_id, title) values (${ctx.siteId}, ${'Thông báo cho walk'})`.execute(db);
    const r = await sql<{ id: number }>`select max(id) as id from test_notices where site_id = ${ctx.siteId}`.execute(db);
    return { 'thong-bao-thu': String(r.rows[0]!.id) };
  },
});

let t: TestApp;
let plain: TestApp;
let sites: Sites;
let staff: Staff;
const sessions = {} as Record<keyof Staff, StaffSession>;

before(async () => {
  t = await testApp({ modules: [...MODULES, noticeModule] });
  // The made-up kind's table: a real kind would bring a migration in its own folder.
  const id = t.config.databaseUrl ? sql`id serial primary key` : sql`id integer primary key autoincrement`;
  await sql`create table test_notices (${id}, site_id integer not null, title text not null, body text not null default '', published_at text)`.execute(t.db);
  sites = await demoSites(t.db);
  staff = await createStaff(t.db, sites, 'seam');
  Object.assign(sessions, await sessionsFor(t.db, staff));
  plain = await testApp();
});
after(async () => {
  await t.close();
  await plain.close();
});

const ours = () => BACKOFFICE_ROUTES.filter((r) => r.url.startsWith(BASE));

test('its public route is served, narrowed to the site', async () => {
  await sql`insert into test_notices (site_id, title) values (${sites.main}, ${'Lịch tiếp dân tháng 12'})`.execute(t.db);
  const { rows } = await sql<{ id: number }>`select max(id) as id from test_notices`.execute(t.db);
  const res = await get(t.app, `/thong-bao-thu/${rows[0]!.id}`);
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /Lịch tiếp dân tháng 12/);
  assert.equal((await get(t.app, `/thong-bao-thu/${rows[0]!.id}`, 'bacson.localhost')).statusCode, 404, 'another site does not see it');
  assert.equal((await get(plain.app, `/thong-bao-thu/${rows[0]!.id}`)).statusCode, 404, 'an app without the module has no such route');
});

test('its navigation entry shows in order, to whom the policy allows', async () => {
  const editor = await staffGet(t.app, sessions.editor, '/quan-tri/');
  assert.equal(editor.statusCode, 200);
  const nav = editor.body.slice(editor.body.indexOf('<nav class="staff-nav"'), editor.body.indexOf('</nav>'));
  assert.ok(nav.includes(`href="${BASE}"`), 'the editor sees the entry');
  assert.ok(nav.indexOf('Thư viện') < nav.indexOf('Thông báo thử') && nav.indexOf('Thông báo thử') < nav.indexOf('Tài khoản của tôi'), 'after the library (order 45), before one\'s account');
  const reporter = await staffGet(t.app, sessions.reporter, '/quan-tri/');
  assert.ok(!reporter.body.includes(`href="${BASE}"`), 'a reporter does not');
  const page = await staffGet(t.app, sessions.editor, BASE);
  assert.match(page.body, new RegExp(`<a href="${BASE}" aria-current="page">`), 'its own page marks it current');
  const without = await staffGet(plain.app, await sessionFor(plain.db, (await createStaff(plain.db, await demoSites(plain.db), 'plain')).editor), '/quan-tri/');
  assert.ok(!without.body.includes('Thông báo thử'), 'an app without the module shows no entry');
});

test('its policy action refuses reporters with its own message', async () => {
  const res = await staffGet(t.app, sessions.reporter, BASE);
  assert.equal(res.statusCode, 403);
  assert.match(res.body, /Chỉ Biên tập viên hoặc Quản trị được quản lý thông báo thử\./);
});

test('the authorisation walk covers its routes with the rows it declares', async () => {
  assert.deepEqual(ours().map((r) => `${r.method} ${r.url}`).sort(), [`GET ${BASE}`, `POST ${BASE}/:id/xoa`]);
  const params = await walkParams(t.db, sites, staff, t.app.modules);
  assert.ok(params['thong-bao-thu'], 'the row the module declared');
  assert.deepEqual(await walkCsrf(t.app, ours(), params, sessions), []);
  assert.deepEqual(await walkPolicy(t.app, ours(), params, staff, sessions), []);
});

test('its audit entries are shown with its label', async () => {
  await sql`insert into test_notices (site_id, title) values (${sites.main}, ${'Sắp xoá'})`.execute(t.db);
  const { rows } = await sql<{ id: number }>`select max(id) as id from test_notices`.execute(t.db);
  const del = await staffPost(t.app, sessions.editor, `${BASE}/${rows[0]!.id}/xoa`);
  assert.equal(del.statusCode, 303);
  const log = await staffGet(t.app, sessions.admin, '/quan-tri/nhat-ky');
  assert.match(log.body, /Xoá thông báo thử/);
});

test('its documents are found by the search page and the API, accent-blind, and listed in sitemap.xml', async () => {
  const at = new Date(t.clock.now - 3_600_000).toISOString();
  const insert = async (siteId: number, title: string, body: string, publishedAt: string | null) => {
    await sql`insert into test_notices (site_id, title, body, published_at) values (${siteId}, ${title}, ${body}, ${publishedAt})`.execute(t.db);
    const { rows } = await sql<{ id: number }>`select max(id) as id from test_notices`.execute(t.db);
    const noticeId = Number(rows[0]!.id);
    // What a module does inside the transaction that changes one of its items.
    await t.db.transaction().execute((trx) => reindex(trx, 'notice', noticeId));
    return noticeId;
  };
  const main = await insert(sites.main, 'Lịch tiếp công dân của Chủ tịch phường', 'Chủ tịch tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở.', at);
  const hidden = await insert(sites.main, 'Lịch tiếp công dân chưa công bố', 'Bản nháp.', null);
  const ward = await insert(sites.ward, 'Lịch tiếp công dân của xã', 'Thứ Hai hằng tuần.', at);

  // Typed without accents, as most readers do.
  const page = await get(t.app, '/tim-kiem?q=lich+tiep+cong+dan');
  assert.equal(page.statusCode, 200);
  assert.ok(page.body.includes(`href="${noticeUrl(main)}"`), 'the published notice is a hit, at the address its module gives');
  assert.match(page.body, /<mark>Lịch<\/mark> <mark>tiếp<\/mark> <mark>công<\/mark> <mark>dân<\/mark> của Chủ tịch phường/, 'its title with the words marked');
  assert.ok(!page.body.includes(`href="${noticeUrl(hidden)}"`), 'an unpublished one is not');
  assert.ok(!page.body.includes(`href="${noticeUrl(ward)}"`), "another site's is not");
  assert.ok((await get(t.app, '/tim-kiem?q=lich+tiep+cong+dan', 'bacson.localhost')).body.includes(`href="${noticeUrl(ward)}"`), 'the ward finds its own');
  // A dated kind stays under a date filter, as articles do.
  const day = formatDate(at);
  const dated = await get(t.app, `/tim-kiem?q=tiep+cong+dan+thu+nam&tu-ngay=${encodeURIComponent(day)}&den-ngay=${encodeURIComponent(day)}`);
  assert.ok(dated.body.includes(`href="${noticeUrl(main)}"`), 'found within its day');

  const api = await get(t.app, '/api/v1/search?q=chu+tich+tiep+cong+dan');
  assert.equal(api.statusCode, 200);
  const hits = (JSON.parse(api.body) as { hits: { kind: string; id: number; url: string }[] }).hits;
  assert.ok(hits.some((h) => h.kind === 'notice' && h.id === main && h.url === `http://localhost${noticeUrl(main)}`), 'the API finds it with its kind');
  const doc = JSON.parse((await get(t.app, '/api/v1/openapi.json')).body) as { components: { schemas: { SearchHit: { properties: { kind: { enum: string[] } } } } } };
  assert.deepEqual(doc.components.schemas.SearchHit.properties.kind.enum, [...MODULES.flatMap((m) => (m.search ? [m.search.kind] : [])), 'notice'], 'the OpenAPI kind lists the registered kinds');

  const map = await get(t.app, '/sitemap.xml');
  assert.equal(map.statusCode, 200);
  assert.ok(map.body.includes(`<loc>http://localhost${noticeUrl(main)}</loc>`), 'in sitemap.xml');
  assert.ok(!map.body.includes(`${noticeUrl(hidden)}</loc>`) && !map.body.includes(`${noticeUrl(ward)}</loc>`), 'only the public ones of the site');
  assert.ok(map.body.includes('<loc>http://localhost/tin-tuc/'), 'beside the articles');
  assert.ok(!(await get(plain.app, '/sitemap.xml')).body.includes('/thong-bao-thu/'), 'an app without the module lists none');

  // Taken back: its module re-indexes it, and it is no longer found.
  await sql`update test_notices set published_at = null where id = ${main}`.execute(t.db);
  await reindex(t.db, 'notice', main);
  assert.ok(!(await get(t.app, '/tim-kiem?q=lich+tiep+cong+dan')).body.includes(`href="${noticeUrl(main)}"`), 'gone from the search');
});

test('two modules with one name, or two navigation entries with one key, stop the app from starting', async () => {
  const deps = plain.app.deps;
  await assert.rejects(buildApp({ ...deps, modules: [...MODULES, noticeModule, { ...noticeModule, nav: [] }] }), /two modules named test-notices/);
  await assert.rejects(buildApp({ ...deps, modules: [...MODULES, { name: 'other', nav: [{ key: 'articles', label: 'Bài khác', href: '/quan-tri/khac', order: 5 }] }] }), /two navigation entries keyed articles/);
});
