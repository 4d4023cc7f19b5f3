// Who is signed in, for every back-office route: currentUser / requireUser, and the frame's error
// page. The sign-in pages themselves are a module (staff/routes.tsx); the frame only knows their
// addresses. Every answer here is `Cache-Control: no-store`.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { UserRow } from '../db/schema.js';
import { renderPage } from '../web/render.js';
import { sendHtml } from '../web/reply.js';
import { csrfToken } from '../accounts/csrf.js';
import { msg } from '../messages/index.js';
import type { SessionRow } from '../accounts/sessions.js';
import { SESSION_COOKIE, sessionFromToken, touchSession } from '../accounts/sessions.js';
import { safeNext } from '../accounts/signin.js';
import { userById } from '../accounts/users.js';
import { BackofficeErrorPage } from './shell.js';
import { SIGNIN_PATH } from './paths.js';

export interface Auth {
  user: UserRow;
  session: SessionRow;
}

export function sessionCookieOptions(req: FastifyRequest) {
  return { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: req.protocol === 'https' };
}

export function noStore(reply: FastifyReply) {
  return reply.header('cache-control', 'no-store');
}

const resolved = new WeakMap<FastifyRequest, Promise<Auth | undefined>>();

async function loadAuth(req: FastifyRequest): Promise<Auth | undefined> {
  const { db } = req.server.deps;
  const at = req.server.deps.clock();
  const session = await sessionFromToken(db, req.cookies[SESSION_COOKIE], at);
  if (!session || session.totp_pending) return undefined;
  const user = await userById(db, session.user_id);
  if (!user || user.disabled) return undefined;
  await touchSession(db, session, at);
  return { user, session };
}

/** The signed-in user and session of this request, or undefined. Loads once per request; refreshes last_seen_at. */
export function currentUser(req: FastifyRequest): Promise<Auth | undefined> {
  let p = resolved.get(req);
  if (!p) {
    p = loadAuth(req);
    resolved.set(req, p);
  }
  return p;
}

/** The sign-in URL that comes back to this request's path afterwards. */
export function signInUrl(req: FastifyRequest): string {
  return `${SIGNIN_PATH}?next=${encodeURIComponent(safeNext(req.url))}`;
}

/**
 * For back-office routes: the signed-in user, or undefined after answering with a 303 to the
 * sign-in page (the caller then returns the reply): `const auth = await requireUser(req, reply); if (!auth) return reply;`
 */
export async function requireUser(req: FastifyRequest, reply: FastifyReply): Promise<Auth | undefined> {
  const auth = await currentUser(req);
  if (auth) return auth;
  if (req.cookies[SESSION_COOKIE] !== undefined) reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(req));
  noStore(reply).redirect(signInUrl(req), 303);
  return undefined;
}

/** A back-office error page (403 and the like), never cached. */
export function sendBackofficeError(req: FastifyRequest, reply: FastifyReply, status: number, message: string, auth?: Auth) {
  const title = status === 403 && auth ? msg.forbiddenTitle : msg.errorTitle;
  const html = renderPage(<BackofficeErrorPage t={msg} siteName={req.site.name} title={title} message={message} signOutCsrf={auth ? csrfToken(auth.session) : undefined} />);
  return sendHtml(noStore(reply), html, status);
}
