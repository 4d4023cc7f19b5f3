// The back office in a real browser: axe-core (WCAG 2.1 A/AA) finds nothing on the sign-in page,
// the lists, the editor, the trash and the other staff screens, at phone and desktop widths, and nothing
// scrolls sideways on a 360 px phone.
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import type { TestApp } from '../helpers.js';
import { testApp } from '../helpers.js';
import type { Sites, Staff } from '../staff.js';
import { createStaff, demoSites, insertArticle, sessionFor } from '../staff.js';
import assert from 'node:assert/strict';
import { audit } from '../../src/audit/log.js';
import { assertAccessible, axeViolations, formatViolations, launchBrowser, listenForBrowser } from './browser.js';

let t: TestApp;
let browser: Browser;
let base: string;
let sites: Sites;
let staff: Staff;
let articleId: number;
const contexts: BrowserContext[] = [];

before(async () => {
  browser = await launchBrowser();
  t = await testApp();
  base = await listenForBrowser(t.app);
  sites = await demoSites(t.db);
  staff = await createStaff(t.db, sites, 'a11y');
  const a = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'submitted' });
  await t.db.updateTable('articles').set({ review_comment: '' }).where('id', '=', a.id).execute();
  articleId = a.id;
  await t.db.insertInto('article_revisions').values({ article_id: a.id, user_id: staff.reporter, title: 'Bản đầu', summary: '', body_html: '<p>Bản đầu.</p>', kind: 'save', created_at: new Date().toISOString() }).execute();
  await audit(t.db, { siteId: sites.main, userId: staff.admin, action: 'article.submit', subjectType: 'article', subjectId: a.id, detail: { from: 'draft', to: 'submitted' }, ip: '203.0.113.9', at: new Date().toISOString() });
  // A returned article (on the reporter's home) and one in the trash.
  await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, fields: { title: 'Bài bị trả lại' } }).then((r) => t.db.updateTable('articles').set({ review_comment: 'Bổ sung nguồn tin.' }).where('id', '=', r.id).execute());
  const trashed = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, fields: { title: 'Bài trong thùng rác' } });
  await t.db.updateTable('articles').set({ deleted_at: new Date().toISOString(), deleted_by: staff.reporter }).where('id', '=', trashed.id).execute();
});

after(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await t?.close();
});

async function contextAs(userId: number | undefined, width: number): Promise<BrowserContext> {
  // axe is injected as a script: the strict CSP is bypassed for that alone.
  const c = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true, locale: 'vi-VN' });
  contexts.push(c);
  if (userId !== undefined) {
    const { token } = await sessionFor(t.db, userId);
    await c.addCookies([{ name: 'loa_s', value: token, url: base, httpOnly: true, sameSite: 'Lax' }]);
  }
  return c;
}

/** The editor's script mounts before axe looks. */
const check = (c: BrowserContext, path: string) => assertAccessible(c, base, path, { settleMs: 150 });

for (const width of [360, 1280]) {
  test(`sign-in page at ${width} px`, async () => {
    await check(await contextAs(undefined, width), '/dang-nhap');
  });

  test(`reporter: home, article list, new article editor at ${width} px`, async () => {
    const c = await contextAs(staff.reporter, width);
    for (const path of ['/quan-tri/', '/quan-tri/bai-viet', '/quan-tri/bai-viet/moi', `/quan-tri/bai-viet/${articleId}`, '/quan-tri/thung-rac']) await check(c, path);
  });

  test(`editor: review queue and the editor on a submitted article at ${width} px`, async () => {
    const c = await contextAs(staff.editor, width);
    for (const path of ['/quan-tri/cho-duyet', `/quan-tri/bai-viet/${articleId}`, '/quan-tri/bai-viet?trang-thai=submitted']) await check(c, path);
  });

  test(`editor: a scheduled and a published article, the preview, the confirmation of "Gỡ bài"; the delete steps of the menu, a category and a medium at ${width} px`, async () => {
    const c = await contextAs(staff.editor, width);
    const at = new Date(Date.now() - 3_600_000).toISOString();
    const scheduled = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'scheduled', publishedAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), now: at });
    const published = await insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'published', publishedAt: at, now: at });
    for (const path of [`/quan-tri/bai-viet/${scheduled.id}`, `/quan-tri/bai-viet/${published.id}`, `/quan-tri/bai-viet/${published.id}/xem-truoc`, '/quan-tri/bai-viet?trang-thai=scheduled']) await check(c, path);
    const page = await c.newPage();
    try {
      await page.goto(`${base}/quan-tri/bai-viet/${published.id}`);
      await Promise.all([page.waitForURL(`${base}/quan-tri/bai-viet/${published.id}`), page.getByRole('button', { name: 'Gỡ bài' }).click()]);
      await page.getByRole('heading', { name: /Bạn có chắc muốn gỡ bài/ }).waitFor();
      const violations = await axeViolations(page);
      assert.equal(violations.length, 0, formatViolations(`the confirmation of "Gỡ bài" at ${width} px`, violations));
      assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= width, 'no sideways scrolling');
    } finally {
      await page.close();
    }
    const item = await t.db.selectFrom('menu_items').select('id').where('site_id', '=', sites.main).executeTakeFirstOrThrow();
    const category = await t.db.selectFrom('categories').select('id').where('site_id', '=', sites.main).executeTakeFirstOrThrow();
    const used = await t.db.selectFrom('articles').select('featured_media_id').where('featured_media_id', 'is not', null).where('site_id', '=', sites.main).executeTakeFirstOrThrow();
    // A medium nobody uses (a PDF row: the step reads no file), for the step with its button.
    const unused = await t.db
      .insertInto('media')
      .values({ site_id: sites.main, kind: 'file', storage_key: `a11y-khong-dung-${width}`, mime: 'application/pdf', width: null, height: null, bytes: 1024, variants: '', alt: 'Tệp không ai dùng', caption: '', original_name: 'khong-dung.pdf', created_by: staff.admin, created_at: new Date().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const admin = await contextAs(staff.admin, width);
    for (const path of [`/quan-tri/trinh-don/${item.id}/xoa`, `/quan-tri/chuyen-muc/${category.id}/xoa`, `/quan-tri/thu-vien/${unused.id}/xoa`, `/quan-tri/thu-vien/${used.featured_media_id!}/xoa`]) await check(admin, path);
  });

  test(`editor: static pages — the tree with its order buttons, a new page, a page, its preview and revisions at ${width} px`, async () => {
    const c = await contextAs(staff.editor, width);
    const intro = await t.db.selectFrom('articles').select('id').where('site_id', '=', sites.main).where('kind', '=', 'page').where('slug', '=', 'gioi-thieu').executeTakeFirstOrThrow();
    for (const path of ['/quan-tri/trang', '/quan-tri/trang/moi', `/quan-tri/trang/${intro.id}`, `/quan-tri/trang/${intro.id}/xem-truoc`, `/quan-tri/trang/${intro.id}/phien-ban`]) await check(c, path);
  });
}

// Tables on a phone: each row a block, each value after its column's name, nothing clipped.
const TABLES = ['/quan-tri/bai-viet', '/quan-tri/cho-duyet', '/quan-tri/nguoi-dung', '/quan-tri/nhat-ky', '/quan-tri/chuyen-muc', '/quan-tri/trang'];

test('back-office tables at 360 px: rows as blocks with the column name before each value, no sideways scroll', async () => {
  const c = await contextAs(staff.admin, 360);
  for (const path of [...TABLES, `/quan-tri/bai-viet/${articleId}/phien-ban`, '/quan-tri/thu-vien']) await check(c, path);
  const page = await c.newPage();
  try {
    for (const path of [...TABLES, `/quan-tri/bai-viet/${articleId}/phien-ban`]) {
      await page.goto(base + path, { waitUntil: 'load' });
      const tables = await page.locator('main table').evaluateAll((ts) =>
        ts.map((tb) => {
          const headers = Array.from(tb.querySelectorAll('thead th')).map((th) => th.textContent?.trim() ?? '');
          const cells = Array.from(tb.querySelectorAll('tbody td, tbody th')).filter((td) => (td.textContent ?? '').trim() && td.getAttribute('colspan') === null);
          const wraps = Array.from(document.querySelectorAll('.table-wrap')).map((w) => [w.scrollWidth, w.clientWidth]);
          const row = tb.querySelector('tbody tr')!;
          return {
            right: tb.getBoundingClientRect().right,
            rowDisplay: getComputedStyle(row).display,
            headVisible: (tb.querySelector('thead') as HTMLElement).getBoundingClientRect().height > 1,
            labels: cells.map((td) => [td.getAttribute('data-label'), getComputedStyle(td, '::before').content]),
            headers,
            wraps,
          };
        }),
      );
      assert.equal(tables.length, 1, `${path}: one table`);
      const tb = tables[0]!;
      assert.ok(tb.right <= 360, `${path}: the table fits the screen (right edge ${tb.right})`);
      for (const [sw, cw] of tb.wraps) assert.ok(sw! <= cw!, `${path}: nothing scrolls sideways inside the table's box (${sw} > ${cw})`);
      assert.equal(tb.rowDisplay, 'block', `${path}: a row is a block`);
      assert.equal(tb.headVisible, false, `${path}: the header row is for screen readers only`);
      assert.ok(tb.labels.length > 0, `${path}: cells with values`);
      for (const [label, before] of tb.labels) {
        if (label === null || label === undefined) continue; // a cell of buttons under a header for screen readers only
        assert.ok(tb.headers.includes(label), `${path}: "${label}" is a column's name`);
        assert.equal(before, `"${label}: "`, `${path}: shown before the value`);
      }
      assert.ok(tb.labels.filter(([l]) => l !== null).length >= tb.labels.length / 2, `${path}: most values carry their column's name`);
    }
    // Wide: an ordinary table with its header row.
    const wide = await contextAs(staff.admin, 1280);
    const p2 = await wide.newPage();
    await p2.goto(base + '/quan-tri/bai-viet', { waitUntil: 'load' });
    assert.equal(await p2.locator('main tbody tr').first().evaluate((r) => getComputedStyle(r).display), 'table-row', 'a table row at 1280 px');
    assert.equal(await p2.locator('main tbody td').first().evaluate((td) => getComputedStyle(td, '::before').content), 'none', 'no label before the value');
    await p2.close();
  } finally {
    await page.close();
  }
});

test('the navigation folds behind "Menu" on a phone, without JavaScript; open on a wide screen', async () => {
  for (const js of [true, false]) {
    const c = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN', javaScriptEnabled: js });
    contexts.push(c);
    const { token } = await sessionFor(t.db, staff.admin);
    await c.addCookies([{ name: 'loa_s', value: token, url: base, httpOnly: true, sameSite: 'Lax' }]);
    const page = await c.newPage();
    await page.goto(base + '/quan-tri/', { waitUntil: 'load' });
    const nav = page.getByRole('navigation', { name: 'Quản trị' });
    const users = nav.getByRole('link', { name: 'Người dùng' });
    assert.equal(await users.isVisible(), false, `folded at 360 px (JavaScript ${js ? 'on' : 'off'})`);
    assert.ok((await nav.boundingBox())!.height <= 70, 'the folded navigation is one line');
    await nav.getByText('Menu', { exact: true }).click();
    assert.equal(await users.isVisible(), true, 'Menu opens it');
    await Promise.all([page.waitForURL(/\/quan-tri\/bai-viet$/), nav.getByRole('link', { name: 'Bài viết' }).click()]);
    await page.close();
  }
  const wide = await contextAs(staff.admin, 1280);
  const page = await wide.newPage();
  await page.goto(base + '/quan-tri/', { waitUntil: 'load' });
  const nav = page.getByRole('navigation', { name: 'Quản trị' });
  assert.equal(await nav.getByRole('link', { name: 'Người dùng' }).isVisible(), true, 'open at 1280 px');
  assert.equal(await nav.getByText('Menu', { exact: true }).isVisible(), false, 'without its summary');
  assert.equal(await nav.getByRole('button', { name: 'Đăng xuất' }).isVisible(), true, 'sign-out shown');
  await page.close();
});
