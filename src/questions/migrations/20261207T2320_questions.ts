// Citizens' questions as cases: the case (its site now, its site of origin, its tracking code, its
// state, the citizen's words and contacts, the working-day clock's receipt, stops and due date, the
// answer and what is published), its history (which follows it when forwarded), its files (kept in
// the database: a citizen's attachments are never served from the public media folder), the site's
// topics, and the tracking page's failed lookups (the brute-force limit).
import type { Kysely } from 'kysely';
import type { Dialect } from '../../db/index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const pk = (c: any) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement());
  await db.schema
    .createTable('question_cases')
    .ifNotExists()
    .addColumn('id', id, pk)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('origin_site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('received_day', 'text', (c) => c.notNull())
    .addColumn('due_day', 'text')
    .addColumn('deadline_days', 'integer', (c) => c.notNull())
    .addColumn('stops', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('refusal_reason', 'text', (c) => c.notNull())
    .addColumn('answer_html', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text')
    .addColumn('answered_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('public_title', 'text', (c) => c.notNull())
    .addColumn('public_body', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('question_cases_queue').ifNotExists().on('question_cases').columns(['site_id', 'status', 'due_day']).execute();
  await db.schema.createIndex('question_cases_public').ifNotExists().on('question_cases').columns(['site_id', 'published_at']).execute();
  await db.schema
    .createTable('question_events')
    .ifNotExists()
    .addColumn('id', id, pk)
    .addColumn('case_id', 'integer', (c) => c.notNull().references('question_cases.id').onDelete('cascade'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text', (c) => c.notNull())
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('question_events_case').ifNotExists().on('question_events').columns(['case_id', 'id']).execute();
  await db.schema
    .createTable('question_files')
    .ifNotExists()
    .addColumn('id', id, pk)
    .addColumn('case_id', 'integer', (c) => c.notNull().references('question_cases.id').onDelete('cascade'))
    .addColumn('part', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('data', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('question_files_case').ifNotExists().on('question_files').column('case_id').execute();
  await db.schema
    .createTable('question_topics')
    .ifNotExists()
    .addColumn('id', id, pk)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('question_topics_site').ifNotExists().on('question_topics').columns(['site_id', 'position']).execute();
  await db.schema
    .createTable('question_lookups')
    .ifNotExists()
    .addColumn('id', id, pk)
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('question_lookups_ip').ifNotExists().on('question_lookups').columns(['ip', 'at']).execute();
  await db.schema.createIndex('question_lookups_site').ifNotExists().on('question_lookups').columns(['site_id', 'at']).execute();
}
