// The back-office frame (backoffice/guard.ts, form.ts): every route reads its form and query string
// through one schema, and the guard answers every refusal. Whatever is sent — a field repeated, a
// value far over its limit, text not in NFC, a check with no message of its own — comes back as a
// Vietnamese message (beside its field, or on the back office's error page), never a 5xx and never
// the public site's frame.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import type { TestApp } from './helpers.js';
import { testApp } from './helpers.js';
import type { Sites, Staff, StaffSession } from './staff.js';
import { createStaff, demoSites, sessionFor, staffGet, staffPost } from './staff.js';
import type { WalkParams } from './walk.js';
import { fillRoute, walkParams } from './walk.js';
import { BACKOFFICE_ROUTES } from '../src/backoffice/guard.js';
import { formCheck, line, raw, readInput, text, typedValues } from '../src/backoffice/form.js';
import { FormInvalid } from '../src/errors/index.js';
import { msg } from '../src/messages/index.js';

const nfd = (s: string) => s.normalize('NFD');

test('readInput: every field one NFC string; limits and requirement with the catalogue’s words; every problem at once', () => {
  const schema = z
    .object({ title: line({ label: 'Tiêu đề', max: 10, required: true }), summary: text({ label: 'Tóm tắt', max: 5 }), code: raw() })
    .check(formCheck((f, add, refused) => (!refused('title') && f.title === 'Cấm' ? add('title', 'Không dùng tiêu đề này.') : undefined)));
  assert.deepEqual(readInput(schema, { title: nfd('  Hà Nội  '), summary: 'a\r\nb', code: ' 12 ' }), { title: 'Hà Nội', summary: 'a\nb', code: ' 12 ' }, 'NFC, trimmed; a raw field as sent');
  assert.deepEqual(readInput(schema, { title: 'Ok', summary: ['x', 'y'], code: { a: 1 } }), { title: 'Ok', summary: '', code: '' }, 'a repeated or non-text value is no value');
  const refusal = (source: unknown) => {
    try {
      readInput(schema, source);
    } catch (err) {
      assert.ok(err instanceof FormInvalid, String(err));
      return err;
    }
    assert.fail('accepted');
  };
  const both = refusal({ title: 'x'.repeat(11), summary: '123456' });
  assert.deepEqual(both.fields, { title: msg.tooLong('Tiêu đề', 10), summary: msg.tooLong('Tóm tắt', 5) }, 'both fields at once');
  assert.equal(both.status, 400);
  assert.equal(refusal({}).fields.title, msg.required('Tiêu đề'));
  assert.equal(refusal({ title: 'Cấm' }).fields.title, 'Không dùng tiêu đề này.', 'the form’s own check');
  assert.deepEqual(refusal({ title: '', summary: '' }).fields, { title: msg.required('Tiêu đề') }, 'the form’s check waits for the field’s own');
  assert.equal(refusal(undefined).fields.title, msg.required('Tiêu đề'), 'no body at all');
  const bare = z.object({ n: z.preprocess((v) => v, z.number()) });
  assert.throws(
    () => readInput(bare, { n: 'x' }),
    (err) => err instanceof FormInvalid && err.fields.n === msg.badInput,
    'a check without a message says the catalogue’s, never zod’s English',
  );
});

test('typedValues: the form as typed and cleaned, whatever its rules said, to show it again', () => {
  const schema = z.object({ name: line({ label: 'Tên', max: 3 }, (s) => s.toLowerCase()), note: text(), pin: raw() }).transform((f) => ({ ...f, n: 1 }));
  assert.deepEqual(typedValues(schema, { name: nfd(' ĐÀ LẠT '), note: ' x ', pin: ' 1 ', other: 'y' }), { name: 'đà lạt', note: 'x', pin: ' 1 ' });
  assert.deepEqual(typedValues(undefined, { a: 'b' }), {}, 'no form, nothing typed');
});

let t: TestApp;
let sites: Sites;
let staff: Staff;
let admin: StaffSession;
let params: WalkParams = {};

before(async () => {
  t = await testApp();
  sites = await demoSites(t.db);
  staff = await createStaff(t.db, sites, 'frame');
  admin = await sessionFor(t.db, staff.admin);
  params = await walkParams(t.db, sites, staff, t.app.modules);
});
after(() => t.close());

/** Every field any back-office form has, so each route gets its own fields in these shapes. */
const FIELDS = [
  'title', 'slug', 'summary', 'body_html', 'byline', 'category_id', 'featured_media_id', 'featured_media_number', 'tags', 'published_at', 'form_key', 'comment', '_action', '_xac_nhan',
  'action', 'publish_at', 'label', 'url', 'parent', 'target', 'name', 'description', 'position', 'username', 'displayName', 'email', 'role', 'totpRoles',
  'alt', 'caption', 'current', 'password', 'repeat', 'code', 'short_name', 'welcome', 'agency', 'responsible', 'address', 'phone', 'footer_note', 'primary_color', 'visit_base',
];
const SHAPES: [string, (name: string) => string | string[]][] = [
  ['every field sent twice', (n) => [`${n} một`, `${n} hai`]],
  ['every field over the limits of short fields (1000 characters)', () => 'ữ'.repeat(1001)],
  ['every field in NFD with a control character', (n) => nfd(`Thử ${n}\u0007 ở Đà Nẵng`)],
];

/** A refusal in the back office is shown in the back office's frame, in Vietnamese. */
function problemOf(label: string, res: { statusCode: number; headers: Record<string, unknown>; body: string }): string | undefined {
  if (res.statusCode >= 500) return `${label}: ${res.statusCode}`;
  if (res.statusCode < 400) return undefined;
  if (String(res.headers['content-type']).startsWith('application/json')) {
    const error = (JSON.parse(res.body) as { error?: unknown }).error;
    return typeof error === 'string' && error.length > 0 ? undefined : `${label}: a JSON refusal without its message`;
  }
  return res.body.includes('<body class="admin">') ? undefined : `${label}: ${res.statusCode} outside the back office's frame`;
}

test('every POST of the back office, as an administrator, with forms no page makes: the page, or a refusal in the back office’s frame; never a 5xx', async () => {
  const problems: string[] = [];
  for (const route of BACKOFFICE_ROUTES.filter((r) => r.method === 'POST')) {
    const url = fillRoute(route.url, params);
    for (const [shape, value] of SHAPES) {
      const form = Object.fromEntries(FIELDS.map((n) => [n, value(n)]));
      const problem = problemOf(`POST ${url}, ${shape}`, await staffPost(t.app, admin, url, form));
      if (problem) problems.push(problem);
    }
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('every GET of the back office, as an administrator, with query strings no page makes: the page, or a refusal in the back office’s frame; never a 5xx', async () => {
  const queries = ['trang=2&trang=3', 'trang=99999999999999&q=' + encodeURIComponent('%_'.repeat(500)), 'trang-thai=x&chuyen-muc=-1&tac-gia=1e3&xong[a]=1&da-xoa=0', 'a=1&a=2&b=' + 'ữ'.repeat(3000), 'tim-bai=' + encodeURIComponent(nfd('Dân vận')) + '&ban-nhap=' + 'x'.repeat(300)];
  const problems: string[] = [];
  for (const route of BACKOFFICE_ROUTES.filter((r) => r.method === 'GET')) {
    const filled = fillRoute(route.url, params);
    for (const q of queries) {
      const url = `${filled.split('?')[0]}?${q}`;
      const problem = problemOf(`GET ${url.slice(0, 120)}`, await staffGet(t.app, admin, url));
      if (problem) problems.push(problem);
    }
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});
