// The citizen forms' hidden fields and refusal block (src/citizen/guard.tsx) in a real browser: a
// test-only public form with CitizenFormFields and a shown refusal passes axe-core (WCAG 2.1 A/AA:
// the honeypot inside aria-hidden is out of the tab order), the honeypot is invisible and never
// reached by Tab, and the refusal is announced above the form. The modules' own pages with their
// forms are checked by their tests.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { TestApp } from '../helpers.js';
import { testApp } from '../helpers.js';
import { MODULES } from '../../src/modules.js';
import { defineModule } from '../../src/registry/module.js';
import { renderPage } from '../../src/web/render.js';
import { sendHtml } from '../../src/web/reply.js';
import { asset } from '../../src/web/assets.js';
import { CitizenFormAlert, CitizenFormFields, CitizenRefused } from '../../src/citizen/guard.js';
import { assertAccessible, contextsByWidth, launchBrowser, listenForBrowser } from './browser.js';

const formModule = defineModule({
  name: 'test-citizen-a11y',
  routes: async (app) => {
    app.get('/gui-thu', async (req, reply) => {
      const error = (req.query as Record<string, string>).loi ? new CitizenRefused('too_fast').publicMessage : undefined;
      return sendHtml(
        reply,
        renderPage(
          <html lang="vi">
            <head>
              <meta charset="utf-8" />
              <meta name="viewport" content="width=device-width, initial-scale=1" />
              <title>Gửi thử</title>
              <link rel="stylesheet" href={asset('site.css')} />
            </head>
            <body>
              <main>
                <h1>Gửi thử</h1>
                <CitizenFormAlert error={error} />
                <form method="post" action="/gui-thu">
                  <CitizenFormFields form="thu" />
                  <label for="f-noi-dung">Nội dung</label>
                  <textarea id="f-noi-dung" name="noi_dung"></textarea>
                  <button type="submit">Gửi</button>
                </form>
              </main>
            </body>
          </html>,
        ),
      );
    });
  },
});

let t: TestApp;
let browser: Browser;
let base: string;
const contexts = contextsByWidth(() => browser);
before(async () => {
  browser = await launchBrowser();
  t = await testApp({ demo: false, modules: [...MODULES, formModule] });
  await t.db.insertInto('sites').values({ name: 'Thử', short_name: 'Thử', welcome: '', agency: '', responsible: '', address: '', phone: '', email: '', footer_note: '', primary_color: '#0b4f8a', visit_base: 0, is_default: 1, lang: 'vi', created_at: new Date().toISOString(), updated_at: new Date().toISOString() }).execute();
  base = await listenForBrowser(t.app);
});
after(async () => {
  await contexts.closeAll();
  await browser?.close();
  await t?.close();
});

for (const width of [390, 1280]) {
  test(`a citizen form with its hidden fields, and with a refusal, passes axe at ${width} px`, async () => {
    await assertAccessible(await contexts.get(width), base, '/gui-thu');
    await assertAccessible(await contexts.get(width), base, '/gui-thu?loi=1');
  });
}

test('the honeypot is not seen and not reached by Tab; the refusal comes before the form', async () => {
  const page = await (await contexts.get(1280)).newPage();
  try {
    await page.goto(`${base}/gui-thu?loi=1`);
    // Clipped to nothing: the point at its centre shows something else.
    const hit = await page.evaluate(() => {
      const input = document.querySelector('input[name="website"]')!;
      const r = input.getBoundingClientRect();
      const wrap = input.parentElement!.getBoundingClientRect();
      return { covers: document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === input, wrap: [wrap.width, wrap.height] };
    });
    assert.equal(hit.covers, false);
    assert.ok(hit.wrap[0]! <= 1 && hit.wrap[1]! <= 1, JSON.stringify(hit));
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.getAttribute('name') ?? document.activeElement?.tagName ?? ''));
    }
    assert.deepEqual(order.slice(0, 2), ['noi_dung', 'BUTTON']);
    assert.ok(!order.includes('website'));
    const alert = await page.getByRole('alert').textContent();
    assert.match(alert ?? '', /quá nhanh/);
    await page.screenshot({ path: '/tmp/citizen-form-1280.png' });
  } finally {
    await page.close();
  }
});
