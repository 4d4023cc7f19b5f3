// A site's settings as administrators edit them: name, welcome line, contacts, footer, the brand
// colour (dark enough for the header's white text) and the visit total's starting figure.
// `settingsForm` reads and checks what was typed; `saveSiteSettings` stores it with an audit entry of
// every changed field (old → new) and tells the page cache (publicChange: the site cache too).
import { z } from 'zod';
import type { Db } from '../db/index.js';
import { atomically } from '../db/index.js';
import type { SiteRow } from '../db/schema.js';
import type { FieldRule } from '../backoffice/form.js';
import { fieldsOf, formCheck, line } from '../backoffice/form.js';
import type { StaffContext } from '../backoffice/guard.js';
import { msg } from '../messages/index.js';
import { notFound } from '../errors/index.js';
import { audit } from '../audit/log.js';
import { publicChange } from '../web/page-cache.js';

const t = msg.settings;

/** The text fields of the form, in the order they are shown, with their limits. */
export const TEXT_RULES = {
  name: { label: t.name, max: 200, required: true },
  short_name: { label: t.shortName, max: 100 },
  welcome: { label: t.welcome, max: 300 },
  agency: { label: t.agency, max: 200 },
  responsible: { label: t.responsible, max: 200 },
  address: { label: t.address, max: 300 },
  phone: { label: t.phone, max: 50 },
  email: { label: t.email, max: 200 },
  footer_note: { label: t.footerNote, max: 500 },
} satisfies Record<string, FieldRule>;

export type TextField = keyof typeof TEXT_RULES;
export type SettingsField = TextField | 'primary_color' | 'visit_base';

/** What the form shows: the stored values, or what was typed when it is shown again with errors. */
export type SettingsForm = Record<SettingsField, string>;

/** Checked values, ready to store. */
export type SiteSettings = Record<TextField | 'primary_color', string> & { visit_base: number };

export const VISIT_BASE_MAX = 1_000_000_000;
/** WCAG AA for normal text: the header prints white text on the brand colour. */
export const MIN_CONTRAST = 4.5;

export function settingsFormOf(site: SiteRow): SettingsForm {
  return {
    name: site.name,
    short_name: site.short_name,
    welcome: site.welcome,
    agency: site.agency,
    responsible: site.responsible,
    address: site.address,
    phone: site.phone,
    email: site.email,
    footer_note: site.footer_note,
    primary_color: site.primary_color,
    visit_base: String(site.visit_base),
  };
}

/** WCAG 2 contrast ratio of white text on `#rrggbb`. */
export function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

const ratio = (n: number) => (Math.floor(n * 10) / 10).toFixed(1).replace('.', ',');

/** The colour's problem, or null. Only the full #rrggbb form, in either case. */
export function colorProblem(color: string): string | null {
  if (!/^#[0-9a-fA-F]{6}$/.test(color)) return t.badColor;
  const c = contrastWithWhite(color);
  return c < MIN_CONTRAST ? t.lowContrast(ratio(c), ratio(MIN_CONTRAST)) : null;
}

/** "665614", "665.614" or "665 614" → 665614; undefined when it is not a whole number ≥ 0. */
export function parseVisitBase(raw: string): number | undefined {
  const s = raw.trim();
  let digits: string;
  if (/^\d+$/.test(s)) digits = s;
  else if (/^\d{1,3}([. ,]\d{3})+$/.test(s)) digits = s.replace(/[. ,]/g, '');
  else return undefined;
  return Number(digits);
}

const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
const PHONE = /^[0-9+().\- ]+$/;

/** The settings form, read and checked (every problem at once, each beside its field). */
export const settingsForm = z
  .object({ ...fieldsOf(TEXT_RULES), primary_color: line(undefined, (c) => c.toLowerCase()), visit_base: line() })
  .check(
    formCheck((f, add, refused) => {
      if (!refused('phone') && f.phone && !PHONE.test(f.phone)) add('phone', t.badPhone);
      if (!refused('email') && f.email && !EMAIL.test(f.email)) add('email', t.badEmail);
      const colour = colorProblem(f.primary_color);
      if (colour) add('primary_color', colour);
      const visitBase = f.visit_base.length > 20 ? undefined : parseVisitBase(f.visit_base);
      if (visitBase === undefined) add('visit_base', t.badVisitBase);
      else if (visitBase > VISIT_BASE_MAX) add('visit_base', t.visitBaseTooBig(VISIT_BASE_MAX.toLocaleString('vi-VN')));
    }),
  )
  .transform((f): SiteSettings => ({ ...f, visit_base: parseVisitBase(f.visit_base)! }));

/** The form as typed (from settingsForm's fields), to show it again. */
export function settingsFormOfTyped(typed: Record<string, string>): SettingsForm {
  const form = {} as SettingsForm;
  for (const k of [...(Object.keys(TEXT_RULES) as TextField[]), 'primary_color', 'visit_base'] as const) form[k] = typed[k] ?? '';
  return form;
}

/** Who saves, where, from where, when (a back-office Staff is one), and the checked values. */
export type SaveSettingsInput = Pick<StaffContext, 'siteId' | 'userId' | 'ip' | 'now'> & { values: SiteSettings };

export type Changes = Record<string, { from: string | number; to: string | number }>;

/**
 * Stores the settings and audits 'site.settings' with each changed field, in one transaction that
 * drops the cached sites and pages once it commits. Returns the changes (empty: nothing was written).
 */
export async function saveSiteSettings(db: Db, input: SaveSettingsInput): Promise<Changes> {
  return atomically(db, async (trx) => {
    const site = await trx.selectFrom('sites').selectAll().where('id', '=', input.siteId).executeTakeFirst();
    if (!site) throw notFound();
    const changes: Changes = {};
    for (const [k, to] of Object.entries(input.values) as [keyof SiteSettings, string | number][]) {
      const same = k === 'primary_color' ? site[k].toLowerCase() === to : site[k] === to;
      if (!same) changes[k] = { from: site[k], to };
    }
    if (Object.keys(changes).length === 0) return changes;
    const at = new Date(input.now).toISOString();
    await trx
      .updateTable('sites')
      .set({ ...input.values, updated_at: at })
      .where('id', '=', input.siteId)
      .execute();
    await audit(trx, { siteId: input.siteId, userId: input.userId, action: 'site.settings', subjectType: 'site', subjectId: input.siteId, detail: { changes }, ip: input.ip, at });
    await publicChange(trx, input.siteId);
    return changes;
  });
}
