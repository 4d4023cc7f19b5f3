// Shared by the browser tests and scripts/screenshots.ts: launches Debian's Chromium through
// playwright-core (never a downloaded browser) and runs axe-core in a page.
// A missing browser is a failure, never a skip.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.LOA_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Chromium once; call it in before() and close the browser in after(). */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. The browser tests need Debian's Chromium: apt-get install -y chromium ` +
        '(or set LOA_CHROMIUM to its path). These tests never download a browser and are never skipped.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/** The source of axe-core, read once. */
export function axeScript(): string {
  axeSource ??= fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core on the page's document with the WCAG 2.1 A/AA rules and returns the violations.
 * The page's context must have been created with bypassCSP: true (pages send a strict CSP).
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeScript() });
  return page.evaluate(async (tags) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const axe = (window as any).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      nodes: v.nodes.map((n: any) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, WCAG_AA_TAGS);
}

/** A readable report of axe violations for an assertion message. */
export function formatViolations(where: string, violations: AxeViolation[]): string {
  const lines = [`${violations.length} axe violation(s) on ${where}:`];
  for (const v of violations) {
    lines.push(`- ${v.id} (${v.impact ?? 'n/a'}): ${v.help} <${v.helpUrl}>`);
    for (const n of v.nodes) {
      lines.push(`    ${JSON.stringify(n.target)}`);
      if (n.failureSummary) lines.push(`      ${n.failureSummary.replace(/\n/g, '\n      ')}`);
    }
  }
  return lines.join('\n');
}

/** One browser context per viewport width, made on first use. The pages send a strict CSP (no
 *  inline script): it is bypassed so axe can be injected. */
export function contextsByWidth(browser: () => Browser) {
  const contexts = new Map<number, BrowserContext>();
  return {
    async get(width: number): Promise<BrowserContext> {
      let c = contexts.get(width);
      if (!c) {
        c = await browser().newContext({ viewport: { width, height: 800 }, bypassCSP: true, locale: 'vi-VN' });
        contexts.set(width, c);
      }
      return c;
    },
    async closeAll(): Promise<void> {
      for (const c of contexts.values()) await c.close();
    },
  };
}

/**
 * Loads `base + path` in a new page of `context` (made with bypassCSP) and asserts its HTTP
 * status, that axe-core finds no WCAG 2.1 A/AA violation, and that nothing scrolls sideways at
 * the viewport's width. `settleMs` waits for a page's script to mount first.
 */
export async function assertAccessible(context: BrowserContext, base: string, path: string, opts: { status?: number; settleMs?: number } = {}): Promise<void> {
  const page = await context.newPage();
  try {
    const width = page.viewportSize()?.width ?? 0;
    const res = await page.goto(base + path, { waitUntil: 'load' });
    assert.equal(res?.status(), opts.status ?? 200, `${path}: HTTP status`);
    if (opts.settleMs) await page.waitForTimeout(opts.settleMs);
    const violations = await axeViolations(page);
    assert.equal(violations.length, 0, formatViolations(`${path} at ${width} px`, violations));
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= width, `${path} at ${width} px scrolls sideways: scrollWidth ${scrollWidth}`);
  } finally {
    await page.close();
  }
}

/** Makes the app listen on a free port of 127.0.0.1 and returns its base address for the browser. */
export async function listenForBrowser(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}
