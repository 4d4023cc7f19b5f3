// Side effects after commit: a write that changes what the public sees calls publicChange inside its
// transaction. The site's content_version moves with the change (once per transaction), this
// process drops the site's pages as soon as it commits — so the very next request shows the change,
// whatever the poll's interval — a rollback drops and bumps nothing, and another instance on the
// same database follows by its poll.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { TestApp } from './helpers.js';
import { BROWSER_UA, get, testApp } from './helpers.js';
import type { Sites, Staff, StaffSession } from './staff.js';
import { contentVersion, createStaff, demoSites, insertArticle, sessionsFor, staffPost } from './staff.js';
import { buildApp } from '../src/app.js';
import type { DbHandle } from '../src/db/index.js';
import { afterCommit, atomically, openDb } from '../src/db/index.js';
import { formatDateTime } from '../src/vi/index.js';
import { compile, publicChange } from '../src/web/page-cache.js';
import { cacheKey } from '../src/cache/page.js';
import { publishDue } from '../src/workflow/scheduler.js';

const HOUR = 3_600_000;
let t: TestApp;
let sites: Sites;
let staff: Staff;
const s = {} as Record<keyof Staff, StaffSession>;
let base: string;

before(async () => {
  // Figures stay fresh in memory, so cached pages over the socket take the fast path.
  t = await testApp({ liveTtlMs: 60_000 });
  sites = await demoSites(t.db);
  staff = await createStaff(t.db, sites, 'ac');
  Object.assign(s, await sessionsFor(t.db, staff));
  // The poll could only come an hour from now: whatever this instance shows after a change, it
  // learned at its commit (with the poll of every second, the old code served the old page for up to 1 s).
  await slowPoll(t.app, t.db);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const a = t.app.server.address();
  base = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
});
after(() => t?.close());

async function slowPoll(app: FastifyInstance, db: TestApp['db']) {
  app.pageCache.stop();
  app.pageCache.watch(db, HOUR);
  await app.pageCache.poll(db); // the versions as they are now
}

/** A page as a browser asks for it over a real socket, with the reader cookie (the fast path's case). */
const browse = async (url: string) => (await fetch(base + url, { headers: { 'user-agent': BROWSER_UA, cookie: 'loa_k=afterCommitReaderAbcde' } })).text();
const submitted = (title: string) => insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'submitted', fields: { title } });
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
const article = (id: number) => t.db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('the instance that made the change serves the new page at once', () => {
  test('an editor publishes from the back office: the next request of the home page, cached before, leads with the article', async () => {
    const a = await submitted('Bài xuất bản hiện ngay trên trang chủ');
    const before = await get(t.app, '/');
    assert.equal(before.statusCode, 200);
    assert.ok(!before.body.includes(a.title), 'not public yet');
    assert.ok(t.app.pageCache.get(cacheKey(sites.main, '/')), 'the home page is cached');
    const v = await contentVersion(t.db, sites.main);

    const res = await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${a.id}/chuyen`, { action: 'publish' });
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    const after = await get(t.app, '/');
    assert.ok(after.body.includes(a.title), 'the home page shows the article at once');
    assert.equal(await contentVersion(t.db, sites.main), v + 1, 'the other instances are told through content_version');
    assert.deepEqual(await t.app.pageCache.poll(t.db), [], 'this instance’s own poll has nothing left to drop');
    assert.ok(t.app.pageCache.get(cacheKey(sites.main, '/')), 'and the new page stays cached');
  });

  test('an editor edits a published article: the next request, on the fast path, shows the new title', async () => {
    const a = await submitted('Tiêu đề trước khi sửa');
    assert.equal((await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${a.id}/chuyen`, { action: 'publish' })).statusCode, 303);
    const url = `/tin-tuc/${a.slug}`;
    await browse(url); // renders and caches
    const hits = t.app.pageCache.fastHits;
    assert.match(await browse(url), /<h1>Tiêu đề trước khi sửa<\/h1>/);
    assert.equal(t.app.pageCache.fastHits, hits + 1, 'the page is answered from the cache');

    const row = await article(a.id);
    const res = await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${a.id}`, formOf(row, { title: 'Tiêu đề đã sửa xong', published_at: formatDateTime(row.published_at!), _action: 'save' }));
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    const page = await browse(url);
    assert.match(page, /<h1>Tiêu đề đã sửa xong<\/h1>/, 'the new title at once');
    assert.ok(!page.includes('Tiêu đề trước khi sửa'));
    assert.match(await browse(url), /<h1>Tiêu đề đã sửa xong<\/h1>/, 'cached again, new');
  });
});

describe('only a commit tells', () => {
  test('a transaction that says so and then fails: no bump, nothing dropped, the cached page still served', async () => {
    const page = await get(t.app, '/');
    const cached = t.app.pageCache.get(cacheKey(sites.main, '/'));
    assert.ok(cached);
    const v = await contentVersion(t.db, sites.main);
    await assert.rejects(
      atomically(t.db, async (trx) => {
        await trx.updateTable('sites').set({ name: 'Tên không bao giờ được lưu' }).where('id', '=', sites.main).execute();
        await publicChange(trx, sites.main);
        throw new Error('the write fails after saying so');
      }),
      /the write fails/,
    );
    assert.equal(await contentVersion(t.db, sites.main), v, 'content_version unchanged');
    assert.equal(t.app.pageCache.get(cacheKey(sites.main, '/')), cached, 'the cached page is still there');
    const again = await get(t.app, '/');
    assert.equal(again.headers.etag, page.headers.etag, 'and is what readers get');
    assert.ok(!again.body.includes('Tên không bao giờ được lưu'));
  });

  test('a nested atomically shares the outer transaction: nothing is dropped before the outer one commits', async () => {
    await get(t.app, '/');
    const key = cacheKey(sites.main, '/');
    const v = await contentVersion(t.db, sites.main);
    await atomically(t.db, async (trx) => {
      await atomically(trx, (inner) => publicChange(inner, sites.main));
      assert.ok(t.app.pageCache.get(key), 'still cached while the transaction is open');
    });
    assert.equal(t.app.pageCache.get(key), undefined, 'dropped after the commit');
    assert.equal(await contentVersion(t.db, sites.main), v + 1);
  });

  test('a page whose rendering began before a change committed is not kept (it may show what the change replaced)', async () => {
    const cache = t.app.pageCache;
    const since = cache.since(sites.main);
    await atomically(t.db, (trx) => publicChange(trx, sites.main));
    cache.set(cacheKey(sites.main, '/render-across-a-change'), compile('<p>trước</p>', sites.main), since);
    assert.equal(cache.get(cacheKey(sites.main, '/render-across-a-change')), undefined, 'not kept');
    cache.set(cacheKey(sites.main, '/render-after-the-change'), compile('<p>sau</p>', sites.main), cache.since(sites.main));
    assert.ok(cache.get(cacheKey(sites.main, '/render-after-the-change')), 'one begun after it is');
    assert.deepEqual(await cache.poll(t.db), [], 'nor does the poll drop anything again');
  });

  test('a transaction not opened by atomically cannot say so (its commit would tell no one)', async () => {
    await assert.rejects(
      t.db.transaction().execute((trx) => publicChange(trx, sites.main)),
      /atomically/,
    );
    assert.throws(() => afterCommit(t.db, () => {}), /atomically/);
  });
});

describe('once per transaction', () => {
  test('several calls in one transaction, nested ones included, move content_version by exactly one', async () => {
    const v = await contentVersion(t.db, sites.main);
    const w = await contentVersion(t.db, sites.ward);
    await atomically(t.db, async (trx) => {
      await publicChange(trx, sites.main);
      await publicChange(trx, sites.main);
      await atomically(trx, (inner) => publicChange(inner, sites.main));
      await publicChange(trx, sites.ward);
    });
    assert.equal(await contentVersion(t.db, sites.main), v + 1);
    assert.equal(await contentVersion(t.db, sites.ward), w + 1, 'each site once');
  });

  test('the article form saving a scheduled article and publishing it now: one bump', async () => {
    const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'scheduled', publishedAt: new Date(Date.now() + HOUR).toISOString(), fields: { title: 'Bài hẹn giờ sửa rồi xuất bản ngay' } });
    const v = await contentVersion(t.db, sites.main);
    const res = await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${a.id}`, formOf(a, { title: 'Bài hẹn giờ đã xuất bản ngay', _action: 'publish' }));
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    assert.equal((await article(a.id)).status, 'published');
    assert.equal(await contentVersion(t.db, sites.main), v + 1, 'the save and the move are one change');
    assert.ok((await get(t.app, '/')).body.includes('Bài hẹn giờ đã xuất bản ngay'), 'shown at once');
  });

  test('the scheduler publishing several articles of a site at once: one bump', async () => {
    // Due after everything published so far in this file (at the app's clock), so they lead the home page.
    const due = new Date(t.clock.now + 5_000).toISOString();
    t.clock.now += 10_000;
    for (const title of ['Bài đến giờ thứ nhất', 'Bài đến giờ thứ hai']) await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'scheduled', publishedAt: due, fields: { title } });
    await get(t.app, '/');
    const v = await contentVersion(t.db, sites.main);
    const published = await publishDue(t.db, t.clock.now);
    assert.equal(published.length, 2);
    assert.equal(await contentVersion(t.db, sites.main), v + 1);
    const home = (await get(t.app, '/')).body;
    assert.ok(home.includes('Bài đến giờ thứ hai') || home.includes('Bài đến giờ thứ nhất'), 'the home page leads with one of them at once');
  });
});

describe('another instance on the same database', () => {
  test('follows by its poll, as before', async () => {
    // Its own connections to the same database, as a second process would have.
    const handle: DbHandle = openDb({ databaseUrl: t.config.databaseUrl, dataDir: t.config.dataDir });
    const other = await buildApp({ config: t.config, db: handle.db, dialect: handle.dialect, storage: t.rt.storage, clock: () => t.clock.now, counting: { flushMs: 0, liveTtlMs: 0 } });
    try {
      await other.ready();
      await slowPoll(other, handle.db);
      const a = await submitted('Bài mà máy kia thấy sau lần hỏi');
      assert.ok(!(await get(other, '/')).body.includes(a.title));
      await get(t.app, '/');

      assert.equal((await staffPost(t.app, s.editor, `/quan-tri/bai-viet/${a.id}/chuyen`, { action: 'publish' })).statusCode, 303);
      assert.ok((await get(t.app, '/')).body.includes(a.title), 'the instance that published shows it at once');
      // The other one shares nothing with it but the database: until its poll it has its old page.
      assert.ok(!(await get(other, '/')).body.includes(a.title), 'the other still has its cached page');
      assert.deepEqual(await other.pageCache.poll(handle.db), [sites.main], 'its poll sees the version move');
      assert.ok((await get(other, '/')).body.includes(a.title), 'and then shows the article');
    } finally {
      await other.close();
      await handle.close();
    }
  });
});
