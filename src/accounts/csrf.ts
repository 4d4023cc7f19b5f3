// CSRF protection. Signed-in forms carry HMAC-SHA256(session.csrf, 'form'); the sign-in form,
// before any session exists, uses a double-submit cookie `loa_csrf` whose value the form repeats.
// Every POST form of the back office carries the field `_csrf`.
import crypto from 'node:crypto';
import type { SessionRow } from './sessions.js';
import { randomToken } from './sessions.js';

export const CSRF_FIELD = '_csrf';
export const SIGNIN_CSRF_COOKIE = 'loa_csrf';

/** The token every form of a signed-in session carries. */
export function csrfToken(session: Pick<SessionRow, 'csrf'>): string {
  return crypto.createHmac('sha256', session.csrf).update('form').digest('base64url');
}

/** A fresh value for the sign-in form's double-submit cookie. */
export const newSigninCsrf = () => randomToken();

/** Constant-time comparison; anything missing, empty or not a string fails. */
export function verifyCsrf(expected: unknown, given: unknown): boolean {
  if (typeof expected !== 'string' || typeof given !== 'string' || expected.length === 0 || given.length === 0) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** Checks a signed-in form's token against its session. */
export const verifySessionCsrf = (session: Pick<SessionRow, 'csrf'>, given: unknown) => verifyCsrf(csrfToken(session), given);
