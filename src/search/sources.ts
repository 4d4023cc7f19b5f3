// The kinds the search index holds and the categories it is narrowed to, from the list of modules
// (LoaModule.search, LoaModule.categories; registry/sources.ts). Set at start by the app (app.ts)
// and by the runtime (runtime.ts: the CLI and the first start re-index without an app), like the
// policy's actions, so that a write deep inside a transaction re-indexes by kind and id without
// being handed the list.
import type { Db } from '../db/index.js';
import type { CategoryRow } from '../db/schema.js';
import type { LoaModule } from '../registry/module.js';
import type { CategorySource, SearchSource } from '../registry/sources.js';

const SOURCES = new Map<string, SearchSource>();
let categories: CategorySource | undefined;

/** A kind is a single token of the full-text tags ("_article"): see the search migrations. */
const KIND = /^[a-z][a-z0-9_]*$/;

/** Takes the sources of these modules (again: the same source twice is no change). */
export function registerSearch(modules: readonly LoaModule[]): void {
  for (const m of modules) {
    const s = m.search;
    if (s) {
      if (!KIND.test(s.kind)) throw new Error(`search: the kind "${s.kind}" of ${m.name} is not lower-case letters, digits and "_"`);
      const known = SOURCES.get(s.kind);
      if (known && known !== s) throw new Error(`search: two modules declare the kind ${s.kind}`);
      SOURCES.set(s.kind, s);
    }
    if (m.categories) {
      if (categories && categories !== m.categories) throw new Error(`search: ${m.name} declares categories, another module did`);
      categories = m.categories;
    }
  }
}

/** The source of a kind; a kind no module declares is a mistake of the caller. */
export function sourceOf(kind: string): SearchSource {
  const s = SOURCES.get(kind);
  if (!s) throw new Error(`search: no module declares the kind ${kind}`);
  return s;
}

/** The source of a kind found in the index, if a module still declares it. */
export const knownSource = (kind: string): SearchSource | undefined => SOURCES.get(kind);

/** Every kind registered in this process (by every app built in it: a test may build two with different lists). */
export const searchSources = (): SearchSource[] => [...SOURCES.values()];

/** The kinds of one list of modules. */
export const sourcesOf = (modules: readonly LoaModule[]): SearchSource[] => modules.flatMap((m) => (m.search ? [m.search] : []));

/** The site's categories in display order (none when no module declares categories). */
export async function siteCategories(db: Db, siteId: number): Promise<CategoryRow[]> {
  return categories ? categories.list(db, siteId) : [];
}

/** The public address of a category's page (one of siteCategories'). */
export const categoryPath = (c: { slug: string }): string => categories?.url(c) ?? '';

/** A category's id and the ids of all its descendants. */
export function withDescendants(all: readonly CategoryRow[], id: number): number[] {
  const out = [id];
  for (let i = 0; i < out.length; i++) for (const c of all) if (c.parent_id === out[i] && !out.includes(c.id)) out.push(c.id);
  return out;
}
