// Văn bản's public routes: the list (/van-ban, its filters in the query string), a document's page
// (/van-ban/:slug) and its files (/van-ban/:slug/tep/:id) with their real type, the Vietnamese name
// intact (RFC 5987 filename*, an ASCII fallback) and nosniff.
import type { FastifyInstance } from 'fastify';
import { pageContext } from '../web/context.js';
import { renderPage } from '../web/render.js';
import { sendPage } from '../cache/page.js';
import { notFound } from '../errors/index.js';
import { slugParam } from '../web/params.js';
import { publishedDocumentBySlug } from './queries.js';
import { readDocument, readList } from './public.js';
import { DocumentListView, DocumentView } from './views.js';

/** The name as plain ASCII for old clients: accents dropped, anything else "_", no quotes. */
export function asciiName(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^\x20-\x7e]/g, '_')
      .replace(/["\\;]/g, '_') || 'van-ban'
  );
}

/** `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266 / RFC 5987). */
export function contentDisposition(name: string): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiName(name)}"; filename*=UTF-8''${encoded}`;
}

export async function documentRoutes(app: FastifyInstance) {
  const { db, clock, storage } = app.deps;

  app.get('/van-ban', async (req, reply) => {
    const data = await readList(db, req.site.id, req.query, clock());
    const render = async () => ({ html: renderPage(<DocumentListView ctx={await pageContext(req)} data={data} />) });
    // The plain list is cached like any page; a filtered one (countless addresses) is not.
    return sendPage(req, reply, data.filtered ? { render } : { key: '/van-ban', render });
  });

  app.get<{ Params: { slug: string } }>('/van-ban/:slug', async (req, reply) => {
    const slug = slugParam(req.params.slug);
    return sendPage(req, reply, {
      key: `/van-ban/${slug}`,
      render: async () => {
        const doc = await publishedDocumentBySlug(db, req.site.id, slug);
        if (!doc) throw notFound('Văn bản bạn tìm không có hoặc chưa được công khai.');
        const [data, ctx] = await Promise.all([readDocument(db, doc, clock()), pageContext(req)]);
        return { html: renderPage(<DocumentView ctx={ctx} data={data} />) };
      },
    });
  });

  app.get<{ Params: { slug: string; id: string } }>('/van-ban/:slug/tep/:id', async (req, reply) => {
    const slug = slugParam(req.params.slug);
    const id = /^[1-9]\d{0,9}$/.test(req.params.id) ? Number(req.params.id) : 0;
    const doc = await publishedDocumentBySlug(db, req.site.id, slug);
    const file = doc && (await db.selectFrom('document_files').selectAll().where('id', '=', id).where('document_id', '=', doc.id).where('site_id', '=', req.site.id).executeTakeFirst());
    if (!file) throw notFound('Tệp bạn tìm không có hoặc đã được gỡ.');
    const data = await storage.read(file.storage_key);
    return reply
      .header('content-type', file.mime)
      .header('content-disposition', contentDisposition(file.file_name))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'public, max-age=300')
      .header('content-length', String(data.length))
      .send(data);
  });
}
