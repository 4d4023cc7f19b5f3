// Part 2 with real processes: SIGTERM loses no count, kill -9 loses at most the last second and
// never corrupts the database, and two instances on one database add up exactly and share
// "Trực tuyến". Runs on SQLite (one file, two processes) and on PostgreSQL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { BROWSER_UA, TEST_DB, serveProcess, testEnv } from './helpers.js';
import { loadConfig } from '../src/config.js';
import { openRuntime } from '../src/runtime.js';
import { REFERENCE_ARTICLE } from '../src/demo/content/index.js';
import { ictDay } from '../src/vi/index.js';

const REF = `/tin-tuc/${REFERENCE_ARTICLE.slug}`;

async function stored(env: Record<string, string>) {
  const rt = await openRuntime(loadConfig(env));
  try {
    const db = rt.handle.db;
    const a = await db.selectFrom('articles').select('view_count').where('slug', '=', REFERENCE_ARTICLE.slug).executeTakeFirstOrThrow();
    const site = await db.selectFrom('sites').select('id').where('is_default', '=', 1).executeTakeFirstOrThrow();
    const v = await db.selectFrom('site_daily_visits').select('visits').where('site_id', '=', site.id).where('day', '=', ictDay(Date.now())).executeTakeFirst();
    let integrity = 'ok';
    if (TEST_DB === 'sqlite') integrity = (await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db)).rows[0]!.integrity_check;
    return { views: a.view_count, visits: v?.visits ?? 0, integrity };
  } finally {
    await rt.close();
  }
}

async function hit(url: string, n: number, headers: Record<string, string> = {}) {
  const statuses = await Promise.all(
    Array.from({ length: n }, async () => {
      const r = await fetch(url, { headers: { 'user-agent': BROWSER_UA, ...headers } });
      await r.arrayBuffer();
      return r.status;
    }),
  );
  assert.ok(statuses.every((s) => s === 200), statuses.join(','));
}

test('SIGTERM writes every count gathered', async () => {
  const te = await testEnv();
  try {
    const p = serveProcess({ ...te.env, COUNT_FLUSH_MS: '600000' }); // no timed flush: only the shutdown writes
    const url = await p.ready;
    await hit(url + REF, 57);
    p.child.kill('SIGTERM');
    assert.equal(await p.exited, 0);
    const s = await stored(te.env);
    assert.equal(s.views, REFERENCE_ARTICLE.views + 57);
    assert.equal(s.visits, 1);
  } finally {
    await te.cleanup();
  }
});

test('kill -9 loses at most the last second and leaves the database sound', async () => {
  const te = await testEnv();
  try {
    const p = serveProcess({ ...te.env, COUNT_FLUSH_MS: '1000' });
    const url = await p.ready;
    await hit(url + REF, 40);
    await new Promise((r) => setTimeout(r, 2200)); // more than a flush interval
    await hit(url + REF, 25); // these may be lost
    p.child.kill('SIGKILL');
    await p.exited;
    const s = await stored(te.env);
    assert.ok(s.views >= REFERENCE_ARTICLE.views + 40 && s.views <= REFERENCE_ARTICLE.views + 65, `views ${s.views}`);
    assert.equal(s.integrity, 'ok');
    // and it starts again on the same data
    const again = serveProcess(te.env);
    await again.ready;
    again.child.kill('SIGTERM');
    assert.equal(await again.exited, 0);
  } finally {
    await te.cleanup();
  }
});

test('two instances on one database: counts add up exactly, visits and online are shared', async () => {
  const te = await testEnv();
  try {
    const a = serveProcess(te.env);
    const urlA = await a.ready; // the first start loads the demo; the second instance finds it there
    const b = serveProcess(te.env);
    const urlB = await b.ready;
    const alice = 'loa_k=aliceAliceAliceAlice12';
    await Promise.all([hit(urlA + REF, 60, { cookie: alice }), hit(urlB + REF, 40, { cookie: alice }), hit(urlB + '/', 3, { cookie: 'loa_k=bobBobBobBobBobBobBob1' })]);
    await new Promise((r) => setTimeout(r, 2500)); // both have flushed and the live figures have been re-read
    const page = await (await fetch(urlA + REF, { headers: { 'user-agent': 'Googlebot/2.1' } })).text();
    const text = page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    assert.ok(text.includes(`${REFERENCE_ARTICLE.views + 100} lượt xem`), 'instance A shows the views counted on both');
    assert.ok(text.includes('Trực tuyến: 2'), 'Bob, seen only on B, is online on A');
    assert.ok(text.includes('Hôm nay: 2'), 'Alice on both instances is one visit');
    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
    assert.equal(await a.exited, 0);
    assert.equal(await b.exited, 0);
    const s = await stored(te.env);
    assert.equal(s.views, REFERENCE_ARTICLE.views + 100);
    assert.equal(s.visits, 2);
  } finally {
    await te.cleanup();
  }
});

test('WORKERS=2: one port, two processes, exact counts, clean SIGTERM', async () => {
  const te = await testEnv();
  try {
    const init = serveProcess(te.env); // the first start (demo) in one process
    await init.ready;
    init.child.kill('SIGTERM');
    assert.equal(await init.exited, 0);
    const p = serveProcess({ ...te.env, WORKERS: '2', COUNT_FLUSH_MS: '600000' });
    const url = await p.ready;
    assert.match(p.output(), /\(2 tiến trình\)/);
    await hit(url + REF, 80, { cookie: 'loa_k=workersReaderWorkers12' });
    p.child.kill('SIGTERM');
    assert.equal(await p.exited, 0);
    const s = await stored(te.env);
    assert.equal(s.views, REFERENCE_ARTICLE.views + 80);
  } finally {
    await te.cleanup();
  }
});
