// Secrets shared by every instance (salts for hashing readers), made once and kept in the database.
import crypto from 'node:crypto';
import type { Db } from '../db/index.js';
import { nowIso } from '../db/index.js';

export async function sharedSecret(db: Db, name: string): Promise<string> {
  await db
    .insertInto('app_secrets')
    .values({ name, value: crypto.randomBytes(32).toString('base64url'), created_at: nowIso() })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db.selectFrom('app_secrets').select('value').where('name', '=', name).executeTakeFirstOrThrow();
  return row.value;
}
