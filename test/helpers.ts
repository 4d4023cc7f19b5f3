// Test helpers: a fresh Loa (database, data folder, app) per test file, on SQLite or PostgreSQL
// depending on LOA_TEST_DB. Tests talk to the app in-process with app.inject().
import type { LoaModule } from '../src/registry/module.js';
import crypto from 'node:crypto';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { decodeHTML } from 'entities';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../src/config.js';
import type { Config } from '../src/config.js';
import { buildApp } from '../src/app.js';
import type { Runtime } from '../src/runtime.js';
import { firstStart, openRuntime } from '../src/runtime.js';
import type { Db } from '../src/db/index.js';

export const TEST_DB = (process.env.LOA_TEST_DB ?? 'sqlite') as 'sqlite' | 'postgres';
export const PG_ADMIN_URL = process.env.LOA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Creates an empty PostgreSQL database for one test file; returns its URL and a function that drops it. */
export async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `loa_t_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

export interface TestEnv {
  dataDir: string;
  env: Record<string, string>;
  cleanup: () => Promise<void>;
}

/** A data folder and (for PostgreSQL) a database, as environment variables for loadConfig or a child process. */
export async function testEnv(extra: Record<string, string> = {}): Promise<TestEnv> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-test-'));
  const pgdb = TEST_DB === 'postgres' ? await freshPostgres() : undefined;
  return {
    dataDir,
    env: { DATA_DIR: dataDir, DATABASE_URL: pgdb?.url ?? '', LOG_LEVEL: 'silent', ADMIN_PASSWORD: 'mat-khau-thu-nghiem', ...extra },
    cleanup: async () => {
      await pgdb?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  config: Config;
  rt: Runtime;
  clock: { now: number };
  close: () => Promise<void>;
}

/** A running app (not listening) with the demo content unless demo: false. The clock can be moved. */
export async function testApp(opts: { demo?: boolean; now?: number; env?: Record<string, string>; liveTtlMs?: number; modules?: readonly LoaModule[] } = {}): Promise<TestApp> {
  const te = await testEnv({ DEMO: opts.demo === false ? '0' : '1', ...opts.env });
  const config = loadConfig(te.env);
  const rt = await openRuntime(config);
  await firstStart(rt);
  const clock = { now: opts.now ?? Date.now() };
  // Counters flush only when a test asks (flush()), and live figures are read fresh every time.
  const app = await buildApp({
    config,
    db: rt.handle.db,
    dialect: rt.handle.dialect,
    storage: rt.storage,
    clock: () => clock.now,
    counting: { flushMs: 0, liveTtlMs: opts.liveTtlMs ?? 0 },
    modules: opts.modules,
  });
  await app.ready();
  return {
    app,
    db: rt.handle.db,
    config,
    rt,
    clock,
    close: async () => {
      // A test may have closed the database on purpose; the final flush then has nowhere to go.
      await app.close().catch((err: Error) => {
        if (!/destroyed/.test(err.message)) throw err;
      });
      await rt.close().catch(() => {});
      await te.cleanup();
    },
  };
}

/** A desktop browser's User-Agent: requests with it are counted as a person's. */
export const BROWSER_UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';

/** A GET with the given host name, as a browser. */
export function get(app: FastifyInstance, url: string, host = 'localhost', headers: Record<string, string> = {}) {
  return app.inject({ method: 'GET', url, headers: { host, 'user-agent': BROWSER_UA, ...headers } });
}

/** The text of an HTML document with tags removed and whitespace collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[#\w]+;/g, (e) => decodeHTML(e))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Starts `loa serve` as a real process on a free port; `ready` resolves with its address once it listens. */
export function serveProcess(env: Record<string, string>) {
  const child = spawn(process.execPath, [path.resolve('bin/loa.js'), 'serve'], { env: { ...process.env, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start: ${out}`)), 60_000);
    child.stdout.on('data', () => {
      const m = out.match(/Loa đang chạy tại (http:\/\/\S+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))));
  return { child, ready, exited, output: () => out };
}

/** The addresses on this site that a page links to (href="/…", decoded entities, without fragments), once each. */
export function internalLinks(html: string): string[] {
  const hrefs = [...html.matchAll(/<a\s[^>]*href="(\/(?!\/)[^"#]*)[^"]*"/g)].map((m) => decodeHTML(m[1]!));
  return [...new Set(hrefs)];
}
