// Many sites in one installation: routing by host name, the default site, and isolation.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TestApp } from './helpers.js';
import { get, internalLinks, testApp, textOf } from './helpers.js';
import { DEMO_SECOND_SITE, DEMO_SECOND_SITE_ARTICLES, REFERENCE_ARTICLE } from '../src/demo/content/index.js';
import { createSite, invalidateSites, normaliseHost } from '../src/sites/service.js';
import type { AppError } from '../src/errors/index.js';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

const WARD = DEMO_SECOND_SITE.hosts[0]!;

test('each host name shows its own site and only its own content', async () => {
  const city = textOf((await get(t.app, '/', 'localhost')).body);
  const ward = textOf((await get(t.app, '/', WARD)).body);
  assert.ok(city.includes('Trang Thông tin điện tử Thành phố Tam Điệp'), 'line 21');
  assert.ok(ward.includes(DEMO_SECOND_SITE.name), 'line 22');
  assert.ok(!ward.includes('Trang Thông tin điện tử Thành phố Tam Điệp'), 'line 23');
  assert.ok(ward.includes(DEMO_SECOND_SITE_ARTICLES[0]!.title), 'line 24');
  assert.ok(!city.includes(DEMO_SECOND_SITE_ARTICLES[0]!.title), 'line 25');
  assert.ok(ward.includes(`Số lượt truy cập ${DEMO_SECOND_SITE.visitBase}`), 'line 26');
});

test("one site's article is a 404 on another site", async () => {
  assert.equal((await get(t.app, `/tin-tuc/${REFERENCE_ARTICLE.slug}`, 'localhost')).statusCode, 200);
  assert.equal((await get(t.app, `/tin-tuc/${REFERENCE_ARTICLE.slug}`, WARD)).statusCode, 404);
  assert.equal((await get(t.app, `/tin-tuc/${DEMO_SECOND_SITE_ARTICLES[0]!.slug}`, 'localhost')).statusCode, 404);
  assert.equal((await get(t.app, `/tin-tuc/${DEMO_SECOND_SITE_ARTICLES[0]!.slug}`, WARD)).statusCode, 200);
});

test('host names match without port or case; unknown hosts get the default site', async () => {
  assert.ok(textOf((await get(t.app, '/', `${WARD.toUpperCase()}:3000`)).body).includes(DEMO_SECOND_SITE.name), 'line 37');
  assert.ok(textOf((await get(t.app, '/', 'khong-biet.example')).body).includes('Thành phố Tam Điệp'), 'line 38');
  assert.ok(textOf((await get(t.app, '/', 'bad host!')).body).includes('Thành phố Tam Điệp'), 'line 39');
});

test('a new site with its hosts; a taken host is refused', async () => {
  const site = await createSite(t.db, { name: 'Trang Thông tin điện tử Xã Yên Sơn', hosts: ['yenson.localhost', 'YenSon.example.gov.vn'] });
  assert.equal(site.is_default, 0);
  const hosts = await t.db.selectFrom('site_hosts').select('host').where('site_id', '=', site.id).orderBy('host').execute();
  assert.deepEqual(hosts.map((h) => h.host), ['yenson.example.gov.vn', 'yenson.localhost']);
  const res = await get(t.app, '/', 'yenson.example.gov.vn');
  // the host cache may hold the old map for a few seconds; createSite drops it in this process
  assert.ok(textOf(res.body).includes('Xã Yên Sơn'), 'line 49');
  await assert.rejects(createSite(t.db, { name: 'Khác', hosts: ['yenson.localhost'] }), (e: AppError) => e.code === 'site_host_taken');
  await assert.rejects(createSite(t.db, { name: '', hosts: ['x.localhost'] }), (e: AppError) => e.code === 'site_name');
  await assert.rejects(createSite(t.db, { name: 'X', hosts: ['bad host'] }), (e: AppError) => e.code === 'site_host');
});

test('a new site has no dead link: its home page\'s menu, sidebar and footer all lead somewhere; Liên hệ follows its settings', async () => {
  const host = 'xa-moi.localhost';
  const site = await createSite(t.db, { name: 'Trang Thông tin điện tử Xã Mới Lập', hosts: [host] });
  const home = await get(t.app, '/', host);
  assert.equal(home.statusCode, 200);
  const links = internalLinks(home.body);
  for (const expected of ['/', '/trang/lien-he', '/so-do-cong', '/dang-nhap']) assert.ok(links.includes(expected), `links to ${expected}`);
  const nav = /<nav class="main-nav"[\s\S]*?<\/nav>/.exec(home.body)?.[0] ?? '';
  assert.deepEqual(internalLinks(nav), ['/', '/trang/lien-he'], 'the starter menu');
  for (const url of links) {
    const res = await get(t.app, url, host);
    assert.equal(res.statusCode, 200, `${url} on the new site`);
  }
  const contact = textOf((await get(t.app, '/trang/lien-he', host)).body);
  assert.ok(contact.includes('Liên hệ Trang Thông tin điện tử Xã Mới Lập Thông tin liên hệ của cơ quan đang được cập nhật.'), contact.slice(0, 600));
  await t.db.updateTable('sites').set({ phone: '0229 3864 123', email: 'ubnd@xamoi.gov.vn', address: 'Thôn Đông, xã Mới Lập' }).where('id', '=', site.id).execute();
  t.app.pageCache.dropSite(site.id);
  invalidateSites(); // as saving the settings does
  const updated = await get(t.app, '/trang/lien-he', host);
  assert.ok(textOf(updated.body).includes('Địa chỉ: Thôn Đông, xã Mới Lập Điện thoại: 0229 3864 123 Thư điện tử: ubnd@xamoi.gov.vn'), 'the contacts of the settings');
  assert.match(updated.body, /<a href="tel:02293864123">0229 3864 123<\/a>/);
  assert.equal((await get(t.app, '/trang/khong-co', host)).statusCode, 404, 'other pages still 404');
  // A site whose Liên hệ page is stored shows that page.
  assert.ok(textOf((await get(t.app, '/trang/lien-he', WARD)).body).includes(DEMO_SECOND_SITE.address), 'the ward\'s stored page');
});

test('normaliseHost', () => {
  assert.equal(normaliseHost('Example.GOV.vn:8080'), 'example.gov.vn');
  assert.equal(normaliseHost('example.gov.vn.'), 'example.gov.vn');
  assert.equal(normaliseHost('[::1]:3000'), '[::1]');
  assert.equal(normaliseHost('<script>'), '');
});
