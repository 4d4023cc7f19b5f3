// Start-up shared by the server and the CLI: open the database, migrate, and on an empty database
// load the demo content and create the first administrator.
import fs from 'node:fs';
import type { Config } from './config.js';
import type { DbHandle } from './db/index.js';
import { openDb } from './db/index.js';
import { migrate } from './db/migrate.js';
import type { MediaStorage } from './media/storage.js';
import { localStorage } from './media/storage.js';
import { loadDemoIfEmpty } from './demo/load.js';
import { createUser, grantRole, userByUsername } from './accounts/users.js';
import { generatePassword } from './accounts/passwords.js';
import { rebuildPending } from './search/index.js';
import { registerSearch, sourcesOf } from './search/sources.js';
import { MODULES } from './modules.js';

export interface Runtime {
  config: Config;
  handle: DbHandle;
  storage: MediaStorage;
  close(): Promise<void>;
}

export async function openRuntime(config: Config): Promise<Runtime> {
  // The first start, the CLI and the scripts re-index without an app: the kinds come from the list.
  registerSearch(MODULES);
  fs.mkdirSync(config.dataDir, { recursive: true });
  const handle = openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrate(handle);
  const storage = localStorage(config.dataDir);
  fs.mkdirSync(storage.root, { recursive: true });
  return { config, handle, storage, close: () => handle.close() };
}

export interface FirstStart {
  demoLoaded: boolean;
  /** Set when an administrator was created with a generated password: print it once. */
  generatedPassword?: string;
  adminCreated: boolean;
  /** Sites whose search index was built again (after its layout changed). */
  searchRebuilt: number[];
}

/** Demo content (only into an empty database), the search indexes a migration asked to build
 *  again, and the `admin` account (only if missing). */
export async function firstStart(rt: Runtime): Promise<FirstStart> {
  const { db } = rt.handle;
  // The kinds of the modules this database is served with (a test may add one later, with its table).
  const sources = sourcesOf(MODULES);
  const demoLoaded = rt.config.demo ? await loadDemoIfEmpty(db, rt.storage, sources) : false;
  const searchRebuilt = await rebuildPending(
    db,
    (siteId, err) => process.stderr.write(`Không lập lại được chỉ mục tìm kiếm của trang #${siteId} (sẽ thử lại lần khởi động sau): ${err instanceof Error ? err.message : String(err)}\n`),
    sources,
  );
  if (await userByUsername(db, 'admin')) return { demoLoaded, adminCreated: false, searchRebuilt };
  const sites = await db.selectFrom('sites').select('id').execute();
  const password = rt.config.adminPassword ?? generatePassword();
  const admin = await createUser(db, { username: 'admin', password, displayName: 'Quản trị hệ thống' });
  for (const s of sites) await grantRole(db, admin.id, s.id, 'admin');
  return { demoLoaded, adminCreated: true, generatedPassword: rt.config.adminPassword ? undefined : password, searchRebuilt };
}
