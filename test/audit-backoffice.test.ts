// Part 3: the administrators' audit-log screen (/quan-tri/nhat-ky): this site only, newest first,
// ICT times, readable labels, escaped detail, filters by action, person and ICT day range,
// pagination, bad filter values answered with a message, and who may read it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TestApp } from './helpers.js';
import { testApp, textOf } from './helpers.js';
import type { Sites, Staff, StaffSession } from './staff.js';
import { createStaff, demoSites, sessionFor, staffGet, staffPost } from './staff.js';
import { createUser, grantRole } from '../src/accounts/users.js';
import { msg } from '../src/messages/index.js';
import { audit } from '../src/audit/log.js';
import { parseAuditQuery } from '../src/settings/audit-filters.js';
import { detailLines } from '../src/settings/audit-views.js';

const s = msg.settings;
const esc = (x: string) => x.replace(/&/g, '&amp;').replace(/</g, '&lt;');

let t: TestApp;
let sites: Sites;
let staff: Staff;
let admin: StaffSession;
let boss: { id: number };

before(async () => {
  t = await testApp();
  sites = await demoSites(t.db);
  staff = await createStaff(t.db, sites, 'nk');
  boss = await createUser(t.db, { username: 'nk-chanh-van-phong', password: 'mat-khau-thu-nghiem', displayName: 'Vũ Đức Long' });
  await grantRole(t.db, boss.id, sites.main, 'admin');
  admin = await sessionFor(t.db, boss.id);

  const at = (iso: string) => new Date(iso).toISOString();
  const main = { siteId: sites.main, subjectType: 'article', subjectId: 42 };
  // Around the ICT day 24/11/2026 (UTC 2026-11-23T17:00Z … 2026-11-24T17:00Z).
  await audit(t.db, { ...main, userId: staff.editor, action: 'article.publish', detail: { from: 'submitted', to: 'published', marker: 'E1' }, ip: '198.51.100.1', at: at('2026-11-23T16:59:00Z') });
  await audit(t.db, { ...main, userId: boss.id, action: 'menu.create', subjectType: 'menu_item', subjectId: 7, detail: { label: '<script>alert(1)</script>', marker: 'E2' }, ip: '198.51.100.2', at: at('2026-11-23T17:00:00Z') });
  await audit(t.db, { ...main, userId: null, action: 'custom.thing', subjectId: null, detail: { marker: 'E3' }, ip: '', at: at('2026-11-24T16:59:59.999Z') });
  await audit(t.db, { ...main, userId: boss.id, action: 'article.publish', detail: { marker: 'E4', changes: { title: { from: 'Cũ', to: 'Mới' } } }, ip: '2001:db8::4', at: at('2026-11-24T17:00:00Z') });
  await audit(t.db, { siteId: sites.ward, userId: staff.outsider, action: 'article.publish', subjectType: 'article', subjectId: 1, detail: { marker: 'WARD-ONLY' }, ip: '203.0.113.9', at: at('2026-11-24T10:00:00Z') });
  // A long run of one action, for pagination (2026-10-01 …).
  for (let i = 0; i < 60; i++)
    await audit(t.db, { siteId: sites.main, userId: staff.admin, action: 'category.update', subjectType: 'category', subjectId: 1, detail: { marker: `P${String(i).padStart(2, '0')}` }, ip: '192.0.2.1', at: new Date(Date.UTC(2026, 9, 1, 0, i)).toISOString() });
});
after(() => t.close());

const page = (query = '') => staffGet(t.app, admin, `/quan-tri/nhat-ky${query}`);

/** The markers of the rows shown, in order. */
function markers(html: string): string[] {
  return [...html.matchAll(/<li>marker: ([A-Z0-9-]+)<\/li>/g)].map((m) => m[1]!);
}

function rowCount(html: string): number {
  const body = html.match(/<tbody>([\s\S]*?)<\/tbody>/)?.[1] ?? '';
  return (body.match(/<tr>/g) ?? []).length;
}

describe('the audit log screen', () => {
  test('unit: filters and detail lines', () => {
    const known = new Set(['article.publish']);
    const q = parseAuditQuery({ action: 'article.publish', user: '12', from: '24/11/2026', to: '2026-11-25', page: '3' }, known);
    assert.deepEqual(q.problems, [], 'all valid');
    assert.deepEqual(q.filter, { action: 'article.publish', userId: 12, from: '2026-11-23T17:00:00.000Z', to: '2026-11-25T17:00:00.000Z' }, 'ICT days become UTC instants, the end exclusive');
    assert.equal(q.page, 3, 'page');
    const bad = parseAuditQuery({ action: 'drop table', user: '1 or 1=1', from: '31/02/2026', to: '99/99/9999', page: '-1' }, known);
    assert.deepEqual(bad.filter, {}, 'every bad value dropped');
    assert.equal(bad.page, 1, 'first page');
    assert.equal(bad.problems.length, 5, 'one message per bad value');
    assert.deepEqual(detailLines(msg, { changes: { name: { from: 'A', to: 'B' } }, n: 3, x: null }), ['Tên: A → B', 'n: 3', 'x: —'], 'readable lines, known keys by name');
  });

  test('shows this site’s entries, newest first, with ICT times, names, labels, subjects, addresses and escaped detail', async () => {
    const res = await page();
    assert.equal(res.statusCode, 200, 'opens');
    assert.equal(res.headers['cache-control'], 'no-store', 'never cached');
    const order = markers(res.body).filter((m) => /^E\d$/.test(m));
    assert.deepEqual(order, ['E4', 'E3', 'E2', 'E1'], 'newest first');
    assert.ok(!res.body.includes('WARD-ONLY'), 'nothing from another site');
    const text = textOf(res.body);
    assert.ok(text.includes('23/11/2026 23:59'), 'E1 at 23:59 ICT on the 23rd');
    assert.ok(text.includes('24/11/2026 00:00'), 'E2 at midnight ICT on the 24th');
    assert.ok(text.includes('25/11/2026 00:00'), 'E4 on the 25th in ICT');
    assert.ok(res.body.includes('<time datetime="2026-11-23T17:00:00.000Z">24/11/2026 00:00</time>'), 'machine-readable time');
    assert.ok(text.includes('Vũ Đức Long (nk-chanh-van-phong)'), 'who: display name and username');
    assert.ok(text.includes(s.auditSystem), 'the system for entries without a person');
    assert.ok(text.includes(`${s.actions['article.publish']} (article.publish)`), 'a readable label with its code');
    assert.ok(text.includes(s.actions['menu.create']!), 'menu label');
    assert.match(res.body, /<td(?: data-label="[^"]*")?>custom\.thing<\/td>/, 'an unknown action is shown by its code');
    assert.ok(res.body.includes('<a href="/quan-tri/bai-viet/42">Bài viết #42</a>'), 'the article subject links to it');
    assert.ok(text.includes('Mục trình đơn #7'), 'a readable subject');
    assert.ok(text.includes('198.51.100.2') && text.includes('2001:db8::4'), 'from which address');
    assert.ok(res.body.includes(esc('Tên hiển thị: <script>alert(1)</script>')), 'detail printed as text');
    assert.ok(!res.body.includes('<script>alert(1)'), 'no script from the detail');
    assert.ok(text.includes('Tiêu đề: Cũ → Mới'), 'recorded changes read old → new');
  });

  test('filter by action, including one only this log knows', async () => {
    const res = await page('?hanh-dong=article.publish');
    assert.equal(res.statusCode, 200, 'opens');
    assert.deepEqual(markers(res.body), ['E4', 'E1'], 'only publications of this site');
    assert.ok(res.body.includes('<option value="article.publish" selected>'), 'the choice is kept');
    const custom = await page('?hanh-dong=custom.thing');
    assert.deepEqual(markers(custom.body), ['E3'], 'an action without a catalogue name can be filtered on');
  });

  test('filter by person', async () => {
    const res = await page(`?nguoi-dung=${boss.id}`);
    assert.deepEqual(markers(res.body), ['E4', 'E2'], 'only this person’s entries');
    assert.ok(res.body.includes(`<option value="${boss.id}" selected>Vũ Đức Long (nk-chanh-van-phong)</option>`), 'the person is offered and kept');
    assert.ok(!res.body.includes(`<option value="${staff.outsider}"`), 'people only in another site’s log are not offered');
  });

  test('filter by Asia/Ho_Chi_Minh days, typed dd/mm/yyyy or yyyy-mm-dd', async () => {
    const day = markers((await page('?tu-ngay=24/11/2026&den-ngay=24/11/2026')).body);
    assert.deepEqual(day, ['E3', 'E2'], 'exactly the ICT day 24/11 (00:00 to 23:59:59.999)');
    const from = markers((await page('?tu-ngay=2026-11-24')).body).filter((m) => /^E/.test(m));
    assert.deepEqual(from, ['E4', 'E3', 'E2'], 'from the 24th on');
    const to = markers((await page('?den-ngay=23-11-2026&hanh-dong=article.publish')).body);
    assert.deepEqual(to, ['E1'], 'up to the 23rd, combined with an action');
    const res = await page('?tu-ngay=24/11/2026');
    assert.ok(res.body.includes('value="24/11/2026"'), 'the typed date is kept');
  });

  test('bad filter values: the page with a message for each, never an error', async () => {
    const cases: [string, string][] = [
      ['?hanh-dong=%3Cscript%3Ealert(1)%3C%2Fscript%3E', s.auditBadAction],
      ['?hanh-dong=unknown.action', s.auditBadAction],
      ['?nguoi-dung=abc', s.auditBadUser],
      ['?nguoi-dung=99999999999', s.auditBadUser],
      ['?tu-ngay=31/02/2026', s.auditBadDate(s.auditFrom)],
      ['?den-ngay=' + 'x'.repeat(3000), s.auditBadDate(s.auditTo)],
      ['?tu-ngay=25/11/2026&den-ngay=24/11/2026', s.auditBadRange],
      ['?trang=0', s.auditBadPage],
      ['?trang=abc', s.auditBadPage],
      ['?trang=-1', s.auditBadPage],
    ];
    for (const [query, message] of cases) {
      const res = await page(query);
      assert.equal(res.statusCode, 200, `${query.slice(0, 40)}: the page`);
      assert.ok(textOf(res.body).includes(message), `${query.slice(0, 40)}: says ${message}`);
      assert.ok(!res.body.includes('<script>alert'), `${query.slice(0, 40)}: nothing typed comes back as markup`);
      assert.ok(rowCount(res.body) > 0, `${query.slice(0, 40)}: the unfiltered entries are still shown`);
    }
    const repeated = await page('?hanh-dong=a&hanh-dong=b');
    assert.equal(repeated.statusCode, 200, 'a repeated parameter is ignored');
  });

  test('pagination keeps the filter', async () => {
    const first = await page('?hanh-dong=category.update');
    assert.equal(rowCount(first.body), 50, 'fifty a page');
    assert.equal(markers(first.body)[0], 'P59', 'newest first');
    assert.ok(first.body.includes('href="/quan-tri/nhat-ky?hanh-dong=category.update&amp;trang=2"'), 'a next link with the filter');
    assert.ok(!first.body.includes('rel="prev"'), 'no previous link on the first page');
    const second = await page('?hanh-dong=category.update&trang=2');
    assert.equal(rowCount(second.body), 10, 'the rest');
    assert.deepEqual(markers(second.body).slice(-1), ['P00'], 'down to the oldest');
    assert.ok(second.body.includes('href="/quan-tri/nhat-ky?hanh-dong=category.update"'), 'a previous link to the first page');
    assert.ok(!second.body.includes('rel="next"'), 'no next link on the last page');
    const beyond = await page('?hanh-dong=category.update&trang=9');
    assert.equal(beyond.statusCode, 200, 'a page past the end');
    assert.ok(textOf(beyond.body).includes(s.auditEmpty), 'says nothing matches');
  });

  test('a change made in the back office appears with its label and old → new values', async () => {
    const site = await t.db.selectFrom('sites').selectAll().where('id', '=', sites.main).executeTakeFirstOrThrow();
    const form = {
      name: 'Cổng TTĐT Tam Điệp',
      short_name: site.short_name,
      welcome: site.welcome,
      agency: site.agency,
      responsible: site.responsible,
      address: site.address,
      phone: site.phone,
      email: site.email,
      footer_note: site.footer_note,
      primary_color: site.primary_color,
      visit_base: String(site.visit_base),
    };
    const saved = await staffPost(t.app, admin, '/quan-tri/cai-dat', form, 'localhost');
    assert.equal(saved.statusCode, 303, 'the settings were saved');
    const res = await page('?hanh-dong=site.settings');
    const text = textOf(res.body);
    assert.equal(rowCount(res.body), 1, 'one entry');
    assert.ok(text.includes(s.actions['site.settings']!), 'its label');
    assert.ok(text.includes(`Tên: ${site.name} → Cổng TTĐT Tam Điệp`), 'old → new');
    assert.ok(text.includes('Vũ Đức Long'), 'by whom');
    assert.ok(text.includes('127.0.0.1'), 'from where');
  });

  test('only administrators of this site read it', async () => {
    for (const [who, id] of [
      ['editor', staff.editor],
      ['reporter', staff.reporter],
      ['editor of another site', staff.outsider],
    ] as const) {
      const res = await staffGet(t.app, await sessionFor(t.db, id), '/quan-tri/nhat-ky');
      assert.equal(res.statusCode, 403, `${who}: 403`);
      assert.ok(!res.body.includes('marker:'), `${who}: no entry shown`);
    }
    const anon = await staffGet(t.app, undefined, '/quan-tri/nhat-ky?hanh-dong=article.publish');
    assert.equal(anon.statusCode, 303, 'anonymous: to sign in');
    assert.match(String(anon.headers.location), /^\/dang-nhap\?next=/, 'with a next address');
    const wardView = await staffGet(t.app, admin, '/quan-tri/nhat-ky', 'bacson.localhost');
    assert.equal(wardView.statusCode, 403, 'this administrator has no role on the ward: 403');
  });
});
