// The guard of every citizen form (a public form sent without an account: a question, a comment on
// a draft). A form carries two hidden fields (CitizenFormFields): a honeypot that people leave empty
// and a signed token of when the form was served. A module's route calls admitCitizen inside the
// transaction of its write, before writing: it refuses a filled honeypot, a token that is missing,
// forged or older than a day, a form sent sooner than a person could fill it, an address or a site
// over its limits, and a text already received within the hour; and it records the submission
// (hashes only) in that transaction, so a write that fails afterwards takes the record back.
//
// The records are in the database (citizen_submissions), so the limits hold across instances and
// processes. Each check first writes its form's gate row (citizen_gates: one per site and form),
// which makes concurrent checks of one form on one site take turns — the write lock on SQLite, the
// upsert's row lock on PostgreSQL, held until the caller's transaction ends — so two identical texts
// sent at once cannot both pass. Rows older than a day are deleted by the checks themselves.
import crypto from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { sql } from 'kysely';
import type { Db } from '../db/index.js';
import { AppError } from '../errors/index.js';
import type { FieldErrors } from '../errors/index.js';
import { msg } from '../messages/index.js';
import { cleanLine } from '../vi/index.js';
import { sharedSecret } from '../counters/secrets.js';
import { shownOnForm } from '../backoffice/fields.js';

/** The honeypot's name: a field bots like to fill. */
export const HONEYPOT_FIELD = 'website';
/** The signed time the form was served. */
export const TOKEN_FIELD = 'citizen_token';

export interface CitizenLimits {
  /** A person needs at least this long to fill a form (ms). */
  minFillMs: number;
  /** A served form is good for this long (ms). */
  maxAgeMs: number;
  /** Submissions of this form one address may make on one site in `windowMs`. */
  perAddress: number;
  /** Submissions of this form one site accepts in `windowMs`. */
  perSite: number;
  /** The window of both limits (ms, at most a day). */
  windowMs: number;
  /** The same text within this is a duplicate (ms, at most a day). */
  duplicateMs: number;
}

export const DEFAULT_LIMITS: Readonly<CitizenLimits> = Object.freeze({
  minFillMs: 3000,
  maxAgeMs: 24 * 3_600_000,
  perAddress: 5,
  perSite: 200,
  windowMs: 3_600_000,
  duplicateMs: 3_600_000,
});

/** Records are kept this long (the longest window allowed), then deleted. */
export const KEEP_MS = 24 * 3_600_000;
/** A token from a clock this far ahead still counts as served now. */
const SKEW_MS = 60_000;

export type CitizenRefusal = 'honeypot' | 'expired' | 'too_fast' | 'duplicate' | 'address_limit' | 'site_limit';

/** A refused citizen submission: 400 (429 for the limits), with the Vietnamese reason to show above the form. */
export class CitizenRefused extends AppError {
  constructor(readonly reason: CitizenRefusal) {
    const t = msg.citizen.refused;
    const text = { honeypot: t.honeypot, expired: t.expired, too_fast: t.tooFast, duplicate: t.duplicate, address_limit: t.addressLimit, site_limit: t.siteLimit }[reason];
    super(`citizen_${reason}`, reason === 'address_limit' || reason === 'site_limit' ? 429 : 400, text);
    this.name = 'CitizenRefused';
  }
}

// The forms' key, from the installation's shared secret (the same on every instance). The one this
// process signs with is loaded when the app is built (loadCitizenKey); a check verifies with its own
// database's key (and any loaded one: a process normally has one).
const SECRET_NAME = 'citizen_form_key';
const loadedKeys: string[] = [];

/** Loads the key the forms' tokens are signed with (made once per installation); buildApp calls it. */
export async function loadCitizenKey(db: Db): Promise<void> {
  const key = await sharedSecret(db, SECRET_NAME);
  const i = loadedKeys.indexOf(key);
  if (i >= 0) loadedKeys.splice(i, 1);
  loadedKeys.push(key);
}

const hmac = (key: string, data: string) => crypto.createHmac('sha256', key).update(data).digest('base64url');
const sign = (key: string, form: string, at: number) => hmac(key, `form|${form}|${at}`).slice(0, 32);

/** The token of a form served at `at`: the time, base 36, and its signature. */
export function citizenToken(form: string, at: number): string {
  const key = loadedKeys.at(-1);
  if (!key) throw new Error('citizen forms: loadCitizenKey(db) has not run (buildApp does it)');
  return `${at.toString(36)}.${sign(key, form, at)}`;
}

/** When the form was served, if the token is this form's and signed with one of the keys. */
function servedAt(token: unknown, form: string, keys: readonly string[]): number | undefined {
  if (typeof token !== 'string' || token.length > 100) return undefined;
  const m = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{32})$/.exec(token);
  if (!m) return undefined;
  const at = parseInt(m[1]!, 36);
  const given = Buffer.from(m[2]!);
  for (const key of keys) {
    const want = Buffer.from(sign(key, form, at));
    if (want.length === given.length && crypto.timingSafeEqual(want, given)) return at;
  }
  return undefined;
}

/**
 * The hidden fields every citizen form carries, inside its <form>: the honeypot (visually hidden,
 * hidden from assistive technology, out of the tab order, never autofilled, and labelled "leave
 * this empty" for whoever reaches it anyway), always rendered empty, and the token of when the form
 * was served (`now`, the app's clock, by default the present).
 */
export function CitizenFormFields(props: { form: string; now?: number }): VNode {
  const id = `f-${HONEYPOT_FIELD}-${props.form.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <>
      <div class="visually-hidden" aria-hidden="true">
        <label for={id}>{msg.citizen.honeypotLabel}</label>
        <input type="text" id={id} name={HONEYPOT_FIELD} value="" tabIndex={-1} autoComplete="off" />
      </div>
      <input type="hidden" name={TOKEN_FIELD} value={citizenToken(props.form, props.now ?? Date.now())} />
    </>
  );
}

/** The key of a text for the duplicate check: single-line (whitespace runs collapsed), NFC, lower case. */
export function textKey(text: string): string {
  return cleanLine(text).toLowerCase();
}

const iso = (ms: number) => new Date(ms).toISOString();

async function count(trx: Db, siteId: number, form: string, since: number, where?: { column: 'address_hash' | 'text_hash'; value: string }): Promise<number> {
  let q = trx
    .selectFrom('citizen_submissions')
    .select(sql<number | string>`count(*)`.as('n'))
    .where('site_id', '=', siteId)
    .where('form', '=', form)
    .where('at', '>', iso(since));
  if (where) q = q.where(where.column, '=', where.value);
  const row = await q.executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Checks one submission of a citizen form and records it, inside the caller's transaction (opened
 * by atomically; call it before the write it guards). Throws CitizenRefused when the honeypot is
 * filled, the token is missing, forged or too old ("reload the page"), the form came back sooner
 * than `minFillMs`, the same text (whitespace, Unicode form and case aside) was received on this
 * site for this form within `duplicateMs`, or the address or the site is over its limit.
 * `form` names the form (the same as CitizenFormFields'), `text` is what the duplicate check
 * compares (the submission's main text, or its fields joined), `now` the app's clock.
 */
export async function admitCitizen(
  trx: Db,
  req: FastifyRequest,
  opts: { form: string; siteId: number; body: Record<string, unknown>; text: string; now?: number; limits?: Partial<CitizenLimits> },
): Promise<void> {
  if (!trx.isTransaction) throw new Error('admitCitizen runs inside the transaction of the write it guards');
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const now = opts.now ?? Date.now();
  const { form, siteId, body } = opts;

  const trap = body[HONEYPOT_FIELD];
  if (trap !== undefined && trap !== null && !(typeof trap === 'string' && trap.trim() === '')) throw new CitizenRefused('honeypot');

  const key = await sharedSecret(trx, SECRET_NAME);
  const at = servedAt(body[TOKEN_FIELD], form, [key, ...loadedKeys]);
  if (at === undefined || now - at > Math.min(limits.maxAgeMs, KEEP_MS) || at - now > SKEW_MS) throw new CitizenRefused('expired');
  if (now - at < limits.minFillMs) throw new CitizenRefused('too_fast');

  // Take this form's turn on this site: concurrent checks wait here until this transaction ends.
  const stamp = iso(now);
  await trx
    .insertInto('citizen_gates')
    .values({ site_id: siteId, form, at: stamp })
    .onConflict((oc) => oc.columns(['site_id', 'form']).doUpdateSet({ at: stamp }))
    .execute();
  await trx.deleteFrom('citizen_submissions').where('site_id', '=', siteId).where('form', '=', form).where('at', '<', iso(now - KEEP_MS)).execute();

  const textHash = hmac(key, `text|${textKey(opts.text)}`);
  const addressHash = hmac(key, `address|${req.ip}`);
  if (textKey(opts.text) !== '' && (await count(trx, siteId, form, now - Math.min(limits.duplicateMs, KEEP_MS), { column: 'text_hash', value: textHash })) > 0) {
    throw new CitizenRefused('duplicate');
  }
  const since = now - Math.min(limits.windowMs, KEEP_MS);
  if ((await count(trx, siteId, form, since, { column: 'address_hash', value: addressHash })) >= limits.perAddress) throw new CitizenRefused('address_limit');
  if ((await count(trx, siteId, form, since)) >= limits.perSite) throw new CitizenRefused('site_limit');

  await trx.insertInto('citizen_submissions').values({ site_id: siteId, form, address_hash: addressHash, text_hash: textHash, at: stamp }).execute();
}

/**
 * How a public form shows a refusal: a field's message beside its field (FormInvalid), any other
 * refusal — a CitizenRefused — as `error`, for CitizenFormAlert above the form. The caller renders
 * the form again with the values typed (the honeypot always empty, a fresh token) and err.status.
 */
export function shownOnCitizenForm(err: AppError): { errors: FieldErrors; error?: string } {
  return shownOnForm(err);
}

/** The refusal above a public form, announced (role="alert"); nothing without one. */
export function CitizenFormAlert({ error }: { error?: string }): VNode | null {
  if (!error) return null;
  return (
    <div class="citizen-alert" role="alert">
      <p>{error}</p>
    </div>
  );
}
