// The guard of citizen forms (src/citizen/guard.tsx) on the running app's database: the honeypot,
// the minimum fill time, the signed token, the per-address and per-site limits, duplicate texts
// (NFD, spaces, case), concurrent duplicates, a caller's failed write, pruning; and through HTTP a
// tiny form registered by this test's own module.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyRequest } from 'fastify';
import type { TestApp } from './helpers.js';
import { get, textOf, testApp } from './helpers.js';
import { MODULES } from '../src/modules.js';
import { defineModule } from '../src/registry/module.js';
import { atomically } from '../src/db/index.js';
import { renderPage } from '../src/web/render.js';
import { sendHtml } from '../src/web/reply.js';
import { AppError } from '../src/errors/index.js';
import type { CitizenLimits } from '../src/citizen/guard.js';
import { CitizenFormAlert, CitizenFormFields, CitizenRefused, HONEYPOT_FIELD, TOKEN_FIELD, admitCitizen, citizenToken, shownOnCitizenForm } from '../src/citizen/guard.js';

const T0 = Date.parse('2026-12-07T03:00:00Z');

const formModule = defineModule({
  name: 'test-citizen-form',
  routes: async (app) => {
    const page = (text: string, error?: string) => (
      <main>
        <h1>Gửi thử</h1>
        <CitizenFormAlert error={error} />
        <form method="post" action="/gui-thu">
          <CitizenFormFields form="thu" now={app.deps.clock()} />
          <label for="f-noi-dung">Nội dung</label>
          <textarea id="f-noi-dung" name="noi_dung">{text}</textarea>
          <button type="submit">Gửi</button>
        </form>
      </main>
    );
    app.get('/gui-thu', async (_req, reply) => sendHtml(reply, renderPage(page(''))));
    app.post('/gui-thu', async (req, reply) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const text = typeof body.noi_dung === 'string' ? body.noi_dung : '';
      try {
        await atomically(app.deps.db, (trx) => admitCitizen(trx, req, { form: 'thu', siteId: req.site.id, body, text, now: app.deps.clock() }));
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        return sendHtml(reply, renderPage(page(text, shownOnCitizenForm(err).error)), err.status);
      }
      return sendHtml(reply, renderPage(<p>Đã nhận.</p>));
    });
  },
});

let t: TestApp;
let siteId: number;
before(async () => {
  t = await testApp({ now: T0, modules: [...MODULES, formModule] });
  siteId = (await t.db.selectFrom('sites').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
});
after(() => t?.close());

const reqFrom = (ip: string) => ({ ip }) as FastifyRequest;
const bodyOf = (form: string, servedAt: number, extra: Record<string, unknown> = {}) => ({ [TOKEN_FIELD]: citizenToken(form, servedAt), [HONEYPOT_FIELD]: '', ...extra });

interface AdmitOpts {
  ip?: string;
  servedAt?: number;
  now?: number;
  limits?: Partial<CitizenLimits>;
  body?: Record<string, unknown>;
}
function admit(form: string, text: string, o: AdmitOpts = {}) {
  const servedAt = o.servedAt ?? T0;
  return atomically(t.db, (trx) =>
    admitCitizen(trx, reqFrom(o.ip ?? '203.0.113.1'), { form, siteId, text, now: o.now ?? servedAt + 5000, limits: o.limits, body: o.body ?? bodyOf(form, servedAt) }),
  );
}
const refused = (reason: string, status = 400) => (err: unknown) => err instanceof CitizenRefused && err.reason === reason && err.status === status && err.publicMessage.length > 20;
const rows = async (form: string) => (await t.db.selectFrom('citizen_submissions').select(['address_hash', 'text_hash', 'at']).where('site_id', '=', siteId).where('form', '=', form).execute());

test('a filled honeypot is refused, an empty one passes', async () => {
  await assert.rejects(admit('hp', 'Câu hỏi một', { body: bodyOf('hp', T0, { [HONEYPOT_FIELD]: 'http://spam.example' }) }), refused('honeypot'));
  await assert.rejects(admit('hp', 'Câu hỏi một', { body: bodyOf('hp', T0, { [HONEYPOT_FIELD]: ['x'] }) }), refused('honeypot'));
  assert.equal((await rows('hp')).length, 0);
  await admit('hp', 'Câu hỏi một', { body: bodyOf('hp', T0, { [HONEYPOT_FIELD]: '  ' }) });
  assert.equal((await rows('hp')).length, 1);
});

test('a form sent sooner than the minimum fill time is refused; the time can be set per call', async () => {
  await assert.rejects(admit('fast', 'Nội dung', { now: T0 + 2999 }), refused('too_fast'));
  await assert.rejects(admit('fast', 'Nội dung', { now: T0 + 5000, limits: { minFillMs: 10_000 } }), refused('too_fast'));
  await admit('fast', 'Nội dung', { now: T0 + 3000 });
});

test('a missing, forged, other form’s or expired token is refused as an expired page', async () => {
  const good = citizenToken('tok', T0);
  const [at, sig] = good.split('.') as [string, string];
  const forged = [undefined, '', 'abc', `${at}.${'A'.repeat(32)}`, `${(T0 - 60_000).toString(36)}.${sig}`, citizenToken('other', T0), ['x'], `${good}x`];
  for (const token of forged) {
    await assert.rejects(admit('tok', 'Nội dung', { body: { [TOKEN_FIELD]: token, [HONEYPOT_FIELD]: '' } }), refused('expired'), String(token));
  }
  // Older than a day; from the future.
  await assert.rejects(admit('tok', 'Nội dung', { now: T0 + 24 * 3_600_000 + 1 }), refused('expired'));
  await assert.rejects(admit('tok', 'Nội dung', { servedAt: T0 + 10 * 60_000, now: T0 }), refused('expired'));
  assert.equal((await rows('tok')).length, 0);
  await admit('tok', 'Nội dung', { now: T0 + 23 * 3_600_000 });
  assert.match(new CitizenRefused('expired').publicMessage, /hết hạn.*tải lại trang/);
});

test('one address may send the form N times in the window (429 beyond), other addresses still can', async () => {
  const limits = { perAddress: 3 };
  for (let i = 0; i < 3; i++) await admit('addr', `Câu hỏi số ${i}`, { ip: '198.51.100.7', now: T0 + 5000 + i, limits });
  await assert.rejects(admit('addr', 'Câu hỏi số 9', { ip: '198.51.100.7', now: T0 + 6000, limits }), refused('address_limit', 429));
  await admit('addr', 'Câu hỏi số 9', { ip: '198.51.100.8', now: T0 + 6000, limits });
  // An hour after the first ones the address may send again; the default is 5.
  await admit('addr', 'Câu hỏi số 10', { ip: '198.51.100.7', servedAt: T0 + 3_600_000, limits });
  for (let i = 0; i < 5; i++) await admit('addr5', `Nội dung ${i}`, { now: T0 + 5000 + i });
  await assert.rejects(admit('addr5', 'Nội dung 6'), refused('address_limit', 429));
  // The address is stored hashed, never as typed.
  assert.ok((await rows('addr')).every((r) => !r.address_hash.includes('198.51')));
});

test('a site accepts M of a form in the window from all addresses together (429 beyond)', async () => {
  const limits = { perSite: 4 };
  for (let i = 0; i < 4; i++) await admit('site', `Góp ý ${i}`, { ip: `192.0.2.${i}`, now: T0 + 5000 + i, limits });
  await assert.rejects(admit('site', 'Góp ý 9', { ip: '192.0.2.99', now: T0 + 6000, limits }), refused('site_limit', 429));
  // Another form of the same site has its own count.
  await admit('site-other', 'Góp ý 9', { ip: '192.0.2.99', now: T0 + 6000, limits });
});

test('the same text within the hour is a duplicate, whatever its Unicode form, spaces or case', async () => {
  const text = 'Xin hỏi thủ tục cấp Giấy khai sinh cho con thứ hai?';
  await admit('dup', text);
  const variants = [text.normalize('NFD'), `  ${text.replace(/ /g, '   ')}\n`, text.toUpperCase(), text.replace(/ /g, '\u00a0'), text.normalize('NFD').toLocaleUpperCase('vi')];
  for (const v of variants) await assert.rejects(admit('dup', v, { ip: '203.0.113.77', now: T0 + 10_000 }), refused('duplicate'), JSON.stringify(v));
  assert.match(new CitizenRefused('duplicate').publicMessage, /^Nội dung này đã được gửi/);
  // Another text, another form, or the same text an hour later passes.
  await admit('dup', `${text} Cảm ơn.`, { ip: '203.0.113.77' });
  await admit('dup-other', text);
  await admit('dup', text.normalize('NFD'), { servedAt: T0 + 3_600_000 });
});

test('two identical texts sent at once: exactly one passes', async () => {
  const text = 'Đề nghị sửa chữa đèn đường ở tổ dân phố 5.';
  const results = await Promise.allSettled(
    Array.from({ length: 6 }, (_, i) =>
      atomically(t.db, async (trx) => {
        await admitCitizen(trx, reqFrom(`203.0.113.${100 + i}`), { form: 'race', siteId, text: i % 2 ? text.normalize('NFD') : text, now: T0 + 5000, body: bodyOf('race', T0) });
        // The caller's write takes a while: the others must wait for this transaction, not race it.
        await new Promise((r) => setTimeout(r, 30));
      }),
    ),
  );
  assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1, JSON.stringify(results.map((r) => r.status)));
  for (const r of results) if (r.status === 'rejected') assert.ok(refused('duplicate')(r.reason), String(r.reason));
  assert.equal((await rows('race')).length, 1);
});

test('a caller whose write fails afterwards leaves no record', async () => {
  await assert.rejects(
    atomically(t.db, async (trx) => {
      await admitCitizen(trx, reqFrom('203.0.113.50'), { form: 'rollback', siteId, text: 'Nội dung', now: T0 + 5000, body: bodyOf('rollback', T0) });
      throw new Error('the write failed');
    }),
    /the write failed/,
  );
  assert.equal((await rows('rollback')).length, 0);
  await admit('rollback', 'Nội dung', { ip: '203.0.113.50' });
  // Outside a transaction the guard refuses to run (its record and lock would not be the caller's).
  await assert.rejects(admitCitizen(t.db, reqFrom('203.0.113.50'), { form: 'rollback', siteId, text: 'x', now: T0 + 5000, body: bodyOf('rollback', T0) }), /inside the transaction/);
});

test('records older than a day are deleted by later checks', async () => {
  await admit('prune', 'Cũ một', { ip: '203.0.113.60' });
  await admit('prune', 'Cũ hai', { ip: '203.0.113.61' });
  await admit('prune', 'Gần đây', { ip: '203.0.113.62', servedAt: T0 + 20 * 3_600_000 });
  assert.equal((await rows('prune')).length, 3);
  await admit('prune', 'Mới', { servedAt: T0 + 25 * 3_600_000 });
  const left = await rows('prune');
  assert.equal(left.length, 2);
  assert.ok(left.every((r) => r.at > new Date(T0 + 3_600_000).toISOString()));
});

test('through HTTP: hidden fields, a refusal above the form with the text kept, then accepted', async () => {
  t.clock.now = T0 + 48 * 3_600_000;
  const form = await get(t.app, '/gui-thu');
  assert.equal(form.statusCode, 200);
  const trap = /<div class="visually-hidden" aria-hidden="true"><label for="([^"]+)">([^<]+)<\/label><input ([^>]+)>/.exec(form.body);
  assert.ok(trap, form.body);
  assert.match(trap[2]!, /Để trống ô này/);
  assert.match(trap[3]!, /name="website"/);
  assert.match(trap[3]!, /tabindex="-1"/);
  assert.match(trap[3]!, /autocomplete="off"/);
  assert.match(trap[3]!, new RegExp(`id="${trap[1]}"`));
  const token = /name="citizen_token" value="([^"]+)"/.exec(form.body)?.[1];
  assert.ok(token);
  const text = 'Tôi muốn hỏi về lịch tiếp công dân tháng này.'.normalize('NFD');
  const post = (extra: Record<string, string> = {}, ip = '203.0.113.200') =>
    t.app.inject({ method: 'POST', url: '/gui-thu', remoteAddress: ip, headers: { host: 'localhost', 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ [TOKEN_FIELD]: token, website: '', noi_dung: text, ...extra }).toString() });

  const tooFast = await post();
  assert.equal(tooFast.statusCode, 400);
  assert.match(tooFast.body, /<div class="citizen-alert" role="alert"><p>Biểu mẫu được gửi quá nhanh/);
  assert.ok(tooFast.body.indexOf('role="alert"') < tooFast.body.indexOf('<form'), 'the message is above the form');
  assert.ok(textOf(tooFast.body).normalize('NFC').includes(text.normalize('NFC')), 'the typed text is kept');
  assert.doesNotMatch(tooFast.body, /name="website" value="[^"]/);

  t.clock.now += 4000;
  const spam = await post({ website: 'http://spam.example' });
  assert.equal(spam.statusCode, 400);
  assert.match(textOf(spam.body), /ô ẩn chống thư rác/);
  assert.equal((await post({ [TOKEN_FIELD]: `${token}x` })).statusCode, 400);

  const ok = await post();
  assert.equal(ok.statusCode, 200);
  assert.match(ok.body, /Đã nhận/);
  const again = await post({}, '203.0.113.201');
  assert.equal(again.statusCode, 400);
  assert.match(textOf(again.body), /Nội dung này đã được gửi/);
  const kept = await rows('thu');
  assert.equal(kept.length, 1);
  assert.ok(!kept[0]!.address_hash.includes('203.0.113'));
});
