// Part 3: the administrators' screens for site settings, the menu and categories, in-process on the
// demo content: each form's effect on the public pages, every validation error, NFC, escaping, and
// the refusals (roles, anonymous, CSRF, another site's ids) with nothing changed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TestApp } from './helpers.js';
import { get, testApp, textOf } from './helpers.js';
import type { Sites, Staff, StaffSession } from './staff.js';
import { contentVersion, createStaff, demoSites, insertArticle, sessionFor, staffGet, staffPost } from './staff.js';
import { createUser, grantRole } from '../src/accounts/users.js';
import { msg } from '../src/messages/index.js';
import { contrastWithWhite, parseVisitBase } from '../src/settings/settings.js';
import { isSafeMenuUrl } from '../src/settings/menu-editing.js';

const s = msg.settings;
const WARD = 'bacson.localhost';
const BOT_UA = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

let t: TestApp;
let sites: Sites;
let staff: Staff;
let admin: StaffSession;
let editor: StaffSession;
let reporter: StaffSession;
let outsider: StaffSession;
let wardAdmin: StaffSession;

before(async () => {
  t = await testApp();
  sites = await demoSites(t.db);
  staff = await createStaff(t.db, sites, 'cd');
  admin = await sessionFor(t.db, staff.admin);
  editor = await sessionFor(t.db, staff.editor);
  reporter = await sessionFor(t.db, staff.reporter);
  outsider = await sessionFor(t.db, staff.outsider);
  const w = await createUser(t.db, { username: 'cd-quan-tri-phuong', password: 'mat-khau-thu-nghiem', displayName: 'Quản trị phường' });
  await grantRole(t.db, w.id, sites.ward, 'admin');
  wardAdmin = await sessionFor(t.db, w.id);
});
after(() => t.close());

// ---------------------------------------------------------------------------------------------
// Helpers

/** Everything these screens may change, to compare before and after a refused request. */
async function snapshot() {
  const [siteRows, menus, categories, audits] = await Promise.all([
    t.db.selectFrom('sites').selectAll().orderBy('id').execute(),
    t.db.selectFrom('menu_items').selectAll().orderBy('id').execute(),
    t.db.selectFrom('categories').selectAll().orderBy('id').execute(),
    t.db.selectFrom('audit_log').select('id').where('action', 'not in', ['signin', 'signout']).execute(),
  ]);
  return JSON.stringify({ siteRows, menus, categories, audits: audits.length });
}

async function unchanged<R extends { statusCode: number }>(what: string, fn: () => Promise<R>, status: number): Promise<R> {
  const before = await snapshot();
  const res = await fn();
  assert.equal(res.statusCode, status, `${what}: status ${status}`);
  assert.equal(await snapshot(), before, `${what}: nothing changed`);
  return res;
}

async function lastAudit(action: string) {
  return t.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id', 'desc').executeTakeFirst();
}

async function site(id: number) {
  return t.db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** The settings form as stored, with some fields changed. */
async function settingsForm(over: Record<string, string> = {}, siteId = sites.main): Promise<Record<string, string>> {
  const r = await site(siteId);
  return {
    name: r.name,
    short_name: r.short_name,
    welcome: r.welcome,
    agency: r.agency,
    responsible: r.responsible,
    address: r.address,
    phone: r.phone,
    email: r.email,
    footer_note: r.footer_note,
    primary_color: r.primary_color,
    visit_base: String(r.visit_base),
    ...over,
  };
}

const mainNav = (html: string) => html.match(/<nav class="main-nav"[\s\S]*?<\/nav>/)?.[0] ?? '';

/** The public home page as a crawler (not counted), so visitor figures stay put. */
const publicGet = (url: string, host = 'localhost') => get(t.app, url, host, { 'user-agent': BOT_UA });

function totalFigure(html: string): number {
  const m = html.match(/data-figure="total">([\d.]+)</);
  assert.ok(m, 'the home page shows the visit total');
  return Number(m[1]!.replace(/\./g, ''));
}

const nfd = (x: string) => x.normalize('NFD');
/** Text as preact prints it: & and < escaped, which is what keeps markup inert. */
const esc = (x: string) => x.replace(/&/g, '&amp;').replace(/</g, '&lt;');

// ---------------------------------------------------------------------------------------------

describe('site settings', () => {
  test('unit: contrast with white, visit base parsing', () => {
    assert.ok(contrastWithWhite('#8b1a1a') > 9, 'the demo dark red is well above 4.5:1');
    assert.ok(Math.abs(contrastWithWhite('#000000') - 21) < 0.01, 'black on white is 21:1');
    assert.ok(contrastWithWhite('#ffff00') < 1.1, 'yellow is about 1.07:1');
    assert.ok(contrastWithWhite('#767676') >= 4.5 && contrastWithWhite('#777777') < 4.5, '#767676 is the lightest grey that passes');
    assert.equal(parseVisitBase('665614'), 665614, 'plain digits');
    assert.equal(parseVisitBase('665.614'), 665614, 'Vietnamese thousands separator');
    assert.equal(parseVisitBase('1 234 567'), 1234567, 'spaces as separators');
    for (const bad of ['-5', '1e9', '12.5', '0x10', '', 'abc', '1.23'])
      assert.equal(parseVisitBase(bad), undefined, `${JSON.stringify(bad)} is refused`);
  });

  test('an administrator sees the form with the stored values and a CSRF token', async () => {
    const res = await staffGet(t.app, admin, '/quan-tri/cai-dat');
    assert.equal(res.statusCode, 200, 'the settings page opens');
    assert.ok(res.body.includes(`name="_csrf" value="${admin.csrf}"`), 'the form carries the CSRF token');
    assert.ok(res.body.includes('value="Trang Thông tin điện tử Thành phố Tam Điệp"'), 'the stored name is in the form');
    assert.ok(res.body.includes('value="665614"'), 'the stored visit base is in the form');
    assert.equal(res.headers['cache-control'], 'no-store', 'never cached');
  });

  test('saving changes the public pages at once, stores NFC, escapes markup and audits old → new', async () => {
    const before = await publicGet('/');
    assert.ok(before.body.includes('Trang Thông tin điện tử Thành phố Tam Điệp'), 'the old name is on the home page (and now cached)');
    const oldCss = before.body.match(/giao-dien\.css\?v=([^"]+)"/)?.[1];
    const v0 = await contentVersion(t.db, sites.main);
    const name = 'Cổng Thông tin điện tử Thành phố Tam Điệp';
    const res = await staffPost(
      t.app,
      admin,
      '/quan-tri/cai-dat',
      await settingsForm({
        name: nfd(name),
        welcome: 'Xin chào <script>alert(1)</script> bạn đọc',
        footer_note: nfd('Ghi rõ nguồn khi phát hành lại thông tin từ trang này.'),
        primary_color: '#0B4F6C',
        phone: '(0229) 3.864.128',
      }),
    );
    assert.equal(res.statusCode, 303, 'saved, redirected');
    assert.equal(res.headers.location, '/quan-tri/cai-dat?da-luu=1', 'back to the form with the saved flag');

    const row = await site(sites.main);
    assert.equal(row.name, name, 'the name is stored NFC');
    assert.ok(row.name.normalize('NFC') === row.name && row.footer_note === row.footer_note.normalize('NFC'), 'fields are NFC');
    assert.equal(row.primary_color, '#0b4f6c', 'the colour is stored in lower case');
    assert.equal(await contentVersion(t.db, sites.main), v0 + 1, 'content_version moved: every instance drops the pages');

    const home = await publicGet('/');
    assert.equal(home.statusCode, 200, 'the home page answers');
    assert.ok(home.body.includes(`<span class="brand-name">${name}</span>`), 'the new name is in the header at once');
    assert.ok(home.body.includes(esc('Xin chào <script>alert(1)</script> bạn đọc')), 'the welcome line is printed as text');
    assert.ok(!home.body.includes('<script>alert(1)'), 'no script from the welcome line');
    assert.ok(textOf(home.body).includes('Ghi rõ nguồn khi phát hành lại thông tin từ trang này.'), 'the footer note is in the footer');
    const newCss = home.body.match(/giao-dien\.css\?v=([^"]+)"/)?.[1];
    assert.ok(newCss && newCss !== oldCss, 'the colour sheet has a new address (no stale immutable copy)');
    const css = await publicGet(`/giao-dien.css?v=${newCss}`);
    assert.ok(css.body.includes('--brand:#0b4f6c'), 'the new colour is the brand colour');

    const entry = await lastAudit('site.settings');
    assert.ok(entry, 'the change is audited');
    assert.equal(entry.user_id, staff.admin, 'by the administrator');
    assert.equal(entry.site_id, sites.main, 'on this site');
    assert.equal(entry.subject_type, 'site', 'the subject is the site');
    const detail = JSON.parse(entry.detail) as { changes: Record<string, { from: unknown; to: unknown }> };
    assert.deepEqual(detail.changes.name, { from: 'Trang Thông tin điện tử Thành phố Tam Điệp', to: name }, 'old → new name');
    assert.deepEqual(detail.changes.primary_color, { from: '#8B1A1A', to: '#0b4f6c' }, 'old → new colour');
    assert.equal(detail.changes.agency, undefined, 'unchanged fields are not listed');

    const page = await staffGet(t.app, admin, '/quan-tri/cai-dat?da-luu=1');
    assert.ok(page.body.includes(s.settingsSaved), 'the form says it was saved');
    assert.ok(page.body.includes(`value="${esc('Xin chào <script>alert(1)</script> bạn đọc')}"`), 'the form shows the stored text escaped');
  });

  test('saving without a change writes nothing (a colour in other letter case is the same colour)', async () => {
    await t.db.updateTable('sites').set({ primary_color: '#0B4F6C' }).where('id', '=', sites.main).execute();
    const res = await unchanged('same values', async () => staffPost(t.app, admin, '/quan-tri/cai-dat', await settingsForm()), 200);
    assert.ok(res.body.includes(s.nothingChanged), 'says nothing changed');
  });

  test('the visit base moves the visit total on the public pages', async () => {
    const base0 = (await site(sites.main)).visit_base;
    const total0 = totalFigure((await publicGet('/')).body);
    const res = await staffPost(t.app, admin, '/quan-tri/cai-dat', await settingsForm({ visit_base: '1.000.000' }));
    assert.equal(res.statusCode, 303, 'saved');
    assert.equal((await site(sites.main)).visit_base, 1_000_000, 'stored as a number');
    const total1 = totalFigure((await publicGet('/')).body);
    assert.equal(total1 - total0, 1_000_000 - base0, 'the total moved by the change of base');
    await staffPost(t.app, admin, '/quan-tri/cai-dat', await settingsForm({ visit_base: '0' }));
    assert.equal((await site(sites.main)).visit_base, 0, 'zero is allowed');
  });

  const cases: [string, Record<string, string>, string, string][] = [
    ['empty name', { name: '   ' }, 'name', msg.required(s.name)],
    ['over-long name', { name: 'Tên '.repeat(60) }, 'name', msg.tooLong(s.name, 200)],
    ['over-long welcome', { welcome: 'x'.repeat(301) }, 'welcome', msg.tooLong(s.welcome, 300)],
    ['over-long agency', { agency: 'x'.repeat(201) }, 'agency', msg.tooLong(s.agency, 200)],
    ['over-long responsible', { responsible: 'x'.repeat(201) }, 'responsible', msg.tooLong(s.responsible, 200)],
    ['over-long address', { address: 'x'.repeat(301) }, 'address', msg.tooLong(s.address, 300)],
    ['over-long footer note', { footer_note: 'x'.repeat(501) }, 'footer_note', msg.tooLong(s.footerNote, 500)],
    ['over-long short name', { short_name: 'x'.repeat(101) }, 'short_name', msg.tooLong(s.shortName, 100)],
    ['letters in the phone', { phone: '0229 <b>3864</b>' }, 'phone', s.badPhone],
    ['bad email', { email: 'vanphong at ninhbinh' }, 'email', s.badEmail],
    ['email with markup', { email: '<script>@x.vn' }, 'email', s.badEmail],
    ['colour name', { primary_color: 'red' }, 'primary_color', s.badColor],
    ['short colour', { primary_color: '#fff' }, 'primary_color', s.badColor],
    ['colour with CSS', { primary_color: '#000000;background:url(x)' }, 'primary_color', s.badColor],
    ['colour script', { primary_color: 'javascript:alert(1)' }, 'primary_color', s.badColor],
    ['empty colour', { primary_color: '' }, 'primary_color', s.badColor],
    ['yellow', { primary_color: '#ffff00' }, 'primary_color', s.lowContrast('1,0', '4,5')],
    ['light grey', { primary_color: '#777777' }, 'primary_color', s.lowContrast('4,4', '4,5')],
    ['negative visit base', { visit_base: '-5' }, 'visit_base', s.badVisitBase],
    ['decimal visit base', { visit_base: '12,5' }, 'visit_base', s.badVisitBase],
    ['exponent visit base', { visit_base: '1e9' }, 'visit_base', s.badVisitBase],
    ['empty visit base', { visit_base: '' }, 'visit_base', s.badVisitBase],
    ['huge visit base', { visit_base: '99999999999' }, 'visit_base', s.visitBaseTooBig((1_000_000_000).toLocaleString('vi-VN'))],
    ['absurd visit base', { visit_base: '9'.repeat(400) }, 'visit_base', s.badVisitBase],
  ];
  for (const [what, over, field, message] of cases) {
    test(`refused: ${what} (the message next to the field, typed values kept, nothing saved)`, async () => {
      const form = await settingsForm({ agency: 'Ủy ban nhân dân thành phố (đang sửa)', ...over });
      const res = await unchanged(what, () => staffPost(t.app, admin, '/quan-tri/cai-dat', form), 400);
      const id = `f-${field.replace(/_/g, '-')}`;
      const errorP = res.body.match(new RegExp(`<p class="field-error" id="${id}-loi">([^<]*)</p>`));
      assert.ok(errorP, `${what}: an error next to ${field}`);
      assert.equal(textOf(errorP[0]), message, `${what}: the message`);
      const hinted = ['short_name', 'welcome', 'footer_note', 'primary_color', 'visit_base'].includes(field);
      assert.ok(res.body.includes(`aria-describedby="${hinted ? `${id}-goi-y ` : ''}${id}-loi"`), `${what}: the field points to its message`);
      assert.ok(res.body.includes(msg.formHasErrors), `${what}: the summary at the top`);
      if (field !== 'agency') assert.ok(res.body.includes('value="Ủy ban nhân dân thành phố (đang sửa)"'), `${what}: other typed values are shown again`);
      assert.ok(!res.body.includes('<script>'), `${what}: nothing typed comes back as markup`);
    });
  }

  test('several errors at once are all shown', async () => {
    const res = await unchanged('three errors', async () => staffPost(t.app, admin, '/quan-tri/cai-dat', await settingsForm({ name: '', primary_color: '#ffffff', visit_base: '-1' })), 400);
    for (const m of [msg.required(s.name), s.badVisitBase]) assert.ok(textOf(res.body).includes(m), `shows: ${m}`);
    assert.ok(textOf(res.body).includes('độ tương phản 1,0:1'), 'shows the contrast of white on white');
  });

  test('editors, reporters, people of another site, anonymous visitors and forged tokens change nothing', async () => {
    const form = await settingsForm({ name: 'Bị đổi tên' });
    for (const [who, sess] of [
      ['editor', editor],
      ['reporter', reporter],
      ['outsider', outsider],
    ] as const) {
      await unchanged(`${who} GET`, () => staffGet(t.app, sess, '/quan-tri/cai-dat'), 403);
      await unchanged(`${who} POST`, () => staffPost(t.app, sess, '/quan-tri/cai-dat', form), 403);
    }
    const anon = await unchanged('anonymous GET', () => staffGet(t.app, undefined, '/quan-tri/cai-dat'), 303);
    assert.match(String(anon.headers.location), /^\/dang-nhap\?next=/, 'to the sign-in page');
    await unchanged('anonymous POST', () => staffPost(t.app, undefined, '/quan-tri/cai-dat', form), 303);
    await unchanged('forged CSRF', () => staffPost(t.app, admin, '/quan-tri/cai-dat', { ...form, _csrf: 'gia-mao' }), 403);
    await unchanged('missing CSRF', () => staffPost(t.app, admin, '/quan-tri/cai-dat', { ...form, _csrf: '' }), 403);
    await unchanged('another session’s CSRF', () => staffPost(t.app, admin, '/quan-tri/cai-dat', { ...form, _csrf: editor.csrf }), 403);
    // The main site's administrator on the ward's host: no role there.
    await unchanged('admin of another site', () => staffPost(t.app, admin, '/quan-tri/cai-dat', form, WARD), 403);
  });

  test('each site has its own settings: the ward’s administrator changes only the ward', async () => {
    const main = await site(sites.main);
    const res = await staffPost(t.app, wardAdmin, '/quan-tri/cai-dat', await settingsForm({ welcome: 'Phường Bắc Sơn xin chào!' }, sites.ward), WARD);
    assert.equal(res.statusCode, 303, 'saved');
    assert.equal((await site(sites.ward)).welcome, 'Phường Bắc Sơn xin chào!', 'the ward changed');
    assert.deepEqual(await site(sites.main), main, 'the main site did not');
    assert.ok((await publicGet('/', WARD)).body.includes('Phường Bắc Sơn xin chào!'), 'the ward’s public header shows it');
  });
});

// ---------------------------------------------------------------------------------------------

async function menuRows(siteId = sites.main) {
  return t.db.selectFrom('menu_items').selectAll().where('site_id', '=', siteId).orderBy('position').orderBy('id').execute();
}

async function menuItem(label: string, siteId = sites.main) {
  return t.db.selectFrom('menu_items').selectAll().where('site_id', '=', siteId).where('label', '=', label).executeTakeFirstOrThrow();
}

describe('menu', () => {
  test('unit: which links a menu may hold', () => {
    for (const ok of ['/', '/trang/gioi-thieu', '/chuyen-muc/kinh-te?trang=2', 'https://dichvucong.gov.vn/', 'http://example.vn/a', 'HTTPS://CHINHPHU.VN'])
      assert.ok(isSafeMenuUrl(ok), `${ok} is allowed`);
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', '//evil.example/', '/\\evil.example', 'ftp://x.vn/', 'mailto:a@b.vn', 'trang/gioi-thieu', 'http://', 'https://user:pass@x.vn/', '/a b', '/"onmouseover=x', ''])
      assert.ok(!isSafeMenuUrl(bad), `${JSON.stringify(bad)} is refused`);
  });

  test('the menu page lists the items nested, with forms that carry the CSRF token', async () => {
    const res = await staffGet(t.app, admin, '/quan-tri/trinh-don');
    assert.equal(res.statusCode, 200, 'opens');
    const parent = await menuItem('Chính trị');
    const child = await menuItem('Công tác dân vận');
    assert.equal(child.parent_id, parent.id, 'the demo menu is nested');
    const i = res.body.indexOf('<strong>Chính trị</strong>');
    const j = res.body.indexOf('<strong>Công tác dân vận</strong>');
    assert.ok(i > 0 && j > i && res.body.slice(i, j).includes('<ol class="menu-tree">'), 'the child is listed inside its parent');
    assert.ok(res.body.includes(`action="/quan-tri/trinh-don/${parent.id}/xuong"`), 'a move-down form');
    assert.ok(!res.body.includes(`action="/quan-tri/trinh-don/${(await menuRows())[0]!.id}/len"`), 'no move-up for the first item');
    const forms = res.body.match(/<form method="post"[\s\S]*?<\/form>/g) ?? [];
    assert.ok(forms.length > 5 && forms.every((f) => f.includes(`name="_csrf" value="${admin.csrf}"`)), 'every form carries the CSRF token');
  });

  test('adding an item (NFD label) puts it at the end of the public menu at once, NFC, audited', async () => {
    assert.ok(!mainNav((await publicGet('/')).body).includes('Văn bản'), 'not in the menu yet (the page is cached)');
    const v0 = await contentVersion(t.db, sites.main);
    const res = await staffPost(t.app, admin, '/quan-tri/trinh-don', { label: nfd('Văn bản chỉ đạo'), url: '/chuyen-muc/chi-dao-dieu-hanh', parent: '' });
    assert.equal(res.statusCode, 303, 'added');
    assert.equal(res.headers.location, '/quan-tri/trinh-don?xong=them', 'back to the menu');
    const item = await menuItem('Văn bản chỉ đạo');
    assert.equal(item.parent_id, null, 'top level');
    const top = (await menuRows()).filter((r) => r.parent_id === null);
    assert.equal(top[top.length - 1]!.id, item.id, 'last of the top level');
    assert.equal(await contentVersion(t.db, sites.main), v0 + 1, 'content_version moved');
    const nav = mainNav((await publicGet('/')).body);
    assert.ok(nav.includes('<a href="/chuyen-muc/chi-dao-dieu-hanh">Văn bản chỉ đạo</a>'), 'in the public menu at once');
    const entry = await lastAudit('menu.create');
    assert.ok(entry && entry.subject_id === item.id && entry.user_id === staff.admin && entry.subject_type === 'menu_item', 'audited');
    assert.ok((await staffGet(t.app, admin, '/quan-tri/trinh-don?xong=them')).body.includes(s.menuAdded), 'the notice');
  });

  test('a sub-item appears under its parent; an external https link is allowed; markup is text', async () => {
    const parent = await menuItem('Kinh tế');
    const res = await staffPost(t.app, admin, '/quan-tri/trinh-don', { label: 'Dịch vụ <b>công</b>', url: 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', parent: String(parent.id) });
    assert.equal(res.statusCode, 303, 'added');
    const item = await menuItem('Dịch vụ <b>công</b>');
    assert.equal(item.parent_id, parent.id, 'under Kinh tế');
    const nav = mainNav((await publicGet('/')).body);
    const at = nav.indexOf('>Kinh tế</a>');
    const sub = nav.indexOf(esc('Dịch vụ <b>công</b>'));
    assert.ok(at > 0 && sub > at && nav.slice(at, sub).includes('<ul>'), 'nested under Kinh tế in the public menu, printed as text');
    assert.ok(!nav.includes('<b>công</b>'), 'no markup from the label');
    assert.ok((await staffGet(t.app, admin, '/quan-tri/trinh-don')).body.includes(esc('Dịch vụ <b>công</b>')), 'escaped in the back office too');
  });

  const badMenu: [string, Record<string, string>, string, string][] = [
    ['javascript: link', { url: 'javascript:alert(1)' }, 'url', s.badMenuUrl],
    ['JavaScript: link in capitals', { url: 'JavaScript:alert(document.cookie)' }, 'url', s.badMenuUrl],
    ['javascript: after spaces', { url: '   javascript:alert(1)' }, 'url', s.badMenuUrl],
    ['data: link', { url: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' }, 'url', s.badMenuUrl],
    ['protocol-relative link', { url: '//evil.example/' }, 'url', s.badMenuUrl],
    ['relative link', { url: 'trang/gioi-thieu' }, 'url', s.badMenuUrl],
    ['ftp link', { url: 'ftp://files.example.vn/' }, 'url', s.badMenuUrl],
    ['empty link', { url: '' }, 'url', msg.required(s.menuUrl)],
    ['over-long link', { url: '/' + 'a'.repeat(500) }, 'url', msg.tooLong(s.menuUrl, 500)],
    ['empty label', { label: ' ' }, 'label', msg.required(s.menuLabel)],
    ['over-long label', { label: 'Mục '.repeat(30) }, 'label', msg.tooLong(s.menuLabel, 100)],
    ['parent not a number', { parent: 'abc' }, 'parent', s.badMenuParent],
    ['parent that does not exist', { parent: '999999' }, 'parent', s.badMenuParent],
  ];
  for (const [what, over, field, message] of badMenu) {
    test(`refused: ${what}`, async () => {
      const form = { label: 'Mục thử', url: '/trang/lien-he', parent: '', ...over };
      const res = await unchanged(what, () => staffPost(t.app, admin, '/quan-tri/trinh-don', form), 400);
      const m = res.body.match(new RegExp(`<p class="field-error" id="f-${field}-loi">([^<]*)</p>`));
      assert.ok(m, `${what}: message next to ${field}`);
      assert.equal(textOf(m[0]), message, `${what}: the message`);
      if (field !== 'label') assert.ok(res.body.includes('value="Mục thử"'), `${what}: the typed label is kept`);
      assert.ok(!/href="javascript:/i.test(res.body), `${what}: never a javascript: link`);
    });
  }

  test('refused: a third level, and a parent from another site', async () => {
    const child = await menuItem('Công tác dân vận');
    const r1 = await unchanged('third level', () => staffPost(t.app, admin, '/quan-tri/trinh-don', { label: 'Cấp ba', url: '/', parent: String(child.id) }), 400);
    assert.ok(textOf(r1.body).includes(s.badMenuParent), 'says the parent must be top level');
    const wardItem = (await menuRows(sites.ward))[1]!;
    const r2 = await unchanged('other site parent', () => staffPost(t.app, admin, '/quan-tri/trinh-don', { label: 'Lạc trang', url: '/', parent: String(wardItem.id) }), 400);
    assert.ok(textOf(r2.body).includes(s.badMenuParent), 'another site’s item is no parent here');
  });

  test('the picker offers this site\'s portal pages, pages, categories and newest published articles, in groups; a title search narrows the articles', async () => {
    const draft = await insertArticle(t.db, { siteId: sites.main, authorId: null, status: 'draft', fields: { slug: 'ban-nhap-chua-dang', title: 'Bản nháp chưa đăng về dân vận' } });
    const res = await staffGet(t.app, admin, '/quan-tri/trinh-don');
    assert.equal(res.statusCode, 200);
    const select = /<select id="f-target" name="target"[^>]*>([\s\S]*?)<\/select>/.exec(res.body)?.[1] ?? '';
    assert.ok(select.startsWith(`<option value selected>${s.menuTargetNone}</option>`), 'typing an address stays the default');
    const group = (label: string) => new RegExp(`<optgroup label="${label}">([\\s\\S]*?)</optgroup>`).exec(select)?.[1] ?? '';
    assert.ok(group(s.menuGroupPortal).includes('<option value="/so-do-cong">Sơ đồ cổng</option>'), 'the site map');
    assert.ok(group(s.menuGroupPages).includes('<option value="/trang/lien-he">Liên hệ</option>'), 'a page');
    assert.ok(group(s.menuGroupCategories).includes('<option value="/chuyen-muc/kinh-te">Kinh tế</option>'), 'a category');
    const newest = await t.db.selectFrom('articles').where('kind', '=', 'article').select(['slug', 'title']).where('site_id', '=', sites.main).where('status', '=', 'published').orderBy('published_at', 'desc').orderBy('id', 'desc').executeTakeFirstOrThrow();
    const articles = group(s.menuGroupArticles);
    assert.ok(articles.startsWith(`<option value="/tin-tuc/${newest.slug}">`), 'the newest article first');
    assert.equal(articles.match(/<option /g)?.length, 30, '30 newest');
    assert.ok(!select.includes(draft.slug), 'no draft');
    const wardArticle = await t.db.selectFrom('articles').select('slug').where('site_id', '=', sites.ward).executeTakeFirstOrThrow();
    assert.ok(!select.includes(`/tin-tuc/${wardArticle.slug}"`), 'no article of another site');

    const found = await staffGet(t.app, admin, `/quan-tri/trinh-don?tim-bai=${encodeURIComponent('dan van')}`);
    const foundGroup = new RegExp(`<optgroup label="${s.menuGroupFound('dan van')}">([\\s\\S]*?)</optgroup>`).exec(found.body)?.[1] ?? '';
    const titles = [...foundGroup.matchAll(/<option value="[^"]+">([^<]+)<\/option>/g)].map((m) => m[1]!);
    assert.ok(titles.length > 0 && titles.every((x) => /dân vận/i.test(x)), `accent-blind title search: ${titles.join(' | ')}`);
    assert.ok(!foundGroup.includes(draft.slug), 'no draft found either');
    assert.ok(textOf(found.body).includes(s.menuArticlesFound(titles.length, 'dan van')), 'says how many');
    assert.match(found.body, /<form method="get" action="\/quan-tri\/trinh-don#them-muc"/);
    const none = await staffGet(t.app, admin, '/quan-tri/trinh-don?tim-bai=khongcobainaoca');
    assert.ok(textOf(none.body).includes(s.menuArticlesFound(0, 'khongcobainaoca')));
  });

  test('an item linked by picking: the title is the default label; a picked link that names nothing public here is refused', async () => {
    const article = await t.db.selectFrom('articles').where('kind', '=', 'article').select(['slug', 'title']).where('site_id', '=', sites.main).where('status', '=', 'published').orderBy('published_at', 'desc').executeTakeFirstOrThrow();
    const res = await staffPost(t.app, admin, '/quan-tri/trinh-don', { label: '', url: '', parent: '', target: `/tin-tuc/${article.slug}` });
    assert.equal(res.statusCode, 303, textOf(res.body).slice(0, 300));
    const item = (await menuRows()).at(-1)!;
    assert.deepEqual([item.label, item.url], [article.title.slice(0, 100), `/tin-tuc/${article.slug}`]);
    const named = await staffPost(t.app, admin, '/quan-tri/trinh-don', { label: 'Liên hệ với chúng tôi', url: 'https://khong-dung.example/', parent: '', target: '/trang/lien-he' });
    assert.equal(named.statusCode, 303);
    const second = (await menuRows()).at(-1)!;
    assert.deepEqual([second.label, second.url], ['Liên hệ với chúng tôi', '/trang/lien-he'], 'the picked link wins over a typed one; a typed label is kept');
    const edited = await staffPost(t.app, admin, `/quan-tri/trinh-don/${second.id}`, { label: 'Liên hệ với chúng tôi', url: second.url, parent: '', target: '/chuyen-muc/kinh-te' });
    assert.equal(edited.statusCode, 303);
    assert.equal((await menuItem('Liên hệ với chúng tôi')).url, '/chuyen-muc/kinh-te', 'picked on the edit page');
    assert.ok((await staffGet(t.app, admin, `/quan-tri/trinh-don/${second.id}`)).body.includes('<select id="f-target" name="target"'), 'the edit page has the picker');

    const draft = await insertArticle(t.db, { siteId: sites.main, authorId: null, status: 'draft', fields: { slug: 'ban-nhap-khong-lien-ket', title: 'Bản nháp' } });
    const wardCategory = await t.db.selectFrom('categories').select('slug').where('site_id', '=', sites.ward).executeTakeFirst();
    const refused = ['/tin-tuc/' + draft.slug, '/trang/khong-co-trang-nay', '/chuyen-muc/khong-co', 'javascript:alert(1)', '/tin-tuc/../quan-tri', 'https://evil.example/', ...(wardCategory && !(await t.db.selectFrom('categories').select('id').where('site_id', '=', sites.main).where('slug', '=', wardCategory.slug).executeTakeFirst()) ? [`/chuyen-muc/${wardCategory.slug}`] : [])];
    for (const target of refused) {
      const r = await unchanged(`picked ${target}`, () => staffPost(t.app, admin, '/quan-tri/trinh-don', { label: 'Mục thử', url: '', parent: '', target }), 400);
      const m = r.body.match(/<p class="field-error" id="f-target-loi">([^<]*)<\/p>/);
      assert.equal(m && textOf(m[0]), s.badMenuTarget, `${target}: the message next to the picker`);
      assert.ok(r.body.includes('value="Mục thử"'), 'the typed label is kept');
    }
  });

  test('editing an item changes the public menu; its parent can change; audited with old → new', async () => {
    const item = await menuItem('Văn bản chỉ đạo');
    const page = await staffGet(t.app, admin, `/quan-tri/trinh-don/${item.id}`);
    assert.equal(page.statusCode, 200, 'the edit page opens');
    assert.ok(page.body.includes('value="/chuyen-muc/chi-dao-dieu-hanh"'), 'with the stored link');
    const parent = await menuItem('Chính trị');
    const res = await staffPost(t.app, admin, `/quan-tri/trinh-don/${item.id}`, { label: nfd('Chỉ đạo, điều hành'), url: '/chuyen-muc/chi-dao-dieu-hanh', parent: String(parent.id) });
    assert.equal(res.statusCode, 303, 'saved');
    const row = await t.db.selectFrom('menu_items').selectAll().where('id', '=', item.id).executeTakeFirstOrThrow();
    assert.equal(row.label, 'Chỉ đạo, điều hành', 'label stored NFC');
    assert.equal(row.parent_id, parent.id, 'moved under Chính trị');
    const siblings = (await menuRows()).filter((r) => r.parent_id === parent.id);
    assert.equal(siblings[siblings.length - 1]!.id, item.id, 'at the end of its new level');
    const nav = mainNav((await publicGet('/')).body);
    assert.ok(nav.indexOf('>Chỉ đạo, điều hành</a>') > nav.indexOf('>Chính trị</a>'), 'the public menu shows it under Chính trị');
    const entry = await lastAudit('menu.update');
    const detail = JSON.parse(entry!.detail) as { changes: Record<string, { from: unknown; to: unknown }> };
    assert.deepEqual(detail.changes.label, { from: 'Văn bản chỉ đạo', to: 'Chỉ đạo, điều hành' }, 'old → new label');
    assert.deepEqual(detail.changes.parentId, { from: null, to: parent.id }, 'old → new parent');
  });

  test('refused edits: bad link, itself as parent, an item with sub-items made a sub-item', async () => {
    const item = await menuItem('Chỉ đạo, điều hành');
    const r1 = await unchanged('javascript edit', () => staffPost(t.app, admin, `/quan-tri/trinh-don/${item.id}`, { label: 'X', url: 'javascript:alert(1)', parent: '' }), 400);
    assert.ok(textOf(r1.body).includes(s.badMenuUrl), 'the link message');
    assert.ok(r1.body.includes('value="javascript:alert(1)"'), 'the typed value is shown again (as a value, never a link)');
    const top = await menuItem('Chính trị');
    const r2 = await unchanged('own parent', () => staffPost(t.app, admin, `/quan-tri/trinh-don/${top.id}`, { label: 'Chính trị', url: top.url, parent: String(top.id) }), 400);
    assert.ok(textOf(r2.body).includes(s.badMenuParent), 'not its own parent');
    const other = await menuItem('Kinh tế');
    const r3 = await unchanged('parent with children', () => staffPost(t.app, admin, `/quan-tri/trinh-don/${top.id}`, { label: 'Chính trị', url: top.url, parent: String(other.id) }), 400);
    assert.ok(textOf(r3.body).includes(s.menuParentHasChildren), 'two levels at most');
  });

  test('moving up and down reorders the public menu; the edges do nothing', async () => {
    const rows = (await menuRows()).filter((r) => r.parent_id === null);
    const [first, second] = [rows[0]!, rows[1]!];
    const res = await staffPost(t.app, admin, `/quan-tri/trinh-don/${second.id}/len`);
    assert.equal(res.statusCode, 303, 'moved');
    assert.equal(res.headers.location, '/quan-tri/trinh-don?xong=thu-tu', 'back to the menu');
    const after1 = (await menuRows()).filter((r) => r.parent_id === null);
    assert.deepEqual([after1[0]!.id, after1[1]!.id], [second.id, first.id], 'swapped');
    const nav = mainNav((await publicGet('/')).body);
    assert.ok(nav.indexOf(`>${second.label}</a>`) < nav.indexOf(`>${first.label}</a>`), 'the public menu shows the new order');
    const entry = await lastAudit('menu.move');
    assert.ok(entry && entry.subject_id === second.id, 'audited');
    await staffPost(t.app, admin, `/quan-tri/trinh-don/${second.id}/xuong`);
    const after2 = (await menuRows()).filter((r) => r.parent_id === null);
    assert.deepEqual([after2[0]!.id, after2[1]!.id], [first.id, second.id], 'back again');
    await unchanged('up from the top', () => staffPost(t.app, admin, `/quan-tri/trinh-don/${first.id}/len`), 303);
    const last = after2[after2.length - 1]!;
    await unchanged('down from the bottom', () => staffPost(t.app, admin, `/quan-tri/trinh-don/${last.id}/xuong`), 303);
  });

  test('deleting: an item with sub-items is refused with the count; a leaf goes, audited', async () => {
    const parent = await menuItem('Giới thiệu');
    const n = (await menuRows()).filter((r) => r.parent_id === parent.id).length;
    assert.ok(n > 0, 'Giới thiệu has sub-items in the demo');
    const r1 = await unchanged('delete with children', () => staffPost(t.app, admin, `/quan-tri/trinh-don/${parent.id}/xoa`), 400);
    assert.ok(textOf(r1.body).includes(s.menuHasChildren(n)), 'says how many sub-items');
    const leaf = await menuItem('Chỉ đạo, điều hành');
    const res = await staffPost(t.app, admin, `/quan-tri/trinh-don/${leaf.id}/xoa`);
    assert.equal(res.statusCode, 303, 'deleted');
    assert.equal(await t.db.selectFrom('menu_items').select('id').where('id', '=', leaf.id).executeTakeFirst(), undefined, 'gone');
    assert.ok(!mainNav((await publicGet('/')).body).includes('Chỉ đạo, điều hành'), 'gone from the public menu');
    const entry = await lastAudit('menu.delete');
    assert.ok(entry && entry.subject_id === leaf.id && JSON.parse(entry.detail).label === 'Chỉ đạo, điều hành', 'audited with its label');
  });

  test('another site’s item, or an id that names nothing, is a 404 and changes nothing', async () => {
    const wardItem = (await menuRows(sites.ward))[1]!;
    const id = wardItem.id;
    await unchanged('GET other site item', () => staffGet(t.app, admin, `/quan-tri/trinh-don/${id}`), 404);
    await unchanged('edit other site item', () => staffPost(t.app, admin, `/quan-tri/trinh-don/${id}`, { label: 'Chiếm', url: '/', parent: '' }), 404);
    await unchanged('move other site item', () => staffPost(t.app, admin, `/quan-tri/trinh-don/${id}/len`), 404);
    await unchanged('delete other site item', () => staffPost(t.app, admin, `/quan-tri/trinh-don/${id}/xoa`), 404);
    for (const bad of ['abc', '0', '-1', '99999999999', '1.5'])
      await unchanged(`id ${bad}`, () => staffPost(t.app, admin, `/quan-tri/trinh-don/${bad}/xoa`), 404);
    const r = await staffGet(t.app, admin, '/quan-tri/trinh-don/999999');
    assert.equal(r.statusCode, 404, 'unknown id');
    assert.ok(textOf(r.body).includes(s.menuNotFound), 'with the Vietnamese message');
  });

  test('editors, reporters, outsiders, anonymous visitors and forged tokens change nothing', async () => {
    const item = (await menuRows())[1]!;
    const posts: [string, Record<string, string>][] = [
      ['/quan-tri/trinh-don', { label: 'Chen', url: '/', parent: '' }],
      [`/quan-tri/trinh-don/${item.id}`, { label: 'Chen', url: '/', parent: '' }],
      [`/quan-tri/trinh-don/${item.id}/len`, {}],
      [`/quan-tri/trinh-don/${item.id}/xuong`, {}],
      [`/quan-tri/trinh-don/${item.id}/xoa`, {}],
    ];
    for (const sess of [editor, reporter, outsider]) {
      await unchanged('GET menu', () => staffGet(t.app, sess, '/quan-tri/trinh-don'), 403);
      await unchanged('GET menu item', () => staffGet(t.app, sess, `/quan-tri/trinh-don/${item.id}`), 403);
      for (const [url, form] of posts) await unchanged(`POST ${url}`, () => staffPost(t.app, sess, url, form), 403);
    }
    for (const [url, form] of posts) {
      await unchanged(`anonymous ${url}`, () => staffPost(t.app, undefined, url, form), 303);
      await unchanged(`forged ${url}`, () => staffPost(t.app, admin, url, { ...form, _csrf: 'x'.repeat(43) }), 403);
      await unchanged(`no token ${url}`, () => staffPost(t.app, admin, url, { ...form, _csrf: '' }), 403);
    }
  });
});

// ---------------------------------------------------------------------------------------------

async function category(slug: string, siteId = sites.main) {
  return t.db.selectFrom('categories').selectAll().where('site_id', '=', siteId).where('slug', '=', slug).executeTakeFirst();
}

describe('categories', () => {
  test('the list shows every category with its article count', async () => {
    const res = await staffGet(t.app, admin, '/quan-tri/chuyen-muc');
    assert.equal(res.statusCode, 200, 'opens');
    const c = (await category('kinh-te'))!;
    const n = Number(
      (await t.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).where('category_id', '=', c.id).executeTakeFirstOrThrow()).n,
    );
    assert.ok(n > 0, 'the demo has economy articles');
    // Cells may carry their column's name for phones (backoffice/table.tsx: data-label).
    const row = res.body.match(/<tr><th scope="row"[^>]*>Kinh tế<\/th>[\s\S]*?<\/tr>/)?.[0];
    assert.ok(row, 'a row for Kinh tế');
    assert.match(row, new RegExp(`<td(?: data-label="[^"]*")?>${n}</td>`), `its count (${n})`);
    assert.match(res.body, /<th scope="row" class="sub-category"(?: data-label="[^"]*")?>— Công tác dân vận<\/th>/, 'the sub-category under its parent');
  });

  test('adding a category (NFD name, slug from the name) makes its public page at once; audited', async () => {
    const res = await staffPost(t.app, admin, '/quan-tri/chuyen-muc', { name: nfd('Tin tức Đoàn thể'), slug: '', description: nfd('Hoạt động của Mặt trận và các đoàn thể.'), parent: '', position: '' });
    assert.equal(res.statusCode, 303, 'added');
    assert.equal(res.headers.location, '/quan-tri/chuyen-muc?xong=them', 'back to the list');
    const c = await category('tin-tuc-doan-the');
    assert.ok(c, 'slug made from the name, đ → d');
    assert.equal(c.name, 'Tin tức Đoàn thể', 'name stored NFC');
    assert.equal(c.description, 'Hoạt động của Mặt trận và các đoàn thể.', 'description stored NFC');
    const max = Math.max(...(await t.db.selectFrom('categories').select('position').where('site_id', '=', sites.main).where('parent_id', 'is', null).execute()).map((r) => r.position));
    assert.equal(c.position, max, 'placed last when no position is given');
    const page = await publicGet('/chuyen-muc/tin-tuc-doan-the');
    assert.equal(page.statusCode, 200, 'the public category page exists');
    assert.ok(page.body.includes('<h1>Tin tức Đoàn thể</h1>'), 'with its name');
    assert.ok((await publicGet('/so-do-cong')).body.includes('Tin tức Đoàn thể'), 'in the site map');
    const entry = await lastAudit('category.create');
    assert.ok(entry && entry.subject_id === c.id && entry.user_id === staff.admin && entry.site_id === sites.main, 'audited');
  });

  test('a typed slug is made a slug; a sub-category with a position', async () => {
    const parent = (await category('tin-tuc-doan-the'))!;
    const res = await staffPost(t.app, admin, '/quan-tri/chuyen-muc', { name: 'Hội <em>Phụ nữ</em>', slug: 'Hội Phụ Nữ Phường', description: '', parent: String(parent.id), position: '3' });
    assert.equal(res.statusCode, 303, 'added');
    const c = await category('hoi-phu-nu-phuong');
    assert.ok(c, 'the typed slug passed slugify');
    assert.equal(c.parent_id, parent.id, 'under its parent');
    assert.equal(c.position, 3, 'the given position');
    const page = await publicGet('/chuyen-muc/tin-tuc-doan-the');
    assert.ok(page.body.includes(esc('Hội <em>Phụ nữ</em>')), 'the sub-category is listed on its parent’s page, escaped');
    assert.ok(!page.body.includes('<em>Phụ nữ</em>'), 'no markup from the name');
    assert.ok((await staffGet(t.app, admin, '/quan-tri/chuyen-muc')).body.includes(esc('— Hội <em>Phụ nữ</em>')), 'escaped in the list');
  });

  const badCategory: [string, Record<string, string>, string, string][] = [
    ['duplicate slug', { name: 'Kinh tế mới', slug: 'kinh-te' }, 'slug', s.slugTaken],
    ['duplicate slug from the name', { name: 'Kinh tế', slug: '' }, 'slug', s.slugTaken],
    ['duplicate slug in other letters', { name: 'Khác', slug: 'Kinh Tế' }, 'slug', s.slugTaken],
    ['empty name', { name: '' }, 'name', msg.required(s.categoryName)],
    ['over-long name', { name: 'x'.repeat(201) }, 'name', msg.tooLong(s.categoryName, 200)],
    ['over-long slug', { slug: 'a'.repeat(81) }, 'slug', msg.tooLong(s.categorySlug, 80)],
    ['symbols only', { name: '<>!!', slug: '' }, 'slug', s.badSlug],
    ['over-long description', { description: 'x'.repeat(1001) }, 'description', msg.tooLong(s.categoryDescription, 1000)],
    ['position not a number', { position: 'đầu' }, 'position', s.badPosition],
    ['negative position', { position: '-1' }, 'position', s.badPosition],
    ['huge position', { position: '10000' }, 'position', s.badPosition],
    ['parent not a number', { parent: 'x' }, 'parent', s.badCategoryParent],
    ['parent that does not exist', { parent: '999999' }, 'parent', s.badCategoryParent],
  ];
  for (const [what, over, field, message] of badCategory) {
    test(`refused: ${what}`, async () => {
      const form = { name: 'Chuyên mục thử', slug: '', description: 'Mô tả thử', parent: '', position: '', ...over };
      const res = await unchanged(what, () => staffPost(t.app, admin, '/quan-tri/chuyen-muc', form), 400);
      const m = res.body.match(new RegExp(`<p class="field-error" id="f-${field}-loi">([^<]*)</p>`));
      assert.ok(m, `${what}: message next to ${field}`);
      assert.equal(textOf(m[0]), message, `${what}: the message`);
      if (field !== 'description') assert.ok(res.body.includes('Mô tả thử</textarea>'), `${what}: the typed description is kept`);
    });
  }

  test('the same slug on another site is fine', async () => {
    const res = await staffPost(t.app, wardAdmin, '/quan-tri/chuyen-muc', { name: 'Tin tức Đoàn thể', slug: '', description: '', parent: '', position: '' }, WARD);
    assert.equal(res.statusCode, 303, 'added on the ward');
    assert.ok(await category('tin-tuc-doan-the', sites.ward), 'the ward has it too');
  });

  test('editing: a new slug moves the public page and the menu links to it; cycles are refused', async () => {
    const c = (await category('tin-tuc-doan-the'))!;
    await staffPost(t.app, admin, '/quan-tri/trinh-don', { label: 'Đoàn thể', url: '/chuyen-muc/tin-tuc-doan-the', parent: '' });
    const page = await staffGet(t.app, admin, `/quan-tri/chuyen-muc/${c.id}`);
    assert.equal(page.statusCode, 200, 'the edit page opens');
    assert.ok(page.body.includes('value="tin-tuc-doan-the"'), 'with the stored slug');
    const child = (await category('hoi-phu-nu-phuong'))!;
    assert.ok(!page.body.includes(`<option value="${child.id}"`), 'its own sub-category is not offered as parent');

    const r1 = await unchanged('own child as parent', () => staffPost(t.app, admin, `/quan-tri/chuyen-muc/${c.id}`, { name: c.name, slug: c.slug, description: '', parent: String(child.id), position: '' }), 400);
    assert.ok(textOf(r1.body).includes(s.badCategoryParent), 'no cycle');
    await unchanged('itself as parent', () => staffPost(t.app, admin, `/quan-tri/chuyen-muc/${c.id}`, { name: c.name, slug: c.slug, description: '', parent: String(c.id), position: '' }), 400);
    const wardCat = (await category('tin-tuc-doan-the', sites.ward))!;
    await unchanged('other site parent', () => staffPost(t.app, admin, `/quan-tri/chuyen-muc/${c.id}`, { name: c.name, slug: c.slug, description: '', parent: String(wardCat.id), position: '' }), 400);
    await unchanged('taken slug', () => staffPost(t.app, admin, `/quan-tri/chuyen-muc/${c.id}`, { name: c.name, slug: 'thong-bao', description: '', parent: '', position: '' }), 400);

    const res = await staffPost(t.app, admin, `/quan-tri/chuyen-muc/${c.id}`, { name: 'Mặt trận – Đoàn thể', slug: 'mat-tran-doan-the', description: 'Mới.', parent: '', position: '2' });
    assert.equal(res.statusCode, 303, 'saved');
    assert.equal((await publicGet('/chuyen-muc/tin-tuc-doan-the')).statusCode, 404, 'the old address is gone');
    const now = await publicGet('/chuyen-muc/mat-tran-doan-the');
    assert.equal(now.statusCode, 200, 'the new address answers');
    assert.ok(now.body.includes('<h1>Mặt trận – Đoàn thể</h1>'), 'with the new name');
    assert.equal((await menuItem('Đoàn thể')).url, '/chuyen-muc/mat-tran-doan-the', 'the menu link followed the slug');
    assert.ok(mainNav(now.body).includes('href="/chuyen-muc/mat-tran-doan-the"'), 'the public menu links to the new address');
    const entry = await lastAudit('category.update');
    const detail = JSON.parse(entry!.detail) as { changes: Record<string, { from: unknown; to: unknown }>; menuLinks: number };
    assert.deepEqual(detail.changes.slug, { from: 'tin-tuc-doan-the', to: 'mat-tran-doan-the' }, 'old → new slug');
    assert.equal(detail.menuLinks, 1, 'one menu link followed');
    assert.equal(detail.changes.parent_id, undefined, 'unchanged fields are not listed');
  });

  test('deleting: refused with the count while articles use it; an empty one goes and its children move up', async () => {
    const used = (await category('thong-bao'))!;
    await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter }).then((a) => t.db.updateTable('articles').set({ category_id: used.id }).where('id', '=', a.id).execute());
    const n = Number(
      (await t.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).where('category_id', '=', used.id).executeTakeFirstOrThrow()).n,
    );
    const r1 = await unchanged('delete used category', () => staffPost(t.app, admin, `/quan-tri/chuyen-muc/${used.id}/xoa`), 400);
    assert.ok(textOf(r1.body).includes(s.categoryInUse(n)), `says how many articles (${n})`);

    const parent = (await category('mat-tran-doan-the'))!;
    const child = (await category('hoi-phu-nu-phuong'))!;
    const res = await staffPost(t.app, admin, `/quan-tri/chuyen-muc/${parent.id}/xoa`);
    assert.equal(res.statusCode, 303, 'deleted');
    assert.equal(await category('mat-tran-doan-the'), undefined, 'gone');
    assert.equal((await category('hoi-phu-nu-phuong'))!.parent_id, null, 'its child moved to the top level');
    assert.equal((await publicGet('/chuyen-muc/mat-tran-doan-the')).statusCode, 404, 'its public page is gone');
    assert.equal((await publicGet(`/chuyen-muc/${child.slug}`)).statusCode, 200, 'the child still has its page');
    const entry = await lastAudit('category.delete');
    assert.ok(entry && entry.subject_id === parent.id && JSON.parse(entry.detail).slug === 'mat-tran-doan-the', 'audited');
  });

  test('the list’s "Xoá" leads to "Bạn có chắc muốn xoá chuyên mục …?"; only its button deletes', async () => {
    assert.equal((await staffPost(t.app, admin, '/quan-tri/chuyen-muc', { name: 'Chuyên mục sẽ xoá', slug: '', description: '', parent: '', position: '' })).statusCode, 303);
    const c = (await category('chuyen-muc-se-xoa'))!;
    assert.ok(c, 'added');
    const list = await staffGet(t.app, admin, '/quan-tri/chuyen-muc');
    assert.ok(list.body.includes(`<a class="button-warning" href="/quan-tri/chuyen-muc/${c.id}/xoa" aria-label="${s.deleteLabel(c.name)}">${msg.delete}</a>`), 'a link styled as a warning');
    assert.doesNotMatch(list.body, /<form method="post" action="\/quan-tri\/chuyen-muc\/\d+\/xoa"/, 'no one-click delete');
    const ask = await staffGet(t.app, admin, `/quan-tri/chuyen-muc/${c.id}/xoa`);
    assert.equal(ask.statusCode, 200);
    assert.ok(textOf(ask.body).includes(s.confirmDeleteCategory('Chuyên mục sẽ xoá')), 'asks');
    assert.ok(textOf(ask.body).includes(s.categoryDeleteDetail), 'says what it does');
    const form = ask.body.match(/<form method="post" action="([^"]+)" class="confirm-form">([\s\S]*?)<\/form>/);
    assert.ok(form, 'a confirmation form');
    assert.equal(form[1], `/quan-tri/chuyen-muc/${c.id}/xoa`, 'posting to the delete address');
    assert.ok(form[2]!.includes(`<input type="hidden" name="_csrf" value="${admin.csrf}"/>`), 'with the CSRF token');
    assert.match(form[2]!, /<button type="submit" class="warning">Xoá<\/button>/, 'a warning button');
    assert.ok(form[2]!.includes(`<a href="/quan-tri/chuyen-muc">${s.categoryDeleteNo}</a>`), 'a way back');
    assert.ok(await category('chuyen-muc-se-xoa'), 'opening the page deletes nothing');
    await unchanged('the step as an editor', () => staffGet(t.app, editor, `/quan-tri/chuyen-muc/${c.id}/xoa`), 403);
    await unchanged('the step of an unknown id', () => staffGet(t.app, admin, '/quan-tri/chuyen-muc/999999/xoa'), 404);
    const wardCat = (await category('tin-tuc-doan-the', sites.ward))!;
    await unchanged('the step of another site’s category', () => staffGet(t.app, admin, `/quan-tri/chuyen-muc/${wardCat.id}/xoa`), 404);
    const yes = await staffPost(t.app, admin, `/quan-tri/chuyen-muc/${c.id}/xoa`);
    assert.equal(yes.statusCode, 303);
    assert.equal(yes.headers.location, '/quan-tri/chuyen-muc?xong=xoa');
    assert.equal(await category('chuyen-muc-se-xoa'), undefined, 'deleted');
  });

  test('another site’s category, or an id that names nothing, is a 404 and changes nothing', async () => {
    const wardCat = (await category('tin-tuc-doan-the', sites.ward))!;
    await unchanged('GET other site category', () => staffGet(t.app, admin, `/quan-tri/chuyen-muc/${wardCat.id}`), 404);
    await unchanged('edit other site category', () => staffPost(t.app, admin, `/quan-tri/chuyen-muc/${wardCat.id}`, { name: 'Chiếm', slug: '', description: '', parent: '', position: '' }), 404);
    await unchanged('delete other site category', () => staffPost(t.app, admin, `/quan-tri/chuyen-muc/${wardCat.id}/xoa`), 404);
    for (const bad of ['abc', '0', '99999999999'])
      await unchanged(`id ${bad}`, () => staffPost(t.app, admin, `/quan-tri/chuyen-muc/${bad}/xoa`), 404);
  });

  test('editors, reporters, outsiders, anonymous visitors and forged tokens change nothing', async () => {
    const c = (await category('hoi-phu-nu-phuong'))!;
    const form = { name: 'Chen', slug: '', description: '', parent: '', position: '' };
    const posts: [string, Record<string, string>][] = [
      ['/quan-tri/chuyen-muc', form],
      [`/quan-tri/chuyen-muc/${c.id}`, form],
      [`/quan-tri/chuyen-muc/${c.id}/xoa`, {}],
    ];
    for (const sess of [editor, reporter, outsider]) {
      await unchanged('GET list', () => staffGet(t.app, sess, '/quan-tri/chuyen-muc'), 403);
      await unchanged('GET edit', () => staffGet(t.app, sess, `/quan-tri/chuyen-muc/${c.id}`), 403);
      for (const [url, f] of posts) await unchanged(`POST ${url}`, () => staffPost(t.app, sess, url, f), 403);
    }
    for (const [url, f] of posts) {
      await unchanged(`anonymous ${url}`, () => staffPost(t.app, undefined, url, f), 303);
      await unchanged(`forged ${url}`, () => staffPost(t.app, admin, url, { ...f, _csrf: 'gia-mao' }), 403);
    }
  });
});
