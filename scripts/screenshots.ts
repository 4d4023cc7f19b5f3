// Full-page screenshots of the public pages for a human to look at: the demo portal on SQLite,
// served on 127.0.0.1, photographed by Debian's Chromium.
// Usage: node --import tsx scripts/screenshots.ts OUTDIR [NAME-REGEX]
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: node --import tsx scripts/screenshots.ts OUTDIR');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });

// Always SQLite, whatever the environment says (helpers.ts reads this when it loads).
process.env.LOA_TEST_DB = 'sqlite';
const { testApp } = await import('../test/helpers.js');
const { launchBrowser } = await import('../test/browser/browser.js');
const { REFERENCE_ARTICLE } = await import('../src/demo/content/index.js');

// 10:00 on Tuesday 24/11/2026 in Hà Nội, after every demo article.
const NOW = Date.parse('2026-11-24T03:00:00Z');
const shots: { name: string; path: string; width: number; staff?: boolean; rate?: string }[] = [
  { name: 'home-360', path: '/', width: 360 },
  { name: 'home-1280', path: '/', width: 1280 },
  { name: 'article-360', path: `/tin-tuc/${REFERENCE_ARTICLE.slug}`, width: 360 },
  { name: 'article-1280', path: `/tin-tuc/${REFERENCE_ARTICLE.slug}`, width: 1280 },
  { name: 'category-1280', path: '/chuyen-muc/kinh-te', width: 1280 },
  { name: 'tag-360', path: '/tu-khoa/dan-van', width: 360 },
  { name: 'tag-1280', path: '/tu-khoa/dan-van', width: 1280 },
  // Rated without JavaScript: the page the form returns to.
  { name: 'rated-360', path: `/tin-tuc/${REFERENCE_ARTICLE.slug}`, width: 360, rate: '4 sao' },
  { name: 'rated-1280', path: `/tin-tuc/${REFERENCE_ARTICLE.slug}`, width: 1280, rate: '4 sao' },
  { name: 'search-360', path: '/tim-kiem?q=dan+van', width: 360 },
  { name: 'search-1280', path: '/tim-kiem?q=dan+van&tu-ngay=01/01/2023', width: 1280 },
  // The back office, signed in as the demo administrator.
  { name: 'signin-360', path: '/dang-nhap', width: 360 },
  { name: 'admin-home-1280', path: '/quan-tri/', width: 1280, staff: true },
  { name: 'admin-articles-360', path: '/quan-tri/bai-viet', width: 360, staff: true },
  { name: 'admin-articles-1280', path: '/quan-tri/bai-viet', width: 1280, staff: true },
  { name: 'admin-articles-filter-1280', path: '/quan-tri/bai-viet?q=dan+van', width: 1280, staff: true },
  { name: 'admin-editor-360', path: '/quan-tri/bai-viet/1', width: 360, staff: true },
  { name: 'admin-editor-1280', path: '/quan-tri/bai-viet/1', width: 1280, staff: true },
  { name: 'admin-media-1280', path: '/quan-tri/thu-vien', width: 1280, staff: true },
  { name: 'admin-media-item-360', path: '/quan-tri/thu-vien/1', width: 360, staff: true },
  { name: 'admin-media-delete-360', path: '/quan-tri/thu-vien/1/xoa', width: 360, staff: true },
  { name: 'admin-media-delete-1280', path: '/quan-tri/thu-vien/1/xoa', width: 1280, staff: true },
  { name: 'admin-categories-360', path: '/quan-tri/chuyen-muc', width: 360, staff: true },
  { name: 'admin-category-delete-1280', path: '/quan-tri/chuyen-muc/1/xoa', width: 1280, staff: true },
  { name: 'admin-settings-1280', path: '/quan-tri/cai-dat', width: 1280, staff: true },
  { name: 'admin-menus-360', path: '/quan-tri/trinh-don', width: 360, staff: true },
  { name: 'admin-menus-1280', path: '/quan-tri/trinh-don?tim-bai=dan+van', width: 1280, staff: true },
  { name: 'admin-users-1280', path: '/quan-tri/nguoi-dung', width: 1280, staff: true },
  { name: 'admin-audit-1280', path: '/quan-tri/nhat-ky', width: 1280, staff: true },
];
const only = process.argv[3] ? new RegExp(process.argv[3]) : undefined;

const browser = await launchBrowser();
const t = await testApp({ now: NOW });
try {
  const { tagReference } = await import('../test/staff.js');
  await tagReference(t.db);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  const { sessionFor } = await import('../test/staff.js');
  const admin = await t.db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow();
  const { token } = await sessionFor(t.db, admin.id);
  for (const s of shots.filter((x) => !only || only.test(x.name))) {
    const context = await browser.newContext({ viewport: { width: s.width, height: 800 }, locale: 'vi-VN', javaScriptEnabled: !s.rate });
    if (s.staff) await context.addCookies([{ name: 'loa_s', value: token, url: base }]);
    const page = await context.newPage();
    const res = await page.goto(base + s.path, { waitUntil: 'load' });
    if (res?.status() !== 200) throw new Error(`${s.path}: HTTP ${res?.status()}`);
    if (s.rate) {
      await page.getByRole('radio', { name: s.rate, exact: true }).check();
      await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
      await page.waitForURL(/da-danh-gia=1/);
    }
    // lazy images: scroll through the page so they load before the picture is taken (not without JavaScript)
    if (!s.rate) {
      await page.evaluate(async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 30));
        }
        window.scrollTo(0, 0);
      });
    }
    await page.waitForLoadState('networkidle');
    const file = path.join(outDir, `${s.name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await context.close();
  }
} finally {
  await browser.close();
  await t.close();
}
