// Rating in a real browser, under the site's real CSP: in place with JavaScript (no page load,
// the score updates, a message is announced), and as a plain form post with JavaScript off.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { TestApp } from '../helpers.js';
import { testApp } from '../helpers.js';
import { REFERENCE_ARTICLE } from '../../src/demo/content/index.js';
import { launchBrowser, listenForBrowser } from './browser.js';

const REF = `/tin-tuc/${REFERENCE_ARTICLE.slug}`;
let t: TestApp;
let browser: Browser;
let base: string;

before(async () => {
  browser = await launchBrowser();
  t = await testApp();
  base = await listenForBrowser(t.app);
});
after(async () => {
  await browser?.close();
  await t?.close();
});

test('with JavaScript: rated in place, no page load, then changed', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(base + REF);
  let loads = 0;
  page.on('load', () => loads++);
  await page.getByRole('radio', { name: '4 sao', exact: true }).check();
  await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await page.getByRole('status').filter({ hasText: 'Cảm ơn bạn đã đánh giá: 4 sao.' }).waitFor();
  assert.equal(await page.locator('[data-figure="rating"]').textContent(), '4 điểm ( 1 đánh giá )');
  await page.getByRole('radio', { name: '2 sao', exact: true }).check();
  await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await page.getByRole('status').filter({ hasText: 'Đã cập nhật đánh giá của bạn: 2 sao.' }).waitFor();
  assert.equal(await page.locator('[data-figure="rating"]').textContent(), '2 điểm ( 1 đánh giá )');
  assert.equal(loads, 0, 'no page load');
  await page.reload();
  await page.getByRole('status').filter({ hasText: 'Bạn đã chấm 2 sao.' }).waitFor();
  assert.deepEqual(errors, [], 'no errors (and no CSP violation)');
  const row = await t.db.selectFrom('articles').select(['rating_sum', 'rating_count']).where('slug', '=', REFERENCE_ARTICLE.slug).executeTakeFirstOrThrow();
  assert.deepEqual([row.rating_sum, row.rating_count], [2, 1]);
  await context.close();
});

test('without JavaScript: a plain form post, back to the article with the new score', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0' });
  const page = await context.newPage();
  await page.goto(base + REF);
  await page.getByRole('radio', { name: '5 sao', exact: true }).check();
  await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await page.waitForURL(`${base}${REF}?da-danh-gia=1#danh-gia`);
  const text = await page.locator('p.rating').textContent();
  assert.equal(text?.replace(/\s+/g, ' ').trim(), 'Đánh giá cho bài viết: 3,5 điểm ( 2 đánh giá )');
  assert.equal(await page.getByRole('status').textContent(), 'Cảm ơn bạn đã đánh giá. Bạn đã chấm 5 sao.');
  await page.goto(base + REF);
  assert.equal(await page.getByRole('status').textContent(), 'Bạn đã chấm 5 sao. Bạn có thể chấm lại.', 'a later visit shows the reader\'s score');
  await context.close();
});
