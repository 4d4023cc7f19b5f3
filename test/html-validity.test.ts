// HTML validity: every public page type, rendered in-process from the demo content, is written
// to a temporary folder and checked in one run of the W3C Nu HTML Checker (vnu.jar, Java 17).
// Errors fail the test; the checker's info and warning messages do not.
import { SEEDED_DOCUMENT, seedDocuments } from './documents-fixture.js';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { TestApp } from './helpers.js';
import { get, testApp } from './helpers.js';
import { REFERENCE_ARTICLE } from '../src/demo/content/index.js';
import { BACKOFFICE_ROUTES } from '../src/backoffice/guard.js';
import type { StaffSession } from './staff.js';
import { createStaff, demoSites, insertArticle, sessionFor, staffGet, staffPost, tagReference } from './staff.js';
import { PATHS } from '../src/backoffice/paths.js';
import { fillRoute, walkParams } from './walk.js';

// 10:00 on Tuesday 24/11/2026 in Hà Nội, after every demo article.
const NOW = Date.parse('2026-11-24T03:00:00Z');
const REF = `/tin-tuc/${REFERENCE_ARTICLE.slug}`;

/** The path of vnu.jar: the vnu-jar package exports it as its main value. */
function vnuJar(): string {
  const require = createRequire(import.meta.url);
  const exported: unknown = require('vnu-jar');
  const jar = String(exported);
  assert.ok(jar.endsWith('.jar') && fs.existsSync(jar), `vnu.jar not found (vnu-jar exported ${jar})`);
  return jar;
}

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstLine?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

function runVnu(files: string[]): Promise<{ messages: VnuMessage[] }> {
  return new Promise((resolve, reject) => {
    execFile(
      'java',
      ['-jar', vnuJar(), '--format', 'json', '--errors-only', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      (err, _stdout, stderr) => {
        if (err && (err as NodeJS.ErrnoException).code === 'ENOENT') {
          reject(new Error('java is not installed or not on PATH: the Nu HTML Checker needs Java 17 (apt-get install -y openjdk-17-jre-headless)'));
          return;
        }
        // vnu exits 1 when it finds errors; its JSON report is on stderr either way.
        try {
          resolve(JSON.parse(stderr) as { messages: VnuMessage[] });
        } catch {
          reject(new Error(`vnu did not print a JSON report (${err?.message ?? 'exit 0'}):\n${stderr.slice(0, 4000)}`));
        }
      },
    );
  });
}

/** One run of the checker over the files; any error fails, with file, line and column. */
async function assertValid(files: string[]) {
  const report = await runVnu(files);
  const errors = report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
  const lines = errors.map((m) => `${path.basename(decodeURIComponent(m.url ?? '?'))}:${m.lastLine ?? '?'}:${m.lastColumn ?? '?'} [${m.type}] ${m.message}${m.extract ? `\n    ${m.extract.replace(/\n/g, '⏎')}` : ''}`);
  assert.equal(errors.length, 0, `the Nu HTML Checker found ${errors.length} error(s):\n${lines.join('\n')}`);
}

let t: TestApp;
let dir: string;
before(async () => {
  t = await testApp({ now: NOW });
  await tagReference(t.db);
  await seedDocuments(t.db, (await demoSites(t.db)).main, (await t.db.selectFrom('users').select('id').orderBy('id').executeTakeFirstOrThrow()).id, NOW);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-vnu-'));
});
after(async () => {
  await t?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('every public page type is valid HTML (Nu HTML Checker)', async () => {
  const pages: { name: string; url: string; host?: string; status: number }[] = [
    { name: 'home', url: '/', status: 200 },
    { name: 'article', url: REF, status: 200 },
    { name: 'print', url: `${REF}/in`, status: 200 },
    { name: 'category-1', url: '/chuyen-muc/kinh-te', status: 200 },
    { name: 'category-2', url: '/chuyen-muc/kinh-te?trang=2', status: 200 },
    { name: 'page', url: '/trang/gioi-thieu', status: 200 },
    { name: 'page-nested', url: '/trang/co-cau-to-chuc', status: 200 },
    { name: 'page-english', url: '/trang/introduction', status: 200 },
    { name: 'site-map', url: '/so-do-cong', status: 200 },
    { name: 'tag', url: '/tu-khoa/dan-van', status: 200 },
    { name: 'documents', url: '/van-ban', status: 200 },
    { name: 'documents-filtered', url: '/van-ban?q=quy+che&hieu-luc=het-hieu-luc&sap-xep=so-tang', status: 200 },
    { name: 'document', url: SEEDED_DOCUMENT, status: 200 },
    { name: 'not-found', url: '/khong/co/trang/nay', status: 404 },
    { name: 'bad-request', url: '/tin-tuc/%E0%A4%A', status: 400 },
    { name: 'second-site-home', url: '/', host: 'bacson.localhost', status: 200 },
  ];
  const files: string[] = [];
  for (const p of pages) {
    const res = await get(t.app, p.url, p.host);
    assert.equal(res.statusCode, p.status, `${p.name} (${p.url}): HTTP status`);
    const file = path.join(dir, `${p.name}.html`);
    fs.writeFileSync(file, res.body);
    files.push(file);
  }

  // The 500 page, as public-pages.test.ts makes one: the database goes away under a running app.
  const broken = await testApp({ now: NOW });
  try {
    await get(broken.app, '/'); // the site is now cached
    await broken.rt.close();
    const res = await get(broken.app, REF);
    assert.equal(res.statusCode, 500, 'server-error: HTTP status');
    const file = path.join(dir, 'server-error.html');
    fs.writeFileSync(file, res.body);
    files.push(file);
  } finally {
    await broken.close();
  }

  await assertValid(files);
});

test('every back-office page is valid HTML (Nu HTML Checker)', async () => {
  const sites = await demoSites(t.db);
  const staff = await createStaff(t.db, sites, 'vnu');
  const params = await walkParams(t.db, sites, staff, t.app.modules);
  const admin = await sessionFor(t.db, staff.admin);
  const files: string[] = [];
  const signIn = await get(t.app, '/dang-nhap');
  assert.equal(signIn.statusCode, 200);
  fs.writeFileSync(path.join(dir, 'staff-sign-in.html'), signIn.body);
  files.push(path.join(dir, 'staff-sign-in.html'));
  for (const route of BACKOFFICE_ROUTES.filter((r) => r.method === 'GET' && !r.json)) {
    const url = fillRoute(route.url, params);
    const res = await staffGet(t.app, admin, url);
    assert.equal(res.statusCode, 200, `${url}: HTTP status`);
    // A download (a case's file, an export) is not a page.
    if (!String(res.headers['content-type']).startsWith('text/html')) continue;
    const file = path.join(dir, `staff-${url.replace(/[^a-z0-9]+/g, '-')}.html`);
    fs.writeFileSync(file, res.body);
    files.push(file);
  }
  // Screens that only show with some rows: the trash with an article, a reporter's home with a
  // returned article, a submitted article read-only, a refused deletion of a medium in use, the steps
  // before deleting a medium (unused, with its button; in use, saying where) and a category.
  const reporter = await sessionFor(t.db, staff.reporter);
  const returned = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, fields: { title: 'Bài bị trả lại' } });
  await t.db.updateTable('articles').set({ review_comment: 'Bổ sung nguồn.\nDòng hai.' }).where('id', '=', returned.id).execute();
  const submitted = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'submitted', fields: { body_html: '<h2>Mục</h2><p>Đoạn <strong>đậm</strong>.</p><figure><img src="/media/x-480.webp" alt="Ảnh" width="480" height="320"><figcaption>Chú thích</figcaption></figure>' } });
  const trashed = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter });
  await t.db.updateTable('articles').set({ deleted_at: new Date(NOW).toISOString(), deleted_by: staff.reporter }).where('id', '=', trashed.id).execute();
  const used = await t.db.selectFrom('articles').select('featured_media_id').where('featured_media_id', 'is not', null).where('site_id', '=', sites.main).executeTakeFirstOrThrow();
  // A medium nobody uses (a PDF row: the confirmation step reads no file), for the step with its button.
  const unused = await t.db
    .insertInto('media')
    .values({ site_id: sites.main, kind: 'file', storage_key: 'vnu-khong-dung', mime: 'application/pdf', width: null, height: null, bytes: 1024, variants: '', alt: 'Tệp không ai dùng', caption: '', original_name: 'khong-dung.pdf', created_by: staff.admin, created_at: new Date(NOW).toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  const category = await t.db.selectFrom('categories').select('id').where('site_id', '=', sites.main).executeTakeFirstOrThrow();
  const extra: [string, StaffSession, string, 'GET' | 'POST'][] = [
    ['trash', admin, PATHS.trash, 'GET'],
    ['trash-article', reporter, PATHS.article(trashed.id), 'GET'],
    ['reporter-home', reporter, PATHS.home, 'GET'],
    ['reporter-submitted', reporter, PATHS.article(submitted.id), 'GET'],
    ['media-in-use', admin, PATHS.deleteMedia(used.featured_media_id!), 'POST'],
    ['media-delete-step-unused', admin, PATHS.deleteMedia(unused.id), 'GET'],
    ['media-delete-step-in-use', admin, PATHS.deleteMedia(used.featured_media_id!), 'GET'],
    ['category-delete-step', admin, `${PATHS.categories}/${category.id}/xoa`, 'GET'],
  ];
  for (const [name, session, url, method] of extra) {
    const res = method === 'GET' ? await staffGet(t.app, session, url) : await staffPost(t.app, session, url);
    assert.equal(res.statusCode, method === 'GET' ? 200 : 409, `${name}: HTTP status`);
    const file = path.join(dir, `staff-extra-${name}.html`);
    fs.writeFileSync(file, res.body);
    files.push(file);
  }
  assert.ok(files.length >= 15, `${files.length} back-office pages`);
  await assertValid(files);
});

test('the article editor in every state, its confirmation step and the preview are valid HTML (Nu HTML Checker)', async () => {
  const sites = await demoSites(t.db);
  const staff = await createStaff(t.db, sites, 'vnu-ed');
  const editor = await sessionFor(t.db, staff.editor);
  const at = new Date(NOW - 3_600_000).toISOString();
  const files: string[] = [];
  const keep = (name: string, body: string) => {
    const file = path.join(dir, `editing-${name}.html`);
    fs.writeFileSync(file, body);
    files.push(file);
  };
  const states = [
    ['submitted', null],
    ['scheduled', '2026-12-04T00:00:00.000Z'],
    ['published', '2026-11-20T00:00:00.000Z'],
    ['unpublished', '2026-11-20T00:00:00.000Z'],
  ] as const;
  for (const [status, publishedAt] of states) {
    const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status, publishedAt, now: at });
    const res = await staffGet(t.app, editor, `/quan-tri/bai-viet/${a.id}`);
    assert.equal(res.statusCode, 200, status);
    keep(status, res.body);
    if (status === 'published') {
      const form = { title: a.title, slug: a.slug, summary: a.summary, body_html: a.body_html, byline: '', category_id: '', featured_media_id: '', tags: '', published_at: '20/11/2026 07:00' };
      const ask = await staffPost(t.app, editor, `/quan-tri/bai-viet/${a.id}`, { ...form, _action: 'unpublish' });
      assert.equal(ask.statusCode, 200, 'the confirmation');
      keep('confirm', ask.body);
      const invalid = await staffPost(t.app, editor, `/quan-tri/bai-viet/${a.id}`, { ...form, title: '', published_at: '31/02/2027 08:00', _action: 'save' });
      assert.equal(invalid.statusCode, 400, 'errors beside the fields');
      keep('errors', invalid.body);
      const preview = await staffGet(t.app, editor, `/quan-tri/bai-viet/${a.id}/xem-truoc`);
      assert.equal(preview.statusCode, 200, 'the preview');
      keep('preview', preview.body);
    }
  }
  await assertValid(files);
});
