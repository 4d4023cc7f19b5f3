// The search page in a real browser: axe-core (WCAG 2.1 A and AA) on results, no results, bad
// filters and an empty query, at 360 px and 1280 px; nothing scrolls sideways; the
// header's search box submits to the search page and the results keep the query.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { TestApp } from '../helpers.js';
import { testApp } from '../helpers.js';
import { assertAccessible, contextsByWidth, launchBrowser, listenForBrowser } from './browser.js';

// 10:00 on Tuesday 24/11/2026 in Hà Nội, after every demo article.
const NOW = Date.parse('2026-11-24T03:00:00Z');

let t: TestApp;
let browser: Browser;
let base: string;
const contexts = contextsByWidth(() => browser);

before(async () => {
  browser = await launchBrowser();
  t = await testApp({ now: NOW });
  base = await listenForBrowser(t.app);
});

after(async () => {
  await contexts.closeAll();
  await browser?.close();
  await t?.close();
});

const check = async (path: string, width: number) => assertAccessible(await contexts.get(width), base, path);

const PAGES = [
  '/tim-kiem?q=d%C3%A2n+v%E1%BA%ADn',
  '/tim-kiem?q=thanh+pho&chuyen-muc=chinh-tri&tu-ngay=01/01/2024&den-ngay=31/12/2026&trang=2',
  '/tim-kiem?q=zzqxw',
  '/tim-kiem?q=dan+van&chuyen-muc=khong-co&tu-ngay=31/02/2024',
  '/tim-kiem',
];

describe('the search page passes axe-core', () => {
  for (const width of [360, 1280]) {
    for (const path of PAGES) test(`${path} at ${width} px`, () => check(path, width));
  }
});

test('the header box searches, and the results keep the query', async () => {
  const page = await (await contexts.get(360)).newPage();
  try {
    await page.goto(base + '/', { waitUntil: 'load' });
    await page.getByRole('searchbox', { name: 'Tìm kiếm trên trang' }).fill('dan van');
    await Promise.all([page.waitForURL(/\/tim-kiem\?q=dan\+van$/), page.getByRole('button', { name: 'Tìm', exact: true }).click()]);
    assert.equal(await page.locator('#tk-q').inputValue(), 'dan van', 'the query in the form');
    assert.ok((await page.locator('.search-list > li').count()) > 0, 'results listed');
    assert.ok((await page.locator('.search-list mark').count()) > 0, 'words marked');
  } finally {
    await page.close();
  }
});

test('on a 360×740 phone the first result starts within the first screen; the filters, behind "Lọc kết quả", work without JavaScript', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN', javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(base + '/tim-kiem?q=dan+van', { waitUntil: 'load' });
    const first = page.locator('.search-list > li h3 a').first();
    const box = (await first.boundingBox())!;
    assert.ok(box.y >= 0 && box.y + 24 <= 740, `the first result's title is on the first screen: top ${box.y}`);
    const filters = page.locator('details.search-filters');
    assert.equal(await filters.getAttribute('open'), null, 'the filters are folded when none is used');
    assert.equal(await page.getByLabel('Chuyên mục').isVisible(), false, 'their fields hidden');
    await filters.locator('summary').click();
    await page.getByLabel('Chuyên mục').selectOption('chinh-tri');
    await page.getByLabel('Từ ngày').fill('01/01/2024');
    await Promise.all([page.waitForURL(/chuyen-muc=chinh-tri/), page.getByRole('button', { name: 'Lọc', exact: true }).click()]);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('q'), 'dan van', 'the words go with the filters');
    assert.equal(url.searchParams.get('tu-ngay'), '01/01/2024');
    assert.equal(await page.locator('details.search-filters').getAttribute('open'), '', 'open when a filter is used');
    // The words' button sends the filters too.
    await page.locator('#tk-q').fill('thanh pho');
    await Promise.all([page.waitForURL(/q=thanh\+pho/), page.getByRole('button', { name: 'Tìm kiếm', exact: true }).click()]);
    assert.equal(new URL(page.url()).searchParams.get('chuyen-muc'), 'chinh-tri', 'the category kept');
  } finally {
    await context.close();
  }
});
