// `loa` — the command line, reading the same configuration (environment) as the server.
import { parseArgs } from 'node:util';
import readline from 'node:readline';
import { ConfigError, loadConfig } from '../config.js';
import { AppError } from '../errors/index.js';
import { serve } from '../server.js';
import { openRuntime } from '../runtime.js';
import { createSite, siteByHostExact, siteHosts } from '../sites/service.js';
import { createUser, grantRole, parseRole, roleOn, userByUsername } from '../accounts/users.js';
import { audit } from '../audit/log.js';
import { atomically, nowIso } from '../db/index.js';
import { reindexSite } from '../search/index.js';
import type { Db } from '../db/index.js';
import type { Role, UserRow } from '../db/schema.js';

const HELP = `Loa — cổng thông tin điện tử cho cơ quan nhà nước

Cách dùng: loa <lệnh> [tùy chọn]

Lệnh:
  serve                          Chạy máy chủ web (mặc định http://127.0.0.1:3000)
  migrate                        Cập nhật cấu trúc cơ sở dữ liệu rồi thoát
  site add --name TÊN --host TÊN_MIỀN [--host TÊN_MIỀN…] [--visit-base N] [--default]
           [--admin TÊN_ĐĂNG_NHẬP [--admin-name "Họ tên"]]
                                 Thêm một trang (một đơn vị) với các tên miền của nó;
                                 --admin cho tài khoản đó vai trò admin trên trang mới
                                 (tạo tài khoản nếu chưa có; mật khẩu như user add).
  site list                      Liệt kê các trang và tên miền
  user add --site TÊN_MIỀN --username TÊN --role admin|editor|reporter [--name "Họ tên"]
                                 Tạo tài khoản mới với vai trò trên một trang; với tên đăng
                                 nhập đã có: giao cho tài khoản đó vai trò trên thêm một trang
                                 (mật khẩu giữ nguyên). Quản trị một trang không làm được việc
                                 này trong trang quản trị. Mật khẩu của tài khoản mới lấy từ
                                 biến LOA_PASSWORD, nếu không có thì hỏi.
  search reindex [--site TÊN_MIỀN]
                                 Lập lại chỉ mục tìm kiếm của một trang (mặc định: mọi trang)
  help                           Hiện hướng dẫn này

Cấu hình qua biến môi trường: PORT, HOST, DATA_DIR, DATABASE_URL, BASE_URL, REDIS_URL,
LOG_LEVEL, TRUST_PROXY, DEMO, ADMIN_PASSWORD (xem README.md).
`;

async function ask(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    // Piped input: read one line.
    const rl = readline.createInterface({ input: process.stdin });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    return '';
  }
  process.stdout.write(question);
  return new Promise((resolve) => {
    const stdin = process.stdin;
    let value = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const onData = (ch: string) => {
      if (ch === '\r' || ch === '\n' || ch === '\u0004') {
        stdin.setRawMode(false);
        stdin.pause();
        stdin.off('data', onData);
        process.stdout.write('\n');
        resolve(value);
      } else if (ch === '\u0003') {
        process.exit(130);
      } else if (ch === '\u007f') {
        value = value.slice(0, -1);
      } else {
        value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

/** The password of an account about to be made (LOA_PASSWORD, else asked); undefined when the account exists. */
async function passwordIfNew(db: Db, username: string): Promise<string | undefined> {
  if (await userByUsername(db, username)) return undefined;
  return process.env.LOA_PASSWORD || (await ask('Mật khẩu cho tài khoản mới: '));
}

/** The account with this user name: the existing one, or a new one with the password. */
async function accountFor(db: Db, username: string, password: string | undefined, displayName: string | undefined): Promise<UserRow> {
  return (await userByUsername(db, username)) ?? createUser(db, { username, password: password ?? '', displayName });
}

/**
 * Gives an account a role on a site from the command line (the platform administrator's tool), in
 * the site's audit log like an administrator's change, by nobody of the site. An existing account
 * keeps its password and its roles elsewhere.
 */
async function grantFromCli(db: Db, account: UserRow, siteId: number, role: Role, existed: boolean): Promise<void> {
  await atomically(db, async (trx) => {
    const from = (await roleOn(trx, account.id, siteId)) ?? null;
    await grantRole(trx, account.id, siteId, role);
    const detail = existed ? { username: account.username, from, to: role, by: 'cli' } : { username: account.username, role, by: 'cli' };
    await audit(trx, { siteId, userId: null, action: existed ? 'user.role' : 'user.create', subjectType: 'user', subjectId: account.id, detail, at: nowIso() });
  });
}

async function withRuntime<T>(fn: (rt: Awaited<ReturnType<typeof openRuntime>>) => Promise<T>): Promise<T> {
  const rt = await openRuntime(loadConfig());
  try {
    return await fn(rt);
  } finally {
    await rt.close();
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, sub] = argv;
  try {
    if (!command || command === 'help' || command === '--help' || command === '-h') {
      process.stdout.write(HELP);
      return 0;
    }
    if (command === 'serve') {
      await serve(loadConfig());
      return 0;
    }
    if (command === 'migrate') {
      await withRuntime(async () => undefined);
      process.stdout.write('Cơ sở dữ liệu đã được cập nhật.\n');
      return 0;
    }
    if (command === 'site' && sub === 'add') {
      const { values } = parseArgs({
        args: argv.slice(2),
        options: {
          name: { type: 'string' },
          host: { type: 'string', multiple: true },
          'visit-base': { type: 'string' },
          default: { type: 'boolean' },
          admin: { type: 'string' },
          'admin-name': { type: 'string' },
        },
      });
      if (!values.name || !values.host?.length) throw new AppError('usage', 2, 'Cần --name và ít nhất một --host.');
      if (values['admin-name'] !== undefined && !values.admin) throw new AppError('usage', 2, '--admin-name chỉ dùng cùng --admin.');
      const visitBase = values['visit-base'] === undefined ? 0 : Number(values['visit-base']);
      const adminName = values.admin;
      await withRuntime(async (rt) => {
        const db = rt.handle.db;
        // Asked before anything is written; the site and its administrator are one transaction.
        const password = adminName ? await passwordIfNew(db, adminName) : undefined;
        const { site, admin } = await atomically(db, async (trx) => {
          const site = await createSite(trx, { name: values.name!, hosts: values.host!, visitBase, isDefault: values.default });
          const admin = adminName ? await accountFor(trx, adminName, password, values['admin-name']) : undefined;
          if (admin) await grantFromCli(trx, admin, site.id, 'admin', password === undefined);
          return { site, admin };
        });
        process.stdout.write(`Đã thêm trang #${site.id} "${site.name}" (${values.host!.join(', ')}).\n`);
        if (admin) process.stdout.write(`Tài khoản "${admin.username}"${password === undefined ? ' (đã có)' : ''} có vai trò admin trên trang "${site.name}".\n`);
      });
      return 0;
    }
    if (command === 'site' && sub === 'list') {
      await withRuntime(async (rt) => {
        const sites = await rt.handle.db.selectFrom('sites').selectAll().orderBy('id').execute();
        for (const s of sites) process.stdout.write(`#${s.id}${s.is_default ? ' (mặc định)' : ''}  ${s.name}  —  ${(await siteHosts(rt.handle.db, s.id)).join(', ')}\n`);
      });
      return 0;
    }
    if (command === 'user' && sub === 'add') {
      const { values } = parseArgs({
        args: argv.slice(2),
        options: { site: { type: 'string' }, username: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } },
      });
      if (!values.site || !values.username || !values.role) throw new AppError('usage', 2, 'Cần --site, --username và --role.');
      const role = parseRole(values.role);
      await withRuntime(async (rt) => {
        const db = rt.handle.db;
        const site = await siteByHostExact(db, values.site!);
        if (!site) throw new AppError('site_unknown', 2, `Không có trang nào với tên miền "${values.site}".`);
        const password = await passwordIfNew(db, values.username!);
        const user = await accountFor(db, values.username!, password, values.name);
        await grantFromCli(db, user, site.id, role, password === undefined);
        const what = password === undefined ? 'Tài khoản đã có' : 'Tài khoản mới';
        process.stdout.write(`${what} "${user.username}" có vai trò ${role} trên trang "${site.name}".\n`);
      });
      return 0;
    }
    if (command === 'search' && sub === 'reindex') {
      const { values } = parseArgs({ args: argv.slice(2), options: { site: { type: 'string' } } });
      await withRuntime(async (rt) => {
        const db = rt.handle.db;
        let sites = await db.selectFrom('sites').selectAll().orderBy('id').execute();
        if (values.site) {
          const site = await siteByHostExact(db, values.site);
          if (!site) throw new AppError('site_unknown', 2, `Không có trang nào với tên miền "${values.site}".`);
          sites = [site];
        }
        for (const s of sites) {
          const n = await reindexSite(db, s.id);
          process.stdout.write(`Đã lập chỉ mục tìm kiếm của trang #${s.id} "${s.name}": ${n} bài viết và trang.\n`);
        }
      });
      return 0;
    }
    process.stderr.write(`Lệnh không hợp lệ: ${argv.join(' ')}\n\n${HELP}`);
    return 2;
  } catch (err) {
    if (err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
    else if (err instanceof AppError) process.stderr.write(`Lỗi: ${err.publicMessage}\n`);
    else if (err instanceof TypeError && (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) process.stderr.write(`Lỗi: ${err.message}\n\n${HELP}`);
    else process.stderr.write(`Lỗi: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
