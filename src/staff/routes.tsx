// Sign-in (/dang-nhap), its second step for two-factor accounts (/dang-nhap/xac-thuc) and sign-out
// (/dang-xuat); who is signed in on every back-office route is the frame's (backoffice/auth.tsx).
// Every answer here is `Cache-Control: no-store`; every POST form carries `_csrf`.
//
// With two-factor sign-in on, the right password only opens a pending session (totp_pending = 1,
// 5 minutes, good for nothing but the second step); the code then replaces it by a full session
// with a new token.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { UserRow } from '../db/schema.js';
import { showRefusal } from '../errors/index.js';
import { audit } from '../audit/log.js';
import { raw, readInput } from '../backoffice/form.js';
import { renderPage } from '../web/render.js';
import { sendHtml } from '../web/reply.js';
import { CSRF_FIELD, SIGNIN_CSRF_COOKIE, csrfToken, newSigninCsrf, verifyCsrf, verifySessionCsrf } from '../accounts/csrf.js';
import { msg } from '../messages/index.js';
import type { SessionRow } from '../accounts/sessions.js';
import { SESSION_COOKIE, createSession, destroySession, isTokenShaped, sessionFromToken } from '../accounts/sessions.js';
import { safeNext, signIn } from '../accounts/signin.js';
import { completeSecondStep } from '../accounts/two-factor.js';
import { userById } from '../accounts/users.js';
import { noStore, sendBackofficeError, sessionCookieOptions as cookieOptions } from '../backoffice/auth.js';
import { SIGNIN_PATH, SIGNOUT_PATH } from '../backoffice/paths.js';
import { SecondStepPage, SignInPage } from './views.js';

export const SECOND_STEP_PATH = '/dang-nhap/xac-thuc';

const now = (req: FastifyRequest) => req.server.deps.clock();

/** The sign-in forms' fields, each as sent (a username is cut at 100 characters, a code at 100, before any lookup). */
const signInForm = z.object({ username: raw().transform((s) => s.slice(0, 100)), password: raw(), next: raw(), [CSRF_FIELD]: raw() });
const secondStepForm = z.object({ code: raw().transform((s) => s.slice(0, 100)), next: raw(), [CSRF_FIELD]: raw() });
const signOutForm = z.object({ [CSRF_FIELD]: raw() });
/** `?next=`: where to go once signed in (safeNext keeps it to this site's paths). */
const nextQuery = z.object({ next: raw() });

function sendSignInForm(req: FastifyRequest, reply: FastifyReply, opts: { status?: number; next: string; username?: string; error?: string }) {
  let csrf = req.cookies[SIGNIN_CSRF_COOKIE];
  if (!isTokenShaped(csrf)) {
    csrf = newSigninCsrf();
    reply.setCookie(SIGNIN_CSRF_COOKIE, csrf, cookieOptions(req));
  }
  const html = renderPage(<SignInPage t={msg} siteName={req.site.name} csrf={csrf} next={opts.next} username={opts.username} error={opts.error} />);
  return sendHtml(noStore(reply), html, opts.status ?? 200);
}

/** The session waiting for its second step, with its user (who must still be able to sign in with 2FA). */
async function pendingSession(req: FastifyRequest): Promise<{ pending: SessionRow; user: UserRow } | undefined> {
  const { db } = req.server.deps;
  const session = await sessionFromToken(db, req.cookies[SESSION_COOKIE], now(req));
  if (!session?.totp_pending) return undefined;
  const user = await userById(db, session.user_id);
  if (!user || user.disabled || !user.totp_enabled) return undefined;
  return { pending: session, user };
}

function sendSecondStep(req: FastifyRequest, reply: FastifyReply, opts: { csrf: string; next: string; error?: string; status?: number }) {
  const html = renderPage(<SecondStepPage t={msg} siteName={req.site.name} csrf={opts.csrf} next={opts.next} error={opts.error} />);
  return sendHtml(noStore(reply), html, opts.status ?? 200);
}

export async function accountRoutes(app: FastifyInstance) {
  app.get(SIGNIN_PATH, async (req, reply) => {
    const next = safeNext(readInput(nextQuery, req.query).next);
    return sendSignInForm(req, reply, { next });
  });

  app.post(SIGNIN_PATH, async (req, reply) => {
    const { db } = req.server.deps;
    const form = readInput(signInForm, req.body);
    const next = safeNext(form.next);
    const cookieCsrf = req.cookies[SIGNIN_CSRF_COOKIE];
    if (!isTokenShaped(cookieCsrf) || !verifyCsrf(cookieCsrf, form[CSRF_FIELD])) return sendBackofficeError(req, reply, 403, msg.badCsrf);
    const { username } = form;
    const at = now(req);
    const ip = req.ip;
    const userAgent = String(req.headers['user-agent'] ?? '');
    return showRefusal(
      async () => signedIn(req, reply, await signIn(db, { username, password: form.password, ip, userAgent, now: at }), next),
      (err) => sendSignInForm(req, reply, { status: err.status, next, username, error: err.publicMessage }),
    );
  });

  /** The password was right: a pending session for the second step, or the full one. */
  async function signedIn(req: FastifyRequest, reply: FastifyReply, user: UserRow, next: string) {
    const { db } = req.server.deps;
    const at = now(req);
    const ip = req.ip;
    const userAgent = String(req.headers['user-agent'] ?? '');
    // Rotation: whatever session this browser had ends; the new one has a new token.
    await destroySession(db, req.cookies[SESSION_COOKIE]);
    if (user.totp_enabled) {
      const pending = await createSession(db, user.id, { ip, userAgent, now: at }, { pending: true });
      reply.setCookie(SESSION_COOKIE, pending.token, cookieOptions(req));
      reply.clearCookie(SIGNIN_CSRF_COOKIE, cookieOptions(req));
      return noStore(reply).redirect(`${SECOND_STEP_PATH}?next=${encodeURIComponent(next)}`, 303);
    }
    const { token } = await createSession(db, user.id, { ip, userAgent, now: at });
    await audit(db, { siteId: req.site.id, userId: user.id, action: 'signin', subjectType: 'user', subjectId: user.id, detail: { userAgent: userAgent.slice(0, 300) }, ip, at: new Date(at).toISOString() });
    reply.setCookie(SESSION_COOKIE, token, cookieOptions(req));
    reply.clearCookie(SIGNIN_CSRF_COOKIE, cookieOptions(req));
    return noStore(reply).redirect(next, 303);
  }

  app.get(SECOND_STEP_PATH, async (req, reply) => {
    const next = safeNext(readInput(nextQuery, req.query).next);
    const found = await pendingSession(req);
    if (!found) return noStore(reply).redirect(`${SIGNIN_PATH}?next=${encodeURIComponent(next)}`, 303);
    return sendSecondStep(req, reply, { csrf: csrfToken(found.pending), next });
  });

  app.post(SECOND_STEP_PATH, async (req, reply) => {
    const { db } = req.server.deps;
    const form = readInput(secondStepForm, req.body);
    const next = safeNext(form.next);
    const found = await pendingSession(req);
    if (!found) return noStore(reply).redirect(`${SIGNIN_PATH}?next=${encodeURIComponent(next)}`, 303);
    const csrf = csrfToken(found.pending);
    if (!verifySessionCsrf(found.pending, form[CSRF_FIELD])) return sendBackofficeError(req, reply, 403, msg.badCsrf);
    const userAgent = String(req.headers['user-agent'] ?? '');
    return showRefusal(
      async () => {
        const { token } = await completeSecondStep(db, { ...found, code: form.code, siteId: req.site.id, ip: req.ip, userAgent, now: now(req) });
        reply.setCookie(SESSION_COOKIE, token, cookieOptions(req));
        return noStore(reply).redirect(next, 303);
      },
      (err) => sendSecondStep(req, reply, { csrf, next, error: err.publicMessage, status: err.status }),
    );
  });

  app.post(SIGNOUT_PATH, async (req, reply) => {
    const { db } = req.server.deps;
    const token = req.cookies[SESSION_COOKIE];
    const session = await sessionFromToken(db, token, now(req));
    if (session) {
      if (!verifySessionCsrf(session, readInput(signOutForm, req.body)[CSRF_FIELD])) return sendBackofficeError(req, reply, 403, msg.badCsrf);
      await destroySession(db, token);
      await audit(db, { siteId: req.site.id, userId: session.user_id, action: 'signout', subjectType: 'user', subjectId: session.user_id, ip: req.ip, at: new Date(now(req)).toISOString() });
    }
    if (token !== undefined) reply.clearCookie(SESSION_COOKIE, cookieOptions(req));
    // Leaving the second step of sign-in goes back to the sign-in form.
    return noStore(reply).redirect(session?.totp_pending ? SIGNIN_PATH : '/', 303);
  });
}
