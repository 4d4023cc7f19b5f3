// Accessibility in a real browser: Debian's Chromium (playwright-core) loads the public pages
// from a listening app with the demo content, and axe-core checks them against WCAG 2.1 A and AA.
// The page must also not scroll sideways, at phone width (360 px) or desktop (1280 px).
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import type { TestApp } from '../helpers.js';
import { testApp } from '../helpers.js';
import { REFERENCE_ARTICLE } from '../../src/demo/content/index.js';
import { demoSites, tagReference } from '../staff.js';
import { SEEDED_DOCUMENT, seedDocuments } from '../documents-fixture.js';
import { assertAccessible, contextsByWidth, launchBrowser, listenForBrowser } from './browser.js';

// 10:00 on Tuesday 24/11/2026 in Hà Nội, after every demo article.
const NOW = Date.parse('2026-11-24T03:00:00Z');
const REF = `/tin-tuc/${REFERENCE_ARTICLE.slug}`;

let t: TestApp;
let browser: Browser;
let base: string;
const contexts = contextsByWidth(() => browser);

before(async () => {
  // The browser first: if Chromium is missing, fail at once.
  browser = await launchBrowser();
  t = await testApp({ now: NOW });
  await tagReference(t.db);
  await seedDocuments(t.db, (await demoSites(t.db)).main, (await t.db.selectFrom('users').select('id').orderBy('id').executeTakeFirstOrThrow()).id, NOW);
  base = await listenForBrowser(t.app);
});

after(async () => {
  await contexts.closeAll();
  await browser?.close();
  await t?.close();
});

const check = async (path: string, width: number, status = 200) => assertAccessible(await contexts.get(width), base, path, { status });

describe('axe-core finds no WCAG 2.1 A/AA violations', () => {
  for (const width of [360, 1280]) {
    test(`home page at ${width} px`, () => check('/', width));
    test(`reference article at ${width} px`, () => check(REF, width));
  }
  test('category page at 360 px', () => check('/chuyen-muc/kinh-te', 360));
  test('static page at 360 px', () => check('/trang/gioi-thieu', 360));
  test('site map at 360 px', () => check('/so-do-cong', 360));
  for (const width of [360, 1280]) test(`tag page at ${width} px`, () => check('/tu-khoa/dan-van', width));
  for (const width of [360, 1280]) {
    test(`document list at ${width} px`, () => check('/van-ban', width));
    test(`document page at ${width} px`, () => check(SEEDED_DOCUMENT, width));
  }
  test('404 page at 360 px', () => check('/khong/co/trang/nay', 360, 404));
});
