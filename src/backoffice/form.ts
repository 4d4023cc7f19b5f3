// Reading what the back office is sent: every form and query string through one zod schema per
// route (`body:` / `query:` of backofficeRoute, which parses it before the handler). A field is one
// string ('' when absent, repeated or not text), normalised to NFC on the way in (vi cleanLine /
// cleanText); its limits are checked with messages from the catalogue, never silently cut.
// Refused input is a FormInvalid: a message per field, and the form comes back as it was typed.
import { z } from 'zod';
import { cleanLine, cleanText } from '../vi/index.js';
import { msg } from '../messages/index.js';
import { FormInvalid } from '../errors/index.js';
import type { FieldErrors } from '../errors/index.js';

export type { FieldErrors };

/** The one string a field or query parameter holds ('' when absent, repeated or not text). */
const one = (v: unknown): string => (typeof v === 'string' ? v : '');

export interface FieldRule {
  label: string;
  max: number;
  required?: boolean;
  /** Keeps line breaks (cleanText) instead of one line (cleanLine). */
  multiline?: boolean;
}

/** A typed value's problem under its rule: over the limit (never silently cut), then empty when required. */
export function fieldProblem(rule: FieldRule, value: string): string | undefined {
  if (value.length > rule.max) return msg.tooLong(rule.label, rule.max);
  if (rule.required && !value) return msg.required(rule.label);
  return undefined;
}

/** The rule as a check of the typed value. */
function ruled(rule: FieldRule | undefined) {
  const s = z.string();
  return rule
    ? s.check((ctx) => {
        const problem = fieldProblem(rule, ctx.value);
        if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value, continue: true });
      })
    : s;
}

/** One line as typed: NFC, trimmed, control characters dropped; `then` normalises further (lower case…). */
export const line = (rule?: FieldRule, then: (s: string) => string = (s) => s) => z.preprocess((v) => then(cleanLine(one(v))), ruled(rule));

/** Text as typed with its line breaks (cleanText), trimmed unless `trim: false` (a body of HTML). */
export const text = (rule?: FieldRule, o: { trim?: boolean } = {}) =>
  z.preprocess((v) => {
    const s = cleanText(one(v));
    return o.trim === false ? s : s.trim();
  }, ruled(rule));

/** A field by its rule: one line, or text when the rule is multiline. */
export const field = (rule: FieldRule) => (rule.multiline ? text(rule) : line(rule));

/** The fields of a table of rules (the same table gives the form its maxlength). */
export function fieldsOf<K extends string>(rules: Record<K, FieldRule>) {
  return Object.fromEntries(Object.entries<FieldRule>(rules).map(([k, rule]) => [k, field(rule)])) as Record<K, ReturnType<typeof field>>;
}

/** The string exactly as sent: passwords, codes, tokens are never changed on the way in. */
export const raw = () => z.preprocess(one, z.string());

/** Every string of a repeated field (checkboxes), each read by `item`. */
export const list = <T = string>(item: z.ZodType<T> = z.string() as unknown as z.ZodType<T>) =>
  z.preprocess((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []), z.array(item));

/** One of a fixed set of values (a select, a button), as sent; anything else is refused with `message`. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, message: string) => z.preprocess(one, z.enum(values, { error: message }));

const ID = /^[1-9]\d{0,9}$/;
const MAX_ID = 2_147_483_647;

/** `?trang=`: a page number up to `max`; anything else (or nothing) is page 1. */
export const pageNumber = (max: number) => raw().transform((s) => (ID.test(s) && Number(s) <= max ? Number(s) : 1));

/** A row id typed or sent (`:id`, `?da-xoa=`), or undefined when it cannot name a row. */
export const rowId = () => raw().transform((s) => (ID.test(s) && Number(s) <= MAX_ID ? Number(s) : undefined));

/** Search words (a search box, not something stored): one line, cut at `max`. */
export const searchText = (max: number) => line().transform((s) => s.slice(0, max));

/** A flag of a redirect (`?da-luu=1`): set when present and not empty. */
export const flag = () => raw().transform((s) => s !== '');

/**
 * A check of the whole form (`z.object(…).check(formCheck(…))`): `add` puts a message beside a
 * field, `refused` says whether a field has one already (a rule that only means something once the
 * field itself is fine).
 */
export function formCheck<T>(fn: (value: T, add: (name: string, message: string) => void, refused: (name: string) => boolean) => void) {
  return (ctx: z.core.ParsePayload<T>) => {
    const refused = (name: string) => ctx.issues.some((i) => i.path?.[0] === name);
    // `continue`: the other fields' checks still run, so every problem is told at once.
    fn(ctx.value, (name, message) => ctx.issues.push({ code: 'custom', path: [name], message, input: ctx.value, continue: true }), refused);
  };
}

/** The first message of each field refused. */
function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const name = String(issue.path[0] ?? '');
    out[name] ??= issue.message;
  }
  return out;
}

/**
 * `source` read through `schema`: its output, or a FormInvalid with a message for each field. A check
 * without a message of its own says msg.badInput (zod's English never reaches anyone).
 */
export function readInput<T>(schema: z.ZodType<T>, source: unknown): T {
  const r = schema.safeParse(source ?? {}, { error: () => msg.badInput });
  if (r.success) return r.data;
  throw new FormInvalid(fieldErrors(r.error));
}

/** The innermost schema a pipe starts from (a preprocess starts from its cleaning function). */
function first(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodPipe) s = s.in as z.ZodType;
  return s;
}

/**
 * What was typed in each text field of a form schema, cleaned as its fields clean it (NFC, trimmed),
 * whatever the rules say: a refused form is shown again with these values.
 */
export function typedValues(schema: z.ZodType | undefined, source: unknown): Record<string, string> {
  const form = schema && first(schema);
  const values: Record<string, string> = {};
  if (!(form instanceof z.ZodObject)) return values;
  const body = source && typeof source === 'object' ? (source as Record<string, unknown>) : {};
  for (const [name, f] of Object.entries(form.shape as Record<string, z.ZodType>)) {
    const start = first(f);
    const v = start instanceof z.ZodTransform ? start.parse(body[name]) : one(body[name]);
    if (typeof v === 'string') values[name] = v;
  }
  return values;
}
