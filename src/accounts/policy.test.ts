// The policy: a table of every action × role × anonymous over own and others' articles, and the
// back-office narrowing of article lists.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor, ArticleSubject, BuiltInAction, PublicationTimeSave } from './policy.js';
import { ACTIONS, can, narrowArticles, publicationTimeByReporter, publicationTimeOnPublish, whyNot, whyNotPublicationTime } from './policy.js';
import type { TestApp } from '../../test/helpers.js';
import { testApp } from '../../test/helpers.js';
import type { Sites, Staff } from '../../test/staff.js';
import { actorOn, createStaff, demoSites, insertArticle } from '../../test/staff.js';

const ME = 7;
const OTHER = 8;
const VARIANTS = {
  none: undefined,
  'own draft': { author_id: ME, status: 'draft' },
  'own submitted': { author_id: ME, status: 'submitted' },
  'own published': { author_id: ME, status: 'published' },
  'other draft': { author_id: OTHER, status: 'draft' },
  'other submitted': { author_id: OTHER, status: 'submitted' },
  'no author draft': { author_id: null, status: 'draft' },
} satisfies Record<string, ArticleSubject | undefined>;
type Variant = keyof typeof VARIANTS;
const ALL = Object.keys(VARIANTS) as Variant[];
const NONE: Variant[] = [];
/** Drafts (and unpublished articles) go to the trash; submitted and published ones never. */
const DELETABLE: Variant[] = ['none', 'own draft', 'other draft', 'no author draft'];

const ACTORS: Record<string, Actor> = {
  admin: { userId: ME, role: 'admin' },
  editor: { userId: ME, role: 'editor' },
  reporter: { userId: ME, role: 'reporter' },
  clerk: { userId: ME, role: 'clerk' },
  handler: { userId: ME, role: 'handler' },
  anonymous: undefined,
};

/** Where each actor may do each action: the variants allowed. Written out, not computed. */
const EXPECTED: Record<keyof typeof ACTORS, Record<BuiltInAction, Variant[]>> = {
  admin: { ...(Object.fromEntries(ACTIONS.map((a) => [a, ALL])) as Record<BuiltInAction, Variant[]>), 'article.delete': DELETABLE },
  editor: {
    'article.read': ALL,
    'article.create': ALL,
    'article.edit': ALL,
    'article.submit': ALL,
    'article.return': ALL,
    'article.publish': ALL,
    'article.schedule': ALL,
    'article.unpublish': ALL,
    'article.delete': DELETABLE,
    'article.backdate': ALL,
    'users.manage': NONE,
    'settings.manage': NONE,
    'audit.read': NONE,
    'media.upload': ALL,
    'media.delete': ALL,
  },
  reporter: {
    'article.read': ALL,
    'article.create': ALL,
    'article.edit': ['own draft'],
    'article.submit': ['own draft'],
    'article.return': NONE,
    'article.publish': NONE,
    'article.schedule': NONE,
    'article.unpublish': NONE,
    'article.delete': ['own draft'],
    'article.backdate': NONE,
    'users.manage': NONE,
    'settings.manage': NONE,
    'audit.read': NONE,
    'media.upload': ALL,
    'media.delete': NONE,
  },
  // Văn thư and Cán bộ tiếp nhận work in their modules: of the built-in actions, only uploading files.
  clerk: { ...(Object.fromEntries(ACTIONS.map((a) => [a, NONE])) as Record<BuiltInAction, Variant[]>), 'media.upload': ALL },
  handler: { ...(Object.fromEntries(ACTIONS.map((a) => [a, NONE])) as Record<BuiltInAction, Variant[]>), 'media.upload': ALL },
  anonymous: Object.fromEntries(ACTIONS.map((a) => [a, NONE])) as Record<BuiltInAction, Variant[]>,
};

describe('can()', () => {
  for (const [who, actor] of Object.entries(ACTORS)) {
    test(`${who}: every action × own/other × draft/submitted`, () => {
      for (const action of ACTIONS) {
        for (const variant of ALL) {
          const expected = EXPECTED[who]![action].includes(variant);
          const article = VARIANTS[variant];
          assert.equal(can(actor, action, article), expected, `${who} ${action} on ${variant}`);
          const why = whyNot(actor, action, article);
          if (expected) assert.equal(why, null, `${who} ${action} on ${variant}: no reason when allowed`);
          else assert.ok(why && why.length > 10 && why.endsWith('.'), `${who} ${action} on ${variant}: a sentence saying why (${why})`);
        }
      }
    });
  }

  test('a returned article (a draft with a comment) is the reporter’s to edit and submit again', () => {
    const returned = { author_id: ME, status: 'draft' as const, review_comment: 'Bổ sung nguồn tin.' };
    assert.ok(can(ACTORS.reporter, 'article.edit', returned), 'reporter edits own returned article');
    assert.ok(can(ACTORS.reporter, 'article.submit', returned), 'reporter resubmits own returned article');
  });

  test('the trash: an unpublished article may be deleted by editors; one in the trash may only be restored', () => {
    const unpublished = { author_id: OTHER, status: 'unpublished' as const };
    assert.ok(can(ACTORS.editor, 'article.delete', unpublished));
    assert.ok(!can(ACTORS.reporter, 'article.delete', { author_id: ME, status: 'unpublished' }));
    assert.match(whyNot(ACTORS.editor, 'article.delete', { author_id: ME, status: 'published' }) ?? '', /Hãy gỡ bài trước\./);
    const trashed = { author_id: ME, status: 'draft' as const, deleted_at: '2026-12-01T00:00:00.000Z' };
    for (const who of ['admin', 'editor', 'reporter'] as const) {
      assert.ok(can(ACTORS[who], 'article.delete', trashed), `${who} restores`);
      for (const action of ['article.edit', 'article.submit', 'article.publish'] as const) assert.match(whyNot(ACTORS[who], action, trashed) ?? '', /Thùng rác/, `${who} ${action}`);
    }
  });

  test('refusals are plain Vietnamese', () => {
    assert.equal(whyNot(ACTORS.reporter, 'article.edit', VARIANTS['other draft']), 'Phóng viên chỉ được sửa bài của mình.');
    assert.equal(whyNot(ACTORS.reporter, 'article.submit', VARIANTS['other draft']), 'Phóng viên chỉ được gửi duyệt bài của mình.');
    assert.equal(whyNot(ACTORS.reporter, 'article.publish', VARIANTS['own submitted']), 'Chỉ Biên tập viên hoặc Quản trị được xuất bản bài.');
    assert.equal(whyNot(ACTORS.reporter, 'article.edit', VARIANTS['own submitted']), 'Bài đang ở trạng thái Chờ duyệt: Phóng viên chỉ được sửa bài nháp.');
    assert.equal(whyNot(ACTORS.editor, 'users.manage'), 'Chỉ Quản trị được quản lý người dùng.');
    assert.equal(whyNot(undefined, 'article.create'), 'Bạn cần đăng nhập với một vai trò trên trang này.');
    assert.equal(whyNot(ACTORS.clerk, 'article.read'), 'Vai trò Văn thư không viết, duyệt hay xuất bản bài.');
  });
});

describe('publication times', () => {
  const NOW = Date.parse('2026-12-03T04:30:20Z');
  const save = (o: Partial<PublicationTimeSave>): PublicationTimeSave => ({ at: null, stored: null, storedByReporter: false, now: NOW, ...o });
  const PAST = '2001-01-01T01:00:00.000Z';
  const FUTURE = '2026-12-04T01:00:00.000Z';
  const THIS_MINUTE = '2026-12-03T04:30:00.000Z';

  test('a reporter cannot set a time earlier than now; keeping the stored one is not setting it; editors and administrators may', () => {
    const reporter = ACTORS.reporter;
    assert.match(whyNotPublicationTime(reporter, save({ at: PAST })) ?? '', /^Chỉ Biên tập viên hoặc Quản trị được đặt ngày đăng trước thời điểm hiện tại\./, 'a date in the past');
    assert.ok(whyNotPublicationTime(reporter, save({ at: '2026-12-03T04:29:00.000Z' })), 'a minute ago');
    assert.ok(whyNotPublicationTime(reporter, save({ at: PAST, stored: '2001-01-01T01:01:00.000Z' })), 'another past time than the stored one');
    assert.equal(whyNotPublicationTime(reporter, save({ at: THIS_MINUTE })), null, 'the current minute is now');
    assert.equal(whyNotPublicationTime(reporter, save({ at: FUTURE })), null, 'later');
    assert.equal(whyNotPublicationTime(reporter, save({})), null, 'none');
    assert.equal(whyNotPublicationTime(reporter, save({ at: PAST, stored: '2001-01-01T01:00:37.123Z' })), null, 'the stored time, as the form shows it (to the minute)');
    for (const who of ['editor', 'admin'] as const) assert.equal(whyNotPublicationTime(ACTORS[who], save({ at: PAST })), null, who);
    assert.ok(whyNotPublicationTime(undefined, save({ at: PAST })), 'the anonymous');
  });

  test('whose time it is: a reporter’s choice is marked, an unchanged time keeps its mark, an editor’s clears it', () => {
    assert.equal(publicationTimeByReporter(ACTORS.reporter, save({ at: FUTURE })), true);
    assert.equal(publicationTimeByReporter(ACTORS.reporter, save({ at: null, storedByReporter: true })), false, 'no time, nothing to mark');
    assert.equal(publicationTimeByReporter(ACTORS.reporter, save({ at: PAST, stored: PAST, storedByReporter: false })), false, 'an editor’s time kept by a reporter stays an editor’s');
    assert.equal(publicationTimeByReporter(ACTORS.editor, save({ at: FUTURE, stored: FUTURE, storedByReporter: true })), true, 'an editor saving the form without touching it does not adopt it');
    assert.equal(publicationTimeByReporter(ACTORS.editor, save({ at: PAST, stored: FUTURE, storedByReporter: true })), false, 'an editor’s own time');
  });

  test('on publication a passed time stays unless a reporter chose it; a future or missing one becomes now', () => {
    const now = new Date(NOW).toISOString();
    assert.equal(publicationTimeOnPublish({ published_at: PAST, published_at_by_reporter: 0 }, now), PAST, 'an editor’s date, or published before');
    assert.equal(publicationTimeOnPublish({ published_at: PAST, published_at_by_reporter: 1 }, now), now, 'a reporter’s passed time');
    assert.equal(publicationTimeOnPublish({ published_at: FUTURE, published_at_by_reporter: 0 }, now), now, 'a future time');
    assert.equal(publicationTimeOnPublish({ published_at: null, published_at_by_reporter: 0 }, now), now, 'none');
  });
});

describe('narrowArticles()', () => {
  let t: TestApp;
  let sites: Sites;
  let staff: Staff;
  before(async () => {
    t = await testApp();
    sites = await demoSites(t.db);
    staff = await createStaff(t.db, sites, 'pol');
    await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter });
    await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'submitted' });
    await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter2 });
    await insertArticle(t.db, { siteId: sites.ward, authorId: staff.reporter });
  });
  after(() => t?.close());

  const visible = async (actor: Actor, siteId: number) =>
    (await narrowArticles(t.db.selectFrom('articles').select(['articles.id', 'articles.site_id', 'articles.author_id']), actor, siteId).execute());

  test('reporter: own articles of this site; editor and admin: all of the site; anonymous: none', async () => {
    const onMain = await t.db.selectFrom('articles').select('id').where('site_id', '=', sites.main).execute();
    const reporter = await visible(await actorOn(t.db, staff.reporter, sites.main), sites.main);
    assert.equal(reporter.length, 2);
    assert.ok(reporter.every((r) => r.author_id === staff.reporter && r.site_id === sites.main), 'only own, only this site');
    assert.equal((await visible(await actorOn(t.db, staff.editor, sites.main), sites.main)).length, onMain.length);
    assert.equal((await visible(await actorOn(t.db, staff.admin, sites.main), sites.main)).length, onMain.length);
    assert.equal((await visible(undefined, sites.main)).length, 0);
    assert.equal((await visible(await actorOn(t.db, staff.outsider, sites.main), sites.main)).length, 0, 'no role on the main site');
  });

  test('works on a joined query', async () => {
    const actor = await actorOn(t.db, staff.reporter, sites.main);
    const rows = await narrowArticles(
      t.db.selectFrom('articles').leftJoin('categories', 'categories.id', 'articles.category_id').select(['articles.id', 'categories.name']),
      actor,
      sites.main,
    ).execute();
    assert.equal(rows.length, 2);
  });
});
