// The back office in a real browser: axe-core (WCAG 2.1 A/AA) finds nothing on the sign-in page,
// the lists, the editor, the trash and the other staff screens, at phone and desktop widths, and nothing
// scrolls sideways on a 360 px phone.
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import type { TestApp } from '../helpers.js';
import { testApp } from '../helpers.js';
import type { Sites, Staff } from '../staff.js';
import { createStaff, demoSites, insertArticle, sessionFor } from '../staff.js';
import { assertAccessible, launchBrowser, listenForBrowser } from './browser.js';

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
}
