// Hỏi đáp, first tests: a citizen sends a question through the public form (the citizen guard's
// hidden fields included), gets a tracking code that the tracking page finds, bad input and a
// filled honeypot store nothing, and the case waits in the handlers' queue (not the reporter's).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Sites, StaffSession, Staff } from './staff.js';
import { backofficeFixture, staffGet } from './staff.js';
import type { TestApp } from './helpers.js';

let t: TestApp;
let sites: Sites;
const s = {} as Record<keyof Staff, StaffSession>;

before(async () => {
  ({ t, sites } = await backofficeFixture('hd', s));
});
after(() => t.close());

const cases = async () => (await t.db.selectFrom('question_cases').select(['id', 'title', 'code', 'status']).where('site_id', '=', sites.main).execute());

/** The form's page, then a post of it 5 s later (the guard's minimum fill time) from one address. */
async function ask(fields: Record<string, string>, ip = '203.0.113.7') {
  const form = await t.app.inject({ method: 'GET', url: '/hoi-dap/gui-cau-hoi', headers: { host: 'localhost' } });
  assert.equal(form.statusCode, 200);
  const token = /name="citizen_token" value="([^"]+)"/.exec(form.body)?.[1];
  assert.ok(token, 'the form carries the guard’s signed token');
  t.clock.now += 5000;
  return t.app.inject({
    method: 'POST',
    url: '/hoi-dap/gui-cau-hoi',
    remoteAddress: ip,
    headers: { host: 'localhost', 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ citizen_token: token, website: '', ...fields }).toString(),
  });
}

const good = { name: 'Nguyễn Văn An', email: 'an@example.vn', phone: '', address: '', topic: '', title: 'Thủ tục cấp giấy phép xây dựng', body: 'Xin hỏi hồ sơ gồm những gì?' };

describe('a citizen’s question', () => {
  test('sent without an account: a tracking code, found by the tracking page as Mới; NFD typed is stored NFC', async () => {
    const res = await ask({ ...good, title: 'Thu\u0309 tu\u0323c ca\u0302\u0301p gia\u0302\u0301y phe\u0301p xa\u0302y du\u031B\u0323ng' });
    assert.equal(res.statusCode, 200, res.body.slice(0, 500));
    const code = /<strong>([A-Z0-9]{4}-[A-Z0-9]{4})<\/strong>/.exec(res.body)?.[1];
    assert.ok(code, 'the code is shown, grouped XXXX-XXXX');
    assert.ok(!/[01OIL]/.test(code!.replace('-', '')), 'no characters that read alike');
    const stored = (await cases()).find((c) => c.title === good.title);
    assert.ok(stored, 'stored, its title NFC');
    assert.equal(stored!.status, 'new');
    const found = await t.app.inject({ method: 'GET', url: `/hoi-dap/tra-cuu?ma=${code!.toLowerCase()}`, headers: { host: 'localhost' } });
    assert.equal(found.statusCode, 200);
    assert.match(found.body, /Mới/, 'the tracking page shows the state');
    assert.equal(found.headers['cache-control'], 'no-store', 'never kept by a cache');
    const unknown = await t.app.inject({ method: 'GET', url: '/hoi-dap/tra-cuu?ma=ABCD-EFGH', headers: { host: 'localhost' } });
    assert.match(unknown.body, /Không tìm thấy câu hỏi với mã này/);
  });

  test('refused: no contact, an empty title, a filled honeypot — each with its message, nothing stored', async () => {
    const before = (await cases()).length;
    const noContact = await ask({ ...good, email: '', title: 'Không có liên hệ' }, '203.0.113.8');
    assert.equal(noContact.statusCode, 400);
    assert.match(noContact.body, /Ghi thư điện tử hoặc số điện thoại/);
    const empty = await ask({ ...good, title: '' }, '203.0.113.9');
    assert.equal(empty.statusCode, 400);
    const bot = await ask({ ...good, title: 'Máy gửi', website: 'http://spam.example' }, '203.0.113.10');
    assert.equal(bot.statusCode, 400);
    assert.equal((await cases()).length, before, 'nothing stored');
  });

  test('the same question twice within the hour is one case', async () => {
    const text = { ...good, title: 'Câu hỏi gửi hai lần', body: 'Nội dung giống hệt nhau.' };
    assert.equal((await ask(text, '203.0.113.20')).statusCode, 200);
    const again = await ask(text, '203.0.113.21');
    assert.equal(again.statusCode, 400);
    assert.equal((await cases()).filter((c) => c.title === text.title).length, 1);
  });

  test('the case waits in the handlers’ queue; a reporter may not open it', async () => {
    const queue = await staffGet(t.app, s.handler, '/quan-tri/hoi-dap');
    assert.equal(queue.statusCode, 200);
    assert.match(queue.body, /Thủ tục cấp giấy phép xây dựng/);
    assert.equal((await staffGet(t.app, s.reporter, '/quan-tri/hoi-dap')).statusCode, 403);
    const id = (await cases()).find((c) => c.title === good.title)!.id;
    const one = await staffGet(t.app, s.handler, `/quan-tri/hoi-dap/${id}`);
    assert.equal(one.statusCode, 200);
    assert.match(one.body, /an@example\.vn/, 'staff see the contact');
    const list = await t.app.inject({ method: 'GET', url: '/hoi-dap', headers: { host: 'localhost' } });
    assert.equal(list.statusCode, 200);
    assert.ok(!list.body.includes('an@example.vn') && !list.body.includes('Thủ tục cấp giấy phép xây dựng'), 'an unanswered case is not public');
  });
});
