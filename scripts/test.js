#!/usr/bin/env node
// Runs the whole test suite twice: once on SQLite, once on PostgreSQL (a fresh database per test
// file on the local server). An unreachable PostgreSQL fails the run; it is never skipped.
// Usage: node scripts/test.js [sqlite|postgres] [FILE…]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const dbs = args[0] === 'sqlite' || args[0] === 'postgres' ? [args.shift()] : ['sqlite', 'postgres'];

function find(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules') find(p, out);
    } else if (/\.test\.tsx?$/.test(e.name)) out.push(path.relative(root, p));
  }
  return out;
}

const files = args.length ? args : [...find(path.join(root, 'src')), ...find(path.join(root, 'test'))].sort();
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}

const pgUrl = process.env.LOA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
async function checkPostgres() {
  const c = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 5000 });
  try {
    await c.connect();
    await c.query('select 1');
  } catch (err) {
    console.error(`PostgreSQL is unreachable at ${pgUrl}: ${err.message}\nStart it, or point LOA_TEST_PG_URL at one (see README.md, "Test") — the PostgreSQL run is required.`);
    process.exit(1);
  } finally {
    await c.end().catch(() => {});
  }
}

// The `loa` processes some tests start run dist/: build it once here rather than racing in each.
const { build } = await import('./build.js');
build();

let failed = false;
for (const db of dbs) {
  if (db === 'postgres') await checkPostgres();
  console.log(`\n=== Loa tests on ${db} (${files.length} files) ===\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, LOA_TEST_DB: db, TZ: process.env.TZ ?? 'UTC' },
  });
  if (r.status !== 0) {
    failed = true;
    console.error(`\n=== tests FAILED on ${db} ===`);
  }
}
process.exit(failed ? 1 : 0);
