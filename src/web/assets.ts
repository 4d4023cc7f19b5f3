// Addresses of the static files with a version taken from their content, so they can be cached
// for a year and a new release is fetched at once: asset('site.css') → /static/site.css?v=3f2a9c1b.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const STATIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'static');

const versions = new Map<string, string>();

export function asset(name: string): string {
  let v = versions.get(name);
  if (v === undefined) {
    v = crypto.createHash('sha256').update(fs.readFileSync(path.join(STATIC_DIR, name))).digest('hex').slice(0, 10);
    versions.set(name, v);
  }
  return `/static/${name}?v=${v}`;
}

const EDITOR_BUNDLE = 'build/editor.js';

/**
 * The versioned address of the article editor's bundle (client/, built by scripts/build-client.js):
 * `<script type="module" src={editorScript()}>`, e.g. BackofficeLayout's `scripts={[editorScript()]}`.
 * The page must hold the form#bai-viet markup the editor enhances (see client/editor/main.ts).
 * Should the bundle be missing, the address still comes back (unversioned, so it is looked up
 * again next time): the script then fails to load and the form keeps its plain HTML textarea.
 */
export function editorScript(): string {
  if (!versions.has(EDITOR_BUNDLE) && !fs.existsSync(path.join(STATIC_DIR, EDITOR_BUNDLE))) return `/static/${EDITOR_BUNDLE}`;
  return asset(EDITOR_BUNDLE);
}
