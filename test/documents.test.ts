// Văn bản (issue 12, item 1): registering documents in the back office (a Văn thư may, a reporter
// may not), the số, ký hiệu checked (NFD, wrong dash, type mismatch, duplicate per issuer and year),
// files typed from their bytes and downloaded with their Vietnamese names, relations both ways,
// validity through relations and dates, the public list's filters, search, feed, site map.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PDFDocument } from 'pdf-lib';
import type { TestApp } from './helpers.js';
import { get, textOf } from './helpers.js';
import type { Sites, Staff, StaffSession } from './staff.js';
import { backofficeFixture, staffGet, staffPost } from './staff.js';

let t: TestApp;
let sites: Sites;

const s = {} as Record<keyof Staff, StaffSession>;
before(async () => {
  ({ t, sites } = await backofficeFixture('vb', s));
});
after(() => t.close());

const typeId = async (name: string) => String((await t.db.selectFrom('document_types').select('id').where('site_id', '=', sites.main).where('name', '=', name).executeTakeFirstOrThrow()).id);
const count = async () => Number((await t.db.selectFrom('documents').select((eb) => eb.fn.countAll().as('n')).where('site_id', '=', sites.main).executeTakeFirstOrThrow()).n);
const idFrom = (loc: unknown) => Number(/\/quan-tri\/van-ban\/(\d+)/.exec(String(loc))?.[1]);
let issuer = '';
let field = '';
const form = async (o: Record<string, string | string[]> = {}) => ({
  type: await typeId('Quyết định'),
  number: '123/QĐ-UBND',
  issuer,
  signer_name: 'Nguyễn Văn Bình',
  signer_position: 'Chủ tịch',
  issued_on: '05/01/2024',
  effective_on: '05/01/2024',
  expires_on: '',
  summary: 'Về việc ban hành quy chế tiếp công dân',
  body: '',
  publish: '1',
  ...o,
});

function multipart(fields: Record<string, string>, file: { name: string; data: Buffer; type: string }) {
  const boundary = '----loa' + Date.now();
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.data, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
async function upload(docId: number, name: string, data: Buffer, title = '') {
  const m = multipart({ _csrf: s.clerk.csrf, title }, { name, data, type: 'application/octet-stream' });
  return t.app.inject({ method: 'POST', url: `/quan-tri/van-ban/${docId}/tep`, headers: { host: 'localhost', cookie: s.clerk.cookie, ...m.headers }, payload: m.payload });
}
async function pdf(): Promise<Buffer> {
  const d = await PDFDocument.create();
  d.addPage().drawText('Quyet dinh so 123/QD-UBND');
  return Buffer.from(await d.save());
}

describe('Văn bản', () => {
  let a: number;
  let b: number;

  test('a reporter may not open the registry; a Văn thư adds an issuer and a nested field', async () => {
    assert.equal((await staffGet(t.app, s.reporter, '/quan-tri/van-ban')).statusCode, 403);
    assert.equal((await staffGet(t.app, s.clerk, '/quan-tri/van-ban')).statusCode, 200);
    const r = await staffPost(t.app, s.clerk, '/quan-tri/van-ban/danh-muc/co-quan', { name: 'Ủy ban nhân dân thành phố', abbreviation: 'UBND', parent: '' });
    assert.equal(r.statusCode, 303, r.body.slice(0, 300));
    issuer = String((await t.db.selectFrom('document_issuers').select('id').where('site_id', '=', sites.main).where('abbreviation', '=', 'UBND').executeTakeFirstOrThrow()).id);
    await staffPost(t.app, s.clerk, '/quan-tri/van-ban/danh-muc/linh-vuc', { name: 'Hành chính', abbreviation: '', parent: '' });
    const parent = await t.db.selectFrom('document_fields').select('id').where('site_id', '=', sites.main).where('slug', '=', 'hanh-chinh').executeTakeFirstOrThrow();
    await staffPost(t.app, s.clerk, '/quan-tri/van-ban/danh-muc/linh-vuc', { name: 'Tiếp công dân', abbreviation: '', parent: String(parent.id) });
    field = String((await t.db.selectFrom('document_fields').select('id').where('slug', '=', 'tiep-cong-dan').executeTakeFirstOrThrow()).id);
  });

  test('a clerk registers a document typed in NFD: stored NFC, public at /van-ban/…', async () => {
    const r = await staffPost(t.app, s.clerk, '/quan-tri/van-ban/moi', await form({ number: '123/QĐ-UBND'.normalize('NFD'), summary: 'Về việc ban hành quy chế tiếp công dân'.normalize('NFD'), fields: [field] }));
    assert.equal(r.statusCode, 303, r.body.slice(0, 500));
    a = idFrom(r.headers.location);
    const row = await t.db.selectFrom('documents').selectAll().where('id', '=', a).executeTakeFirstOrThrow();
    assert.equal(row.number_text, '123/QĐ-UBND');
    assert.equal(row.summary, 'Về việc ban hành quy chế tiếp công dân'.normalize('NFC'));
    const page = await get(t.app, `/van-ban/${row.slug}`);
    assert.equal(page.statusCode, 200);
    assert.match(textOf(page.body), /Quyết định số 123\/QĐ-UBND/);
    assert.match(page.body, /"@type":"Legislation"/);
    assert.match(page.body, /name="DC.creator" content="Ủy ban nhân dân thành phố"/);
    assert.match(textOf(page.body), /Còn hiệu lực/);
  });

  test('bad input: the wrong dash, a number of another type, a duplicate, empty and oversized fields — a message beside each, nothing stored', async () => {
    const before = await count();
    const dash = await staffPost(t.app, s.clerk, '/quan-tri/van-ban/moi', await form({ number: '124–QĐ-UBND' }));
    assert.equal(dash.statusCode, 400);
    assert.match(textOf(dash.body), /không đúng dạng/);
    const type = await staffPost(t.app, s.clerk, '/quan-tri/van-ban/moi', await form({ number: '125/QĐ-UBND', type: await typeId('Kế hoạch') }));
    assert.equal(type.statusCode, 400);
    assert.match(textOf(type.body), /Loại văn bản là Kế hoạch \(ký hiệu KH\)/);
    const issuerWrong = await staffPost(t.app, s.clerk, '/quan-tri/van-ban/moi', await form({ number: '126/QĐ-HĐND' }));
    assert.match(textOf(issuerWrong.body), /Cơ quan ban hành viết tắt là UBND/);
    const dup = await staffPost(t.app, s.clerk, '/quan-tri/van-ban/moi', await form({ number: '123/qđ-ubnd' }));
    assert.equal(dup.statusCode, 409);
    assert.match(textOf(dup.body), /đã được đăng ký/);
    const empty = await staffPost(t.app, s.clerk, '/quan-tri/van-ban/moi', { type: '', number: '', issuer: '', issued_on: '', summary: '' });
    assert.equal(empty.statusCode, 400);
    for (const m of [/Chọn loại văn bản/, /Chưa nhập số, ký hiệu/, /Chọn cơ quan ban hành/, /Ngày ban hành: chưa nhập/, /Trích yếu: chưa nhập/]) assert.match(textOf(empty.body), m);
    const big = await staffPost(t.app, s.clerk, '/quan-tri/van-ban/moi', await form({ number: '127/QĐ-UBND', summary: 'x'.repeat(1001) }));
    assert.equal(big.statusCode, 400);
    assert.match(textOf(big.body), /dài quá 1000 ký tự/);
    const badDate = await staffPost(t.app, s.clerk, '/quan-tri/van-ban/moi', await form({ number: '128/QĐ-UBND', issued_on: '31/02/2024' }));
    assert.match(textOf(badDate.body), /không phải một ngày hợp lệ/);
    assert.equal(await count(), before);
    // The same number another year is another document.
    const next = await staffPost(t.app, s.clerk, '/quan-tri/van-ban/moi', await form({ issued_on: '05/01/2023', effective_on: '' }));
    assert.equal(next.statusCode, 303);
  });

  test('files: a PDF with a Vietnamese name downloads with its type, name and nosniff; a file lying about its type is refused', async () => {
    const r = await upload(a, 'Quyết định số 123.pdf', await pdf(), 'Toàn văn quyết định');
    assert.equal(r.statusCode, 303, r.body.slice(0, 400));
    const f = await t.db.selectFrom('document_files').selectAll().where('document_id', '=', a).executeTakeFirstOrThrow();
    const doc = await t.db.selectFrom('documents').select('slug').where('id', '=', a).executeTakeFirstOrThrow();
    const dl = await get(t.app, `/van-ban/${doc.slug}/tep/${f.id}`);
    assert.equal(dl.statusCode, 200);
    assert.equal(dl.headers['content-type'], 'application/pdf');
    assert.equal(dl.headers['x-content-type-options'], 'nosniff');
    assert.equal(dl.headers['content-disposition'], `attachment; filename="Quyet dinh so 123.pdf"; filename*=UTF-8''${encodeURIComponent('Quyết định số 123.pdf')}`);
    assert.match((await get(t.app, `/van-ban/${doc.slug}`)).body, /Toàn văn quyết định/);
    const html = await upload(a, 'gia.pdf', Buffer.from('<html><script>alert(1)</script></html>'));
    assert.equal(html.statusCode, 415);
    assert.match(textOf(html.body), /Chỉ nhận tệp PDF, DOC, DOCX/);
    const renamed = await upload(a, 'bao-cao.docx', await pdf());
    assert.equal(renamed.statusCode, 415);
    assert.match(textOf(renamed.body), /đuôi .docx nhưng nội dung là tệp PDF/);
    assert.equal((await t.db.selectFrom('document_files').select('id').where('document_id', '=', a).execute()).length, 1);
  });

  test('relations both ways: a published replacement makes the old one "Hết hiệu lực" with a link, nobody editing it', async () => {
    const r = await staffPost(t.app, s.editor, '/quan-tri/van-ban/moi', await form({ number: '200/QĐ-UBND', issued_on: '01/03/2024', effective_on: '01/03/2024', summary: 'Về việc ban hành quy chế tiếp công dân (thay thế)' }));
    b = idFrom(r.headers.location);
    const rel = await staffPost(t.app, s.clerk, `/quan-tri/van-ban/${b}/lien-quan`, { relation: 'replaces', target: '123/QĐ-UBND' });
    assert.equal(rel.statusCode, 303, rel.body.slice(0, 300));
    const [da, db] = await Promise.all([a, b].map((id) => t.db.selectFrom('documents').select('slug').where('id', '=', id).executeTakeFirstOrThrow()));
    const old = textOf((await get(t.app, `/van-ban/${da!.slug}`)).body);
    assert.match(old, /Hết hiệu lực — được thay thế bởi 200\/QĐ-UBND/);
    assert.match(old, /Bị thay thế bởi: 200\/QĐ-UBND/);
    assert.match(textOf((await get(t.app, `/van-ban/${db!.slug}`)).body), /Thay thế: 123\/QĐ-UBND/);
    const unknown = await staffPost(t.app, s.clerk, `/quan-tri/van-ban/${b}/lien-quan`, { relation: 'amends', target: '999/QĐ-UBND' });
    assert.equal(unknown.statusCode, 400);
    assert.match(textOf(unknown.body), /Không có văn bản số 999\/QĐ-UBND/);
  });

  test('validity by dates and the public list filters', async () => {
    await staffPost(t.app, s.clerk, '/quan-tri/van-ban/moi', await form({ type: await typeId('Kế hoạch'), number: '15/KH-UBND', issued_on: '10/02/2024', effective_on: '01/01/2099', signer_name: 'Trần Thị Hoa', summary: 'Kế hoạch phát triển giáo dục' }));
    await staffPost(t.app, s.clerk, '/quan-tri/van-ban/moi', await form({ type: await typeId('Thông báo'), number: '16/TB-UBND', issued_on: '11/02/2024', effective_on: '11/02/2024', expires_on: '12/02/2024', summary: 'Thông báo lịch nghỉ' }));
    const list = async (q: string) => textOf((await get(t.app, `/van-ban?${q}`)).body);
    assert.match(await list('hieu-luc=chua-co-hieu-luc'), /15\/KH-UBND/);
    assert.doesNotMatch(await list('hieu-luc=chua-co-hieu-luc'), /16\/TB-UBND/);
    const expired = await list('hieu-luc=het-hieu-luc');
    assert.match(expired, /16\/TB-UBND/);
    assert.match(expired, /123\/QĐ-UBND/);
    assert.doesNotMatch(expired, /Quyết định số 200\/QĐ-UBND/);
    assert.match(await list('hieu-luc=con-hieu-luc'), /200\/QĐ-UBND/);
    assert.match(await list(`loai=${await typeId('Kế hoạch')}`), /1 văn bản/);
    assert.match(await list(`co-quan=${issuer}&nam=2023`), /1 văn bản/);
    assert.match(await list('q=ke+hoach+giao+duc'), /15\/KH-UBND/);
    assert.match(await list('nguoi-ky=tran+thi+hoa'), /1 văn bản/);
    assert.match(await list('so=15%2FKH'), /15\/KH-UBND/);
    assert.match(await list('so=200'), /1 văn bản/);
    assert.match(await list('linh-vuc=hanh-chinh'), /123\/QĐ-UBND/);
    assert.match(await list('linh-vuc=hanh-chinh'), /1 văn bản/);
    const sorted = await list(`co-quan=${issuer}&sap-xep=so-tang&nam=2024`);
    assert.ok(sorted.indexOf('15/KH-UBND') < sorted.indexOf('123/QĐ-UBND') && sorted.indexOf('123/QĐ-UBND') < sorted.indexOf('200/QĐ-UBND'));
    assert.match(await list('loai=999999'), /Loại văn bản đã chọn không có/);
  });

  test('search finds a document typed without accents; feed, site maps, home page and the API list it', async () => {
    const hit = await get(t.app, '/tim-kiem?q=quy+che+tiep+cong+dan+thay+the');
    assert.ok(hit.body.includes('href="/van-ban/'), 'a document is a hit');
    const rss = await get(t.app, '/van-ban/rss.xml');
    assert.equal(rss.statusCode, 200);
    assert.match(rss.body, /200\/QĐ-UBND/);
    const map = await get(t.app, '/sitemap.xml');
    assert.match(map.body, /\/van-ban\/quyet-dinh-200-qd-ubnd-2024/);
    assert.match((await get(t.app, '/so-do-cong')).body, /href="\/van-ban"/);
    assert.match(textOf((await get(t.app, '/')).body), /Văn bản mới/);
    const api = JSON.parse((await get(t.app, '/api/v1/documents?q=ke+hoach')).body) as { items: { number: string; validity: string }[] };
    assert.deepEqual(api.items.map((i) => [i.number, i.validity]), [['15/KH-UBND', 'Chưa có hiệu lực']]);
  });
});
