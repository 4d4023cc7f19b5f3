// Only an editor or administrator dates an article in the past. articles.published_at_by_reporter
// is 1 while the stored publication time was last chosen by someone who may not backdate (a
// reporter, in the article form): publishing does not keep such a time once it has passed
// (accounts/policy.publicationTimeOnPublish). Existing articles not yet published whose time has
// passed and whose author is a reporter of the site are marked too: such a time may be a backdate
// typed before this rule existed.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Dialect } from '../index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('articles').addColumn('published_at_by_reporter', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await sql`
    update articles set published_at_by_reporter = 1
    where status in ('draft', 'submitted')
      and published_at is not null
      and published_at < ${new Date().toISOString()}
      and exists (
        select 1 from site_memberships m
        where m.user_id = articles.author_id and m.site_id = articles.site_id and m.role = 'reporter'
      )`.execute(db);
}
