// The `loa` command and the first start, as real processes: help, config errors, serve with demo
// content and a generated administrator password, a restart that keeps everything, SIGTERM.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { TestEnv } from './helpers.js';
import { internalLinks, serveProcess, testEnv } from './helpers.js';
import http from 'node:http';
import { loadConfig } from '../src/config.js';
import { openRuntime } from '../src/runtime.js';
import { verifyPassword } from '../src/accounts/passwords.js';

const BIN = path.resolve('bin/loa.js');
let te: TestEnv;
before(async () => {
  te = await testEnv();
});
after(() => te.cleanup());

function loa(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, ...te.env, ...env }, encoding: 'utf8', timeout: 60_000 });
}

function serve(env: Record<string, string>) {
  return serveProcess({ ...te.env, ...env });
}

test('help lists the commands', () => {
  const r = loa(['--help']);
  assert.equal(r.status, 0);
  for (const c of ['serve', 'migrate', 'site add', 'user add']) assert.ok(r.stdout.includes(c), c);
});

test('a bad configuration is refused with a readable list', () => {
  const r = loa(['migrate'], { PORT: 'abc', DATABASE_URL: 'mysql://x' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /Cấu hình không hợp lệ/);
  assert.match(r.stderr, /PORT/);
  assert.match(r.stderr, /DATABASE_URL/);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});

test('first start: demo, generated admin password once, restart keeps everything, SIGTERM is clean', async () => {
  const first = serve({ ADMIN_PASSWORD: '' });
  const url = await first.ready;
  const home = await fetch(url + '/');
  assert.equal(home.status, 200);
  assert.match(await home.text(), /Trang Thông tin điện tử Thành phố Tam Điệp/);
  const password = first.output().match(/Mật khẩu:\s+(\S+)/)?.[1];
  assert.ok(password, 'the generated password is printed');
  first.child.kill('SIGTERM');
  assert.equal(await first.exited, 0);

  const second = serve({ ADMIN_PASSWORD: '' });
  const url2 = await second.ready;
  assert.equal((await fetch(url2 + '/so-do-cong')).status, 200);
  assert.doesNotMatch(second.output(), /Mật khẩu:/, 'printed only once');
  second.child.kill('SIGTERM');
  assert.equal(await second.exited, 0);

  const rt = await openRuntime(loadConfig(te.env));
  try {
    const sites = await rt.handle.db.selectFrom('sites').select('id').execute();
    assert.equal(sites.length, 2, 'the demo was loaded once');
    const n = await rt.handle.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.ok(Number(n.n) >= 65, 'line 83');
    const admin = await rt.handle.db.selectFrom('users').selectAll().where('username', '=', 'admin').executeTakeFirstOrThrow();
    assert.ok(await verifyPassword(admin.password_hash, password!), 'line 85');
    assert.match(admin.password_hash, /^\$argon2id\$/);
  } finally {
    await rt.close();
  }
});

test('site add and user add', async () => {
  const add = loa(['site', 'add', '--name', 'Trang Thông tin điện tử Phường Trung Sơn', '--host', 'trungson.localhost', '--host', 'trungson.example.gov.vn']);
  assert.equal(add.status, 0, add.stderr);
  const again = loa(['site', 'add', '--name', 'Khác', '--host', 'trungson.localhost']);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /Tên miền đã được dùng/);
  const user = loa(['user', 'add', '--site', 'trungson.localhost', '--username', 'phongvien1', '--role', 'reporter'], { LOA_PASSWORD: 'mot-mat-khau-dai' });
  assert.equal(user.status, 0, user.stderr);
  const badRole = loa(['user', 'add', '--site', 'trungson.localhost', '--username', 'x1x', '--role', 'boss'], { LOA_PASSWORD: 'mot-mat-khau-dai' });
  assert.equal(badRole.status, 1);
  assert.match(badRole.stderr, /Vai trò không hợp lệ/);
  const shortPw = loa(['user', 'add', '--site', 'trungson.localhost', '--username', 'bientap', '--role', 'editor'], { LOA_PASSWORD: 'ngan' });
  assert.equal(shortPw.status, 1);
  assert.match(shortPw.stderr, /ít nhất 10 ký tự/);
  const list = loa(['site', 'list']);
  assert.match(list.stdout, /trungson\.example\.gov\.vn, trungson\.localhost/);

  // The way to share an account: an existing username gets a role on one more site, asking for no password.
  const hashOf = async () => {
    const rt = await openRuntime(loadConfig(te.env));
    try {
      return (await rt.handle.db.selectFrom('users').select('password_hash').where('username', '=', 'phongvien1').executeTakeFirstOrThrow()).password_hash;
    } finally {
      await rt.close();
    }
  };
  const hashBefore = await hashOf();
  const shared = loa(['user', 'add', '--site', 'localhost', '--username', 'PhongVien1', '--role', 'editor'], { LOA_PASSWORD: '' });
  assert.equal(shared.status, 0, shared.stderr);
  assert.match(shared.stdout, /Tài khoản đã có "phongvien1" có vai trò editor/);
  assert.equal(await hashOf(), hashBefore, 'the password stays');

  const rt = await openRuntime(loadConfig(te.env));
  try {
    const roles = await rt.handle.db
      .selectFrom('site_memberships')
      .innerJoin('users', 'users.id', 'site_memberships.user_id')
      .innerJoin('site_hosts', 'site_hosts.site_id', 'site_memberships.site_id')
      .select(['site_hosts.host', 'site_memberships.role'])
      .where('users.username', '=', 'phongvien1')
      .where('site_hosts.host', 'in', ['localhost', 'trungson.localhost'])
      .orderBy('site_hosts.host')
      .execute();
    assert.deepEqual(roles, [
      { host: 'localhost', role: 'editor' },
      { host: 'trungson.localhost', role: 'reporter' },
    ]);
    const audited = await rt.handle.db.selectFrom('audit_log').select(['action', 'user_id', 'detail']).where('action', '=', 'user.role').where('subject_type', '=', 'user').execute();
    assert.equal(audited.length, 1, 'the grant is in the site’s audit log');
    assert.deepEqual(JSON.parse(audited[0]!.detail), { username: 'phongvien1', from: null, to: 'editor', by: 'cli' });
    assert.equal(audited[0]!.user_id, null);
    assert.equal(await rt.handle.db.selectFrom('users').select('id').where('username', '=', 'bientap').executeTakeFirst(), undefined);
  } finally {
    await rt.close();
  }
});

test('site add --admin: the new site\'s first administrator in the same command, a new account or an existing one; a refused password adds nothing', async () => {
  const fresh = loa(['site', 'add', '--name', 'Trang Thông tin điện tử Xã Yên Bình', '--host', 'yenbinh.localhost', '--admin', 'QuanTriYenBinh', '--admin-name', 'Trần Thị Bình'], { LOA_PASSWORD: 'mat-khau-quan-tri-xa' });
  assert.equal(fresh.status, 0, fresh.stderr);
  assert.match(fresh.stdout, /Tài khoản "quantriyenbinh" có vai trò admin trên trang "Trang Thông tin điện tử Xã Yên Bình"/);
  // Asked for when LOA_PASSWORD is not set (here on piped input).
  const asked = spawnSync(process.execPath, [BIN, 'site', 'add', '--name', 'Xã Yên Hòa', '--host', 'yenhoa.localhost', '--admin', 'quantri-yenhoa'], {
    env: { ...process.env, ...te.env, LOA_PASSWORD: '' },
    input: 'mat-khau-duoc-hoi-qua-stdin\n',
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(asked.status, 0, asked.stderr);
  // An existing account (a reporter of Trung Sơn) becomes this site's administrator; nothing is asked.
  const existing = loa(['site', 'add', '--name', 'Xã Yên Lâm', '--host', 'yenlam.localhost', '--admin', 'phongvien1'], { LOA_PASSWORD: '' });
  assert.equal(existing.status, 0, existing.stderr);
  assert.match(existing.stdout, /Tài khoản "phongvien1" \(đã có\) có vai trò admin trên trang "Xã Yên Lâm"/);
  const short = loa(['site', 'add', '--name', 'Xã Ngắn', '--host', 'xangan.localhost', '--admin', 'quantri-ngan'], { LOA_PASSWORD: 'ngan' });
  assert.equal(short.status, 1);
  assert.match(short.stderr, /ít nhất 10 ký tự/);
  const orphan = loa(['site', 'add', '--name', 'Xã Lẻ', '--host', 'xale.localhost', '--admin-name', 'Ai đó']);
  assert.equal(orphan.status, 1);
  assert.match(orphan.stderr, /--admin-name chỉ dùng cùng --admin/);

  const rt = await openRuntime(loadConfig(te.env));
  try {
    const db = rt.handle.db;
    const roles = async (username: string) =>
      db
        .selectFrom('site_memberships')
        .innerJoin('users', 'users.id', 'site_memberships.user_id')
        .innerJoin('site_hosts', 'site_hosts.site_id', 'site_memberships.site_id')
        .select(['site_hosts.host', 'site_memberships.role'])
        .where('users.username', '=', username)
        .orderBy('site_hosts.host')
        .execute();
    assert.deepEqual(await roles('quantriyenbinh'), [{ host: 'yenbinh.localhost', role: 'admin' }]);
    const user = await db.selectFrom('users').selectAll().where('username', '=', 'quantriyenbinh').executeTakeFirstOrThrow();
    assert.equal(user.display_name, 'Trần Thị Bình');
    assert.ok(await verifyPassword(user.password_hash, 'mat-khau-quan-tri-xa'), 'the password of LOA_PASSWORD');
    const askedUser = await db.selectFrom('users').selectAll().where('username', '=', 'quantri-yenhoa').executeTakeFirstOrThrow();
    assert.ok(await verifyPassword(askedUser.password_hash, 'mat-khau-duoc-hoi-qua-stdin'), 'the password asked for');
    // The existing account keeps its roles (a reporter on Trung Sơn, an editor on the main site from `user add` above) and gets the new site's.
    assert.deepEqual(await roles('phongvien1'), [
      { host: '127.0.0.1', role: 'editor' },
      { host: 'localhost', role: 'editor' },
      { host: 'trungson.example.gov.vn', role: 'reporter' },
      { host: 'trungson.localhost', role: 'reporter' },
      { host: 'yenlam.localhost', role: 'admin' },
    ]);
    assert.equal(await db.selectFrom('site_hosts').select('host').where('host', 'in', ['xangan.localhost', 'xale.localhost']).executeTakeFirst(), undefined, 'no site without its administrator');
    assert.equal(await db.selectFrom('users').select('id').where('username', '=', 'quantri-ngan').executeTakeFirst(), undefined);
  } finally {
    await rt.close();
  }

  // The site made by the command, served by a real process: no link of its home page is dead.
  const server = serve({ ADMIN_PASSWORD: '' });
  const url = await server.ready;
  try {
    const home = await getAs(url, '/', 'yenbinh.localhost');
    assert.equal(home.status, 200);
    assert.ok(home.body.includes('Trang Thông tin điện tử Xã Yên Bình'), 'the new site');
    const links = internalLinks(home.body);
    assert.ok(links.includes('/trang/lien-he') && links.includes('/so-do-cong'), links.join(' '));
    for (const link of links) assert.equal((await getAs(url, link, 'yenbinh.localhost')).status, 200, link);
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
});

/** A GET of a path with a given Host header (fetch may not set one). */
function getAs(base: string, pathname: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(base + pathname, { headers: { host, 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
  });
}

test('the running server publishes a scheduled article when its time has come', async () => {
  const rt = await openRuntime(loadConfig(te.env));
  let slug: string;
  try {
    const site = await rt.handle.db.selectFrom('sites').select('id').where('is_default', '=', 1).executeTakeFirstOrThrow();
    const a = await rt.handle.db
      .selectFrom('articles')
      .where('kind', '=', 'article')
      .select(['id', 'slug'])
      .where('site_id', '=', site.id)
      .where('status', '=', 'published')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    slug = a.slug;
    await rt.handle.db.updateTable('articles').set({ status: 'scheduled', published_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', a.id).execute();
  } finally {
    await rt.close();
  }
  const p = serve({});
  const url = await p.ready;
  let status = 0;
  for (let i = 0; i < 50 && status !== 200; i++) {
    status = (await fetch(`${url}/tin-tuc/${slug}`)).status; // 404 until the scheduler has run
    if (status !== 200) await new Promise((r) => setTimeout(r, 100));
  }
  p.child.kill('SIGTERM');
  await p.exited;
  assert.equal(status, 200);
});
