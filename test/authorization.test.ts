// The authorisation walk: every back-office route (backoffice/guard.ts BACKOFFICE_ROUTES, filled as the app
// registers them) × anonymous, a person with a role on another site only, reporter, editor and
// administrator. Each answer is checked against the policy (accounts/policy.ts): sign-in for the
// anonymous, 403 for no role here, 403 for what the policy refuses, and for what it allows a real
// page (GET 200) or a handled answer (never 403 by the guard, never a 5xx). A POST without the
// CSRF token is refused for everyone. A new route whose path parameter the walk cannot fill fails here.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TestApp } from './helpers.js';
import { testApp } from './helpers.js';
import type { Sites, Staff, StaffSession } from './staff.js';
import { createStaff, demoSites, sessionsFor } from './staff.js';
import type { WalkParams } from './walk.js';
import { walkCsrf, walkParams, walkPolicy } from './walk.js';
import { BACKOFFICE_ROUTES } from '../src/backoffice/guard.js';

let t: TestApp;
let sites: Sites;
let staff: Staff;
const sessions = {} as Record<keyof Staff, StaffSession>;
let params: WalkParams = {};

before(async () => {
  t = await testApp();
  sites = await demoSites(t.db);
  staff = await createStaff(t.db, sites, 'walk');
  Object.assign(sessions, await sessionsFor(t.db, staff));
  params = await walkParams(t.db, sites, staff, t.app.modules);
});
after(() => t.close());

test('the walk covers the whole back office', () => {
  const urls = BACKOFFICE_ROUTES.map((r) => `${r.method} ${r.url}`);
  for (const must of ['GET /quan-tri/', 'GET /quan-tri/bai-viet', 'POST /quan-tri/bai-viet/moi', 'GET /quan-tri/cho-duyet', 'GET /quan-tri/thu-vien', 'GET /quan-tri/cai-dat', 'GET /quan-tri/nguoi-dung', 'GET /quan-tri/nhat-ky', 'GET /quan-tri/tai-khoan']) {
    assert.ok(urls.includes(must), `${must} is declared through backofficeRoute`);
  }
  assert.ok(BACKOFFICE_ROUTES.length >= 20, `${BACKOFFICE_ROUTES.length} routes`);
});

test('every route × every role × anonymous answers as the policy says', async () => {
  const problems = await walkPolicy(t.app, BACKOFFICE_ROUTES, params, staff, sessions);
  assert.deepEqual(problems, [], `${problems.length} answers differ from the policy:\n${problems.join('\n')}`);
});

test('every POST without the CSRF token is refused, for every role', async () => {
  const problems = await walkCsrf(t.app, BACKOFFICE_ROUTES, params, sessions);
  assert.deepEqual(problems, [], problems.join('\n'));
});
