// An editorial item's title as stored (the `articles` table, every kind): as written (NFC) and folded
// for the back office's title filter. Every write of a title goes through this, so the two never disagree.
import { sql } from 'kysely';
import type { SqlBool } from 'kysely';
import { foldLower } from '../vi/index.js';

export function titleColumns(title: string): { title: string; title_folded: string } {
  return { title, title_folded: foldLower(title) };
}

/** The LIKE pattern (escape '\') that finds `text` in a folded title, whatever its accents. */
export function titleFilterPattern(text: string): string {
  return `%${foldLower(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Articles whose title has `text`, whatever its accents (a where clause). */
export function titleContains(text: string) {
  return sql<SqlBool>`${sql.ref('articles.title_folded')} like ${titleFilterPattern(text)} escape '\\'`;
}
