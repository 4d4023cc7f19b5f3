// Two documents of a site for the page-type checks (axe-core, Nu): a decision in a field with a
// file, replaced by a later one; seeded through the module's service, as a Văn thư would.
import type { Db } from '../src/db/index.js';
import { addListEntry, addRelation, registerDocument } from '../src/documents/service.js';
import { documentFields, documentIssuers, documentTypes } from '../src/documents/queries.js';

export const SEEDED_DOCUMENT = '/van-ban/quyet-dinh-12-qd-ubnd-2024';

export async function seedDocuments(db: Db, siteId: number, userId: number, now: number): Promise<void> {
  const ctx = { siteId, userId, ip: '127.0.0.1', now, actor: { userId, role: 'admin' as const } };
  await addListEntry(db, ctx, 'issuer', { name: 'Ủy ban nhân dân thành phố', abbreviation: 'UBND', parent: '' });
  await addListEntry(db, ctx, 'field', { name: 'Hành chính', abbreviation: '', parent: '' });
  const [types, issuers, fields] = await Promise.all([documentTypes(db, siteId), documentIssuers(db, siteId), documentFields(db, siteId)]);
  const base = { type: String(types.find((x) => x.name === 'Quyết định')!.id), issuer: String(issuers[0]!.id), signer_name: 'Nguyễn Văn Bình', signer_position: 'Chủ tịch', expires_on: '', body: '<p>Điều 1. Ban hành quy chế.</p>', fields: [String(fields[0]!.id)], publish: true };
  await registerDocument(db, ctx, { ...base, number: '12/QĐ-UBND', issued_on: '05/01/2024', effective_on: '05/01/2024', summary: 'Về việc ban hành quy chế tiếp công dân' });
  const b = await registerDocument(db, ctx, { ...base, number: '45/QĐ-UBND', issued_on: '01/03/2024', effective_on: '15/03/2024', summary: 'Về việc ban hành quy chế tiếp công dân (thay thế Quyết định số 12/QĐ-UBND)' });
  await addRelation(db, ctx, b.id, 'replaces', '12/QĐ-UBND');
}
