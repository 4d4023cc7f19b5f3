// The layers of src/ (eslint/layers.js, configured in eslint.config.js): an import of a folder listed
// later fails the lint, type-only or not; and the list of known exceptions holds only breaches
// that are still there, so each goes once its imports are fixed.
import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ESLint, Linter, RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import loa from '../eslint/layers.js';

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'src');
const LAYERS = { low: ['errors', 'config', 'web'], middle: ['accounts'], high: ['articles', 'app'] };

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const options = [{ src, layers: LAYERS, exceptions: { 'accounts -> articles': 'still to fix' } }];
const file = (rel: string) => path.join(src, rel);

tester.run('loa/layers', loa.rules.layers, {
  valid: [
    { name: 'a folder imports one listed before it', filename: file('articles/routes.ts'), code: "import { x } from '../web/render.js';", options },
    { name: 'and itself', filename: file('web/layout.tsx'), code: "import { x } from './assets.js';", options },
    { name: 'a top-level file is an entry of its own', filename: file('app.ts'), code: "import { x } from './web/render.js'; import type { C } from './config.js';", options },
    { name: 'a named exception', filename: file('accounts/users.ts'), code: "import { x } from '../articles/queries.js';", options },
    { name: 'packages and what lies outside src/ are not layers', filename: file('web/x.ts'), code: "import fastify from 'fastify'; import { h } from '../../test/helpers.js';", options },
    { name: 'a file outside src/ is not checked', filename: path.join(root, 'test/x.ts'), code: "import { x } from '../src/app.js';", options },
  ],
  invalid: [
    { name: 'a lower folder imports a higher one', filename: file('web/layout.tsx'), code: "import { FeedLinks } from '../articles/links.js';", options, errors: [{ messageId: 'upward' }] },
    { name: 'type-only imports count', filename: file('web/context.ts'), code: "import type { Auth } from '../accounts/auth.js';", options, errors: [{ messageId: 'upward' }] },
    { name: 'so do re-exports', filename: file('web/index.ts'), code: "export * from '../accounts/users.js'; export { a } from '../app.js';", options, errors: [{ messageId: 'upward' }, { messageId: 'upward' }] },
    { name: 'dynamic import() and import types', filename: file('errors/index.ts'), code: "const m = await import('../web/render.js'); type T = import('../config.js').Config;", options, errors: [{ messageId: 'upward' }, { messageId: 'upward' }] },
    { name: 'module augmentation', filename: file('web/x.ts'), code: "declare module '../accounts/policy.js' { interface ModuleActions { 'x.y': true } }", options, errors: [{ messageId: 'upward' }] },
    { name: 'a top-level file listed later', filename: file('web/x.ts'), code: "import { buildApp } from '../app.js';", options, errors: [{ messageId: 'upward' }] },
    { name: 'an exception holds for its one pair only', filename: file('accounts/users.ts'), code: "import { x } from '../app.js';", options, errors: [{ messageId: 'upward' }] },
    { name: 'a folder without a place', filename: file('newthing/service.ts'), code: "import { x } from '../web/render.js';", options, errors: [{ messageId: 'unplaced' }] },
    { name: 'importing a folder without a place', filename: file('articles/service.ts'), code: "import { x } from '../newthing/service.js';", options, errors: [{ messageId: 'unplaced' }] },
  ],
});

/** Every .ts/.tsx file of src/ the lint checks (tests left out, as in eslint.config.js). */
function sources(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) sources(p, out);
    else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

test("the project's layers: no breach but the listed exceptions, and every exception still needed", async () => {
  const config = (await new ESLint({ cwd: root }).calculateConfigForFile(path.join(src, 'web/layout.tsx'))) as { rules: Record<string, [unknown, { layers: Record<string, string[]>; exceptions?: Record<string, string> }]> };
  const [, real] = config.rules['loa/layers']!;
  assert.ok(Object.keys(real.layers).length >= 5, 'the layers are configured');
  // The same rule without exceptions (nor inline comments turning it off): what it reports is
  // exactly what the exceptions excuse.
  const linter = new Linter({ cwd: root });
  const lintConfig: Linter.Config[] = [{ files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser }, linterOptions: { noInlineConfig: true }, plugins: { loa }, rules: { 'loa/layers': ['error', { src: 'src', layers: real.layers }] } }];
  const found = new Map<string, string>();
  const unplaced: string[] = [];
  for (const f of sources(src)) {
    for (const m of linter.verify(fs.readFileSync(f, 'utf8'), lintConfig, { filename: f })) {
      if (m.fatal) assert.fail(`${path.relative(root, f)}: ${m.message}`);
      if (m.ruleId !== 'loa/layers') continue;
      const pair = /^(\S+) \(\w+\) may not import (\S+) /.exec(m.message);
      if (!pair) unplaced.push(`${path.relative(root, f)}: ${m.message}`);
      else if (!found.has(`${pair[1]} -> ${pair[2]}`)) found.set(`${pair[1]} -> ${pair[2]}`, path.relative(root, f));
    }
  }
  assert.deepEqual(unplaced, [], 'every folder of src/ has its place');
  const excused = Object.keys(real.exceptions ?? {}).sort();
  const unexcused = [...found.keys()].filter((k) => !excused.includes(k));
  assert.deepEqual(unexcused.map((k) => `${k} (${found.get(k)})`), [], 'no breach but the listed exceptions');
  const stale = excused.filter((k) => !found.has(k));
  assert.deepEqual(stale, [], 'an exception nothing needs any more: remove it from eslint.config.js');
});
