// Part 3, the back office's second half: tags, two-factor sign-in (TOTP secret, recovery codes,
// roles that must use it), forced password change after a reset, media details (AVIF widths,
// content hash, searchable text) and the kind of each revision.
import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import type { Dialect } from '../index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  const pk = (c: ColumnDefinitionBuilder) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement());

  await db.schema
    .createTable('tags')
    .ifNotExists()
    .addColumn('id', id, pk)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addUniqueConstraint('tags_site_slug', ['site_id', 'slug'])
    .execute();
  await db.schema
    .createTable('article_tags')
    .ifNotExists()
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('tag_id', 'integer', (c) => c.notNull().references('tags.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('article_tags_pk', ['article_id', 'tag_id'])
    .execute();
  await db.schema.createIndex('article_tags_tag').ifNotExists().on('article_tags').column('tag_id').execute();

  // Two-factor sign-in: the secret is stored at enrolment and counts once totp_enabled = 1;
  // totp_last_step refuses a code used twice. must_change_password after an administrator's reset.
  await db.schema.alterTable('users').addColumn('totp_enabled', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('users').addColumn('totp_last_step', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('users').addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema
    .createTable('recovery_codes')
    .ifNotExists()
    .addColumn('id', id, pk)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('recovery_codes_user').ifNotExists().on('recovery_codes').column('user_id').execute();
  // Roles of the site that must sign in with a second factor, comma-separated ("admin,editor").
  await db.schema.alterTable('sites').addColumn('totp_roles', 'text', (c) => c.notNull().defaultTo('')).execute();

  await db.schema.alterTable('media').addColumn('avif_variants', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('media').addColumn('sha256', 'text', (c) => c.notNull().defaultTo('')).execute();
  // Folded (accent-free, lower-case) name, alt and caption, for the library's search.
  await db.schema.alterTable('media').addColumn('search_text', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.createIndex('media_site_created').ifNotExists().on('media').columns(['site_id', 'created_at']).execute();
  await db.schema.createIndex('media_site_sha256').ifNotExists().on('media').columns(['site_id', 'sha256']).execute();

  // 'save' (every save), 'autosave' (one per article and user, replaced), 'restore'.
  await db.schema.alterTable('article_revisions').addColumn('kind', 'text', (c) => c.notNull().defaultTo('save')).execute();
  await db.schema.alterTable('article_revisions').addColumn('byline', 'text', (c) => c.notNull().defaultTo('')).execute();
}
