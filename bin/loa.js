#!/usr/bin/env node
// The `loa` command. It runs the JavaScript in dist/, transpiled from src/ by scripts/build.js,
// rebuilding first when src/ is newer (a fraction of a second). If dist/ cannot be written
// (a read-only install), it runs the sources through tsx instead.
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
let main;
try {
  const { build, isFresh } = await import('../scripts/build.js');
  if (!isFresh()) build();
  ({ main } = await import(new URL('dist/cli/main.js', root).href));
} catch (err) {
  if (process.env.LOA_DEBUG) console.error(err);
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(fileURLToPath(new URL('src/cli/main.ts', root))));
}
process.exitCode = await main(process.argv.slice(2));
