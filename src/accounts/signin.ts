// Sign-in: throttle (the attempt reserved before it is checked), then username + password (argon2id). The answer never says whether a
// username exists: an unknown one costs the same argon2id verification (against a fixed dummy
// hash) and gets the same message. Disabled accounts cannot sign in.
import type { Db } from '../db/index.js';
import type { UserRow } from '../db/schema.js';
import { AppError } from '../errors/index.js';
import { verifyPassword } from './passwords.js';
import { userByUsername } from './users.js';
import { msg } from '../messages/index.js';
import { throttledCheck } from './throttle.js';

/** An argon2id hash (same parameters as passwords.ts) of a random password nobody knows. */
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$jLU6bGbeP6txulB9SvDtiA$mPU/Pi0XQDujSU9dFBXadihriOLo4I0OmMUm2PlF/iw';
const MAX_USERNAME = 100;
const MAX_PASSWORD = 1000;

export const badCredentials = () => new AppError('signin_failed', 400, msg.badCredentials);

export interface SignInInput {
  username: string;
  password: string;
  ip: string;
  userAgent: string;
  /** Milliseconds since the epoch. */
  now: number;
}

/** The username as stored and as counted by the throttle: NFC, trimmed, lower case, bounded. */
export const normaliseUsername = (raw: string) => raw.normalize('NFC').trim().toLowerCase().slice(0, MAX_USERNAME);

/** The user, or throws an AppError: 400 bad credentials, 429 account or address locked. */
export async function signIn(db: Db, input: SignInInput): Promise<UserRow> {
  const username = normaliseUsername(input.username);
  const { ip, now } = input;
  let user: UserRow | undefined;
  // Reserved before the check (throttle.ts): a burst sent at once is limited like guesses one by one.
  const ok = await throttledCheck(db, { username, ip, now }, async () => {
    user = username && input.username.length <= MAX_USERNAME ? await userByUsername(db, username) : undefined;
    const password = input.password.length <= MAX_PASSWORD ? input.password : '';
    // Always one argon2id verification, whether or not the username exists.
    const matches = await verifyPassword(user?.password_hash ?? DUMMY_HASH, password);
    return user !== undefined && matches && password.length > 0 && user.disabled === 0;
  });
  // A failure that crosses the limit already answered "locked" (throttledCheck).
  if (!ok || !user) throw badCredentials();
  return user;
}

export const DEFAULT_NEXT = '/quan-tri/';

/** Where to go after sign-in: only a same-site path ("/…", not "//…" or "/\…"), printable ASCII, at most 500 characters. */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > 500) return DEFAULT_NEXT;
  if (!/^\/[\x21-\x7e]*$/.test(next)) return DEFAULT_NEXT; // no spaces, tabs, newlines or control characters
  if (next.startsWith('//') || next.includes('\\')) return DEFAULT_NEXT;
  try {
    const base = 'http://loa.invalid';
    const url = new URL(next, base);
    if (url.origin !== base) return DEFAULT_NEXT;
  } catch {
    return DEFAULT_NEXT;
  }
  return next;
}
