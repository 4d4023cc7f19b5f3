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
import { createStaff, demoSites, sessionFor, staffGet, staffPost } from './staff.js';
import type { WalkParams } from './walk.js';
import { fillRoute, walkParams } from './walk.js';
import { BACKOFFICE_ROUTES } from '../src/backoffice/guard.js';
import type { Actor } from '../src/accounts/policy.js';
import { whyNot } from '../src/accounts/policy.js';

let t: TestApp;
let sites: Sites;
let staff: Staff;
const sessions = {} as Record<keyof Staff, StaffSession>;
let params: WalkParams = {};

before(async () => {
  t = await testApp();
  sites = await demoSites(t.db);
  staff = await createStaff(t.db, sites, 'walk');
  for (const k of Object.keys(staff) as (keyof Staff)[]) sessions[k] = await sessionFor(t.db, staff[k]);
  params = await walkParams(t.db, sites, staff);
});
after(() => t.close());

const fill = (url: string) => fillRoute(url, params);

type Who = 'anonymous' | 'outsider' | 'reporter' | 'editor' | 'admin';
const WHO: Who[] = ['anonymous', 'outsider', 'reporter', 'editor', 'admin'];

function actorOf(who: Who): Actor {
  if (who === 'reporter' || who === 'editor' || who === 'admin') return { userId: staff[who], role: who };
  return undefined;
}

test('the walk covers the whole back office', () => {
  const urls = BACKOFFICE_ROUTES.map((r) => `${r.method} ${r.url}`);
  for (const must of ['GET /quan-tri/', 'GET /quan-tri/bai-viet', 'POST /quan-tri/bai-viet/moi', 'GET /quan-tri/cho-duyet', 'GET /quan-tri/thu-vien', 'GET /quan-tri/cai-dat', 'GET /quan-tri/nguoi-dung', 'GET /quan-tri/nhat-ky', 'GET /quan-tri/tai-khoan']) {
    assert.ok(urls.includes(must), `${must} is declared through backofficeRoute`);
  }
  assert.ok(BACKOFFICE_ROUTES.length >= 20, `${BACKOFFICE_ROUTES.length} routes`);
});

test('every route × every role × anonymous answers as the policy says', async () => {
  const problems: string[] = [];
  // Pages first: an allowed POST may change the rows the later pages are opened with.
  const routes = [...BACKOFFICE_ROUTES].sort((a, b) => (a.method === b.method ? 0 : a.method === 'GET' ? -1 : 1));
  for (const route of routes) {
    const url = fill(route.url);
    for (const who of WHO) {
      const s = who === 'anonymous' ? undefined : sessions[who];
      // POSTs carry the session's token but an empty form: the guard's answer is what is checked.
      const res = route.method === 'GET' ? await staffGet(t.app, s, url) : await staffPost(t.app, s, url, {});
      const label = `${route.method} ${url} as ${who}: ${res.statusCode}`;
      if (res.statusCode >= 500) {
        problems.push(`${label} (a server error)`);
        continue;
      }
      if (who === 'anonymous') {
        const ok = route.json ? res.statusCode === 401 : res.statusCode === 303 && String(res.headers.location).startsWith('/dang-nhap?next=');
        if (!ok) problems.push(`${label}, expected ${route.json ? '401' : '303 to /dang-nhap'}`);
        continue;
      }
      if (who === 'outsider') {
        if (res.statusCode !== 403) problems.push(`${label}, expected 403 (no role on this site)`);
        continue;
      }
      const refused = route.needs !== 'staff' && whyNot(actorOf(who), route.needs) !== null;
      if (refused) {
        if (res.statusCode !== 403) problems.push(`${label}, expected 403 (policy: ${route.needs})`);
      } else if (route.method === 'GET') {
        // Allowed pages open; a reporter may get 404 for rows that are not theirs (nothing learnt).
        if (res.statusCode !== 200 && !(res.statusCode === 404 && who === 'reporter')) problems.push(`${label}, expected 200`);
      } else if (res.statusCode === 403 && /Phiên làm việc không hợp lệ/.test(res.body)) {
        problems.push(`${label}: the CSRF token was refused`);
      }
    }
  }
  assert.deepEqual(problems, [], `${problems.length} answers differ from the policy:\n${problems.join('\n')}`);
});

test('every POST without the CSRF token is refused, for every role', async () => {
  const problems: string[] = [];
  for (const route of BACKOFFICE_ROUTES.filter((r) => r.method === 'POST')) {
    const url = fill(route.url);
    for (const who of ['reporter', 'editor', 'admin'] as const) {
      const res = await staffPost(t.app, sessions[who], url, { _csrf: '' });
      if (res.statusCode !== 403) problems.push(`POST ${url} as ${who} without a token: ${res.statusCode}`);
    }
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});
