// The back office's article list finds titles whatever the accents ("dan van" finds "Dân vận"):
// articles keep their title folded by Loa (vi.foldLower: lower case, accents and đ removed), written
// with the title by every service that writes one (articles/titles.ts). Existing rows are filled
// here, a thousand rows per statement.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Dialect } from '../index.js';
import { foldLower } from '../../vi/index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('articles').addColumn('title_folded', 'text', (c) => c.notNull().defaultTo('')).execute();
  let after = 0;
  for (;;) {
    const rows: { id: number; title: string }[] = await db.selectFrom('articles').select(['id', 'title']).where('id', '>', after).orderBy('id').limit(1000).execute();
    if (!rows.length) break;
    const values = sql.join(rows.map((r) => sql`(cast(${r.id} as integer), ${foldLower(r.title)})`));
    await sql`update articles set title_folded = v.column2 from (values ${values}) as v where articles.id = v.column1`.execute(db);
    after = rows[rows.length - 1]!.id;
  }
}
