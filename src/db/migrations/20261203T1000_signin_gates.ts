// Sign-in attempts are reserved before they are checked (accounts/throttle.ts): a transaction first
// writes the rows of the attempt's address and account here, which makes concurrent attempts for the
// same address or account take turns — on one instance or many, on SQLite (the write lock) and on
// PostgreSQL (the row locks of the upsert) — so each sees the others' reservations.
import type { Kysely } from 'kysely';
import type { Dialect } from '../index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('signin_gates')
    .ifNotExists()
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
}
