// Văn bản: the registry of a site's documents (Quyết định, Công văn…) with their own lists — the
// types, the issuing bodies (with their abbreviations) and the nested fields (lĩnh vực) — each
// document's fields, its attached files (bytes in the media storage, typed from their bytes) and
// its relations to other documents (thay thế, sửa đổi…). A number is unique per issuer and year:
// a unique index, so two clerks registering one number at once cannot both succeed.
import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import type { Dialect } from '../../db/index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const id = (t: ReturnType<typeof db.schema.createTable>) =>
    dialect === 'postgres' ? t.addColumn('id', 'serial', (c) => c.primaryKey()) : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  const text = (c: ColumnDefinitionBuilder) => c.notNull().defaultTo('');
  const site = (c: ColumnDefinitionBuilder) => c.notNull().references('sites.id').onDelete('cascade');

  await id(db.schema.createTable('document_types'))
    .addColumn('site_id', 'integer', site)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('abbreviation', 'text', text)
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('document_types_site_name', ['site_id', 'name'])
    .execute();

  await id(db.schema.createTable('document_issuers'))
    .addColumn('site_id', 'integer', site)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('abbreviation', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('document_issuers_site_name', ['site_id', 'name'])
    .execute();

  await id(db.schema.createTable('document_fields'))
    .addColumn('site_id', 'integer', site)
    .addColumn('parent_id', 'integer', (c) => c.references('document_fields.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('document_fields_site_slug', ['site_id', 'slug'])
    .execute();

  await id(db.schema.createTable('documents'))
    .addColumn('site_id', 'integer', site)
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('type_id', 'integer', (c) => c.notNull().references('document_types.id'))
    .addColumn('issuer_id', 'integer', (c) => c.notNull().references('document_issuers.id'))
    .addColumn('number_text', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    /** The year of ngày ban hành: the number is unique per issuer and this year. */
    .addColumn('issue_year', 'integer', (c) => c.notNull())
    .addColumn('signer_name', 'text', text)
    .addColumn('signer_position', 'text', text)
    .addColumn('signer_folded', 'text', text)
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('effective_on', 'text')
    .addColumn('expires_on', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    /** Number, summary and signer folded (vi foldLower): the list's accent-blind text filter. */
    .addColumn('text_folded', 'text', text)
    .addColumn('body_html', 'text', text)
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('published_at', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('documents_site_slug', ['site_id', 'slug'])
    .addUniqueConstraint('documents_issuer_year_number', ['site_id', 'issuer_id', 'issue_year', 'number_text'])
    .execute();
  // The public list: one site's published documents, newest issued first (and by number).
  await db.schema.createIndex('documents_site_status_issued').on('documents').columns(['site_id', 'status', 'issued_on', 'id']).execute();
  await db.schema.createIndex('documents_site_type_issued').on('documents').columns(['site_id', 'type_id', 'status', 'issued_on']).execute();
  await db.schema.createIndex('documents_site_issuer_issued').on('documents').columns(['site_id', 'issuer_id', 'status', 'issued_on']).execute();
  await db.schema.createIndex('documents_site_year_number').on('documents').columns(['site_id', 'issue_year', 'number']).execute();

  await db.schema
    .createTable('document_field_links')
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('field_id', 'integer', (c) => c.notNull().references('document_fields.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('document_field_links_pk', ['document_id', 'field_id'])
    .execute();
  await db.schema.createIndex('document_field_links_field').on('document_field_links').columns(['field_id', 'document_id']).execute();

  await id(db.schema.createTable('document_files'))
    .addColumn('site_id', 'integer', site)
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('ext', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('document_files_document').on('document_files').columns(['document_id', 'position']).execute();

  await id(db.schema.createTable('document_relations'))
    .addColumn('site_id', 'integer', site)
    .addColumn('from_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('to_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    /** 'replaces' (thay thế), 'amends' (sửa đổi), 'supplements' (bổ sung), 'guides' (hướng dẫn), 'related' (liên quan). */
    .addColumn('relation', 'text', (c) => c.notNull())
    .addUniqueConstraint('document_relations_pair', ['from_id', 'to_id', 'relation'])
    .execute();
  await db.schema.createIndex('document_relations_to').on('document_relations').columns(['to_id', 'relation']).execute();
}
