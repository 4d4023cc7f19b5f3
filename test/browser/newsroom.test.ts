// End to end in Chromium, as people would do it: a reporter signs in through the form, writes an
// article in the rich-text editor with a picture uploaded from the computer and its caption, and
// sends it for review; an editor signs in, finds it in the review queue and publishes it; a reader
// then sees it on the site, picture and caption included. The pages keep their strict CSP (no
// bypass): the editor must work under it, and no page logs an error.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestApp } from '../helpers.js';
import { testApp } from '../helpers.js';
import { demoSites } from '../staff.js';
import { createUser, grantRole } from '../../src/accounts/users.js';
import { loadSharp } from '../../src/media/images.js';
import { launchBrowser, listenForBrowser } from './browser.js';

const PASSWORD = 'mat-khau-phong-vien-2026';
let t: TestApp;
let browser: Browser;
let base: string;
const contexts: BrowserContext[] = [];
const problems: string[] = [];

before(async () => {
  browser = await launchBrowser();
  t = await testApp();
  base = await listenForBrowser(t.app);
  const sites = await demoSites(t.db);
  for (const [username, role] of [['pv-thu-trang', 'reporter'], ['btv-quoc-huy', 'editor']] as const) {
    const u = await createUser(t.db, { username, password: PASSWORD, displayName: username === 'pv-thu-trang' ? 'Lê Thu Trang' : 'Đỗ Quốc Huy' });
    await grantRole(t.db, u.id, sites.main, role);
  }
});

after(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await t?.close();
});

async function newPage(width = 1280): Promise<Page> {
  const c = await browser.newContext({ viewport: { width, height: 900 }, locale: 'vi-VN' });
  contexts.push(c);
  const page = await c.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return page;
}

async function signIn(page: Page, username: string, next: string) {
  await page.goto(`${base}/dang-nhap?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await Promise.all([page.waitForURL((u) => u.pathname === next), page.getByRole('button', { name: 'Đăng nhập' }).click()]);
}

test('a reporter writes with a picture, an editor publishes, a reader sees it', async () => {
  const photo = await (await loadSharp())({ create: { width: 1200, height: 800, channels: 3, background: { r: 30, g: 110, b: 60 } } })
    .jpeg()
    .toBuffer();

  // The reporter, on a phone-sized screen.
  const reporter = await newPage(390);
  await signIn(reporter, 'pv-thu-trang', '/quan-tri/bai-viet/moi');
  const editor = reporter.locator('#bai-viet [contenteditable="true"]');
  await editor.waitFor();
  await reporter.locator('#tieu-de').click();
  await reporter.keyboard.type('Ra quân tổng vệ sinh môi trường phường Trung Sơn');
  assert.equal(await reporter.locator('#duong-dan').inputValue(), 'ra-quan-tong-ve-sinh-moi-truong-phuong-trung-son');
  await reporter.locator('#tom-tat').fill('Hơn 500 đoàn viên, thanh niên tham gia.');
  await editor.click();
  await reporter.keyboard.type('Sáng 24/11, phường Trung Sơn tổ chức lễ ra quân.');
  // On a phone the toolbar is one row: "Ảnh" is behind "Thêm".
  await reporter.getByRole('button', { name: 'Thêm', exact: true }).click();
  await reporter.getByRole('button', { name: 'Ảnh', exact: true }).click();
  const dialog = reporter.locator('dialog[open]');
  await dialog.waitFor();
  await dialog.locator('input[type="file"]').setInputFiles({ name: 've-sinh.jpg', mimeType: 'image/jpeg', buffer: photo });
  await dialog.getByLabel(/Mô tả ảnh/).fill('Đoàn viên thu gom rác dọc bờ suối');
  await dialog.getByLabel(/Chú thích/).fill('Đoàn viên thanh niên ra quân sáng 24/11');
  await dialog.getByRole('button', { name: 'Chèn ảnh' }).click();
  await editor.locator('figure img').waitFor();
  await Promise.all([reporter.waitForURL(/\/quan-tri\/bai-viet\/\d+\?da-gui=1$/), reporter.getByRole('button', { name: 'Lưu và gửi duyệt' }).click()]);
  assert.match(await reporter.locator('.article-state').innerText(), /Chờ duyệt/);
  const id = Number(/bai-viet\/(\d+)/.exec(reporter.url())![1]);
  const stored = await t.db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  assert.equal(stored.status, 'submitted');
  assert.match(stored.body_html, /<figure><img [^>]*alt="Đoàn viên thu gom rác dọc bờ suối"[^>]*>\s*<figcaption>Đoàn viên thanh niên ra quân sáng 24\/11<\/figcaption><\/figure>/);
  // On a phone the navigation, with "Đăng xuất", folds behind "Menu".
  await reporter.locator('.staff-menu > summary').click();
  await reporter.getByRole('button', { name: 'Đăng xuất' }).first().click();
  await reporter.waitForURL(`${base}/`);

  // The editor, on a desktop.
  const editorPage = await newPage();
  await signIn(editorPage, 'btv-quoc-huy', '/quan-tri/cho-duyet');
  await Promise.all([editorPage.waitForURL(new RegExp(`/quan-tri/bai-viet/${id}$`)), editorPage.getByRole('link', { name: 'Ra quân tổng vệ sinh môi trường phường Trung Sơn' }).click()]);
  await Promise.all([editorPage.waitForURL(/da-chuyen=publish/), editorPage.getByRole('button', { name: 'Xuất bản', exact: true }).click()]);
  assert.match(await editorPage.locator('.article-state').innerText(), /Đã xuất bản/);

  // A reader.
  const reader = await newPage(390);
  const res = await reader.goto(`${base}/tin-tuc/${stored.slug}`);
  assert.equal(res?.status(), 200);
  assert.equal(await reader.locator('h1').innerText(), 'Ra quân tổng vệ sinh môi trường phường Trung Sơn');
  const img = reader.locator('.article-body figure img');
  assert.equal(await img.getAttribute('alt'), 'Đoàn viên thu gom rác dọc bờ suối');
  assert.equal(await reader.locator('.article-body figure figcaption').innerText(), 'Đoàn viên thanh niên ra quân sáng 24/11');
  await img.scrollIntoViewIfNeeded();
  await reader.waitForFunction(() => {
    const el = document.querySelector<HTMLImageElement>('.article-body figure img');
    return !!el && el.complete && el.naturalWidth > 0;
  });
  assert.deepEqual(problems, [], 'no console errors, page errors or CSP violations');
});
