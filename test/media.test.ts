// Part 3, media: uploads judged by their content (JPEG, PNG, WebP, GIF, PDF; every lie refused),
// size limits, required alt text, EXIF (GPS) stripped, WebP widths and AVIF where it pays, the same
// file twice, the library's accent-insensitive search and pages, the JSON API for the editor,
// editing alt/caption, other sites' ids, the guard (anonymous, no role, CSRF), the audit log, and
// the headers the stored files are served with. In-process, on SQLite and PostgreSQL.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { TestApp } from './helpers.js';
import { textOf } from './helpers.js';
import type { Sites, Staff, StaffSession } from './staff.js';
import { backofficeFixture, contentVersion, sessionFor, staffGet, staffPost } from './staff.js';
import { PATHS } from '../src/backoffice/paths.js';
import { msg } from '../src/messages/index.js';
import type { MediaRow } from '../src/db/schema.js';
import { IMAGE_MAX_BYTES, PDF_MAX_BYTES } from '../src/media/detect.js';
import { ALT_MAX } from '../src/media/fields.js';
import { searchWords } from '../src/media/service.js';
import { variantWidths } from '../src/media/images.js';

const WARD = 'bacson.localhost';
let t: TestApp;
let sites: Sites;
let staff: Staff;
const s = {} as Record<keyof Staff, StaffSession>;

before(async () => {
  ({ t, sites, staff } = await backofficeFixture('media', s));
});
after(() => t.close());

// ---- Test files ----------------------------------------------------------------------------

/** A landscape "photo" (a gradient with shapes and text), as JPEG, with EXIF that carries a GPS position. */
async function photo(width = 2000, height = 1300, label = 'Ảnh thử'): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#2a6f97"/><stop offset="1" stop-color="#2b2b2b"/></linearGradient></defs><rect width="${width}" height="${height}" fill="url(#g)"/><circle cx="${width * 0.75}" cy="${height * 0.25}" r="${height / 6}" fill="#fff" fill-opacity="0.2"/><text x="40" y="${height - 60}" font-size="${Math.round(height / 16)}" fill="#fff">${label}</text></svg>`;
  return sharp(Buffer.from(svg))
    .jpeg({ quality: 85 })
    .withExif({ IFD0: { Make: 'Máy ảnh thử', Model: 'T1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '20/1 9/1 3000/100', GPSLongitudeRef: 'E', GPSLongitude: '105/1 55/1 0/1' } })
    .toBuffer();
}

const flatPng = (color = '#336699', w = 300, h = 200) => sharp({ create: { width: w, height: h, channels: 3, background: color } }).png().toBuffer();

/** A minimal valid PDF (one empty page), with correct cross-reference offsets. */
function minimalPdf(title = 'Thử'): Buffer {
  const objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Title (${title.replace(/[^\x20-\x7e]/g, '')}) >>`];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((n) => `${String(n).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

async function animatedGif(): Promise<Buffer> {
  const frame = (c: string) => sharp({ create: { width: 120, height: 80, channels: 3, background: c } }).png().toBuffer();
  return sharp([await frame('#cc0000'), await frame('#0000cc'), await frame('#00aa00')], { join: { animated: true } })
    .gif({ delay: [200, 200, 200], loop: 0 })
    .toBuffer();
}

// ---- Requests ------------------------------------------------------------------------------

interface FileSpec {
  data: Buffer;
  name: string;
  /** What the browser declares (never believed). */
  type?: string;
}

interface UploadOpts {
  host?: string;
  /** Accept: application/json (the editor's fetch). */
  json?: boolean;
  url?: string;
  /** The _csrf field: the session's unless given; null leaves it out. */
  csrf?: string | null;
  /** Send the token as the x-csrf-token header instead of a field. */
  csrfHeader?: boolean;
  files?: FileSpec[];
}

async function multipart(fields: Record<string, string>, files: FileSpec[]) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  for (const f of files) fd.append('file', new Blob([new Uint8Array(f.data)], { type: f.type ?? 'application/octet-stream' }), f.name);
  const r = new Request('http://localhost/', { method: 'POST', body: fd });
  return { payload: Buffer.from(await r.arrayBuffer()), contentType: r.headers.get('content-type')! };
}

async function upload(who: StaffSession | undefined, file: FileSpec | null, fields: Record<string, string> = {}, o: UploadOpts = {}) {
  const form: Record<string, string> = { ...fields };
  const token = o.csrf === undefined ? who?.csrf : o.csrf;
  if (token !== null && token !== undefined && !o.csrfHeader) form._csrf = token;
  const { payload, contentType } = await multipart(form, o.files ?? (file ? [file] : []));
  return t.app.inject({
    method: 'POST',
    url: o.url ?? PATHS.media,
    headers: {
      host: o.host ?? 'localhost',
      'user-agent': 'Mozilla/5.0 (test)',
      'content-type': contentType,
      ...(who ? { cookie: who.cookie } : {}),
      ...(o.json ? { accept: 'application/json' } : {}),
      ...(o.csrfHeader && token ? { 'x-csrf-token': token } : {}),
    },
    payload,
  });
}

const mediaCount = async (siteId = sites.main) => Number((await t.db.selectFrom('media').select((eb) => eb.fn.countAll().as('n')).where('site_id', '=', siteId).executeTakeFirstOrThrow()).n);

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}
const storedFiles = () => filesUnder(t.rt.storage.root).length;
const readStored = (key: string) => t.rt.storage.read(key);

const rowOf = (id: number) => t.db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const idFromLocation = (loc: unknown) => Number(String(loc).match(/\/quan-tri\/thu-vien\/(\d+)\?/)?.[1]);

/** Uploads through the JSON API and returns the stored row (asserting success). */
async function uploadOk(file: FileSpec, fields: Record<string, string> = {}, who = s.editor, host?: string): Promise<MediaRow> {
  const res = await upload(who, file, fields, { json: true, host });
  assert.ok(res.statusCode === 201 || res.statusCode === 200, `upload of ${file.name}: ${res.statusCode} ${res.body}`);
  const body = res.json() as { item: { id: number } };
  return rowOf(body.item.id);
}

/** A refused upload changes nothing: no row, no file. */
async function assertRefused(res: Awaited<ReturnType<typeof upload>>, status: number, message: string, before: { rows: number; files: number }, label: string) {
  assert.equal(res.statusCode, status, `${label}: status (${res.body.slice(0, 300)})`);
  const text = res.headers['content-type']?.toString().startsWith('application/json') ? (res.json() as { error: string }).error : textOf(res.body);
  assert.ok(text.includes(message), `${label}: the message "${message}" is shown, got: ${text.slice(0, 400)}`);
  assert.equal(await mediaCount(), before.rows, `${label}: no media row is stored`);
  assert.equal(storedFiles(), before.files, `${label}: no file is written`);
}
const snapshot = async () => ({ rows: await mediaCount(), files: storedFiles() });

// ---- Tests ---------------------------------------------------------------------------------

describe('accepted uploads', () => {
  test('a JPEG photo: WebP widths up to 1600, AVIF where it pays, EXIF with GPS removed, audited', async () => {
    const data = await photo();
    assert.ok((await sharp(data).metadata()).exif, 'the test photo does carry EXIF (with GPS)');
    const before = await snapshot();
    const res = await upload(s.editor, { data, name: 'anh-le-hoi.jpg', type: 'image/jpeg' }, { alt: 'Lễ hội đền Quán Cháo', caption: 'Ảnh: Văn phòng' });
    assert.equal(res.statusCode, 303, `the form upload redirects to the item (${res.body.slice(0, 200)})`);
    const id = idFromLocation(res.headers.location);
    assert.ok(id > 0, `redirect names the new item: ${res.headers.location}`);
    const row = await rowOf(id);
    assert.equal(row.site_id, sites.main, 'stored on the request site');
    assert.equal(row.kind, 'image');
    assert.equal(row.mime, 'image/webp');
    assert.deepEqual([row.width, row.height], [2000, 1300], 'the original size is recorded');
    assert.equal(row.variants, '480,960,1600', 'WebP at the standard widths, none wider than 1600');
    assert.equal(row.avif_variants, '480,960,1600', 'AVIF kept: it is smaller than the WebP for a photo');
    assert.equal(row.original_name, 'anh-le-hoi.jpg');
    assert.equal(row.created_by, staff.editor);
    assert.match(row.sha256, /^[0-9a-f]{64}$/, 'sha256 recorded');
    assert.equal(await mediaCount(), before.rows + 1, 'one row added');
    assert.equal(storedFiles(), before.files + 6, 'three WebP and three AVIF files written');
    let webpTotal = 0;
    let avifTotal = 0;
    for (const w of [480, 960, 1600]) {
      const webp = await readStored(`${row.storage_key}-${w}.webp`);
      const avif = await readStored(`${row.storage_key}-${w}.avif`);
      webpTotal += webp.length;
      avifTotal += avif.length;
      const m = await sharp(webp).metadata();
      assert.equal(m.format, 'webp', `${w}: WebP`);
      assert.equal(m.width, w, `${w}: the variant is ${w} px wide`);
      assert.equal(m.exif, undefined, `${w}: no EXIF (no GPS position) in the WebP`);
      assert.equal(m.xmp, undefined, `${w}: no XMP`);
      const a = await sharp(avif).metadata();
      assert.equal(a.format, 'heif', `${w}: AVIF`);
      assert.equal(a.exif, undefined, `${w}: no EXIF in the AVIF`);
    }
    assert.ok(avifTotal < webpTotal, `AVIF (${avifTotal}) is kept only because it is smaller than WebP (${webpTotal})`);
    assert.equal(row.bytes, webpTotal + avifTotal, 'bytes = what is stored');
    const entry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'media.upload').where('subject_id', '=', id).executeTakeFirst();
    assert.ok(entry, 'the upload is in the audit log');
    assert.equal(entry.user_id, staff.editor, 'audited with who uploaded');
    assert.equal(entry.site_id, sites.main, 'audited on the site');
    assert.equal(entry.subject_type, 'media');
    // The item page shows the image with srcset (and the AVIF source) and the markup to copy.
    const page = await staffGet(t.app, s.editor, String(res.headers.location));
    assert.equal(page.statusCode, 200, 'the item page opens');
    assert.ok(textOf(page.body).includes(msg.media.uploaded), 'the item page confirms the upload');
    assert.ok(page.body.includes(`srcset="/media/${row.storage_key}-480.webp 480w, /media/${row.storage_key}-960.webp 960w, /media/${row.storage_key}-1600.webp 1600w"`), 'the preview has the WebP srcset');
    assert.ok(page.body.includes(`type="image/avif"`) && page.body.includes(`/media/${row.storage_key}-1600.avif 1600w`), 'the preview offers the AVIF source');
    assert.ok(textOf(page.body).includes(`<figure><img src="/media/${row.storage_key}-960.webp" srcset=`), 'the markup to copy is shown as text');
    assert.ok(!page.body.includes('<figure><img src="/media/'), 'the markup is escaped, not rendered');
  });

  test('a small flat PNG: one WebP at its own width, no enlargement, AVIF not kept because it does not pay', async () => {
    const before = await snapshot();
    const row = await uploadOk({ data: await flatPng(), name: 'nen.png', type: 'image/png' }, { alt: 'Nền xanh' });
    assert.equal(row.variants, '300', 'one variant, as wide as the original (never enlarged)');
    assert.equal(row.avif_variants, '', 'AVIF is not recorded when it is not smaller than WebP');
    assert.equal(storedFiles(), before.files + 1, 'only the WebP is written');
    assert.equal((await sharp(await readStored(`${row.storage_key}-300.webp`)).metadata()).width, 300);
    assert.deepEqual(variantWidths(1000), [480, 960, 1000], 'widths below the original plus the original');
    assert.deepEqual(variantWidths(5000), [480, 960, 1600], 'capped at 1600');
  });

  test('WebP and (static) GIF images are accepted and turned into WebP', async () => {
    const webp = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#884400' } }).webp().toBuffer();
    const w = await uploadOk({ data: webp, name: 'a.webp', type: 'image/webp' }, { alt: 'Ảnh WebP' });
    assert.equal(w.variants, '480,640');
    const gif = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#008844' } }).gif().toBuffer();
    const g = await uploadOk({ data: gif, name: 'a.gif', type: 'image/gif' }, { alt: 'Ảnh GIF' });
    assert.equal(g.variants, '200');
    assert.equal((await sharp(await readStored(`${g.storage_key}-200.webp`)).metadata()).format, 'webp');
  });

  test('an animated GIF keeps moving (animated WebP, every frame)', async () => {
    const row = await uploadOk({ data: await animatedGif(), name: 'dong.gif', type: 'image/gif' }, { alt: 'Ảnh động' });
    assert.deepEqual([row.width, row.height], [120, 80], 'the size of one frame');
    const m = await sharp(await readStored(`${row.storage_key}-120.webp`), { animated: true }).metadata();
    assert.equal(m.format, 'webp');
    assert.equal(m.pages, 3, 'all three frames are kept');
    assert.equal(row.avif_variants, '', 'no AVIF for animations');
  });

  test('a photo taken sideways is stored upright (EXIF orientation applied, then dropped)', async () => {
    const sideways = await sharp({ create: { width: 400, height: 200, channels: 3, background: '#aa2222' } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const row = await uploadOk({ data: sideways, name: 'doc.jpg' }, { alt: 'Ảnh dọc' });
    assert.deepEqual([row.width, row.height], [200, 400], 'upright size recorded');
    const m = await sharp(await readStored(`${row.storage_key}-200.webp`)).metadata();
    assert.deepEqual([m.width, m.height, m.orientation], [200, 400, undefined], 'the stored image is upright, without an orientation tag');
  });

  test('a PDF is stored as is, without alt text, and served as application/pdf', async () => {
    const pdf = minimalPdf();
    const before = await snapshot();
    const res = await upload(s.reporter, { data: pdf, name: 'Kế hoạch số 12.pdf', type: 'application/pdf' }, {}, { json: true });
    assert.equal(res.statusCode, 201, `a reporter may upload a PDF (${res.body})`);
    const item = (res.json() as { item: { id: number; kind: string; url: string; mime: string; srcset: string } }).item;
    assert.equal(item.kind, 'file');
    assert.equal(item.mime, 'application/pdf');
    assert.equal(item.srcset, '');
    assert.match(item.url, /^\/media\/\d+\/\d{4}\/\d{2}\/\d{2}\/[0-9a-f]{16}\.pdf$/, 'an unguessable, immutable address');
    assert.equal(storedFiles(), before.files + 1);
    const row = await rowOf(item.id);
    assert.equal(row.bytes, pdf.length);
    assert.deepEqual(await readStored(`${row.storage_key}.pdf`), pdf, 'the PDF is stored byte for byte');
    const served = await t.app.inject({ method: 'GET', url: item.url, headers: { host: 'localhost' } });
    assert.equal(served.statusCode, 200);
    assert.match(String(served.headers['content-type']), /^application\/pdf/, 'served with its own type, never as HTML');
    assert.equal(served.headers['x-content-type-options'], 'nosniff');
    assert.match(String(served.headers['cache-control']), /max-age=31536000/);
    assert.match(String(served.headers['cache-control']), /immutable/);
  });

  test('stored images are served with a long, immutable cache lifetime, their type and nosniff', async () => {
    const row = await uploadOk({ data: await flatPng('#123456', 500, 300), name: 'x.png' }, { alt: 'Ảnh phục vụ' });
    const res = await t.app.inject({ method: 'GET', url: `/media/${row.storage_key}-480.webp`, headers: { host: 'localhost' } });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'image/webp');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.match(String(res.headers['cache-control']), /public, max-age=31536000, immutable/);
    const photoRow = await uploadOk({ data: await photo(700, 500, 'AVIF'), name: 'avif.jpg' }, { alt: 'Ảnh có AVIF' });
    assert.equal(photoRow.avif_variants, '480,700', 'AVIF stored for this photo');
    const avif = await t.app.inject({ method: 'GET', url: `/media/${photoRow.storage_key}-700.avif`, headers: { host: 'localhost' } });
    assert.equal(avif.statusCode, 200);
    assert.equal(avif.headers['content-type'], 'image/avif', 'AVIF is served with its type');
    assert.match(String(avif.headers['cache-control']), /immutable/);
  });
});

describe('uploads that lie about their type, or are too large', () => {
  const lies: [string, () => Promise<FileSpec>][] = [
    ['an SVG with a script', async () => ({ data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>'), name: 'logo.svg', type: 'image/svg+xml' })],
    ['an SVG named .jpg', async () => ({ data: Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), name: 'anh.jpg', type: 'image/jpeg' })],
    ['an HTML page named .jpg', async () => ({ data: Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'), name: 'anh.jpg', type: 'image/jpeg' })],
    ['a PHP script named .png', async () => ({ data: Buffer.from('<?php system($_GET["c"]); ?>'), name: 'shell.png', type: 'image/png' })],
    ['plain text named .pdf', async () => ({ data: Buffer.from('Đây không phải tệp PDF.\n'), name: 'van-ban.pdf', type: 'application/pdf' })],
    ['a ZIP archive named .pdf', async () => ({ data: Buffer.from('504b0304140000000800000000000000000000000000000000000000', 'hex'), name: 'x.pdf', type: 'application/pdf' })],
  ];
  for (const [label, make] of lies) {
    test(`${label} is refused (415), nothing stored`, async () => {
      const before = await snapshot();
      const res = await upload(s.editor, await make(), { alt: 'Ảnh' });
      await assertRefused(res, 415, msg.media.unsupported, before, label);
      assert.ok(!res.body.includes('<script>alert'), `${label}: nothing of the file is echoed`);
      const json = await upload(s.editor, await make(), { alt: 'Ảnh' }, { json: true });
      await assertRefused(json, 415, msg.media.unsupported, before, `${label} (JSON)`);
    });
  }

  test('a corrupt (cut-off) JPEG is refused with a clear message, nothing stored', async () => {
    const full = await photo(800, 600);
    const before = await snapshot();
    const cut = full.subarray(0, Math.floor(full.length * 0.4));
    await assertRefused(await upload(s.editor, { data: cut, name: 'hong.jpg' }, { alt: 'Ảnh hỏng' }), 400, msg.media.unreadableImage, before, 'a truncated JPEG');
    const garbage = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('not really a jpeg at all'.repeat(20))]);
    await assertRefused(await upload(s.editor, { data: garbage, name: 'rac.jpg' }, { alt: 'Ảnh rác' }, { json: true }), 400, msg.media.unreadableImage, before, 'a JPEG header and garbage');
  });

  test('a PDF cut off before its end is refused', async () => {
    const before = await snapshot();
    const pdf = minimalPdf();
    await assertRefused(await upload(s.editor, { data: pdf.subarray(0, pdf.length - 20), name: 'cut.pdf' }, {}), 400, msg.media.unreadablePdf, before, 'a cut-off PDF');
  });

  test('an image over 10 MB and a file over 20 MB are refused with 413 and a clear message', async () => {
    const before = await snapshot();
    const bigJpeg = Buffer.concat([(await flatPng()).subarray(0, 0), Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(IMAGE_MAX_BYTES)]);
    await assertRefused(await upload(s.editor, { data: bigJpeg, name: 'lon.jpg' }, { alt: 'Ảnh lớn' }), 413, msg.media.imageTooLarge, before, 'an image over 10 MB');
    await assertRefused(await upload(s.editor, { data: bigJpeg, name: 'lon.jpg' }, { alt: 'Ảnh lớn' }, { json: true }), 413, msg.media.imageTooLarge, before, 'an image over 10 MB (JSON)');
    const bigPdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(PDF_MAX_BYTES), Buffer.from('\n%%EOF\n')]);
    await assertRefused(await upload(s.editor, { data: bigPdf, name: 'lon.pdf' }, {}), 413, msg.media.tooLarge, before, 'a PDF over 20 MB');
  });

  test('two files at once, or a malformed multipart body: a clear 4xx, never a 500', async () => {
    const before = await snapshot();
    const png = await flatPng('#777777');
    const two = await upload(s.editor, null, { alt: 'Hai ảnh' }, { files: [{ data: png, name: 'a.png' }, { data: png, name: 'b.png' }] });
    await assertRefused(two, 413, msg.media.oneFile, before, 'two files');
    const broken = await t.app.inject({
      method: 'POST',
      url: PATHS.media,
      headers: { host: 'localhost', cookie: s.editor.cookie, 'content-type': 'multipart/form-data; boundary=----x' },
      payload: '------x\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n' + s.editor.csrf + '\r\n------x\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nabc',
    });
    assert.ok(broken.statusCode >= 400 && broken.statusCode < 500, `a cut-off multipart body: ${broken.statusCode}`);
    const noBoundary = await t.app.inject({ method: 'POST', url: PATHS.media, headers: { host: 'localhost', cookie: s.editor.cookie, 'content-type': 'multipart/form-data' }, payload: 'x' });
    assert.ok(noBoundary.statusCode >= 400 && noBoundary.statusCode < 500, `multipart without a boundary: ${noBoundary.statusCode}`);
    const text = await t.app.inject({ method: 'POST', url: PATHS.media, headers: { host: 'localhost', cookie: s.editor.cookie, 'content-type': 'text/plain', 'x-csrf-token': s.editor.csrf }, payload: 'x' });
    assert.ok(text.statusCode >= 400 && text.statusCode < 500, `a text/plain body: ${text.statusCode}`);
    assert.equal(await mediaCount(), before.rows, 'nothing stored');
  });

  test('no file chosen: 400 with a message', async () => {
    const before = await snapshot();
    await assertRefused(await upload(s.editor, null, { alt: 'Không có tệp' }), 400, msg.media.noFile, before, 'no file');
    await assertRefused(await staffPost(t.app, s.editor, PATHS.media, { alt: 'x' }), 400, msg.media.noFile, before, 'a urlencoded form');
  });
});

describe('alt text and caption', () => {
  test('alt text is required for images: the form comes back with the message beside the field', async () => {
    const before = await snapshot();
    const res = await upload(s.editor, { data: await flatPng('#101010'), name: 'khong-alt.png' }, { alt: '   ', caption: 'Giữ lại chú thích' });
    await assertRefused(res, 400, msg.media.altRequired, before, 'missing alt');
    assert.match(res.body, /id="van-ban-thay-the-loi"[^>]*>Văn bản thay thế: bắt buộc với ảnh\.</, 'the message is next to the alt field');
    assert.match(res.body, /aria-invalid="true"/, 'the field is marked invalid');
    assert.ok(res.body.includes('value="Giữ lại chú thích"'), 'what was typed is kept');
    const json = await upload(s.editor, { data: await flatPng('#101010'), name: 'khong-alt.png' }, {}, { json: true });
    await assertRefused(json, 400, msg.media.altRequired, before, 'missing alt (JSON)');
    assert.equal((json.json() as { field: string }).field, 'alt', 'the JSON names the field');
  });

  test('over-long alt text or caption is refused, never cut', async () => {
    const before = await snapshot();
    const longAlt = 'ả'.repeat(ALT_MAX + 1);
    await assertRefused(await upload(s.editor, { data: await flatPng('#202020'), name: 'a.png' }, { alt: longAlt }), 400, msg.tooLong(msg.media.alt, ALT_MAX), before, 'alt over the limit');
    await assertRefused(await upload(s.editor, { data: await flatPng('#202020'), name: 'a.png' }, { alt: 'Ảnh', caption: 'c'.repeat(501) }, { json: true }), 400, msg.tooLong(msg.media.caption, 500), before, 'caption over the limit');
    // Far over the parser's field size too: still a clear refusal.
    await assertRefused(await upload(s.editor, { data: await flatPng('#202020'), name: 'a.png' }, { alt: 'x'.repeat(50_000) }), 400, msg.tooLong(msg.media.alt, ALT_MAX), before, 'alt of 50 000 characters');
  });

  test('NFD text is stored NFC; HTML and script in alt, caption and file name are stored as text and shown escaped', async () => {
    const altNfd = 'Ảnh Tam Điệp <script>alert("alt")</script>'.normalize('NFD');
    const captionNfd = 'Chú thích "đẹp" <img src=x onerror=alert(2)>'.normalize('NFD');
    const name = '<b>tên<b><img src=y onerror=alert(3)>.png'; // (a browser sends " as %22)
    const row = await uploadOk({ data: await flatPng('#303030'), name }, { alt: altNfd, caption: captionNfd });
    assert.equal(row.alt, altNfd.normalize('NFC'), 'alt stored NFC');
    assert.ok(row.alt.includes('<script>'), 'stored as the text typed');
    assert.equal(row.caption, captionNfd.normalize('NFC'), 'caption stored NFC');
    assert.equal(row.original_name, name.normalize('NFC'));
    for (const url of [PATHS.media, PATHS.mediaItem(row.id)]) {
      const page = await staffGet(t.app, s.editor, url);
      assert.equal(page.statusCode, 200, url);
      assert.ok(!page.body.includes('<script>alert'), `${url}: no script from the input reaches the page`);
      assert.ok(!page.body.includes('<img src=x') && !page.body.includes('<img src=y'), `${url}: no markup from the input reaches the page`);
      assert.ok(!page.body.includes('<b>tên'), `${url}: the file name is escaped`);
      assert.ok(textOf(page.body).includes('Ảnh Tam Điệp <script>alert("alt")</script>'), `${url}: the alt text is shown as text`);
    }
    const api = await staffGet(t.app, s.editor, `${PATHS.mediaJson}?q=tam+diep+script`);
    const item = (api.json() as { items: { id: number; alt: string }[] }).items.find((i) => i.id === row.id);
    assert.ok(item, 'found through the JSON API');
    assert.equal(item.alt, row.alt, 'the JSON carries the text (the editor escapes it)');
  });
});

describe('the same file twice', () => {
  test('same bytes on one site give the existing item; another site gets its own', async () => {
    const data = await flatPng('#454545', 320, 240);
    const first = await uploadOk({ data, name: 'mot.png' }, { alt: 'Lần đầu' });
    const before = await snapshot();
    const again = await upload(s.reporter, { data, name: 'hai.png' }, { alt: 'Lần hai' });
    assert.equal(again.statusCode, 303);
    assert.equal(idFromLocation(again.headers.location), first.id, 'the existing item is returned');
    assert.match(String(again.headers.location), /trung=1/, 'the person is told it already existed');
    const json = await upload(s.editor, { data, name: 'ba.png' }, { alt: 'Lần ba' }, { json: true });
    assert.equal(json.statusCode, 200);
    assert.deepEqual([(json.json() as { item: { id: number } }).item.id, (json.json() as { duplicate: boolean }).duplicate], [first.id, true]);
    assert.equal(await mediaCount(), before.rows, 'no new row');
    assert.equal(storedFiles(), before.files, 'no new file');
    assert.equal((await rowOf(first.id)).alt, 'Lần đầu', 'the existing item is unchanged');
    const wardSession = await sessionFor(t.db, staff.outsider);
    const ward = await uploadOk({ data, name: 'phuong.png' }, { alt: 'Ảnh của phường' }, wardSession, WARD);
    assert.notEqual(ward.id, first.id, 'the other site stores its own copy');
    assert.equal(ward.site_id, sites.ward);
  });
});

describe('the library', () => {
  test('search is accent-insensitive: "anh tam diep" finds "Ảnh Tam Điệp", with NFD and upper case too', async () => {
    const row = await uploadOk({ data: await flatPng('#565656'), name: 'IMG_0042.JPG' }, { alt: 'Ảnh Tam Điệp mùa lúa', caption: 'Đồng lúa xã Yên Sơn' });
    assert.equal(row.search_text, 'img_0042.jpg anh tam diep mua lua dong lua xa yen son', 'search_text is the folded name, alt and caption');
    for (const q of ['anh tam diep', 'ẢNH TAM ĐIỆP', 'Ảnh Tam Điệp'.normalize('NFD'), 'dong lua yen son', 'img_0042']) {
      const res = await staffGet(t.app, s.reporter, `${PATHS.mediaJson}?q=${encodeURIComponent(q)}`);
      assert.equal(res.statusCode, 200, q);
      const ids = (res.json() as { items: { id: number }[] }).items.map((i) => i.id);
      assert.ok(ids.includes(row.id), `"${q}" finds the item`);
    }
    const page = await staffGet(t.app, s.reporter, `${PATHS.media}?q=anh+tam+diep`);
    assert.equal(page.statusCode, 200);
    assert.ok(textOf(page.body).includes('Ảnh Tam Điệp mùa lúa'), 'the library page finds it too');
    const none = await staffGet(t.app, s.reporter, `${PATHS.mediaJson}?q=${encodeURIComponent('tam diep hà nội')}`);
    assert.deepEqual((none.json() as { items: unknown[] }).items, [], 'every word must match');
    const wildcard = await staffGet(t.app, s.reporter, `${PATHS.mediaJson}?q=%25`);
    assert.equal((wildcard.json() as { total: number }).total, await mediaCount(), 'a lone "%" is no wildcard: it is dropped (everything listed)');
    assert.deepEqual(searchWords('50% _x'), ['50', 'x'], 'LIKE wildcards are dropped from words');
    const ward = await staffGet(t.app, await sessionFor(t.db, staff.outsider), `${PATHS.mediaJson}?q=tam+diep+mua+lua`, WARD);
    assert.deepEqual((ward.json() as { items: unknown[] }).items, [], "another site's library does not show this site's items");
  });

  test('the JSON list is paginated, newest first, and presents items for the editor', async () => {
    const now = new Date().toISOString();
    for (let i = 0; i < 30; i++) {
      await t.db
        .insertInto('media')
        .values({ site_id: sites.main, kind: 'image', storage_key: `${sites.main}/trang/${process.pid}-${i}`, mime: 'image/webp', width: 800, height: 600, bytes: 1000, variants: '480,800', avif_variants: '', sha256: `p${i}`, search_text: `trang thu ${i}`, alt: `Trang thử ${i}`, caption: '', original_name: '', created_by: null, created_at: now })
        .execute();
    }
    const p1 = await staffGet(t.app, s.editor, `${PATHS.mediaJson}?q=trang+thu`);
    const b1 = p1.json() as { items: { id: number; kind: string; url: string; srcset: string; width: number; height: number; alt: string; caption: string; mime: string }[]; page: number; pages: number; total: number };
    assert.deepEqual([b1.page, b1.pages, b1.total, b1.items.length], [1, 2, 30, 24], 'page 1 of 2, 24 items');
    const first = b1.items[0]!;
    for (const k of ['id', 'kind', 'url', 'srcset', 'width', 'height', 'alt', 'caption', 'mime']) assert.ok(k in first, `an item has ${k}`);
    assert.match(first.srcset, /\/media\/.+-480\.webp 480w, \/media\/.+-800\.webp 800w/, 'srcset lists the WebP widths');
    assert.deepEqual([first.width, first.height], [800, 600]);
    const p2 = await staffGet(t.app, s.editor, `${PATHS.mediaJson}?q=trang+thu&trang=2`);
    const b2 = p2.json() as { items: { id: number }[]; page: number };
    assert.deepEqual([b2.page, b2.items.length], [2, 6], 'page 2 has the rest');
    assert.equal(new Set([...b1.items.map((i) => i.id), ...b2.items.map((i) => i.id)]).size, 30, 'no item twice');
    const html = await staffGet(t.app, s.editor, `${PATHS.media}?q=trang+thu&trang=2`);
    assert.equal(html.statusCode, 200);
    assert.ok(textOf(html.body).includes(msg.pageOf(2, 2)), 'the page says where it is');
    assert.ok(html.body.includes('rel="prev"'), 'a link to the previous page');
    const bad = await staffGet(t.app, s.editor, `${PATHS.mediaJson}?trang=abc`);
    assert.equal((bad.json() as { page: number }).page, 1, 'a bad page number is page 1');
  });

  test('the library page lists thumbnails, sizes, dates and the markup to copy', async () => {
    const row = await uploadOk({ data: await photo(1200, 800, 'Thư viện'), name: 'thu-vien.jpg' }, { alt: 'Hội nghị tổng kết', caption: 'Toàn cảnh hội nghị' });
    const res = await staffGet(t.app, s.admin, `${PATHS.media}?q=hoi+nghi+tong+ket`);
    assert.equal(res.statusCode, 200);
    assert.ok(res.body.includes(`src="/media/${row.storage_key}-480.webp"`), 'a thumbnail');
    assert.ok(textOf(res.body).includes('1200 × 800 điểm ảnh'), 'the size');
    assert.ok(res.body.includes('enctype="multipart/form-data"') && res.body.includes(`name="_csrf" value="${s.admin.csrf}"`), 'the upload form with its token');
    const text = textOf(res.body);
    assert.ok(
      text.includes(`<figure><img src="/media/${row.storage_key}-960.webp" srcset="/media/${row.storage_key}-480.webp 480w, /media/${row.storage_key}-960.webp 960w, /media/${row.storage_key}-1200.webp 1200w" sizes="(max-width: 60rem) 100vw, 46rem" alt="Hội nghị tổng kết" width="960" height="640" loading="lazy"><figcaption>Toàn cảnh hội nghị</figcaption></figure>`),
      'the markup to copy: src, srcset, sizes, alt, width/height and the caption',
    );
    assert.ok(!res.body.includes('<figcaption>Toàn cảnh'), 'the markup is shown as text, not rendered');
  });
});

describe('editing alt text and caption', () => {
  test('an edit is saved, searchable, audited, and drops the public page cache', async () => {
    const row = await uploadOk({ data: await flatPng('#676767'), name: 'sua.png' }, { alt: 'Trước khi sửa' });
    const version = await contentVersion(t.db, sites.main);
    const res = await staffPost(t.app, s.reporter, PATHS.mediaItem(row.id), { alt: 'Sau khi sửa'.normalize('NFD'), caption: 'Chú thích mới' });
    assert.equal(res.statusCode, 303, `saved (${res.body.slice(0, 200)})`);
    const after = await rowOf(row.id);
    assert.deepEqual([after.alt, after.caption], ['Sau khi sửa', 'Chú thích mới'], 'saved, NFC');
    assert.ok(after.search_text.includes('sau khi sua') && !after.search_text.includes('truoc'), 'the search text follows');
    const entry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'media.edit').where('subject_id', '=', row.id).executeTakeFirst();
    assert.ok(entry, 'the edit is audited');
    assert.equal(entry.user_id, staff.reporter);
    assert.ok(entry.detail.includes('Trước khi sửa') && entry.detail.includes('Sau khi sửa'), 'the audit entry has before and after');
    assert.ok((await contentVersion(t.db, sites.main)) > version, 'publicChange was called (featured images show the alt text)');
    const page = await staffGet(t.app, s.reporter, String(res.headers.location));
    assert.ok(textOf(page.body).includes(msg.media.edited), 'the page confirms');
  });

  test('an image cannot lose its alt text; over-long text is refused; nothing changes', async () => {
    const row = await uploadOk({ data: await flatPng('#787878'), name: 'giu.png' }, { alt: 'Giữ nguyên' });
    const empty = await staffPost(t.app, s.editor, PATHS.mediaItem(row.id), { alt: '', caption: 'x' });
    assert.equal(empty.statusCode, 400);
    assert.ok(textOf(empty.body).includes(msg.media.altRequired), 'the reason is shown');
    const long = await staffPost(t.app, s.editor, PATHS.mediaItem(row.id), { alt: 'a'.repeat(ALT_MAX + 1) });
    assert.equal(long.statusCode, 400);
    assert.ok(textOf(long.body).includes(msg.tooLong(msg.media.alt, ALT_MAX)), 'too long is said');
    assert.equal((await rowOf(row.id)).alt, 'Giữ nguyên', 'unchanged');
  });

  test("another site's item, or no item at all, is a 404 and nothing changes", async () => {
    const wardSession = await sessionFor(t.db, staff.outsider);
    const ward = await uploadOk({ data: await flatPng('#898989'), name: 'phuong.png' }, { alt: 'Của phường' }, wardSession, WARD);
    for (const url of [PATHS.mediaItem(ward.id), PATHS.mediaItem(999_999_999), `${PATHS.media}/abc`, `${PATHS.media}/99999999999999`]) {
      const get = await staffGet(t.app, s.admin, url);
      assert.equal(get.statusCode, 404, `GET ${url}`);
      const post = await staffPost(t.app, s.admin, url, { alt: 'Chiếm quyền' });
      assert.equal(post.statusCode, 404, `POST ${url}`);
    }
    assert.equal((await rowOf(ward.id)).alt, 'Của phường', "the other site's item is unchanged");
    const own = await staffGet(t.app, wardSession, PATHS.mediaItem(ward.id), WARD);
    assert.equal(own.statusCode, 200, 'its own site opens it');
  });
});

describe('who may upload', () => {
  test('a reporter may upload (policy media.upload)', async () => {
    const res = await upload(s.reporter, { data: await flatPng('#9a9a9a'), name: 'pv.png' }, { alt: 'Ảnh của phóng viên' });
    assert.equal(res.statusCode, 303, res.body.slice(0, 200));
    assert.equal((await rowOf(idFromLocation(res.headers.location))).created_by, staff.reporter);
  });

  test('the editor can upload with fetch: token in x-csrf-token, JSON answer', async () => {
    const res = await upload(s.editor, { data: await flatPng('#abab00'), name: 'fetch.png' }, { alt: 'Tải bằng fetch' }, { url: PATHS.mediaJson, csrfHeader: true });
    assert.equal(res.statusCode, 201, res.body);
    const item = (res.json() as { item: { kind: string; alt: string; url: string; width: number; srcset: string } }).item;
    assert.deepEqual([item.kind, item.alt], ['image', 'Tải bằng fetch']);
    assert.match(item.srcset, /-300\.webp 300w$/);
  });

  test('anonymous: 303 to sign-in (page), 401 (JSON); nothing stored', async () => {
    const before = await snapshot();
    const page = await upload(undefined, { data: await flatPng('#bcbcbc'), name: 'an.png' }, { alt: 'Ẩn danh' });
    assert.equal(page.statusCode, 303);
    assert.match(String(page.headers.location), /^\/dang-nhap\?next=/);
    const api = await upload(undefined, { data: await flatPng('#bcbcbc'), name: 'an.png' }, { alt: 'Ẩn danh' }, { url: PATHS.mediaJson });
    assert.equal(api.statusCode, 401);
    assert.equal((await staffGet(t.app, undefined, PATHS.media)).statusCode, 303);
    assert.equal((await staffGet(t.app, undefined, PATHS.mediaJson)).statusCode, 401);
    assert.deepEqual(await snapshot(), before, 'nothing stored');
  });

  test('no role on this site: 403, nothing stored', async () => {
    const before = await snapshot();
    const res = await upload(await sessionFor(t.db, staff.outsider), { data: await flatPng('#cdcdcd'), name: 'ngoai.png' }, { alt: 'Người ngoài' });
    assert.equal(res.statusCode, 403);
    assert.deepEqual(await snapshot(), before);
  });

  test('forged or missing CSRF token: 403, nothing stored', async () => {
    const before = await snapshot();
    const file = { data: await flatPng('#dedede'), name: 'csrf.png' };
    for (const [label, o] of [
      ['forged', { csrf: 'x'.repeat(43) }],
      ['another session', { csrf: s.admin.csrf }],
      ['missing', { csrf: null }],
      ['forged header (JSON)', { csrf: 'gia-mao', csrfHeader: true, url: PATHS.mediaJson }],
    ] as [string, UploadOpts][]) {
      const res = await upload(s.editor, file, { alt: 'Giả mạo' }, o);
      assert.equal(res.statusCode, 403, `${label}: ${res.statusCode}`);
    }
    const edit = await staffPost(t.app, s.editor, PATHS.mediaItem((await t.db.selectFrom('media').select('id').where('site_id', '=', sites.main).executeTakeFirstOrThrow()).id), { _csrf: 'sai', alt: 'Giả mạo' });
    assert.equal(edit.statusCode, 403, 'an edit with a forged token is refused');
    assert.deepEqual(await snapshot(), before, 'nothing stored');
    const edited = await t.db.selectFrom('media').select('id').where('alt', '=', 'Giả mạo').execute();
    assert.deepEqual(edited, [], 'nothing edited');
  });
});

describe('public pages still show stored images', () => {
  test("the reference article's featured image keeps src, srcset, sizes and width/height", async () => {
    const res = await t.app.inject({ method: 'GET', url: '/', headers: { host: 'localhost', 'user-agent': 'Mozilla/5.0 (test)' } });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<img src="\/media\/[^"]+-960\.webp" srcset="[^"]+ 480w, [^"]+ 960w[^"]*" sizes="[^"]+" width="\d+" height="\d+"/, 'the home page lead image is responsive');
  });
});
