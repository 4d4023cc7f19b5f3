// Transpiles src/ (TypeScript, JSX) to dist/ with esbuild — file by file, no bundling — and copies
// the static files. The server runs from dist/ (no TypeScript loader in memory); tests run the
// sources through tsx. bin/loa.js calls this when dist/ is missing or older than src/, or when the
// browser bundle (client/, built first by scripts/build-client.js) is missing or out of date.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { isClientFresh } from './build-client.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src');
const dist = path.join(root, 'dist');

function walk(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** The newest modification time under src/ (ms). */
export function newestSource() {
  return Math.max(...walk(src).map((f) => fs.statSync(f).mtimeMs));
}

const STAMP = path.join(dist, '.built');

export function isFresh() {
  try {
    return isClientFresh() && fs.statSync(STAMP).mtimeMs >= newestSource();
  } catch {
    return false;
  }
}

/** Builds the browser bundle into src/web/static/build/ when its sources changed (Vite, a second or two). */
function buildClientIfStale() {
  if (isClientFresh()) return;
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-client.js')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`the browser bundle could not be built (scripts/build-client.js exited with ${r.status ?? r.signal})`);
}

export function build() {
  buildClientIfStale();
  const files = walk(src);
  const code = files.filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
  const tmp = `${dist}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  buildSync({
    entryPoints: code,
    outdir: tmp,
    outbase: src,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    sourcemap: 'linked',
    logLevel: 'error',
  });
  for (const f of files.filter((f) => f.includes(`${path.sep}static${path.sep}`))) {
    const to = path.join(tmp, path.relative(src, f));
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(f, to);
  }
  fs.writeFileSync(path.join(tmp, '.built'), new Date().toISOString());
  fs.rmSync(dist, { recursive: true, force: true });
  fs.renameSync(tmp, dist);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  build();
  console.log(`built ${path.relative(root, dist)}/`);
}
