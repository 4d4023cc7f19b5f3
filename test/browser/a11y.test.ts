// Accessibility in a real browser: Debian's Chromium (playwright-core) loads the public pages
// from a listening app with the demo content, and axe-core checks them against WCAG 2.1 A and AA.
// At phone width (360 px) the page must also not scroll sideways.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext } from 'playwright-core';
import type { TestApp } from '../helpers.js';
import { testApp } from '../helpers.js';
import { REFERENCE_ARTICLE } from '../../src/demo/content/index.js';
import { axeViolations, formatViolations, launchBrowser } from './browser.js';

// 10:00 on Tuesday 24/11/2026 in Hà Nội, after every demo article.
const NOW = Date.parse('2026-11-24T03:00:00Z');
const REF = `/tin-tuc/${REFERENCE_ARTICLE.slug}`;

let t: TestApp;
let browser: Browser;
let base: string;
const contexts = new Map<number, BrowserContext>();

before(async () => {
  // The browser first: if Chromium is missing, fail at once.
  browser = await launchBrowser();
  t = await testApp({ now: NOW });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const addr = t.app.server.address() as AddressInfo;
  base = `http://127.0.0.1:${addr.port}`;
});

after(async () => {
  for (const c of contexts.values()) await c.close();
  await browser?.close();
  await t?.close();
});

async function contextFor(width: number): Promise<BrowserContext> {
  let c = contexts.get(width);
  if (!c) {
    // The pages send a strict CSP (no inline script): bypass it so axe can be injected.
    c = await browser.newContext({ viewport: { width, height: 800 }, bypassCSP: true, locale: 'vi-VN' });
    contexts.set(width, c);
  }
  return c;
}

async function check(path: string, width: number, expectStatus = 200) {
  const page = await (await contextFor(width)).newPage();
  try {
    const res = await page.goto(base + path, { waitUntil: 'load' });
    assert.equal(res?.status(), expectStatus, `${path}: HTTP status`);
    const violations = await axeViolations(page);
    assert.equal(violations.length, 0, formatViolations(`${path} at ${width} px`, violations));
    if (width <= 360) {
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= width, `${path} at ${width} px scrolls sideways: scrollWidth ${scrollWidth}`);
    }
  } finally {
    await page.close();
  }
}

describe('axe-core finds no WCAG 2.1 A/AA violations', () => {
  for (const width of [360, 1280]) {
    test(`home page at ${width} px`, () => check('/', width));
    test(`reference article at ${width} px`, () => check(REF, width));
  }
  test('category page at 360 px', () => check('/chuyen-muc/kinh-te', 360));
  test('static page at 360 px', () => check('/trang/gioi-thieu', 360));
  test('site map at 360 px', () => check('/so-do-cong', 360));
  test('404 page at 360 px', () => check('/khong/co/trang/nay', 360, 404));
});
