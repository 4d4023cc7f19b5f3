// The article editor's buttons in Chromium, against the real app: a title typed at the last second
// is what "Xuất bản" publishes (and an autosave still on its way never lands after a button's post);
// "Lưu và xem trước" from a new article then Back, or "Quay lại sửa", returns to the saved draft
// with its content and never makes a second one (with and without JavaScript); under an English
// browser the publication time is still shown and typed as dd/mm/yyyy HH:mm.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestApp } from '../helpers.js';
import { testApp } from '../helpers.js';
import type { Sites, Staff } from '../staff.js';
import { createStaff, demoSites, insertArticle, sessionFor } from '../staff.js';
import { launchBrowser, listenForBrowser } from './browser.js';

// 10:00 on Tuesday 24/11/2026 in Hà Nội (the app's clock).
const NOW = Date.parse('2026-11-24T03:00:00Z');
let t: TestApp;
let browser: Browser;
let base: string;
let sites: Sites;
let staff: Staff;
const contexts: BrowserContext[] = [];

before(async () => {
  browser = await launchBrowser();
  t = await testApp({ now: NOW });
  base = await listenForBrowser(t.app);
  sites = await demoSites(t.db);
  staff = await createStaff(t.db, sites, 'bsb');
});
after(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await t?.close();
});

interface Opened {
  page: Page;
  problems: string[];
}

async function as(userId: number, o: { locale?: string; js?: boolean; width?: number } = {}): Promise<Opened> {
  const c = await browser.newContext({ viewport: { width: o.width ?? 1280, height: 900 }, locale: o.locale ?? 'vi-VN', javaScriptEnabled: o.js ?? true });
  contexts.push(c);
  const { token } = await sessionFor(t.db, userId);
  await c.addCookies([{ name: 'loa_s', value: token, url: base, httpOnly: true, sameSite: 'Lax' }]);
  const page = await c.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return { page, problems };
}

const row = (id: number) => t.db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const submitted = (title: string) => insertArticle(t.db, { siteId: sites.main, authorId: staff.reporter, status: 'submitted', now: new Date(NOW - 3_600_000).toISOString(), fields: { title } });
const idIn = (url: string) => Number(/\/quan-tri\/bai-viet\/(\d+)/.exec(url)?.[1]);

test('a title typed at the last second is what "Xuất bản" publishes; the page after it and the public page show it', async () => {
  const a = await submitted('Tiêu đề trước khi sửa');
  const { page, problems } = await as(staff.editor);
  await page.goto(`${base}/quan-tri/bai-viet/${a.id}`);
  await page.locator('#bai-viet [contenteditable="true"]').waitFor();
  await page.locator('#tieu-de').fill('');
  await page.locator('#tieu-de').pressSequentially('Tiêu đề sửa vào giây cuối');
  await Promise.all([page.waitForURL(/da-chuyen=publish$/), page.getByRole('button', { name: 'Xuất bản', exact: true }).click()]);
  assert.equal(await page.locator('#tieu-de').inputValue(), 'Tiêu đề sửa vào giây cuối', 'the page after the redirect');
  assert.match(await page.locator('.article-state').innerText(), /Đã xuất bản/);
  const stored = await row(a.id);
  assert.equal(stored.status, 'published');
  assert.equal(stored.title, 'Tiêu đề sửa vào giây cuối');
  const reader = await page.context().newPage();
  await reader.goto(`${base}/tin-tuc/${stored.slug}`);
  assert.equal(await reader.locator('h1').innerText(), 'Tiêu đề sửa vào giây cuối');
  assert.deepEqual(problems, []);
});

test('an autosave still on its way when "Trả lại" is pressed lands before it, never after', async () => {
  const a = await submitted('Bài sẽ trả lại');
  const { page, problems } = await as(staff.editor);
  // The autosave reaches the server 800 ms late (a slow line): were the button's post not to wait for
  // it, it would land after the return and put the older title back over the draft.
  let autosaves = 0;
  await page.route('**/tu-luu', async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    autosaves++;
    const res = await route.fetch();
    await route.fulfill({ response: res }).catch(() => {});
  });
  await page.clock.install();
  await page.goto(`${base}/quan-tri/bai-viet/${a.id}`);
  await page.locator('#bai-viet [contenteditable="true"]').waitFor();
  await page.locator('#tieu-de').fill('Bài sẽ trả lại, sửa lần một');
  await page.clock.fastForward(10_100); // the autosave leaves
  await page.locator('#tieu-de').press('End');
  await page.locator('#tieu-de').pressSequentially(' và lần hai');
  await page.locator('#ly-do-tra-lai').fill('Thiếu nguồn tin.');
  await Promise.all([page.waitForURL(/da-chuyen=return$/, { timeout: 10_000 }), page.getByRole('button', { name: 'Trả lại', exact: true }).click()]);
  for (let i = 0; i < 60 && autosaves < 1; i++) await new Promise((r) => setTimeout(r, 50));
  assert.equal(autosaves, 1, 'the autosave went');
  await new Promise((r) => setTimeout(r, 500)); // and has landed
  const stored = await row(a.id);
  assert.equal(stored.status, 'draft');
  assert.equal(stored.title, 'Bài sẽ trả lại, sửa lần một và lần hai', 'the button’s content, not the older autosave');
  assert.equal(stored.review_comment, 'Thiếu nguồn tin.');
  assert.equal(await page.locator('#tieu-de').inputValue(), 'Bài sẽ trả lại, sửa lần một và lần hai');
  assert.deepEqual(problems, []);
});

for (const js of [true, false]) {
  test(`preview from a new article, then Back or "Quay lại sửa": the saved draft with its content, never a duplicate (${js ? 'with' : 'without'} JavaScript)`, async () => {
    const title = `Bài xem trước ${js ? 'có' : 'không có'} JavaScript`;
    const count = async () => (await t.db.selectFrom('articles').select('id').where('site_id', '=', sites.main).where('title', '=', title).execute()).length;
    const { page, problems } = await as(staff.reporter, { js });
    await page.goto(`${base}/quan-tri/bai-viet/moi`);
    assert.match(page.url(), /\/quan-tri\/bai-viet\/moi\?ban-nhap=/);
    await page.locator('#tieu-de').fill(title);
    if (js) {
      await page.locator('#bai-viet [contenteditable="true"]').click();
      await page.keyboard.type('Nội dung viết trước khi xem.');
    } else {
      await page.locator('#noi-dung').fill('<p>Nội dung viết trước khi xem.</p>');
    }
    await Promise.all([page.waitForURL(/\/xem-truoc$/), page.getByRole('button', { name: 'Lưu và xem trước' }).click()]);
    const id = idIn(page.url());
    const bar = page.locator('.preview-bar');
    assert.match(await bar.innerText(), /Bản xem trước — chưa xuất bản/);
    assert.equal(await bar.getByRole('link', { name: 'Quay lại sửa' }).getAttribute('href'), `/quan-tri/bai-viet/${id}`);
    assert.equal(await page.locator('h1').innerText(), title);

    await page.goBack();
    await page.waitForURL(new RegExp(`/quan-tri/bai-viet/${id}$`));
    assert.equal(await page.locator('#tieu-de').inputValue(), title, 'Back lands on the saved draft');
    assert.match(await page.locator('#noi-dung').inputValue(), /Nội dung viết trước khi xem\./);
    await page.locator('#tom-tat').fill('Tóm tắt thêm sau khi xem.');
    await Promise.all([page.waitForURL(/da-luu=1$/), page.getByRole('button', { name: 'Lưu', exact: true }).click()]);
    assert.equal(idIn(page.url()), id);

    await page.goto(`${base}/quan-tri/bai-viet/${id}/xem-truoc`);
    await Promise.all([page.waitForURL(new RegExp(`/quan-tri/bai-viet/${id}$`)), page.getByRole('link', { name: 'Quay lại sửa' }).click()]);
    assert.equal(await page.locator('#tom-tat').inputValue(), 'Tóm tắt thêm sau khi xem.');
    assert.equal(await count(), 1, 'one draft');
    assert.equal((await row(id)).status, 'draft');
    assert.deepEqual(problems, []);
  });
}

test('under an English browser the publication time is shown and typed as dd/mm/yyyy HH:mm', async () => {
  const a = await submitted('Hẹn giờ dưới trình duyệt tiếng Anh');
  await t.db.updateTable('articles').set({ status: 'scheduled', published_at: '2026-12-04T00:00:00.000Z' }).where('id', '=', a.id).execute();
  const { page, problems } = await as(staff.editor, { locale: 'en-US' });
  assert.equal(await page.evaluate(() => navigator.language), 'en-US');
  await page.goto(`${base}/quan-tri/bai-viet/${a.id}`);
  const field = page.getByLabel('Thời điểm xuất bản');
  assert.equal(await field.getAttribute('type'), 'text');
  assert.equal(await field.inputValue(), '04/12/2026 07:00', 'not 12/04/2026, 07:00 AM');
  assert.match(await page.locator('.article-state').innerText(), /Hẹn giờ: 07:00, Thứ Sáu 04\/12\/2026/);
  await field.fill('05/12/2026 08:30');
  await Promise.all([page.waitForURL(/da-chuyen=schedule$/), page.getByRole('button', { name: 'Đổi giờ xuất bản' }).click()]);
  assert.match(await page.locator('.notice').first().innerText(), /Hẹn giờ: 08:30, Thứ Bảy 05\/12\/2026/);
  assert.equal(await page.getByLabel('Thời điểm xuất bản').inputValue(), '05/12/2026 08:30');
  assert.equal((await row(a.id)).published_at, '2026-12-05T01:30:00.000Z');
  await page.getByLabel('Thời điểm xuất bản').fill('31/02/2027 08:00');
  await page.getByRole('button', { name: 'Đổi giờ xuất bản' }).click();
  await page.getByText('Ngày giờ không hợp lệ: không có ngày 31/02/2027 trên lịch.').waitFor();
  assert.equal((await row(a.id)).published_at, '2026-12-05T01:30:00.000Z');
  await page.goto(`${base}/quan-tri/bai-viet?trang-thai=scheduled`);
  assert.match(await page.locator('table').innerText(), /Hẹn giờ: 08:30, Thứ Bảy 05\/12\/2026/);
  assert.deepEqual(problems.filter((p) => !/status of 400/.test(p)), []);
});
