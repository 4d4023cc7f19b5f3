// The article editor (client/editor, TipTap bundled by Vite) in a real Chromium, under the app's
// real CSP: a fixture page holding the form#bai-viet markup the article form renders (the
// contract in client/editor/main.ts), served by the real app with fixture endpoints for the
// media library, uploads and autosave. Console errors and CSP violations fail every test.
import { after, afterEach, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { h } from 'preact';
import type { ComponentChildren, VNode } from 'preact';
import { loadConfig } from '../../src/config.js';
import { buildApp } from '../../src/app.js';
import { firstStart, openRuntime } from '../../src/runtime.js';
import type { Runtime } from '../../src/runtime.js';
import { BackofficeShell } from '../../src/backoffice/shell.js';
import { msg } from '../../src/messages/index.js';
import { renderPage } from '../../src/web/render.js';
import { editorScript } from '../../src/web/assets.js';
import { SECURITY_HEADERS } from '../../src/web/security.js';
import { safeHref, videoEmbed } from '../../client/editor/urls.js';
import { testEnv } from '../helpers.js';
import type { TestEnv } from '../helpers.js';
import { axeViolations, formatViolations, launchBrowser } from './browser.js';

const TOKEN = 'csrf-thu-nghiem-0123456789';
const PAGE = '/thu-nghiem/soan-thao';
const SAVED_AT = '2025-03-04T02:15:00.000Z'; // 09:15 in Asia/Ho_Chi_Minh

interface Recorded {
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

/** What the fixture endpoints received, and how they should answer next. */
const seen = {
  autosaves: [] as Recorded[],
  uploads: [] as Recorded[],
  submits: [] as Recorded[],
  searches: [] as string[],
  autosaveError: null as string | null,
  uploadError: null as string | null,
};

const LIBRARY = [
  { id: 7, kind: 'image', url: '/static/emblem.svg', srcset: '', thumb: '', width: 56, height: 56, alt: 'Quốc huy', caption: 'Quốc huy nước Cộng hoà xã hội chủ nghĩa Việt Nam', mime: 'image/svg+xml' },
  { id: 8, kind: 'file', url: '/media/van-ban.pdf', srcset: '', thumb: '', width: null, height: null, alt: '', caption: 'Văn bản', mime: 'application/pdf' },
];

interface FixtureOptions {
  body?: string;
  summary?: string;
  slug?: string;
  slugLocked?: boolean;
  disabled?: boolean;
}

/** The article form's markup, exactly as the contract describes it, inside the real back-office frame. */
function fixturePage(o: FixtureOptions): string {
  const field = (id: string, label: string, control: ComponentChildren) => h('p', { class: 'field' }, h('label', { for: id }, label), control);
  const form = h(
    'form',
    { id: 'bai-viet', method: 'post', action: PAGE, 'data-autosave': '/thu-nghiem/tu-luu', 'data-media': '/thu-nghiem/thu-vien.json', 'data-upload': '/thu-nghiem/thu-vien', 'data-csrf': TOKEN },
    h('input', { type: 'hidden', name: '_csrf', value: TOKEN }),
    field('tieu-de', 'Tiêu đề', h('input', { id: 'tieu-de', name: 'title', type: 'text', maxLength: 300, disabled: o.disabled })),
    field('duong-dan', 'Đường dẫn', h('input', { id: 'duong-dan', name: 'slug', type: 'text', value: o.slug ?? '', maxLength: 200, 'data-slug-locked': o.slugLocked ? '1' : undefined, disabled: o.disabled })),
    field('tom-tat', 'Tóm tắt', h('textarea', { id: 'tom-tat', name: 'summary', rows: 3, disabled: o.disabled }, o.summary ?? '')),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'noi-dung' }, 'Nội dung'),
      h('textarea', { id: 'noi-dung', name: 'body_html', rows: 18, 'aria-describedby': 'noi-dung-goi-y', disabled: o.disabled }, o.body ?? ''),
      h('span', { class: 'hint', id: 'noi-dung-goi-y' }, 'Viết như trong Word; không có JavaScript thì nhập HTML.'),
    ),
    field('anh-dai-dien', 'Ảnh đại diện', h('input', { id: 'anh-dai-dien', name: 'featured_media_id', type: 'text', inputMode: 'numeric', disabled: o.disabled })),
    field('tac-gia', 'Tác giả', h('input', { id: 'tac-gia', name: 'byline', type: 'text', disabled: o.disabled })),
    h('div', { id: 'trang-thai-luu', role: 'status', 'aria-live': 'polite' }),
    h('div', { class: 'actions' }, h('button', { name: '_action', value: 'save' }, 'Lưu nháp'), h('button', { name: '_action', value: 'submit', class: 'secondary' }, 'Gửi duyệt')),
  );
  return renderPage(h(BackofficeShell, { t: msg, siteName: 'Cổng thử nghiệm', title: 'Viết bài', scripts: [editorScript()], children: [h('h1', {}, 'Viết bài'), form] }) as VNode);
}

const RECEIVED = '<!DOCTYPE html><html lang="vi"><head><title>Đã nhận</title><link rel="icon" href="/static/emblem.svg" type="image/svg+xml"></head><body><p>Đã nhận</p></body></html>';

async function fixtureRoutes(app: FastifyInstance) {
  // Uploads arrive as multipart/form-data: kept raw, it is enough to look into.
  if (app.hasContentTypeParser('multipart/form-data')) app.removeContentTypeParser('multipart/form-data');
  app.addContentTypeParser('multipart/form-data', { parseAs: 'string' }, (_req, body, done) => done(null, body));
  const record = (req: { url: string; headers: Recorded['headers']; body: unknown }): Recorded => ({ url: req.url, headers: req.headers, body: req.body });
  const options = (q: Record<string, string>): FixtureOptions => ({
    body: q.body,
    summary: q.summary,
    slug: q.slug,
    slugLocked: q.locked === '1',
    disabled: q.disabled === '1',
  });
  app.get<{ Querystring: Record<string, string> }>(PAGE, async (req, reply) => reply.type('text/html; charset=utf-8').send(fixturePage(options(req.query))));
  app.get<{ Querystring: Record<string, string> }>(`${PAGE}/:id`, async (req, reply) => reply.type('text/html; charset=utf-8').send(fixturePage(options(req.query))));
  app.post(PAGE, async (req, reply) => {
    seen.submits.push(record(req));
    return reply.type('text/html; charset=utf-8').send(RECEIVED);
  });
  app.post(`${PAGE}/:id`, async (req, reply) => {
    seen.submits.push(record(req));
    return reply.type('text/html; charset=utf-8').send(RECEIVED);
  });
  const autosave = async (req: { url: string; headers: Recorded['headers']; body: unknown }, reply: FastifyReply) => {
    seen.autosaves.push(record(req));
    if (req.headers['x-csrf-token'] !== TOKEN) return reply.code(403).send({ error: 'Mã chống giả mạo không đúng.' });
    if (seen.autosaveError) return reply.code(409).send({ error: seen.autosaveError });
    const isNew = req.url === '/thu-nghiem/tu-luu';
    // savedAt as an ISO instant, or already as ICT "HH:MM" (what the article routes send).
    return reply.send({ id: 42, savedAt: isNew ? SAVED_AT : '9:16', ...(isNew ? { editUrl: `${PAGE}/42`, autosaveUrl: '/thu-nghiem/tu-luu/42' } : {}) });
  };
  app.post('/thu-nghiem/tu-luu', autosave);
  app.post('/thu-nghiem/tu-luu/:id', autosave);
  app.get<{ Querystring: { q?: string } }>('/thu-nghiem/thu-vien.json', async (req) => {
    const q = (req.query.q ?? '').toLowerCase();
    seen.searches.push(q);
    return { items: LIBRARY.filter((i) => !q || i.alt.toLowerCase().includes(q) || i.caption.toLowerCase().includes(q)) };
  });
  app.post('/thu-nghiem/thu-vien', async (req, reply) => {
    seen.uploads.push(record(req));
    if (req.headers['x-csrf-token'] !== TOKEN) return reply.code(403).send({ error: 'Mã chống giả mạo không đúng.' });
    if (seen.uploadError) return reply.code(400).send({ error: seen.uploadError });
    const raw = String(req.body);
    const part = (name: string) => new RegExp(`name="${name}"\\r\\n\\r\\n([^]*?)\\r\\n--`).exec(raw)?.[1] ?? '';
    return reply.code(201).send({
      item: { id: 11, kind: 'image', url: '/static/emblem.svg', srcset: '/static/emblem.svg 56w', thumb: '/static/emblem.svg', width: 56, height: 56, alt: part('alt'), caption: part('caption'), mime: 'image/png' },
    });
  });
}

let te: TestEnv;
let rt: Runtime;
let app: FastifyInstance;
let browser: Browser;
let base: string;

before(async () => {
  browser = await launchBrowser();
  te = await testEnv({ DEMO: '1' });
  const config = loadConfig(te.env);
  rt = await openRuntime(config);
  await firstStart(rt);
  app = await buildApp({ config, db: rt.handle.db, dialect: rt.handle.dialect, storage: rt.storage, clock: () => Date.now(), counting: { flushMs: 0, liveTtlMs: 0 } });
  await app.register(fixtureRoutes);
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
after(async () => {
  await browser?.close();
  await app?.close();
  await rt?.close();
  await te?.cleanup();
});
// A failed test leaves its page open, with autosave timers running: close it before the next.
const contexts = new Set<BrowserContext>();
afterEach(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  contexts.clear();
  // A closed page with unsaved changes saves itself on the way out (pagehide): let that land
  // before the next test starts counting.
  await new Promise((r) => setTimeout(r, 300));
});
beforeEach(() => {
  seen.autosaves = [];
  seen.uploads = [];
  seen.submits = [];
  seen.searches = [];
  seen.autosaveError = null;
  seen.uploadError = null;
});

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors and CSP violations so far. */
  problems: () => Promise<string[]>;
}

/** Opens the fixture page and waits for the editor; records every console error and CSP violation. */
async function open(query = '', opts: { clock?: boolean; width?: number } = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: opts.width ?? 1024, height: 900 }, locale: 'vi-VN' });
  contexts.add(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = list;
    document.addEventListener("securitypolicyviolation", (e) => list.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${(e.target as Element)?.outerHTML?.slice(0, 300)}`));
  });
  if (opts.clock) await page.clock.install();
  const res = await page.goto(base + PAGE + query);
  assert.equal(res?.headers()['content-security-policy'], SECURITY_HEADERS['content-security-policy'], 'the real CSP header');
  await page.locator('.editor-content').waitFor();
  return {
    context,
    page,
    problems: async () => [...errors, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).map((v) => `CSP: ${v}`)],
  };
}

const body = (page: Page) => page.locator('textarea[name="body_html"]').inputValue();
const tool = (page: Page, name: string) => page.getByRole('toolbar').getByRole('button', { name, exact: true });

/** Dispatches a paste event on the editor, as the browser does for Ctrl+V. */
async function paste(page: Page, data: Record<string, string>) {
  await page.locator('.editor-content').evaluate((el, d) => {
    const dt = new DataTransfer();
    for (const [type, value] of Object.entries(d)) dt.setData(type, value);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, data);
}

/** Waits (real time, at most 5 s) for something the fixture endpoints record. */
async function until(cond: () => boolean, what: string) {
  for (let i = 0; i < 100 && !cond(); i++) await new Promise((r) => setTimeout(r, 50));
  assert.ok(cond(), what);
}

/** Asserts that nothing went wrong but the failed requests a test provoked on purpose (HTTP `expected`). */
async function noProblems(o: Opened, expected?: number) {
  const provoked = `console: Failed to load resource: the server responded with a status of ${expected}`;
  assert.deepEqual((await o.problems()).filter((p) => !(expected && p.startsWith(provoked))), [], 'no console error, page error or CSP violation');
  await o.context.close();
}

test('link and video addresses: only http(s), mailto and site paths; YouTube and Vimeo embeds', () => {
  assert.equal(safeHref('https://example.gov.vn/a?b=1'), 'https://example.gov.vn/a?b=1', 'https kept');
  assert.equal(safeHref(' /tin-tuc/bai-1 '), '/tin-tuc/bai-1', 'site path kept, trimmed');
  assert.equal(safeHref('mailto:vanthu@example.gov.vn'), 'mailto:vanthu@example.gov.vn', 'mailto kept');
  for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>x</script>', '//evil.example/x', 'vbscript:x', 'file:///C:/a.doc', 'https://', 'http://a b', '']) {
    assert.equal(safeHref(bad), null, `refused: ${bad}`);
  }
  assert.equal(videoEmbed('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10')?.src, 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'watch page');
  assert.equal(videoEmbed('youtu.be/dQw4w9WgXcQ')?.src, 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'short link without scheme');
  assert.equal(videoEmbed('https://www.youtube.com/shorts/dQw4w9WgXcQ')?.src, 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'shorts');
  assert.equal(videoEmbed('https://vimeo.com/76979871')?.src, 'https://player.vimeo.com/video/76979871', 'vimeo page');
  assert.equal(videoEmbed('https://player.vimeo.com/video/76979871')?.src, 'https://player.vimeo.com/video/76979871', 'vimeo player');
  for (const bad of ['https://evil.example/watch?v=dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=short', 'javascript:alert(1)', 'https://youtube.com.evil.example/embed/dQw4w9WgXcQ', 'https://vimeo.com/abc']) {
    assert.equal(videoEmbed(bad), null, `refused: ${bad}`);
  }
});

test('the bundle is served from /static/ with a content version and a year-long cache', async () => {
  const url = editorScript();
  assert.match(url, /^\/static\/build\/editor\.js\?v=[0-9a-f]{10}$/, 'a versioned address');
  const res = await fetch(base + url);
  assert.equal(res.status, 200, 'served');
  assert.match(res.headers.get('content-type') ?? '', /javascript/, 'as JavaScript');
  assert.match(res.headers.get('cache-control') ?? '', /max-age=31536000.*immutable|immutable.*max-age=31536000/, 'cached for a year');
  const code = await res.text();
  assert.ok(!/setAttribute\(\s*["']style["']/.test(code), 'the bundle never sets a style attribute');
});

test('typing: the slug follows the title, the toolbar formats, NFD becomes NFC, the textarea stays in sync', async () => {
  const o = await open();
  const { page } = o;
  const textarea = page.locator('textarea[name="body_html"]');
  assert.equal(await textarea.isHidden(), true, 'the HTML textarea is hidden');
  assert.equal(await page.locator('form#bai-viet textarea[name="body_html"]').count(), 1, 'and still in the form');
  const editor = page.getByRole('textbox', { name: 'Nội dung' });
  assert.equal(await editor.count(), 1, 'the editor is a textbox named by the field label');
  assert.equal(await editor.getAttribute('aria-describedby'), 'noi-dung-goi-y', 'and described by the field hint');

  await page.locator('#tieu-de').click();
  await page.keyboard.type('Lễ hội Đền Quán Cháo');
  assert.equal(await page.locator('#duong-dan').inputValue(), 'le-hoi-den-quan-chao', 'slug from the title');
  await page.keyboard.type(' 2025');
  assert.equal(await page.locator('#duong-dan').inputValue(), 'le-hoi-den-quan-chao-2025', 'the slug keeps following');
  await page.locator('#duong-dan').fill('le-hoi-rieng');
  await page.locator('#tieu-de').click();
  await page.keyboard.press('End');
  await page.keyboard.type('!');
  assert.equal(await page.locator('#duong-dan').inputValue(), 'le-hoi-rieng', 'a slug typed by hand is kept');
  await page.locator('#tom-tat').click();
  await page.keyboard.type('Nghi\u0323 quye\u0302\u0301t so\u031b\u0300 va\u0300 ke\u0302\u0301 hoa\u0323ch');
  assert.equal(await page.locator('#tom-tat').inputValue(), 'Nghị quyết sờ và kế hoạch', 'NFD typed in the summary ends NFC, in order');

  await editor.click();
  await tool(page, 'Tiêu đề 2').click();
  assert.equal(await tool(page, 'Tiêu đề 2').getAttribute('aria-pressed'), 'true', 'heading 2 pressed');
  await page.keyboard.type('Giới thiệu');
  await page.keyboard.press('Enter');
  assert.equal(await tool(page, 'Đoạn văn').getAttribute('aria-pressed'), 'true', 'back to a paragraph after the heading');
  await page.keyboard.type('Đoạn có chữ ');
  await tool(page, 'Đậm').click();
  assert.equal(await tool(page, 'Đậm').getAttribute('aria-pressed'), 'true', 'bold pressed');
  await page.keyboard.type('in đậm');
  await tool(page, 'Đậm').click();
  assert.equal(await tool(page, 'Đậm').getAttribute('aria-pressed'), 'false', 'bold released');
  await tool(page, 'Nghiêng').click();
  await page.keyboard.type(' nghiêng');
  await tool(page, 'Nghiêng').click();
  await page.keyboard.type(' và Vie\u0302\u0323t Nam.');
  await page.keyboard.press('Enter');
  await tool(page, 'Danh sách').click();
  await page.keyboard.type('Mục một');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Mục hai');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await tool(page, 'Danh sách số').click();
  await page.keyboard.type('Bước đầu');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await tool(page, 'Trích dẫn').click();
  await page.keyboard.type('Lời trích');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');

  assert.equal(await tool(page, 'Thêm hàng').isDisabled(), true, 'table tools disabled outside a table');
  await tool(page, 'Bảng').click();
  assert.equal(await tool(page, 'Thêm hàng').isEnabled(), true, 'table tools enabled inside the table');
  assert.equal(await tool(page, 'Bảng').isDisabled(), true, 'no table inside a table');
  await page.keyboard.type('Cột A');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Cột B');
  await tool(page, 'Thêm hàng').click();
  await tool(page, 'Thêm cột').click();
  await tool(page, 'Xoá cột').click();
  await tool(page, 'Xoá cột').click();

  // Links: a refused address changes nothing; a good one links the selected word.
  await page.locator('.editor-content > p', { hasText: 'Đoạn có chữ' }).click();
  // The editor has taken in the click (it left the table) before keys move the cursor on.
  await page.waitForFunction(() => document.querySelector<HTMLButtonElement>('.editor-table-tools button')?.disabled === true);
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  const dialogs: string[] = [];
  const answers = ['javascript:alert(1)', undefined, 'https://example.gov.vn/viet-nam'];
  page.on('dialog', async (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    const a = answers.shift();
    await (d.type() === 'prompt' ? d.accept(a) : d.accept());
  });
  await tool(page, 'Liên kết').click();
  await page.waitForFunction(() => true);
  assert.equal(dialogs.length, 2, 'a prompt, then an alert for the refused address');
  assert.match(dialogs[1]!, /^alert: Địa chỉ liên kết không hợp lệ/, 'the refusal is explained');
  assert.ok(!(await body(page)).includes('javascript:'), 'no javascript: link');
  await tool(page, 'Liên kết').click();
  assert.equal(await tool(page, 'Liên kết').getAttribute('aria-pressed'), 'true', 'link pressed on the linked text');

  const html = await body(page);
  assert.equal(html, html.normalize('NFC'), 'the synced body is NFC');
  assert.ok(html.includes('<h2>Giới thiệu</h2>'), `heading: ${html}`);
  assert.ok(html.includes('<p>Đoạn có chữ <strong>in đậm</strong><em> nghiêng</em> và Việt <a href="https://example.gov.vn/viet-nam">Nam.</a></p>'), `marks, link and NFC text in order: ${html}`);
  assert.ok(html.includes('<ul><li><p>Mục một</p></li><li><p>Mục hai</p></li></ul>'), `bullet list: ${html}`);
  assert.ok(html.includes('<ol><li><p>Bước đầu</p></li></ol>'), `ordered list: ${html}`);
  assert.ok(html.includes('<blockquote><p>Lời trích</p></blockquote>'), `quote: ${html}`);
  const table = /<table>.*<\/table>/.exec(html)?.[0] ?? '';
  assert.equal((table.match(/<tr>/g) ?? []).length, 4, `3 rows + 1 added: ${table}`);
  assert.ok(table.startsWith('<table><tbody><tr><th><p>Cột A</p></th><th><p></p></th></tr>'), `header row kept, columns B and the added one removed: ${table}`);
  assert.equal((table.match(/<t[dh]>/g) ?? []).length, 8, `4 rows × 2 columns: ${table}`);
  assert.ok(!/style=|class=|colspan|colwidth|<colgroup/.test(html), `no style, class or column widths: ${html}`);

  await tool(page, 'Hoàn tác').click();
  assert.ok(!(await body(page)).includes('<a href'), 'undo removes the link');
  await tool(page, 'Làm lại').click();
  assert.ok((await body(page)).includes('<a href="https://example.gov.vn/viet-nam">'), 'redo brings it back');
  await noProblems(o);
});

test('toolbar: one tab stop, arrow keys move between buttons, 44 px targets at 360 px wide', async () => {
  const o = await open('', { width: 360 });
  const { page } = o;
  const toolbar = page.getByRole('toolbar', { name: 'Định dạng nội dung' });
  assert.equal(await toolbar.locator('button[tabindex="0"]').count(), 1, 'one button in the tab order');
  await toolbar.getByRole('button', { name: 'Đoạn văn', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  const next = await toolbar.locator('button:visible').nth(1).textContent();
  assert.ok(next && next !== 'Đoạn văn');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), next, 'ArrowRight moves on to the next button of the row');
  const focused = () => page.evaluate(() => document.activeElement?.textContent);
  await page.keyboard.press('End');
  assert.equal(await focused(), 'Thêm', 'End: "Thêm", the last button of the one row at 360 px');
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  assert.equal(await focused(), 'Video', 'once open, End: the last usable button (undo, redo and the table tools are disabled)');
  await page.keyboard.press('ArrowRight');
  assert.equal(await focused(), 'Đoạn văn', 'wraps around');
  for (const b of await toolbar.getByRole('button').all()) {
    if (!(await b.isVisible())) continue;
    const box = await b.boundingBox();
    assert.ok(box && box.height >= 44 && box.width >= 44, `target of at least 44 px: ${await b.textContent()} ${JSON.stringify(box)}`);
    assert.ok(box.x >= 0 && box.x + box.width <= 360, `inside the 360 px screen: ${await b.textContent()}`);
  }
  await noProblems(o);
});

test('toolbar at 360 and 380 px: one row, the other buttons behind "Thêm", each reachable by keyboard', async () => {
  for (const width of [360, 380]) {
    const o = await open(`?body=${encodeURIComponent('<p>Có sẵn</p>')}`, { width });
    const { page } = o;
    const toolbar = page.getByRole('toolbar', { name: 'Định dạng nội dung' });
    const height = async () => (await toolbar.boundingBox())!.height;
    assert.ok((await height()) <= 60, `one row at ${width} px: ${await height()} px high`);
    const more = toolbar.getByRole('button', { name: 'Thêm', exact: true });
    assert.equal(await more.getAttribute('aria-expanded'), 'false', '"Thêm" starts closed');
    const all = await toolbar.locator('button').evaluateAll((bs) => bs.map((b) => b.textContent ?? '').filter((l) => l !== 'Thêm'));
    const shown = await toolbar.locator('button:visible').evaluateAll((bs) => bs.map((b) => b.textContent ?? ''));
    assert.ok(shown.length >= 3 && shown.length < all.length, `some buttons in the row, the rest behind "Thêm": ${shown.join(', ')}`);

    // By keyboard only: Tab from the summary field into the toolbar.
    await page.locator('#tom-tat').focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.closest('[role="toolbar"]') !== null), true, 'Tab reaches the toolbar');
    await page.keyboard.press('End');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Thêm');
    await page.keyboard.press('Enter');
    assert.equal(await more.getAttribute('aria-expanded'), 'true', 'Enter opens it');
    // Every button but the table tools and undo/redo (disabled until they can act) is reached by the arrow keys.
    const reached = new Set<string>();
    for (let i = 0; i < all.length + 2; i++) {
      await page.keyboard.press('ArrowRight');
      reached.add((await page.evaluate(() => document.activeElement?.textContent)) ?? '');
    }
    const enabled = await toolbar.locator('button:not([disabled])').evaluateAll((bs) => bs.map((b) => b.textContent ?? ''));
    for (const label of enabled) assert.ok(reached.has(label), `${label} is reached by the arrow keys at ${width} px`);
    assert.ok(enabled.includes('Video') && enabled.includes('Ảnh'), 'the pictures and video buttons among them');
    for (const b of await toolbar.getByRole('button').all()) {
      if (!(await b.isVisible())) continue;
      const box = (await b.boundingBox())!;
      assert.ok(box.x >= 0 && box.x + box.width <= width, `inside the screen: ${await b.textContent()}`);
    }
    // A button behind "Thêm" works, and the panel closes after it; Escape closes it too.
    await page.keyboard.press('Home');
    await page.keyboard.press('End');
    await page.keyboard.press('Escape');
    assert.equal(await more.getAttribute('aria-expanded'), 'false', 'Escape closes it');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Thêm', 'and focus is back on "Thêm"');
    await page.getByRole('textbox', { name: 'Nội dung' }).click();
    await page.keyboard.press('End');
    await more.click();
    await toolbar.getByRole('button', { name: 'Trích dẫn', exact: true }).click();
    assert.match(await body(page), /^<blockquote><p>Có sẵn<\/p><\/blockquote>(<p><\/p>)?$/, 'the quote button behind "Thêm" works');
    assert.equal(await more.getAttribute('aria-expanded'), 'false', 'the panel closes after a button in it');
    await noProblems(o);
  }
  // Wide: every button in the toolbar, no "Thêm".
  const o = await open('', { width: 1280 });
  assert.equal(await o.page.getByRole('button', { name: 'Thêm', exact: true }).isVisible(), false, 'no "Thêm" at 1280 px');
  assert.equal(await o.page.getByRole('toolbar').getByRole('button', { name: 'Video', exact: true }).isVisible(), true, 'every button shown');
  await noProblems(o);
});

test('paste from Word keeps the structure and drops the styling', async () => {
  const o = await open();
  const { page } = o;
  await page.getByRole('textbox', { name: 'Nội dung' }).click();
  const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {mso-style-parent:""; font-family:"Times New Roman",serif;} --></style></head>
<body lang=VI style='tab-interval:36.0pt'><!--StartFragment-->
<h1 style='mso-margin-top-alt:auto'><span style='font-size:24.0pt;mso-fareast-font-family:"Times New Roman"'>Báo cáo tổng kết<o:p></o:p></span></h1>
<p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><b style='mso-bidi-font-weight:normal'><span style='font-family:"Times New Roman",serif'>Chữ đậm</span></b> và <i><span style='color:red'>nghiêng</span></i>, <a href="https://example.gov.vn/" class="MsoHyperlink" style="color:blue" target="_blank">liên kết</a>, <a href="javascript:alert(1)">mồi</a><o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->Mục thứ nhất<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><!--[if !supportLists]--><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><!--[endif]-->Ý con<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span></span><!--[endif]-->Mục thứ hai<o:p></o:p></p>
<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;</span></span></span><!--[endif]-->Bước một<o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-yfti-tbllook:1184'>
<tr style='mso-yfti-irow:0'><td width=301 valign=top style='width:225.4pt;border:solid windowtext 1.0pt'><p class=MsoNormal align=center style='text-align:center'><b>Ô tiêu đề<o:p></o:p></b></p></td><td width=301 style='width:225.4pt'><p class=MsoNormal>Ô hai<o:p></o:p></p></td></tr>
<tr><td colspan=2 style='width:450pt'><p class=MsoNormal>Ô gộp<o:p></o:p></p></td></tr>
</table>
<p class=MsoNormal><img width=100 height=80 src="file:///C:/Users/a/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png"><span lang=EN-US style='font-family:"Arial"'>Hết<o:p></o:p></span></p>
<!--EndFragment--></body></html>`;
  await paste(page, { 'text/html': word, 'text/plain': 'Báo cáo tổng kết' });
  const html = await body(page);
  assert.ok(html.includes('<h2>Báo cáo tổng kết</h2>'), `Word's heading 1 becomes a heading 2: ${html}`);
  assert.ok(html.includes('<p><strong>Chữ đậm</strong> và <em>nghiêng</em>, <a href="https://example.gov.vn/">liên kết</a>, mồi</p>'), `bold, italic, link kept; its target, class and style and the javascript: link dropped: ${html}`);
  assert.ok(html.includes('<ul><li><p>Mục thứ nhất</p><ul><li><p>Ý con</p></li></ul></li><li><p>Mục thứ hai</p></li></ul>'), `Word's list paragraphs become a nested list, markers dropped: ${html}`);
  assert.ok(html.includes('<ol><li><p>Bước một</p></li></ol>'), `numbered list: ${html}`);
  assert.ok(html.includes('<table><tbody><tr><td><p><strong>Ô tiêu đề</strong></p></td><td><p>Ô hai</p></td></tr><tr><td colspan="2"><p>Ô gộp</p></td></tr></tbody></table>'), `table kept with its span, without widths or styles: ${html}`);
  assert.ok(html.includes('<p>Hết</p>'), `the file: picture from Word is dropped, its text kept: ${html}`);
  assert.ok(!/style=|class=|lang=|mso|o:p|<!--|&nbsp;|file:|target=|<p><\/p>/.test(html), `no styles, classes, Word junk, comments or blank paragraphs: ${html}`);

  await noProblems(o);
});

// Each paste goes into an empty editor of its own: placing the caret after an earlier paste by
// clicks and keys failed now and then on a busy CI machine, and where the caret lands is not what
// these tests are about.
test('paste from Google Docs keeps headings, bold, italic and lists, without Docs\' wrapper', async () => {
  const o = await open();
  const { page } = o;
  await page.getByRole('textbox', { name: 'Nội dung' }).click();
  const gdocs = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-4a1b2c3d-7fff-1234-5678-9abcdef01234"><h2 dir="ltr" style="line-height:1.38;margin-top:18pt"><span style="font-size:16pt;font-family:Arial;color:#000000;font-weight:400">Tiêu đề Google</span></h2><p dir="ltr" style="line-height:1.38"><span style="font-size:11pt;font-family:Arial;font-weight:700">Đậm từ Docs</span><span style="font-size:11pt;font-family:Arial;font-weight:400"> và </span><span style="font-size:11pt;font-style:italic;font-weight:400">nghiêng từ Docs</span></p><ul style="margin-top:0;padding-inline-start:48px"><li dir="ltr" style="list-style-type:disc" aria-level="1"><p dir="ltr" role="presentation"><span style="font-weight:400">Ý Docs</span></p></li></ul></b>`;
  await paste(page, { 'text/html': gdocs, 'text/plain': 'Tiêu đề Google' });
  const html = await body(page);
  assert.ok(html.includes('<h2>Tiêu đề Google</h2>'), `Docs heading kept, not made bold by Docs' wrapper: ${html}`);
  assert.ok(html.includes('<p><strong>Đậm từ Docs</strong> và <em>nghiêng từ Docs</em></p>'), `Docs' styled spans become strong/em: ${html}`);
  assert.ok(html.includes('<ul><li><p>Ý Docs</p></li></ul>'), `Docs list kept: ${html}`);

  await noProblems(o);
});

test('paste from a web page: scripts, handlers, styles and unknown frames go; NFD text becomes NFC', async () => {
  const o = await open();
  const { page } = o;
  await page.getByRole('textbox', { name: 'Nội dung' }).click();
  await paste(page, {
    'text/html': '<div class="article" style="font-family:Comic Sans"><p onclick="alert(1)" style="color:red">Nghi\u0323 quye\u0302\u0301t <script>alert(1)</script><img src="x" onerror="alert(1)"><span style="font-weight:bold">so\u0302\u0301 12</span></p><iframe src="https://evil.example/x"></iframe><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" style="border:0"></iframe></div>',
    'text/plain': 'Nghị quyết',
  });
  const html = await body(page);
  assert.ok(html.includes('<p>Nghị quyết <strong>số 12</strong></p>'), `NFD pasted text is NFC, the span's bold kept: ${html}`);
  assert.ok(html.includes('<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="Video" width="560" height="315" allowfullscreen="">'), `a YouTube embed is kept, on the privacy-enhanced host: ${html}`);
  assert.ok(!/onclick|onerror|<script|alert|evil\.example|src="x"/.test(html), `no script, handler, unknown frame or relative junk picture: ${html}`);
  assert.equal(html, html.normalize('NFC'), 'all NFC');
  await noProblems(o);
});

test('legacy fonts: TCVN3 and VNI are offered a conversion, never converted without asking', async () => {
  const o = await open(`?summary=${encodeURIComponent('T\u00e6ng k\u00d5t n\u00a8m')}`);
  const { page } = o;
  const offer = page.locator('.editor-legacy');
  assert.equal(await offer.isHidden(), false, 'a TCVN3 summary on load is offered a conversion');
  await offer.getByRole('button', { name: 'Không chuyển' }).click();
  assert.equal(await offer.isHidden(), true, 'dismissed');
  assert.equal(await page.locator('#tom-tat').inputValue(), 'T\u00e6ng k\u00d5t n\u00a8m', 'nothing converted when refused');

  await page.locator('#tieu-de').fill('Lễ hội Đền Quán Cháo');
  const editor = page.getByRole('textbox', { name: 'Nội dung' });
  await editor.click();
  await page.keyboard.type('Chào café, Hà Nội.');
  await page.keyboard.press('Enter');
  await paste(page, { 'text/plain': 'Th\u00b5nh ph\u00e8 Tam \u00a7i\u00d6p t\u00e6 ch\u00f8c l\u00d4 h\u00e9i' });
  await offer.getByText('Văn bản có vẻ gõ bằng phông TCVN3 (ABC). Chuyển sang Unicode?').waitFor();
  assert.ok((await body(page)).includes('Th\u00b5nh ph\u00e8'), 'pasted as it came until the person decides');
  await offer.getByRole('button', { name: 'Chuyển sang Unicode' }).click();
  const html = await body(page);
  assert.ok(html.includes('<p>Thành phố Tam Điệp tổ chức lễ hội</p>'), `converted: ${html}`);
  assert.ok(html.includes('<p>Chào café, Hà Nội.</p>'), `Unicode text left alone: ${html}`);
  assert.equal(await page.locator('#tom-tat').inputValue(), 'Tổng kết năm', 'the summary converted too');
  assert.equal(await page.locator('#tieu-de').inputValue(), 'Lễ hội Đền Quán Cháo', 'a Unicode title left alone');
  await offer.getByText('Đã chuyển văn bản sang Unicode.', { exact: false }).waitFor();
  await tool(page, 'Hoàn tác').click();
  assert.ok((await body(page)).includes('Th\u00b5nh ph\u00e8'), 'the conversion can be undone');

  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await paste(page, { 'text/html': '<p><span style="font-family:VNI-Times">Vie\u00e4t Nam tha\u00f8nh pho\u00e1</span></p>' });
  await offer.getByText('Văn bản có vẻ gõ bằng phông VNI. Chuyển sang Unicode?').waitFor();
  await offer.getByRole('button', { name: 'Chuyển sang Unicode' }).click();
  assert.ok((await body(page)).includes('<p>Việt Nam thành phố</p>'), `VNI converted: ${await body(page)}`);
  await noProblems(o);
});

test('a TCVN3 body on load is offered the conversion', async () => {
  const o = await open(`?body=${encodeURIComponent('<p>Th\u00b5nh ph\u00e8 Tam \u00a7i\u00d6p</p><p>Việt Nam</p>')}`);
  await o.page.locator('.editor-legacy').getByText('Văn bản có vẻ gõ bằng phông TCVN3 (ABC). Chuyển sang Unicode?').waitFor();
  await o.page.getByRole('button', { name: 'Chuyển sang Unicode' }).click();
  assert.equal(await body(o.page), '<p>Thành phố Tam Điệp</p><p>Việt Nam</p>', 'converted block by block');
  await noProblems(o);
});

test('pictures: chosen from the library or uploaded, alt text required, caption editable; featured image; video', async () => {
  const o = await open();
  const { page } = o;
  const editor = page.getByRole('textbox', { name: 'Nội dung' });
  await editor.click();
  await page.keyboard.type('Mở đầu');
  await tool(page, 'Ảnh').click();
  const dialog = page.getByRole('dialog', { name: 'Chèn ảnh' });
  await dialog.waitFor();
  const pick = dialog.getByRole('button', { name: 'Quốc huy', exact: true });
  await pick.waitFor();
  assert.equal(await dialog.getByRole('listitem').count(), 1, 'files that are not pictures (PDF) are not offered');
  await dialog.getByLabel('Tìm ảnh').fill('không có');
  await dialog.getByRole('button', { name: 'Tìm', exact: true }).click();
  await dialog.getByText('Không có ảnh nào phù hợp.').waitFor();
  assert.equal(seen.searches.at(-1), 'không có', 'the search is sent as ?q=');
  await dialog.getByLabel('Tìm ảnh').fill('huy');
  await page.keyboard.press('Enter');
  await pick.click();
  assert.equal(await pick.getAttribute('aria-pressed'), 'true', 'the picked picture is pressed');
  const alt = dialog.getByLabel('Mô tả ảnh', { exact: false });
  assert.equal(await alt.inputValue(), 'Quốc huy', 'alt text from the library');
  await alt.fill('   ');
  await dialog.getByRole('button', { name: 'Chèn ảnh', exact: true }).click();
  await dialog.getByRole('alert').getByText('Hãy nhập mô tả ảnh.').waitFor();
  assert.equal(await alt.getAttribute('aria-invalid'), 'true', 'the empty alt is marked');
  await alt.fill('Quốc huy <b>Việt Nam</b>');
  await dialog.getByLabel('Chú thích', { exact: false }).fill('Chú thích <script>x</script>');
  await dialog.getByRole('button', { name: 'Chèn ảnh', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  let html = await body(page);
  assert.ok(
    html.includes('<figure><img src="/static/emblem.svg" alt="Quốc huy &lt;b&gt;Việt Nam&lt;/b&gt;" width="56" height="56"><figcaption>Chú thích &lt;script&gt;x&lt;/script&gt;</figcaption></figure>'),
    `figure with img and caption, HTML kept as text: ${html}`,
  );
  assert.equal(await page.locator('.editor-content figure img').getAttribute('alt'), 'Quốc huy <b>Việt Nam</b>', 'the picture shows in the editor');
  await page.locator('.editor-content figcaption').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' thêm');
  assert.ok((await body(page)).includes('<figcaption>Chú thích &lt;script&gt;x&lt;/script&gt; thêm</figcaption>'), 'the caption is edited in place');

  // Upload: refused once (the server's message is shown), then accepted.
  await page.locator('.editor-content > p').last().click();
  await tool(page, 'Ảnh').click();
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Chèn ảnh', exact: true }).click();
  await dialog.getByText('Hãy chọn một tệp ảnh hoặc một ảnh trong thư viện.').waitFor();
  await dialog.getByLabel('Tệp ảnh', { exact: false }).setInputFiles({ name: 'anh.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a', 'hex') });
  await dialog.getByRole('button', { name: 'Chèn ảnh', exact: true }).click();
  await dialog.getByText('Hãy nhập mô tả ảnh.').waitFor();
  assert.equal(seen.uploads.length, 0, 'nothing uploaded without alt text');
  await alt.fill('Ảnh mới tải');
  seen.uploadError = 'Tệp không phải là ảnh JPEG, PNG, WebP hay GIF.';
  await dialog.getByRole('button', { name: 'Chèn ảnh', exact: true }).click();
  await dialog.getByText('Chưa tải lên được: Tệp không phải là ảnh JPEG, PNG, WebP hay GIF.').waitFor();
  seen.uploadError = null;
  await dialog.getByLabel('Chú thích', { exact: false }).fill('Ảnh hiện trường');
  await dialog.getByRole('button', { name: 'Chèn ảnh', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(seen.uploads.length, 2, 'two uploads sent');
  const upload = seen.uploads[1]!;
  assert.equal(upload.headers['x-csrf-token'], TOKEN, 'with the CSRF header');
  assert.match(String(upload.headers.accept), /application\/json/, 'asking for JSON');
  assert.match(String(upload.headers['content-type']), /^multipart\/form-data/, 'as FormData');
  assert.ok(/name="file"; filename="anh.png"/.test(String(upload.body)) && /name="alt"\r\n\r\nẢnh mới tải\r\n/.test(String(upload.body)), 'with the file and the alt text');
  html = await body(page);
  assert.ok(
    html.includes('<figure><img src="/static/emblem.svg" srcset="/static/emblem.svg 56w" sizes="(max-width: 60rem) 100vw, 46rem" alt="Ảnh mới tải" width="56" height="56"><figcaption>Ảnh hiện trường</figcaption></figure>'),
    `the uploaded picture with srcset and sizes: ${html}`,
  );

  // Without a caption: no empty figcaption.
  await page.locator('.editor-content > p').last().click();
  await tool(page, 'Ảnh').click();
  await dialog.getByRole('button', { name: 'Quốc huy', exact: true }).click();
  await dialog.getByLabel('Chú thích', { exact: false }).fill('');
  await dialog.getByRole('button', { name: 'Chèn ảnh', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.ok((await body(page)).includes('<figure><img src="/static/emblem.svg" alt="Quốc huy" width="56" height="56"></figure>'), `a figure without caption: ${await body(page)}`);

  // Featured image.
  await page.getByRole('button', { name: 'Chọn ảnh đại diện' }).click();
  const featured = page.getByRole('dialog', { name: 'Chọn ảnh đại diện' });
  await featured.getByRole('button', { name: 'Quốc huy', exact: true }).click();
  await featured.getByRole('button', { name: 'Dùng làm ảnh đại diện' }).click();
  await featured.waitFor({ state: 'hidden' });
  assert.equal(await page.locator('#anh-dai-dien').inputValue(), '7', 'the featured image id is set');
  await page.getByText('Ảnh đại diện: Quốc huy').waitFor();
  await page.getByRole('button', { name: 'Bỏ ảnh đại diện' }).click();
  assert.equal(await page.locator('#anh-dai-dien').inputValue(), '', 'and removed');

  // Video.
  await page.locator('.editor-content > p').last().click();
  const answers = ['https://evil.example/watch?v=dQw4w9WgXcQ', 'https://vimeo.com/76979871'];
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    await (d.type() === 'prompt' ? d.accept(answers.shift()) : d.accept());
  });
  await tool(page, 'Video').click();
  await page.waitForFunction(() => true);
  assert.match(dialogs[1] ?? '', /^alert: Không nhận ra liên kết video/, 'an unknown video host is refused');
  await tool(page, 'Video').click();
  html = await body(page);
  assert.ok(html.includes('<iframe src="https://player.vimeo.com/video/76979871" title="Video" width="560" height="315" allowfullscreen=""></iframe>'), `Vimeo embed: ${html}`);
  await page.locator('.editor-video').getByText('Video Vimeo: 76979871').waitFor();
  assert.ok(!/style=|class=/.test(html), `no style or class: ${html}`);
  await noProblems(o, 400);
});

test('after a picture is inserted the caret is in a new paragraph after it; Enter ends a caption', async () => {
  const o = await open();
  const { page } = o;
  await page.getByRole('textbox', { name: 'Nội dung' }).click();
  await page.keyboard.type('Mở đầu');
  await tool(page, 'Ảnh').click();
  const dialog = page.getByRole('dialog', { name: 'Chèn ảnh' });
  await dialog.getByRole('button', { name: 'Quốc huy', exact: true }).click();
  await dialog.getByLabel('Chú thích', { exact: false }).fill('Ảnh: Nguyễn Thị Lan');
  await dialog.getByRole('button', { name: 'Chèn ảnh', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  // The picture is the last thing in the body: the sentence typed next goes below it.
  await page.keyboard.type('Ngày hội diễn ra sôi nổi.');
  const figure = '<figure><img src="/static/emblem.svg" alt="Quốc huy" width="56" height="56"><figcaption>Ảnh: Nguyễn Thị Lan</figcaption></figure>';
  assert.equal(await body(page), `<p>Mở đầu</p>${figure}<p>Ngày hội diễn ra sôi nổi.</p>`, 'the sentence in a paragraph after the figure, the caption unchanged');

  // Enter at the end of a caption leaves it for a new paragraph (here between the figure and the text).
  await page.locator('.editor-content figcaption').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' (chụp năm 2025)');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Chương trình gồm ba phần.');
  const captioned = figure.replace('Nguyễn Thị Lan', 'Nguyễn Thị Lan (chụp năm 2025)');
  assert.equal(await body(page), `<p>Mở đầu</p>${captioned}<p>Chương trình gồm ba phần.</p><p>Ngày hội diễn ra sôi nổi.</p>`, 'Enter: a new paragraph after the figure');

  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await page.getByText('Đã nhận').waitFor();
  const fields = seen.submits[0]!.body as Record<string, string>;
  assert.equal(fields.body_html, `<p>Mở đầu</p>${captioned}<p>Chương trình gồm ba phần.</p><p>Ngày hội diễn ra sôi nổi.</p>`, 'the stored body: the sentences after </figure>');
  await noProblems(o);
});

test('autosave: at most every 10 s with the CSRF header; a new article adopts its addresses; errors are shown and retried', async () => {
  const o = await open('', { clock: true });
  const { page } = o;
  const status = page.locator('#trang-thai-luu');
  await page.locator('#tieu-de').fill('Bài tự lưu');
  await page.getByRole('textbox', { name: 'Nội dung' }).click();
  await page.keyboard.type('Nội dung tự lưu');
  await page.clock.fastForward(5_000);
  assert.equal(seen.autosaves.length, 0, 'not before 10 s');
  await page.clock.fastForward(5_100);
  await status.getByText('Đã tự động lưu lúc 09:15').waitFor();
  assert.equal(seen.autosaves.length, 1, 'one save for the changes of those 10 s');
  const first = seen.autosaves[0]!;
  assert.equal(first.url, '/thu-nghiem/tu-luu', 'to data-autosave');
  assert.equal(first.headers['x-csrf-token'], TOKEN, 'with the CSRF header');
  assert.match(String(first.headers['content-type']), /^application\/x-www-form-urlencoded/, 'urlencoded');
  const fields = first.body as Record<string, string>;
  assert.equal(fields.title, 'Bài tự lưu', 'the title');
  assert.equal(fields.slug, 'bai-tu-luu', 'the slug');
  assert.equal(fields.body_html, '<p>Nội dung tự lưu</p>', 'the body, synced');
  assert.equal(fields._csrf, TOKEN, 'the form fields as they are');
  assert.equal(fields._action, undefined, 'no submit button');
  assert.equal(await page.evaluate(() => location.pathname), `${PAGE}/42`, 'the address bar shows the new article');
  assert.equal(await page.locator('form#bai-viet').getAttribute('action'), `${PAGE}/42`, 'the form posts to the article');
  assert.equal(await page.locator('form#bai-viet').getAttribute('data-autosave'), '/thu-nghiem/tu-luu/42', 'and saves itself there');

  await page.clock.fastForward(20_000);
  assert.equal(seen.autosaves.length, 1, 'nothing changed, nothing sent');

  seen.autosaveError = 'Bài viết đã được người khác sửa.';
  await page.keyboard.type(' thêm');
  await page.clock.fastForward(10_100);
  await status.getByText('Chưa tự lưu được: Bài viết đã được người khác sửa. Sẽ thử lại sau.').waitFor();
  assert.equal(seen.autosaves.at(-1)?.url, '/thu-nghiem/tu-luu/42', 'to the new address');
  seen.autosaveError = null;
  await page.clock.fastForward(10_100);
  await status.getByText('Đã tự động lưu lúc 09:16').waitFor();
  assert.equal((seen.autosaves.at(-1)?.body as Record<string, string>).body_html, '<p>Nội dung tự lưu thêm</p>', 'retried with the latest text');
  const count = seen.autosaves.length;

  // Leaving the page (hidden): saved at once, without waiting.
  await page.keyboard.type(' cuối');
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await until(() => seen.autosaves.length > count, 'saved when the page is hidden');
  assert.equal(seen.autosaves.length, count + 1, 'saved once');
  assert.equal((seen.autosaves.at(-1)?.body as Record<string, string>).body_html, '<p>Nội dung tự lưu thêm cuối</p>', 'with the last words');
  await noProblems(o, 409);
});

test('submit: the textarea carries the editor body (NFC) in the ordinary form post', async () => {
  const o = await open(`?body=${encodeURIComponent('<p>Có sẵn</p>')}`);
  const { page } = o;
  await page.getByRole('textbox', { name: 'Nội dung' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' và mo\u031b\u0301i');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await page.getByText('Đã nhận').waitFor();
  assert.equal(seen.submits.length, 1, 'posted once');
  const fields = seen.submits[0]!.body as Record<string, string>;
  assert.equal(fields.body_html, '<p>Có sẵn và mới</p>', 'the body as edited, NFC');
  assert.equal(fields._action, 'save', 'the pressed button');
  assert.equal(seen.autosaves.length, 0, 'no autosave races the submit');
  await noProblems(o);
});

test('a read-only form shows the body without a toolbar; without JavaScript the textarea is the editor', async () => {
  const o = await open(`?disabled=1&body=${encodeURIComponent('<p>Chỉ xem</p>')}`);
  assert.equal(await o.page.locator('.editor-toolbar').isHidden(), true, 'no toolbar');
  assert.equal(await o.page.locator('.editor-content').getAttribute('contenteditable'), 'false', 'not editable');
  await noProblems(o);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${base}${PAGE}?body=${encodeURIComponent('<p>Không JS</p>')}`);
  assert.equal(await page.locator('textarea[name="body_html"]').isVisible(), true, 'the HTML textarea is there');
  assert.equal(await page.locator('textarea[name="body_html"]').inputValue(), '<p>Không JS</p>', 'holding the body');
  assert.equal(await page.locator('.editor').count(), 0, 'no editor');
  await context.close();
});

test('axe-core finds no WCAG 2.1 AA violation in the editor or the picture dialog', async () => {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1024, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}${PAGE}?body=${encodeURIComponent('<h2>Tiêu đề</h2><p>Đoạn <strong>đậm</strong></p><table><tbody><tr><th><p>A</p></th></tr><tr><td><p>1</p></td></tr></tbody></table>')}`);
  await page.locator('.editor-content').waitFor();
  await page.locator('.editor-content td').click();
  let violations = await axeViolations(page);
  assert.deepEqual(violations, [], formatViolations('the editor', violations));
  await page.getByRole('toolbar').getByRole('button', { name: 'Ảnh', exact: true }).click();
  await page.getByRole('dialog', { name: 'Chèn ảnh' }).getByRole('button', { name: 'Quốc huy', exact: true }).waitFor();
  violations = await axeViolations(page);
  assert.deepEqual(violations, [], formatViolations('the picture dialog', violations));
  await context.close();
});
