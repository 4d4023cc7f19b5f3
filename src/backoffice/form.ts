// Reading submitted forms. Every value is a single string ('' when absent, repeated or not text),
// normalised to NFC; fields are checked against their limits with messages from the catalogue.
import type { FastifyRequest } from 'fastify';
import { cleanLine, cleanText } from '../vi/index.js';
import { msg } from '../messages/index.js';

function body(req: FastifyRequest): Record<string, unknown> {
  const b = req.body as Record<string, unknown> | undefined | null;
  return b && typeof b === 'object' ? b : {};
}

/** The raw string value of a form field ('' when absent, repeated or not text). */
export function formField(req: FastifyRequest, name: string): string {
  const v = body(req)[name];
  return typeof v === 'string' ? v : '';
}

/** Every string value of a repeated field (checkboxes). */
export function formFields(req: FastifyRequest, name: string): string[] {
  const v = body(req)[name];
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** A query-string parameter as one string ('' when absent or repeated). */
export function queryField(req: FastifyRequest, name: string): string {
  const q = req.query as Record<string, unknown> | undefined;
  const v = q?.[name];
  return typeof v === 'string' ? v : '';
}

export interface FieldRule {
  label: string;
  max: number;
  required?: boolean;
  /** Keeps line breaks (cleanText) instead of one line (cleanLine). */
  multiline?: boolean;
}

/** Errors keyed by field name, shown next to each field. */
export type FieldErrors = Record<string, string>;

/**
 * Reads fields by their rules: NFC, trimmed, control characters dropped. Values over the limit
 * are refused (never silently cut); errors go into `errors` under the field's name.
 */
export function readFields<K extends string>(req: FastifyRequest, rules: Record<K, FieldRule>, errors: FieldErrors): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const name of Object.keys(rules) as K[]) {
    const rule = rules[name];
    const raw = formField(req, name);
    const value = rule.multiline ? cleanText(raw).trim() : cleanLine(raw);
    if (value.length > rule.max) errors[name] = msg.tooLong(rule.label, rule.max);
    else if (rule.required && !value) errors[name] = msg.required(rule.label);
    out[name] = value;
  }
  return out;
}
