// The editorial workflow: every path through the state machine, its refusals in plain Vietnamese
// (which change nothing), the policy at each step, the audit log and the page cache.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TestApp } from '../../test/helpers.js';
import { testApp } from '../../test/helpers.js';
import type { Sites, Staff } from '../../test/staff.js';
import { actorOn, auditRowsFor, contentVersion, createStaff, demoSites, insertArticle } from '../../test/staff.js';
import { atomically } from '../db/index.js';
import { AppError } from '../errors/index.js';
import type { TransitionInput, WorkflowAction } from './machine.js';
import { STATUS_LABELS, TRANSITIONS, transition } from './machine.js';
import { STATUSES } from './states.js';

const NOW = Date.parse('2026-11-24T03:00:00Z');
const IP = '203.0.113.7';
let t: TestApp;
let sites: Sites;
let staff: Staff;

before(async () => {
  t = await testApp({ now: NOW });
  sites = await demoSites(t.db);
  staff = await createStaff(t.db, sites, 'wf');
});
after(() => t?.close());

/** Runs a transition on the main site as `userId` (with the role they hold there). */
async function move(userId: number, articleId: number, action: WorkflowAction, extra: Partial<TransitionInput> = {}) {
  return transition(t.db, { siteId: sites.main, articleId, actor: await actorOn(t.db, userId, sites.main), action, ip: IP, now: t.clock.now, ...extra });
}

const draftBy = (authorId: number) => insertArticle(t.db, { siteId: sites.main, authorId, now: new Date(t.clock.now).toISOString() });

async function state(articleId: number) {
  const row = await t.db.selectFrom('articles').selectAll().where('id', '=', articleId).executeTakeFirstOrThrow();
  return { row, audit: await auditRowsFor(t.db, articleId) };
}

/** Asserts that p is refused with this status and message, and that the article and its audit log did not change. */
async function refused(articleId: number, p: () => Promise<unknown>, status: number, message: string | RegExp) {
  const before = await state(articleId);
  await assert.rejects(p, (err: unknown) => {
    assert.ok(err instanceof AppError, `an AppError, got ${String(err)}`);
    assert.equal(err.status, status);
    if (typeof message === 'string') assert.equal(err.publicMessage, message);
    else assert.match(err.publicMessage, message);
    return true;
  });
  assert.deepEqual(await state(articleId), before, 'nothing changed');
}

/** Asserts the article gained exactly one audit row, for this move, and returns it. */
async function lastAudit(articleId: number, countBefore: number, action: string, from: string, to: string, userId: number | null) {
  const rows = await auditRowsFor(t.db, articleId);
  assert.equal(rows.length, countBefore + 1, `exactly one audit row for ${action}`);
  const row = rows.at(-1)!;
  assert.equal(row.action, action);
  assert.equal(row.site_id, sites.main);
  assert.equal(row.user_id, userId);
  assert.equal(row.ip, IP);
  assert.equal(row.at, new Date(t.clock.now).toISOString());
  const detail = JSON.parse(row.detail) as Record<string, unknown>;
  assert.equal(detail.from, from);
  assert.equal(detail.to, to);
  return detail;
}

describe('the table', () => {
  test('every state has a label and every transition links known states with a policy action', () => {
    assert.deepEqual(STATUS_LABELS, { draft: 'Nháp', submitted: 'Chờ duyệt', scheduled: 'Hẹn giờ', published: 'Đã xuất bản', unpublished: 'Đã gỡ' });
    for (const tr of TRANSITIONS) {
      assert.ok(STATUSES.includes(tr.from) && STATUSES.includes(tr.to), `${tr.from} → ${tr.to}`);
      assert.ok(tr.needs.startsWith('article.'), `${tr.action} needs an article action`);
      assert.ok(tr.label.length > 0, `${tr.action} has a label`);
    }
    const keys = TRANSITIONS.map((tr) => `${tr.from}:${tr.action}`);
    assert.equal(new Set(keys).size, keys.length, 'one transition per state and action');
  });
});

describe('transitions', () => {
  test('draft → submitted → published → unpublished → published, one audit row each, the cache told on public changes', async () => {
    const a = await draftBy(staff.reporter);
    let v = await contentVersion(t.db, sites.main);

    const submitted = await move(staff.reporter, a.id, 'submit');
    assert.equal(submitted.status, 'submitted');
    await lastAudit(a.id, 0, 'article.submit', 'draft', 'submitted', staff.reporter);
    assert.equal(await contentVersion(t.db, sites.main), v, 'a submission is not public');

    t.clock.now += 60_000;
    const published = await move(staff.editor, a.id, 'publish');
    assert.equal(published.status, 'published');
    const firstPublished = new Date(t.clock.now).toISOString();
    assert.equal(published.published_at, firstPublished);
    await lastAudit(a.id, 1, 'article.publish', 'submitted', 'published', staff.editor);
    assert.equal(await contentVersion(t.db, sites.main), ++v, 'publishing bumps content_version');

    t.clock.now += 60_000;
    const unpublished = await move(staff.editor, a.id, 'unpublish');
    assert.equal(unpublished.status, 'unpublished');
    await lastAudit(a.id, 2, 'article.unpublish', 'published', 'unpublished', staff.editor);
    assert.equal(await contentVersion(t.db, sites.main), ++v, 'unpublishing bumps content_version');

    t.clock.now += 60_000;
    const again = await move(staff.admin, a.id, 'publish');
    assert.equal(again.status, 'published');
    assert.equal(again.published_at, firstPublished, 'published again under its first date');
    await lastAudit(a.id, 3, 'article.publish', 'unpublished', 'published', staff.admin);
    assert.equal(await contentVersion(t.db, sites.main), v + 1);
  });

  test('the public site shows a published article and drops it when unpublished', async () => {
    const a = await draftBy(staff.reporter);
    await move(staff.reporter, a.id, 'submit');
    await move(staff.editor, a.id, 'publish');
    await t.app.pageCache.poll(t.db);
    const url = `/tin-tuc/${a.slug}`;
    const get = () => t.app.inject({ method: 'GET', url, headers: { host: 'localhost' } });
    assert.equal((await get()).statusCode, 200);
    await move(staff.editor, a.id, 'unpublish');
    await t.app.pageCache.poll(t.db);
    assert.equal((await get()).statusCode, 404);
  });

  test('an editor returns a submission with a comment (refused without one); the reporter edits and resubmits', async () => {
    const a = await draftBy(staff.reporter);
    await move(staff.reporter, a.id, 'submit');
    const msg = 'Cần ghi lý do trả lại bài để phóng viên biết cần sửa gì.';
    await refused(a.id, () => move(staff.editor, a.id, 'return'), 400, msg);
    await refused(a.id, () => move(staff.editor, a.id, 'return', { comment: '  \n ' }), 400, msg);
    await refused(a.id, () => move(staff.editor, a.id, 'return', { comment: 'x'.repeat(1001) }), 400, 'Lý do trả lại không được dài quá 1000 ký tự.');
    await refused(a.id, () => move(staff.reporter, a.id, 'return', { comment: 'Tự trả lại.' }), 403, 'Chỉ Biên tập viên hoặc Quản trị được trả lại bài.');

    const comment = 'Bổ sung nguồn tin và ảnh.'.normalize('NFD');
    const returned = await move(staff.editor, a.id, 'return', { comment });
    assert.equal(returned.status, 'draft');
    assert.equal(returned.review_comment, 'Bổ sung nguồn tin và ảnh.', 'stored in NFC');
    const detail = await lastAudit(a.id, 1, 'article.return', 'submitted', 'draft', staff.editor);
    assert.equal(detail.comment, 'Bổ sung nguồn tin và ảnh.');

    const resubmitted = await move(staff.reporter, a.id, 'submit');
    assert.equal(resubmitted.status, 'submitted');
    assert.equal(resubmitted.review_comment, '', 'the comment is cleared on submit');
    await lastAudit(a.id, 2, 'article.submit', 'draft', 'submitted', staff.reporter);
  });

  test('scheduling needs a future ISO time and is not public yet', async () => {
    const a = await draftBy(staff.reporter);
    await move(staff.reporter, a.id, 'submit');
    const v = await contentVersion(t.db, sites.main);
    await refused(a.id, () => move(staff.editor, a.id, 'schedule'), 400, 'Cần chọn ngày giờ xuất bản hợp lệ.');
    await refused(a.id, () => move(staff.editor, a.id, 'schedule', { publishAt: 'ngày mai' }), 400, 'Cần chọn ngày giờ xuất bản hợp lệ.');
    await refused(a.id, () => move(staff.editor, a.id, 'schedule', { publishAt: '2026-11-25T08:00' }), 400, 'Cần chọn ngày giờ xuất bản hợp lệ.');
    await refused(a.id, () => move(staff.editor, a.id, 'schedule', { publishAt: new Date(t.clock.now - 1000).toISOString() }), 400, 'Giờ hẹn xuất bản phải ở trong tương lai.');
    const s = await move(staff.editor, a.id, 'schedule', { publishAt: '2026-11-25T08:00:00+07:00' });
    assert.equal(s.status, 'scheduled');
    assert.equal(s.published_at, '2026-11-25T01:00:00.000Z');
    await lastAudit(a.id, 1, 'article.schedule', 'submitted', 'scheduled', staff.editor);
    assert.equal(await contentVersion(t.db, sites.main), v, 'a scheduled article is not public yet');
  });

  test('refused transitions say why in plain Vietnamese and change nothing', async () => {
    const a = await draftBy(staff.reporter);
    await refused(a.id, () => move(staff.editor, a.id, 'publish'), 409, 'Bài đang ở trạng thái Nháp: cần gửi duyệt trước khi xuất bản.');
    await refused(a.id, () => move(staff.editor, a.id, 'schedule', { publishAt: '2027-01-01T00:00:00Z' }), 409, 'Bài đang ở trạng thái Nháp: cần gửi duyệt trước khi hẹn giờ xuất bản.');
    await refused(a.id, () => move(staff.editor, a.id, 'unpublish'), 409, /^Bài đang ở trạng thái Nháp: chỉ gỡ được bài ở trạng thái Hẹn giờ hoặc Đã xuất bản\.$/);
    await refused(a.id, () => move(staff.editor, a.id, 'return', { comment: 'Sửa lại.' }), 409, 'Bài đang ở trạng thái Nháp: chỉ trả lại được bài ở trạng thái Chờ duyệt.');
    await move(staff.reporter, a.id, 'submit');
    await refused(a.id, () => move(staff.reporter, a.id, 'submit'), 409, 'Bài đang ở trạng thái Chờ duyệt: bài đã được gửi duyệt, đang chờ Biên tập viên.');
    await move(staff.editor, a.id, 'publish');
    await refused(a.id, () => move(staff.editor, a.id, 'publish'), 409, 'Bài đang ở trạng thái Đã xuất bản: bài đã được xuất bản rồi.');
    await refused(a.id, () => move(staff.editor, a.id, 'redraft'), 409, 'Bài đang ở trạng thái Đã xuất bản: chỉ đưa về nháp được bài ở trạng thái Đã gỡ.');
  });

  test('unpublished goes back to draft', async () => {
    const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'unpublished', publishedAt: '2026-11-01T00:00:00.000Z' });
    const v = await contentVersion(t.db, sites.main);
    const r = await move(staff.editor, a.id, 'redraft');
    assert.equal(r.status, 'draft');
    await lastAudit(a.id, 0, 'article.redraft', 'unpublished', 'draft', staff.editor);
    assert.equal(await contentVersion(t.db, sites.main), v, 'nothing public changed');
  });
});

describe('who may move what', () => {
  test('a reporter cannot publish, nor submit another reporter’s article', async () => {
    const own = await draftBy(staff.reporter);
    await move(staff.reporter, own.id, 'submit');
    await refused(own.id, () => move(staff.reporter, own.id, 'publish'), 403, 'Chỉ Biên tập viên hoặc Quản trị được xuất bản bài.');
    await refused(own.id, () => move(staff.reporter, own.id, 'schedule', { publishAt: '2027-01-01T00:00:00Z' }), 403, 'Chỉ Biên tập viên hoặc Quản trị được hẹn giờ xuất bản bài.');
    const other = await draftBy(staff.reporter2);
    await refused(other.id, () => move(staff.reporter, other.id, 'submit'), 403, 'Phóng viên chỉ được gửi duyệt bài của mình.');
    await refused(other.id, () => move(staff.reporter, other.id, 'publish'), 403, 'Chỉ Biên tập viên hoặc Quản trị được xuất bản bài.');
    await refused(other.id, () => move(staff.reporter, other.id, 'redraft'), 403, 'Phóng viên chỉ được sửa bài của mình.');
  });

  test('an editor can publish any article of the site', async () => {
    for (const author of [staff.reporter, staff.reporter2, null]) {
      const a = await insertArticle(t.db, { siteId: sites.main, authorId: author, status: 'submitted' });
      assert.equal((await move(staff.editor, a.id, 'publish')).status, 'published');
    }
  });

  test('someone with no role on this site cannot; an article of another site is not found', async () => {
    const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'submitted' });
    await refused(a.id, () => move(staff.outsider, a.id, 'publish'), 403, 'Bạn cần đăng nhập với một vai trò trên trang này.');
    await refused(a.id, () => transition(t.db, { siteId: sites.main, articleId: a.id, actor: undefined, action: 'publish', ip: IP, now: t.clock.now }), 403, 'Bạn cần đăng nhập với một vai trò trên trang này.');
    // The outsider is an editor of the ward site: acting there, the main site's article does not exist.
    const outsider = await actorOn(t.db, staff.outsider, sites.ward);
    assert.equal(outsider?.role, 'editor');
    await refused(a.id, () => transition(t.db, { siteId: sites.ward, articleId: a.id, actor: outsider, action: 'publish', ip: IP, now: t.clock.now }), 404, 'Không tìm thấy bài viết trên trang này.');
  });

  test('two editors publishing at once: one wins, the other is told, one audit row', async () => {
    const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'submitted' });
    const results = await Promise.allSettled([move(staff.editor, a.id, 'publish'), move(staff.admin, a.id, 'publish')]);
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1, 'exactly one succeeds');
    const lost = results.find((r) => r.status === 'rejected');
    assert.ok(lost && lost.reason instanceof AppError && lost.reason.status === 409, 'the other gets a 409');
    assert.equal((await auditRowsFor(t.db, a.id)).length, 1);
  });
});

describe('inside a transaction of the caller', () => {
  test('the move joins it: seen inside, and rolled back with it (state, audit, content version)', async () => {
    const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'submitted', now: new Date(t.clock.now).toISOString() });
    const before = await state(a.id);
    const version = await contentVersion(t.db, sites.main);
    const editor = await actorOn(t.db, staff.editor, sites.main);
    await assert.rejects(
      atomically(t.db, async (trx) => {
        await trx.updateTable('articles').set({ summary: 'Sửa trước khi xuất bản' }).where('id', '=', a.id).execute();
        const row = await transition(trx, { siteId: sites.main, articleId: a.id, actor: editor, action: 'publish', ip: IP, now: t.clock.now });
        assert.equal(row.status, 'published');
        assert.equal(row.summary, 'Sửa trước khi xuất bản', 'the move sees the caller’s write');
        throw new Error('the caller fails after the move');
      }),
      /the caller fails/,
    );
    const after = await state(a.id);
    assert.deepEqual(after.row, before.row, 'the article as it was');
    assert.equal(after.audit.length, before.audit.length, 'no audit entry');
    assert.equal(await contentVersion(t.db, sites.main), version, 'the page cache was not told');

    await atomically(t.db, (trx) => transition(trx, { siteId: sites.main, articleId: a.id, actor: editor, action: 'publish', ip: IP, now: t.clock.now }));
    assert.equal((await state(a.id)).row.status, 'published', 'committed with the caller');
    assert.ok((await contentVersion(t.db, sites.main)) > version, 'and the page cache told');
  });
});
