// Editing a site's menu in the back office: add, edit, move up/down and delete items, two levels
// at most. Every change is one transaction with its audit entry ('menu.*') and publicChange, so
// the header of the public pages shows the change at once.
// An item that still has sub-items is not deleted: its sub-items are removed or moved first.
// An item links to something picked from a list (`linkChoices`: each module's `linkTargets`, such as
// the pages, the categories, the newest articles or those a title search finds), or to an address
// typed in (`isSafeMenuUrl`).
import { z } from 'zod';
import type { Db } from '../db/index.js';
import { atomically } from '../db/index.js';
import type { MenuItemRow } from '../db/schema.js';
import type { FieldErrors } from '../errors/index.js';
import { fieldProblem, line } from '../backoffice/form.js';
import type { StaffContext } from '../backoffice/guard.js';
import type { LinkChoice, LinkTargets, LoaModule } from '../registry/module.js';
import { msg } from '../messages/index.js';
import { AppError, FormInvalid, notFound } from '../errors/index.js';
import { audit } from '../audit/log.js';
import { publicChange } from '../web/page-cache.js';

const t = msg.settings;

/** Required unless a link is picked from the list (then its title and address are the default). */
export const MENU_RULES = {
  label: { label: t.menuLabel, max: 100 },
  url: { label: t.menuUrl, max: 500 },
};

export interface MenuItemInput {
  label: string;
  url: string;
  /** null: a top-level item. */
  parentId: number | null;
}

/** What the form shows again: what was typed. */
export interface MenuForm {
  label: string;
  url: string;
  parent: string;
  /** The address picked from the list of the site's pages, categories and articles ('' for none). */
  target: string;
}

/**
 * A menu link is a path of this site ("/chuyen-muc/kinh-te", not "//host") or an absolute
 * http(s) address with a host and no credentials. Everything else (javascript:, data:, mailto:,
 * relative paths, backslashes, spaces) is refused.
 */
export function isSafeMenuUrl(url: string): boolean {
  if (!url || url.length > 500 || /[\s\\<>"'`]/.test(url)) return false;
  if (url.startsWith('/')) return !url.startsWith('//');
  if (!/^https?:\/\//i.test(url)) return false;
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '' && !u.username && !u.password;
  } catch {
    return false;
  }
}

/** '' → null (top level); a positive id → that id; anything else → NaN (refused). */
export function parseParentField(raw: string): number | null {
  if (raw === '') return null;
  return /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
}

/** The menu item form as typed; its rules need the site's rows, so checkMenuForm judges it. */
export const menuForm = z.object({ label: line(), url: line(), parent: line(), target: line() });

/** The form as typed, to show it again. */
export const menuFormOf = (typed: Record<string, string>): MenuForm => ({ label: typed.label ?? '', url: typed.url ?? '', parent: typed.parent ?? '', target: typed.target ?? '' });

/** The picker's groups the modules offer (registry/module.ts `linkTargets`), in order. */
export function linkTargetsOf(modules: readonly LoaModule[]): LinkTargets[] {
  return modules.flatMap((m) => (m.linkTargets ? [m.linkTargets] : [])).sort((a, b) => a.order - b.order);
}

/**
 * Checks the menu item form, every problem at once (FormInvalid, each beside its field). A picked
 * link must still name something one of the modules offers (a published page, a category, a
 * published article…).
 */
export async function checkMenuForm(targets: readonly LinkTargets[], db: Db, siteId: number, now: number, form: MenuForm): Promise<MenuItemInput> {
  const errors: FieldErrors = {};
  for (const name of ['label', 'url'] as const) {
    const problem = fieldProblem(MENU_RULES[name], form[name]);
    if (problem) errors[name] = problem;
  }
  const { target } = form;
  let { label, url } = form;
  if (target) {
    const title = target.length <= 500 ? await linkTitle(targets, db, siteId, new Date(now).toISOString(), target) : undefined;
    if (title === undefined) errors.target = t.badMenuTarget;
    else {
      url = target;
      if (!label && !errors.label) label = title.slice(0, MENU_RULES.label.max);
    }
  } else if (!errors.url && !url) errors.url = msg.required(t.menuUrl);
  else if (!errors.url && !isSafeMenuUrl(url)) errors.url = t.badMenuUrl;
  if (!errors.label && !label && !errors.target) errors.label = msg.required(t.menuLabel);
  const parentId = parseParentField(form.parent);
  if (Number.isNaN(parentId)) errors.parent = t.badMenuParent;
  if (Object.keys(errors).length > 0) throw new FormInvalid(errors);
  return { label, url, parentId };
}

/** A group of the picker: its heading and what it offers. */
export interface LinkGroup {
  label: string;
  options: LinkChoice[];
  /** It answers the title search. */
  searchable: boolean;
}

export interface LinkChoices {
  groups: LinkGroup[];
  /** The title search the searchable groups answer ('' for the newest). */
  query: string;
}

/** What an item can link to without typing an address: every module's group (the portal's pages,
 *  the published pages, the categories, the newest articles or those whose title has `query`…). */
export async function linkChoices(targets: readonly LinkTargets[], db: Db, siteId: number, now: number, query: string): Promise<LinkChoices> {
  const nowIso = new Date(now).toISOString();
  const options = await Promise.all(targets.map((g) => g.choices(db, siteId, nowIso, g.searchable ? query : '')));
  return { groups: targets.map((g, i) => ({ label: g.label(query), options: options[i]!, searchable: g.searchable ?? false })), query };
}

/** The title of what a picked address names on this site (whichever module's thing it is), or
 *  undefined when it names nothing there. */
async function linkTitle(targets: readonly LinkTargets[], db: Db, siteId: number, nowIso: string, url: string): Promise<string | undefined> {
  for (const g of targets) {
    const title = await g.titleOf(db, siteId, nowIso, url);
    if (title !== undefined) return title;
  }
  return undefined;
}

export async function menuItems(db: Db, siteId: number): Promise<MenuItemRow[]> {
  return db.selectFrom('menu_items').selectAll().where('site_id', '=', siteId).orderBy('position').orderBy('id').execute();
}

/** One item of this site; a 404 for another site's item or none. */
export async function menuItemOf(db: Db, siteId: number, id: number): Promise<MenuItemRow> {
  const row = await db.selectFrom('menu_items').selectAll().where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(t.menuNotFound);
  return row;
}

async function siblings(db: Db, siteId: number, parentId: number | null): Promise<MenuItemRow[]> {
  let q = db.selectFrom('menu_items').selectAll().where('site_id', '=', siteId);
  q = parentId === null ? q.where('parent_id', 'is', null) : q.where('parent_id', '=', parentId);
  return q.orderBy('position').orderBy('id').execute();
}

/** The parent's problem for this item (two levels at most), or null. */
async function parentProblem(db: Db, siteId: number, parentId: number | null, itemId?: number): Promise<string | null> {
  if (parentId === null) return null;
  const parent = await db.selectFrom('menu_items').select(['id', 'parent_id']).where('site_id', '=', siteId).where('id', '=', parentId).executeTakeFirst();
  if (!parent || parent.parent_id !== null || parent.id === itemId) return t.badMenuParent;
  if (itemId !== undefined) {
    const child = await db.selectFrom('menu_items').select('id').where('parent_id', '=', itemId).executeTakeFirst();
    if (child) return t.menuParentHasChildren;
  }
  return null;
}

/** Who changes the menu, where, from where, when (a back-office Staff is one). */
export type MenuChange = Pick<StaffContext, 'siteId' | 'userId' | 'ip' | 'now'>;

type Result = { item: MenuItemRow };

async function record(trx: Db, c: MenuChange, action: string, subjectId: number, detail: Record<string, unknown>) {
  await audit(trx, { siteId: c.siteId, userId: c.userId, action, subjectType: 'menu_item', subjectId, detail, ip: c.ip, at: new Date(c.now).toISOString() });
}

/** Adds an item at the end of its level. */
export async function addMenuItem(db: Db, c: MenuChange, input: MenuItemInput): Promise<Result> {
  return atomically(db, async (trx): Promise<Result> => {
    const problem = await parentProblem(trx, c.siteId, input.parentId);
    if (problem) throw new FormInvalid({ parent: problem });
    const level = await siblings(trx, c.siteId, input.parentId);
    const position = level.reduce((max, r) => Math.max(max, r.position + 1), 0);
    const item = await trx
      .insertInto('menu_items')
      .values({ site_id: c.siteId, parent_id: input.parentId, label: input.label, url: input.url, position })
      .returningAll()
      .executeTakeFirstOrThrow();
    await record(trx, c, 'menu.create', item.id, { label: item.label, url: item.url, parentId: item.parent_id });
    await publicChange(trx, c.siteId);
    return { item };
  });
}

/** Changes an item's label, link or parent (a new parent puts it at the end of that level). */
export async function updateMenuItem(db: Db, c: MenuChange, id: number, input: MenuItemInput): Promise<Result> {
  return atomically(db, async (trx): Promise<Result> => {
    const old = await menuItemOf(trx, c.siteId, id);
    const problem = await parentProblem(trx, c.siteId, input.parentId, id);
    if (problem) throw new FormInvalid({ parent: problem });
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    if (old.label !== input.label) changes.label = { from: old.label, to: input.label };
    if (old.url !== input.url) changes.url = { from: old.url, to: input.url };
    if (old.parent_id !== input.parentId) changes.parentId = { from: old.parent_id, to: input.parentId };
    if (Object.keys(changes).length === 0) return { item: old };
    let position = old.position;
    if (old.parent_id !== input.parentId) {
      const level = await siblings(trx, c.siteId, input.parentId);
      position = level.reduce((max, r) => Math.max(max, r.position + 1), 0);
    }
    const item = await trx
      .updateTable('menu_items')
      .set({ label: input.label, url: input.url, parent_id: input.parentId, position })
      .where('id', '=', id)
      .where('site_id', '=', c.siteId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await record(trx, c, 'menu.update', id, { changes });
    await publicChange(trx, c.siteId);
    return { item };
  });
}

/** Swaps an item with its neighbour above or below on the same level; positions become 0..n-1. */
export async function moveMenuItem(db: Db, c: MenuChange, id: number, direction: 'up' | 'down'): Promise<void> {
  await atomically(db, async (trx) => {
    const item = await menuItemOf(trx, c.siteId, id);
    const level = await siblings(trx, c.siteId, item.parent_id);
    const i = level.findIndex((r) => r.id === id);
    const j = direction === 'up' ? i - 1 : i + 1;
    if (i < 0 || j < 0 || j >= level.length) return;
    [level[i], level[j]] = [level[j]!, level[i]!];
    for (const [position, r] of level.entries()) {
      if (r.position !== position) await trx.updateTable('menu_items').set({ position }).where('id', '=', r.id).execute();
    }
    await record(trx, c, 'menu.move', id, { label: item.label, direction, from: i + 1, to: j + 1 });
    await publicChange(trx, c.siteId);
  });
}

/** Deletes an item without sub-items; refuses (400) one that still has some. */
export async function deleteMenuItem(db: Db, c: MenuChange, id: number): Promise<void> {
  await atomically(db, async (trx) => {
    const item = await menuItemOf(trx, c.siteId, id);
    const children = await trx.selectFrom('menu_items').select('id').where('parent_id', '=', id).execute();
    if (children.length > 0) throw new AppError('menu_has_children', 400, t.menuHasChildren(children.length));
    await trx.deleteFrom('menu_items').where('id', '=', id).where('site_id', '=', c.siteId).execute();
    await record(trx, c, 'menu.delete', id, { label: item.label, url: item.url, parentId: item.parent_id });
    await publicChange(trx, c.siteId);
  });
}

export interface MenuTreeNode {
  item: MenuItemRow;
  children: MenuTreeNode[];
}

/** Rows (in position order) as a tree; an item whose parent is missing is shown at the top level. */
export function menuTree(rows: MenuItemRow[]): MenuTreeNode[] {
  const nodes = new Map(rows.map((r) => [r.id, { item: r, children: [] as MenuTreeNode[] }]));
  const roots: MenuTreeNode[] = [];
  for (const r of rows) {
    const parent = r.parent_id === null ? undefined : nodes.get(r.parent_id);
    (parent ? parent.children : roots).push(nodes.get(r.id)!);
  }
  return roots;
}
