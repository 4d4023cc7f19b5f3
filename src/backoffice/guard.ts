// Every back-office route is declared with `backofficeRoute`, which decides before the handler runs:
//   anonymous (or an ended session)          → 303 to /dang-nhap?next=… (401 JSON for `json` routes)
//   signed in without a role on this site     → 403
//   a POST without the session's CSRF token   → 403, nothing changes
//   a password to change / 2FA the role needs → 303 to that page (unless the route is exempt)
//   a site action the policy refuses          → 403 with the policy's reason
// Rules about one article (a reporter and another's article) are asked of the same policy inside
// the handler, which has the article. BACKOFFICE_ROUTES lists every route for the authorisation walk test.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Role, SiteRow } from '../db/schema.js';
import type { Auth } from './auth.js';
import { currentUser, requireUser, sendBackofficeError } from './auth.js';
import { CSRF_FIELD, csrfToken, verifySessionCsrf } from '../accounts/csrf.js';
import { roleOn } from '../accounts/users.js';
import type { Action } from '../accounts/policy.js';
import { whyNot } from '../accounts/policy.js';
import { msg } from '../messages/index.js';
import type { Messages } from '../messages/index.js';
import { PATHS } from './paths.js';
import type { NavEntry } from './nav.js';

/** 'staff': any role on the site; otherwise a policy action that needs no article. */
export type Needs = 'staff' | Action;

export interface Staff {
  auth: Auth;
  actor: { userId: number; role: Role };
  role: Role;
  site: SiteRow;
  /** The token every form of this page must carry. */
  csrf: string;
  t: Messages;
  /** Milliseconds since the epoch (the app's clock). */
  now: number;
  /** The back office's navigation: every module's entries, in order (shown as the policy allows). */
  nav: readonly NavEntry[];
}

export interface RouteEntry {
  method: 'GET' | 'POST';
  url: string;
  needs: Needs;
  json: boolean;
}

/** Every back-office route, as declared (for the authorisation walk test and the docs). */
export const BACKOFFICE_ROUTES: RouteEntry[] = [];

export interface BackofficeRouteOptions {
  method: 'GET' | 'POST';
  url: string;
  needs: Needs;
  /** Answers errors as JSON `{ error }` (fetch calls from the editor) instead of pages. */
  json?: boolean;
  /** Reachable while a password change or 2FA enrolment is pending (those very pages, sign-out). */
  exempt?: boolean;
  handler: (req: FastifyRequest, reply: FastifyReply, staff: Staff) => Promise<unknown>;
}

export const CSRF_HEADER = 'x-csrf-token';

function submittedCsrf(req: FastifyRequest): unknown {
  const header = req.headers[CSRF_HEADER];
  if (typeof header === 'string') return header;
  const body = req.body as Record<string, unknown> | undefined | null;
  return body && typeof body === 'object' ? body[CSRF_FIELD] : undefined;
}

/** Roles of the site that must use a second factor. */
export function totpRoles(site: Pick<SiteRow, 'totp_roles'>): Role[] {
  return site.totp_roles.split(',').filter((r): r is Role => r === 'admin' || r === 'editor' || r === 'reporter');
}

function refuse(req: FastifyRequest, reply: FastifyReply, json: boolean, status: number, message: string, auth?: Auth) {
  if (json) return reply.code(status).header('cache-control', 'no-store').send({ error: message });
  return sendBackofficeError(req, reply, status, message, auth);
}

export function backofficeRoute(app: FastifyInstance, o: BackofficeRouteOptions): void {
  const json = o.json ?? false;
  if (!BACKOFFICE_ROUTES.some((r) => r.method === o.method && r.url === o.url)) BACKOFFICE_ROUTES.push({ method: o.method, url: o.url, needs: o.needs, json });
  app.route({
    method: o.method,
    url: o.url,
    handler: async (req, reply) => {
      reply.header('cache-control', 'no-store');
      let auth: Auth | undefined;
      if (json) {
        auth = await currentUser(req);
        if (!auth) return reply.code(401).send({ error: msg.sessionEnded });
      } else {
        auth = await requireUser(req, reply);
        if (!auth) return reply;
      }
      const role = await roleOn(req.server.deps.db, auth.user.id, req.site.id);
      if (!role) return refuse(req, reply, json, 403, msg.noRoleHere, auth);
      if (o.method === 'POST' && !verifySessionCsrf(auth.session, submittedCsrf(req))) return refuse(req, reply, json, 403, msg.badCsrf, auth);
      if (!o.exempt) {
        if (auth.user.must_change_password) return json ? refuse(req, reply, json, 403, msg.mustChangePassword) : reply.redirect(PATHS.password, 303);
        if (!auth.user.totp_enabled && totpRoles(req.site).includes(role)) {
          return json ? refuse(req, reply, json, 403, msg.mustEnrolTotp) : reply.redirect(PATHS.twoFactor, 303);
        }
      }
      const actor = { userId: auth.user.id, role };
      if (o.needs !== 'staff') {
        const why = whyNot(actor, o.needs);
        if (why) return refuse(req, reply, json, 403, why, auth);
      }
      const staff: Staff = { auth, actor, role, site: req.site, csrf: csrfToken(auth.session), t: msg, now: req.server.deps.clock(), nav: req.server.nav };
      return o.handler(req, reply, staff);
    },
  });
}
