// The rows the authorisation walk and the HTML checks need for Văn bản's back office
// (registry/module.ts WalkRows): a document with a file and a relation, keyed by the path segment
// before each parameter.
import type { WalkRows } from '../registry/module.js';
import { documentTypes, foldedColumns } from './queries.js';

export const documentWalk: WalkRows = async (db, ctx) => {
  const at = new Date().toISOString();
  const [type] = await documentTypes(db, ctx.siteId);
  const suffix = Date.now().toString(36);
  const issuer = await db.insertInto('document_issuers').values({ site_id: ctx.siteId, name: `Cơ quan thử nghiệm ${suffix}`, abbreviation: 'TN', position: 0 }).returning('id').executeTakeFirstOrThrow();
  const make = async (n: number) =>
    db
      .insertInto('documents')
      .values({
        site_id: ctx.siteId,
        slug: `van-ban-thu-nghiem-${suffix}-${n}`,
        type_id: type!.id,
        issuer_id: issuer.id,
        number_text: `${n}/QĐ-TN`,
        number: n,
        issue_year: 2026,
        signer_name: 'Nguyễn Văn A',
        signer_position: 'Chủ tịch',
        issued_on: '2026-01-05',
        effective_on: null,
        expires_on: null,
        summary: 'Văn bản thử nghiệm',
        body_html: '',
        status: 'published',
        published_at: at,
        created_by: ctx.admin,
        created_at: at,
        updated_at: at,
        ...foldedColumns({ number_text: `${n}/QĐ-TN`, summary: 'Văn bản thử nghiệm', signer_name: 'Nguyễn Văn A' }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  const doc = await make(1);
  const other = await make(2);
  const file = await db
    .insertInto('document_files')
    .values({ site_id: ctx.siteId, document_id: doc.id, title: 'Tệp', file_name: 'tep.pdf', mime: 'application/pdf', ext: 'pdf', size: 1, storage_key: `van-ban/${ctx.siteId}/thu-nghiem-${suffix}`, sha256: '0', position: 0, created_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  const rel = await db.insertInto('document_relations').values({ site_id: ctx.siteId, from_id: doc.id, to_id: other.id, relation: 'related' }).returning('id').executeTakeFirstOrThrow();
  return { 'van-ban': String(doc.id), tep: String(file.id), 'lien-quan': String(rel.id) };
};
