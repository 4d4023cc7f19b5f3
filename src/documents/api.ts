// Văn bản in the content API (registry/sources.ts ApiResource): /api/v1/documents (the list's
// filters, pages) and /api/v1/documents/{slug}, with their OpenAPI paths and schemas.
import type { ApiResource } from '../registry/sources.js';
import type { JsonSchema } from '../registry/openapi.js';
import { ApiError, badParam } from '../api/errors.js';
import { apiBase, sendJson } from '../api/http.js';
import type { Query } from '../api/params.js';
import { pageParam } from '../api/params.js';
import { common, ID, object, ok, orNull, p, r, ref, SLUG, URI } from '../api/openapi.js';
import { VALIDITY_LABELS, documentFileUrl, documentUrl, publishedDocumentBySlug } from './queries.js';
import { readDocument, readList } from './public.js';

const DAY: JsonSchema = { type: 'string', format: 'date', description: 'YYYY-MM-DD' };
const VALIDITY: JsonSchema = { type: 'string', enum: Object.values(VALIDITY_LABELS) };

const SUMMARY: Record<string, JsonSchema> = {
  id: ID,
  slug: SLUG,
  url: URI,
  number: { type: 'string', description: 'Số, ký hiệu (123/QĐ-UBND).' },
  type: { type: 'string' },
  issuer: { type: 'string' },
  signer: { type: 'string' },
  issuedOn: DAY,
  effectiveOn: orNull(DAY),
  expiresOn: orNull(DAY),
  summary: { type: 'string', description: 'Trích yếu.' },
  validity: VALIDITY,
};

const SCHEMAS: Record<string, JsonSchema> = {
  DocumentSummary: object(SUMMARY),
  DocumentList: object({ items: { type: 'array', items: ref('DocumentSummary') }, total: { type: 'integer', minimum: 0 }, page: { type: 'integer', minimum: 1 }, pages: { type: 'integer', minimum: 0 } }),
  DocumentFile: object({ id: ID, title: { type: 'string' }, fileName: { type: 'string' }, format: { type: 'string' }, size: { type: 'integer', minimum: 0 }, url: URI }),
  DocumentRelation: object({ relation: { type: 'string', enum: ['replaces', 'amends', 'supplements', 'guides', 'related'] }, direction: { type: 'string', enum: ['forward', 'backward'] }, number: { type: 'string' }, url: URI }),
  Document: object({
    ...SUMMARY,
    signerPosition: { type: 'string' },
    fields: { type: 'array', items: { type: 'string' } },
    bodyHtml: { type: 'string' },
    files: { type: 'array', items: ref('DocumentFile') },
    relations: { type: 'array', items: ref('DocumentRelation') },
    replacedBy: orNull({ type: 'string', description: 'Số, ký hiệu của văn bản thay thế.' }),
  }),
};

const q = (name: string, description: string): { name: string; in: 'query'; description: string; schema: JsonSchema } => ({ name, in: 'query', description, schema: { type: 'string', maxLength: 200 } });

/** The filters' values the API refuses (the /van-ban page drops them instead): 400 naming the parameter. */
const CHOICES: Record<string, readonly string[]> = { 'hieu-luc': ['con-hieu-luc', 'chua-co-hieu-luc', 'het-hieu-luc'], 'sap-xep': ['cu-nhat', 'so-tang', 'so-giam'] };
function checkFilters(query: Query): void {
  for (const name of ['q', 'loai', 'co-quan', 'linh-vuc', 'nguoi-ky', 'nam', 'so', 'hieu-luc', 'sap-xep']) {
    const v = query[name];
    if (v === undefined || v === '') continue;
    if (typeof v !== 'string') throw badParam(name, `Tham số ${name} chỉ được có một giá trị.`);
    if (v.length > 200) throw badParam(name, `Tham số ${name} dài quá 200 ký tự.`);
    if ((name === 'loai' || name === 'co-quan') && !/^[1-9][0-9]{0,9}$/.test(v)) throw badParam(name, `Tham số ${name} là mã số (một số nguyên dương).`);
    if (name === 'nam' && !/^(19|20)[0-9]{2}$/.test(v)) throw badParam(name, 'Tham số nam là một năm, ví dụ 2026.');
    const choices = CHOICES[name];
    if (choices && !choices.includes(v)) throw badParam(name, `Tham số ${name} là một trong: ${choices.join(', ')}.`);
  }
}

export const documentsResource: ApiResource = {
  routes: async (app) => {
    const { db, clock } = app.deps;
    app.get('/documents', async (req, reply) => {
      const query = req.query as Query;
      checkFilters(query);
      const page = pageParam(query);
      const base = apiBase(req);
      const data = await readList(db, req.site.id, { ...query, trang: String(page) }, clock());
      return sendJson(req, reply, {
        items: data.rows.map((d) => ({
          id: d.id,
          slug: d.slug,
          url: base + documentUrl(d),
          number: d.number_text,
          type: d.type_name,
          issuer: d.issuer_name,
          signer: d.signer_name,
          issuedOn: d.issued_on,
          effectiveOn: d.effective_on,
          expiresOn: d.expires_on,
          summary: d.summary,
          validity: VALIDITY_LABELS[d.validity],
        })),
        total: data.total,
        page: data.page,
        pages: data.pages,
      });
    });
    app.get('/documents/:slug', async (req, reply) => {
      const { slug } = req.params as { slug: string };
      if (slug.length > 200 || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new ApiError(404, 'Văn bản không tồn tại hoặc chưa được công khai.');
      const doc = await publishedDocumentBySlug(db, req.site.id, slug);
      if (!doc) throw new ApiError(404, 'Văn bản không tồn tại hoặc chưa được công khai.');
      const d = await readDocument(db, doc, clock());
      const base = apiBase(req);
      return sendJson(req, reply, {
        id: doc.id,
        slug: doc.slug,
        url: base + documentUrl(doc),
        number: doc.number_text,
        type: d.typeName,
        issuer: d.issuer.name,
        signer: doc.signer_name,
        signerPosition: doc.signer_position,
        issuedOn: doc.issued_on,
        effectiveOn: doc.effective_on,
        expiresOn: doc.expires_on,
        summary: doc.summary,
        validity: VALIDITY_LABELS[d.validity],
        fields: d.fields.map((f) => f.name),
        bodyHtml: doc.body_html,
        files: d.files.map((f) => ({ id: f.id, title: f.title, fileName: f.file_name, format: f.ext, size: f.size, url: base + documentFileUrl(doc, f.id) })),
        relations: d.relations.map((x) => ({ relation: x.relation, direction: x.direction, number: x.number_text, url: base + documentUrl(x) })),
        replacedBy: d.replacedBy?.number_text ?? null,
      });
    });
  },
  paths: {
    '/documents': {
      get: {
        operationId: 'listDocuments',
        summary: 'Các văn bản đã công khai',
        description: 'Cùng bộ lọc với trang /van-ban (tham số tiếng Việt không dấu), mới ban hành trước.',
        tags: ['văn bản'],
        parameters: [
          q('q', 'Từ khóa trong số, ký hiệu, trích yếu, người ký (không phân biệt dấu).'),
          q('loai', 'Mã loại văn bản.'),
          q('co-quan', 'Mã cơ quan ban hành.'),
          q('linh-vuc', 'Đường dẫn ngắn của lĩnh vực.'),
          q('nguoi-ky', 'Người ký.'),
          q('nam', 'Năm ban hành.'),
          q('so', 'Số, ký hiệu.'),
          q('hieu-luc', 'con-hieu-luc, chua-co-hieu-luc hoặc het-hieu-luc.'),
          q('sap-xep', 'cu-nhat, so-tang, so-giam (mặc định: mới nhất).'),
          { name: 'page', in: 'query', description: 'Số trang.', schema: { type: 'integer', minimum: 1 } },
          p('ifNoneMatch'),
        ],
        responses: { '200': ok('Một trang văn bản.', 'DocumentList'), '400': r('BadRequest'), ...common },
      },
    },
    '/documents/{slug}': {
      get: {
        operationId: 'getDocument',
        summary: 'Một văn bản',
        tags: ['văn bản'],
        parameters: [{ name: 'slug', in: 'path', required: true, description: 'Đường dẫn ngắn của văn bản.', schema: SLUG }, p('ifNoneMatch')],
        responses: { '200': ok('Văn bản.', 'Document'), '404': r('NotFound'), ...common },
      },
    },
  },
  schemas: SCHEMAS,
  tags: [{ name: 'văn bản', description: 'Văn bản chỉ đạo, điều hành đã công khai' }],
};
