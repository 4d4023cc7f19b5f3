// The site's menu: ordered, nested items (edited in the back office from part 3 on).
import type { Db } from '../db/index.js';
import { atomically } from '../db/index.js';

export interface MenuNode {
  id: number;
  label: string;
  url: string;
  children: MenuNode[];
}

export async function loadMenu(db: Db, siteId: number): Promise<MenuNode[]> {
  const rows = await db
    .selectFrom('menu_items')
    .select(['id', 'parent_id', 'label', 'url', 'position'])
    .where('site_id', '=', siteId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  const nodes = new Map(rows.map((r) => [r.id, { id: r.id, label: r.label, url: r.url, children: [] as MenuNode[] }]));
  const roots: MenuNode[] = [];
  for (const r of rows) {
    const node = nodes.get(r.id)!;
    const parent = r.parent_id === null ? undefined : nodes.get(r.parent_id);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export interface NewMenuItem {
  label: string;
  url: string;
  children?: NewMenuItem[];
}

/** Replaces a site's whole menu (used by the demo loader and, later, the menu editor). */
export async function replaceMenu(db: Db, siteId: number, items: NewMenuItem[]): Promise<void> {
  await atomically(db, async (trx) => {
    await trx.deleteFrom('menu_items').where('site_id', '=', siteId).execute();
    const insert = async (list: NewMenuItem[], parentId: number | null) => {
      for (const [position, item] of list.entries()) {
        const row = await trx
          .insertInto('menu_items')
          .values({ site_id: siteId, parent_id: parentId, label: item.label, url: item.url, position })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (item.children?.length) await insert(item.children, row.id);
      }
    };
    await insert(items, null);
  });
}
