// Every back-office route is declared with `backofficeRoute`, which decides before the handler runs:
//   anonymous (or an ended session)          → 303 to /dang-nhap?next=… (401 JSON for `json` routes)
//   signed in without a role on this site     → 403
//   a POST without the session's CSRF token   → 403, nothing changes
//   a password to change / 2FA the role needs → 303 to that page (unless the route is exempt)
//   a site action the policy refuses          → 403 with the policy's reason
// Rules about one article (a reporter and another's article) are asked of the same policy inside
// the handler, which has the article. BACKOFFICE_ROUTES lists every route for the authorisation walk test.
//
// Then the route's query string and form are read through its schemas (`query`, `body`:
// backoffice/form.ts), and the handler runs. Whatever refusal it throws (an AppError, a FormInvalid
// from a schema or a service) is answered here, in one way: the route's `onError` shows it on the
// route's own page (its form again, as typed, each message beside its field); otherwise it is the
// back office's error page with its status, or `{ error, errors? }` for `json` routes.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Role, SiteRow } from '../db/schema.js';
import type { Auth } from './auth.js';
import { currentUser, requireUser, sendBackofficeError } from './auth.js';
import { CSRF_FIELD, csrfToken, verifySessionCsrf } from '../accounts/csrf.js';
import { roleOn } from '../accounts/users.js';
import type { Action } from '../accounts/policy.js';
import { whyNot } from '../accounts/policy.js';
import { msg } from '../messages/index.js';
import type { Messages } from '../messages/index.js';
import { AppError, FormInvalid, showRefusal } from '../errors/index.js';
import { PATHS } from './paths.js';
import type { NavEntry } from './nav.js';
import type { StaffContext } from '../accounts/context.js';

/** Declared below the frame, since the accounts services take it too. */
export type { StaffContext };
import { readInput, typedValues } from './form.js';

/** 'staff': any role on the site; otherwise a policy action that needs no article. */
export type Needs = 'staff' | Action;

/** The one context of a back-office request, built by the guard. */
export interface Staff extends StaffContext {
  auth: Auth;
  role: Role;
  site: SiteRow;
  /** The token every form of this page must carry. */
  csrf: string;
  t: Messages;
  /** The back office's navigation: every module's entries, in order (shown as the policy allows). */
  nav: readonly NavEntry[];
}

/** What the route's schemas read: `body` from the form, `query` from the query string. */
export interface Input<B, Q> {
  body: B;
  query: Q;
}

/** What a refused request sent, for showing its page again: the form as typed (NFC), the query string when it was read. */
export interface Sent<Q> {
  form: Record<string, string>;
  query?: Q;
}

export interface RouteEntry {
  method: 'GET' | 'POST';
  url: string;
  needs: Needs;
  json: boolean;
}

/** Every back-office route, as declared (for the authorisation walk test and the docs). */
export const BACKOFFICE_ROUTES: RouteEntry[] = [];

export interface BackofficeRouteOptions<B = undefined, Q = undefined> {
  method: 'GET' | 'POST';
  url: string;
  needs: Needs;
  /** Answers errors as JSON `{ error }` (fetch calls from the editor) instead of pages. */
  json?: boolean;
  /** Reachable while a password change or 2FA enrolment is pending (those very pages, sign-out). */
  exempt?: boolean;
  /** The form, read before the handler runs; refused input never reaches it. */
  body?: z.ZodType<B>;
  /** The query string, the same way. */
  query?: z.ZodType<Q>;
  handler: (req: FastifyRequest, reply: FastifyReply, staff: Staff, input: Input<B, Q>) => Promise<unknown>;
  /**
   * Shows a refusal on the route's own page: the form again as it was sent, `err.fields` (a
   * FormInvalid's) beside their fields. Returning undefined leaves it to the error page.
   */
  onError?: (err: AppError, req: FastifyRequest, reply: FastifyReply, staff: Staff, sent: Sent<Q>) => unknown;
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
  return site.totp_roles.split(',').filter((r): r is Role => Object.hasOwn(msg.role, r));
}

/** A refusal as JSON: `{ error }`, and for refused input each field's message and the first field refused (the editor's dialogs point at it). */
export function refusalJson(err: AppError) {
  return err instanceof FormInvalid ? { error: err.publicMessage, errors: err.fields, field: Object.keys(err.fields)[0] } : { error: err.publicMessage };
}

/** The answer to a refusal nobody showed on a page: JSON for fetch calls, else the back office's error page. */
function refusal(req: FastifyRequest, reply: FastifyReply, json: boolean, err: AppError, auth?: Auth) {
  if (!json) return sendBackofficeError(req, reply, err.status, err.publicMessage, auth);
  return reply.code(err.status).header('cache-control', 'no-store').send(refusalJson(err));
}

/** The guard's own refusals (no role here, no token, the policy), answered the same way. */
const refuse = (req: FastifyRequest, reply: FastifyReply, json: boolean, status: number, message: string, auth?: Auth) => refusal(req, reply, json, new AppError('refused', status, message), auth);

export function backofficeRoute<B = undefined, Q = undefined>(app: FastifyInstance, o: BackofficeRouteOptions<B, Q>): void {
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
      const staff: Staff = { auth, actor, role, site: req.site, siteId: req.site.id, userId: auth.user.id, ip: req.ip, csrf: csrfToken(auth.session), t: msg, now: req.server.deps.clock(), nav: req.server.nav };
      const fallback = (err: AppError) => refusal(req, reply, json, err, auth);
      let query: Q | undefined;
      return showRefusal(
        async () => {
          query = o.query ? readInput(o.query, req.query) : undefined;
          const body = o.body ? readInput(o.body, req.body) : undefined;
          return o.handler(req, reply, staff, { body: body as B, query: query as Q });
        },
        async (err) => {
          if (!o.onError) return fallback(err);
          // Showing the page again may itself be refused (the row is gone): that refusal is answered instead.
          const shown = await showRefusal(async () => o.onError!(err, req, reply, staff, { form: typedValues(o.body, req.body), query }), fallback);
          return shown === undefined ? fallback(err) : shown;
        },
      );
    },
  });
}
