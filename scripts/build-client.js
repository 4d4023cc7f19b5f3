// Builds the browser bundle (client/, the TipTap article editor) with Vite into
// src/web/static/build/ (git-ignored; served under /static/build/ and copied to dist/ with the
// other static files). It builds only when its inputs changed: the stamp records a hash of every
// local file the last bundle was made of, of client/, this script and package-lock.json.
// Usage: node scripts/build-client.js [--force]. scripts/build.js runs it (in a child process,
// so its own build() stays synchronous) whenever isClientFresh() is false.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const client = path.join(root, 'client');
export const CLIENT_OUT = path.join(root, 'src', 'web', 'static', 'build');
const STAMP = path.join(CLIENT_OUT, '.inputs.json');
const ALWAYS = ['package-lock.json', 'scripts/build-client.js'];

function walk(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(path.relative(root, p));
  }
  return out;
}

/** A hash of the given files (relative to the root) and the current client/ folder; null if one is gone. */
function inputsHash(files) {
  const all = [...new Set([...files, ...walk(client), ...ALWAYS])].sort();
  const hash = crypto.createHash('sha256');
  for (const f of all) {
    let content;
    try {
      content = fs.readFileSync(path.join(root, f));
    } catch {
      return null;
    }
    hash.update(f).update('\0').update(content).update('\0');
  }
  return hash.digest('hex');
}

/** True when the bundle exists and was built from the files as they are now. */
export function isClientFresh() {
  try {
    const stamp = JSON.parse(fs.readFileSync(STAMP, 'utf8'));
    return fs.existsSync(path.join(CLIENT_OUT, 'editor.js')) && stamp.hash === inputsHash(stamp.files);
  } catch {
    return false;
  }
}

/** Builds the bundle into a temporary folder, then puts it in place. */
export async function buildClient() {
  const { build } = await import('vite');
  const tmp = path.join(root, '.tmp', `client-${process.pid}`);
  fs.rmSync(tmp, { recursive: true, force: true });
  const result = await build({
    configFile: path.join(client, 'vite.config.js'),
    configLoader: 'native',
    build: { outDir: tmp, emptyOutDir: true },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output ?? []);
  const files = outputs
    .flatMap((o) => (o.type === 'chunk' ? o.moduleIds : []))
    .filter((id) => path.isAbsolute(id) && !id.includes(`${path.sep}node_modules${path.sep}`) && id.startsWith(root + path.sep))
    .map((id) => path.relative(root, id));
  fs.writeFileSync(path.join(tmp, '.inputs.json'), JSON.stringify({ hash: inputsHash(files), files: [...new Set(files)].sort() }, null, 1));
  fs.rmSync(CLIENT_OUT, { recursive: true, force: true });
  try {
    fs.renameSync(tmp, CLIENT_OUT);
  } catch (err) {
    // Another process put its (identical) bundle in place between the two calls.
    fs.rmSync(tmp, { recursive: true, force: true });
    if (!fs.existsSync(path.join(CLIENT_OUT, 'editor.js'))) throw err;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--force') || !isClientFresh()) {
    const started = Date.now();
    await buildClient();
    console.log(`built ${path.relative(root, CLIENT_OUT)}/ in ${Date.now() - started} ms`);
  }
}
