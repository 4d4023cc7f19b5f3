// "Viết bài mới" in a real browser, against the real app: the "no JavaScript" hint gives way to
// the editor's own once the editor runs; opening the page and leaving (even after typing only in
// the body) creates no draft; the first autosave with a title does; the featured-image picker's
// summary follows the chosen picture.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext } from 'playwright-core';
import sharp from 'sharp';
import type { TestApp } from '../helpers.js';
import { testApp } from '../helpers.js';
import type { Sites, Staff } from '../staff.js';
import { createStaff, demoSites, sessionFor } from '../staff.js';
import { launchBrowser, listenForBrowser } from './browser.js';
import { msg } from '../../src/messages/index.js';
import { storeImage } from '../../src/media/images.js';

let t: TestApp;
let browser: Browser;
let base: string;
let sites: Sites;
let staff: Staff;

before(async () => {
  browser = await launchBrowser();
  t = await testApp();
  base = await listenForBrowser(t.app);
  sites = await demoSites(t.db);
  staff = await createStaff(t.db, sites, 'moi');
});

after(async () => {
  await browser?.close();
  await t?.close();
});

async function reporterContext(javaScriptEnabled = true): Promise<BrowserContext> {
  const c = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', javaScriptEnabled });
  const { token } = await sessionFor(t.db, staff.reporter);
  await c.addCookies([{ name: 'loa_s', value: token, url: base, httpOnly: true, sameSite: 'Lax' }]);
  return c;
}

const draftsOf = async (userId: number) => Number((await t.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).where('author_id', '=', userId).executeTakeFirstOrThrow()).n);

test('the "no JavaScript" hint is shown only without JavaScript', async () => {
  const c = await reporterContext();
  const page = await c.newPage();
  await page.goto(`${base}/quan-tri/bai-viet/moi`);
  await page.locator('.editor-content').waitFor();
  const hint = await page.locator('#noi-dung-goi-y').textContent();
  assert.equal(hint, msg.editor.bodyHint, 'the editor’s hint while it runs');
  assert.ok(!(await page.locator('main').innerText()).includes('Không có JavaScript'), 'no "no JavaScript" hint anywhere');
  await c.close();

  const plain = await reporterContext(false);
  const p2 = await plain.newPage();
  await p2.goto(`${base}/quan-tri/bai-viet/moi`);
  assert.equal(await p2.locator('#noi-dung-goi-y').textContent(), msg.articles.bodyHint, 'without JavaScript: how to type HTML');
  await plain.close();
});

test('opening "Viết bài mới" and leaving creates no draft; the first autosave with a title does', async () => {
  const n = await draftsOf(staff.reporter);
  const c = await reporterContext();
  const page = await c.newPage();
  await page.clock.install();
  await page.goto(`${base}/quan-tri/bai-viet/moi`);
  await page.locator('.editor-content').waitFor();
  await page.clock.fastForward(30_000);
  await page.goto(`${base}/quan-tri/`);
  await page.waitForTimeout(300);
  assert.equal(await draftsOf(staff.reporter), n, 'opened and left: nothing');

  // Typing only in the body: nothing is saved yet, and the page says why.
  await page.goto(`${base}/quan-tri/bai-viet/moi`);
  await page.getByRole('textbox', { name: 'Nội dung' }).click();
  await page.keyboard.type('Chỉ có nội dung');
  await page.clock.fastForward(11_000);
  await page.locator('#trang-thai-luu').getByText(msg.editor.needsTitle).waitFor();
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.waitForTimeout(300);
  assert.equal(await draftsOf(staff.reporter), n, 'no draft without a title');

  await page.locator('#tieu-de').fill('Bài viết có tiêu đề');
  await page.clock.fastForward(11_000);
  await page.locator('#trang-thai-luu').getByText(/Đã tự động lưu lúc/).waitFor();
  assert.equal(await draftsOf(staff.reporter), n + 1, 'the first autosave with a title creates the draft');
  assert.match(new URL(page.url()).pathname, /^\/quan-tri\/bai-viet\/\d+$/, 'and the page is now the article’s');
  assert.equal(await page.locator('form#bai-viet').getAttribute('data-new'), null, 'no longer new');
  await page.clock.fastForward(11_000);
  assert.equal(await draftsOf(staff.reporter), n + 1, 'saved again into the same draft, not a new one');
  await c.close();
});

test('the featured-image picker: a radio button per picture; the summary names the one chosen', async () => {
  const png = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#2a6f97' } }).png().toBuffer();
  await storeImage(t.db, t.rt.storage, { siteId: sites.main, data: png, alt: 'Hồ điều hoà' });
  const c = await reporterContext();
  const page = await c.newPage();
  await page.goto(`${base}/quan-tri/bai-viet/moi`);
  await page.locator('.editor-content').waitFor();
  await page.locator('.featured-picker summary').click();
  await page.getByRole('radio', { name: /Hồ điều hoà/ }).check();
  assert.match((await page.locator('.featured-chosen').textContent()) ?? '', /Hồ điều hoà/);
  assert.equal(await page.getByRole('button', { name: msg.editor.otherFeatured }).isVisible(), true, 'with the library dialog for other pictures');
  await c.close();
});
