// Scheduled publication: at its time, exactly once, even with several instances running the
// scheduler at the same moment (a real race on PostgreSQL).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TestApp } from '../../test/helpers.js';
import { testApp } from '../../test/helpers.js';
import type { Sites, Staff } from '../../test/staff.js';
import { actorOn, auditRowsFor, contentVersion, createStaff, demoSites, insertArticle } from '../../test/staff.js';
import { transition } from './machine.js';
import { publishDue, startScheduler } from './scheduler.js';
import { listAudit } from '../audit/log.js';

const NOW = Date.parse('2026-11-24T03:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
let t: TestApp;
let sites: Sites;
let staff: Staff;

before(async () => {
  t = await testApp({ now: NOW });
  sites = await demoSites(t.db);
  staff = await createStaff(t.db, sites, 'sch');
});
after(() => t?.close());

describe('publishDue', () => {
  test('a scheduled article is published at its time, not before, and audited as the scheduler', async () => {
    const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'submitted' });
    const at = NOW + 3_600_000;
    await transition(t.db, { siteId: sites.main, itemId: a.id, actor: await actorOn(t.db, staff.editor, sites.main), action: 'schedule', publishAt: iso(at), ip: '', now: NOW });
    const v = await contentVersion(t.db, sites.main);

    assert.deepEqual(await publishDue(t.db, at - 1), [], 'not a millisecond early');
    const row0 = await t.db.selectFrom('articles').select('status').where('id', '=', a.id).executeTakeFirstOrThrow();
    assert.equal(row0.status, 'scheduled');
    assert.equal(await contentVersion(t.db, sites.main), v);

    const done = await publishDue(t.db, at);
    assert.deepEqual(done, [{ id: a.id, siteId: sites.main }]);
    const row = await t.db.selectFrom('articles').select(['status', 'published_at']).where('id', '=', a.id).executeTakeFirstOrThrow();
    assert.deepEqual(row, { status: 'published', published_at: iso(at) });
    assert.equal(await contentVersion(t.db, sites.main), v + 1, 'the site’s pages are dropped');

    const audit = await auditRowsFor(t.db, a.id);
    assert.deepEqual(audit.map((r) => r.action), ['article.schedule', 'article.publish']);
    assert.equal(audit[1]!.user_id, null);
    assert.deepEqual(JSON.parse(audit[1]!.detail), { from: 'scheduled', to: 'published', by: 'scheduler' });

    assert.deepEqual(await publishDue(t.db, at + 60_000), [], 'nothing twice');
    assert.equal((await auditRowsFor(t.db, a.id)).length, 2);
  });

  test('concurrent runs publish every due article exactly once', async () => {
    const due: number[] = [];
    for (let i = 0; i < 12; i++) {
      const siteId = i % 3 === 0 ? sites.ward : sites.main;
      due.push((await insertArticle(t.db, { siteId, authorId: null, status: 'scheduled', publishedAt: iso(NOW - i * 1000) })).id);
    }
    const later = (await insertArticle(t.db, { siteId: sites.main, authorId: null, status: 'scheduled', publishedAt: iso(NOW + 1000) })).id;
    const versions = { main: await contentVersion(t.db, sites.main), ward: await contentVersion(t.db, sites.ward) };

    const runs = await Promise.all(Array.from({ length: 4 }, () => publishDue(t.db, NOW)));
    const ids = runs.flat().map((p) => p.id);
    assert.deepEqual([...ids].sort((x, y) => x - y), [...due].sort((x, y) => x - y), 'each due article once across all runs');

    for (const id of due) {
      const audit = await auditRowsFor(t.db, id);
      assert.equal(audit.length, 1, `one audit row for article ${id}`);
      assert.equal(audit[0]!.action, 'article.publish');
    }
    const statuses = await t.db.selectFrom('articles').select(['id', 'status']).where('id', 'in', [...due, later]).execute();
    for (const s of statuses) assert.equal(s.status, s.id === later ? 'scheduled' : 'published', `article ${s.id}`);
    assert.ok((await contentVersion(t.db, sites.main)) > versions.main, 'main site pages dropped');
    assert.ok((await contentVersion(t.db, sites.ward)) > versions.ward, 'ward site pages dropped');

    const logged = await listAudit(t.db, sites.ward, { action: 'article.publish', limit: 50, offset: 0 });
    assert.equal(logged.length, 4);
    assert.ok(logged.every((e) => e.userId === null && e.detail.by === 'scheduler'), 'the ward’s entries are the scheduler’s');
  });

  test('startScheduler publishes on its own and stops', async () => {
    const a = await insertArticle(t.db, { siteId: sites.main, authorId: null, status: 'scheduled', publishedAt: iso(NOW - 1) });
    const errors: unknown[] = [];
    const stop = startScheduler(t.db, () => t.clock.now, 20, (e) => errors.push(e));
    try {
      for (let i = 0; i < 100; i++) {
        const r = await t.db.selectFrom('articles').select('status').where('id', '=', a.id).executeTakeFirstOrThrow();
        if (r.status === 'published') break;
        await new Promise((res) => setTimeout(res, 20));
      }
    } finally {
      stop();
    }
    const r = await t.db.selectFrom('articles').select('status').where('id', '=', a.id).executeTakeFirstOrThrow();
    assert.equal(r.status, 'published');
    assert.deepEqual(errors, []);
  });
});

describe('listAudit', () => {
  test('filters by action, user and time, newest first', async () => {
    const editor = await actorOn(t.db, staff.editor, sites.main);
    const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'submitted' });
    const at = NOW + 86_400_000;
    await transition(t.db, { siteId: sites.main, itemId: a.id, actor: editor, action: 'publish', ip: '198.51.100.9', now: at });
    await transition(t.db, { siteId: sites.main, itemId: a.id, actor: editor, action: 'unpublish', ip: '198.51.100.9', now: at + 1000 });
    const mine = await listAudit(t.db, sites.main, { userId: staff.editor, from: iso(at), limit: 10, offset: 0 });
    assert.deepEqual(mine.map((e) => e.action), ['article.unpublish', 'article.publish']);
    assert.equal(mine[0]!.username, 'sch-bien-tap');
    assert.equal(mine[0]!.ip, '198.51.100.9');
    assert.deepEqual(mine[0]!.detail, { from: 'published', to: 'unpublished' });
    assert.equal((await listAudit(t.db, sites.main, { userId: staff.editor, from: iso(at), to: iso(at + 1000), limit: 10, offset: 0 })).length, 1);
    assert.equal((await listAudit(t.db, sites.main, { userId: staff.editor, from: iso(at), limit: 1, offset: 1 }))[0]!.action, 'article.publish');
    assert.equal((await listAudit(t.db, sites.ward, { userId: staff.editor, limit: 10, offset: 0 })).length, 0, 'another site’s log');
  });
});
