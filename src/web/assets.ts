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
