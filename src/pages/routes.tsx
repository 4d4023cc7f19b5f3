// Static pages at /trang/:slug, with their parent in the breadcrumbs and their children listed.
// Liên hệ, which every page links to, exists on every site: a site without a stored page of that
// address (a new one) shows its settings' contacts, current with every change of the settings.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { PageContext } from '../web/context.js';
import { pageContext } from '../web/context.js';
import { slugParam } from '../web/params.js';
import { renderPage } from '../web/render.js';
import { sendPage } from '../cache/page.js';
import { notFound } from '../errors/index.js';
import { Breadcrumbs, ContactLines, Layout } from '../web/layout.js';
import type { PageRow } from './queries.js';
import { CONTACT_SLUG, pageUrl, publishedPageBySlug, publishedPages } from './queries.js';
import { firstParagraph } from '../web/metadata.js';
import { isoDate } from '../vi/index.js';
import type { PreviewBar } from '../registry/editorial.js';

/** A static page as readers see it: its parent in the breadcrumbs (when published), its published
 *  children listed in their order; under the back office's bar for a preview (not indexed). */
function StaticPage({ ctx, page, all, preview }: { ctx: PageContext; page: PageRow; all: PageRow[]; preview?: PreviewBar }) {
  const parent = all.find((p) => p.id === page.parent_id);
  const children = all.filter((p) => p.parent_id === page.id);
  return (
    <Layout
      ctx={ctx}
      title={page.title}
      description={firstParagraph(page.body_html)}
      canonical={pageUrl(page)}
      noIndex={preview !== undefined}
      banner={
        preview && (
          <div class="preview-bar" role="region" aria-label={preview.label}>
            <div class="wrap">
              <p>
                <strong>{preview.label}</strong> <a href={preview.editUrl}>{preview.backLabel}</a>
              </p>
            </div>
          </div>
        )
      }
      meta={{
        breadcrumbs: [...(parent ? [{ label: parent.title, url: pageUrl(parent) }] : []), { label: page.title, url: pageUrl(page) }],
        date: isoDate(page.updated_at),
        dcType: 'Text',
        lang: page.lang,
      }}
    >
      <Breadcrumbs items={[...(parent ? [{ label: parent.title, url: pageUrl(parent) }] : []), { label: page.title }]} />
      <article lang={page.lang !== ctx.site.lang ? page.lang : undefined}>
        <h1>{page.title}</h1>
        <div class="article-body" dangerouslySetInnerHTML={{ __html: page.body_html }} />
      </article>
      {children.length > 0 && (
        <nav aria-label={`Các mục của ${page.title}`}>
          <ul>
            {children.map((c) => (
              <li key={c.id}>
                <a href={pageUrl(c)}>{c.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </Layout>
  );
}

async function renderStaticPage(req: FastifyRequest, slug: string): Promise<{ html: string; itemId?: number }> {
  const { db, clock } = req.server.deps;
  const nowIso = new Date(clock()).toISOString();
  const page = await publishedPageBySlug(db, req.site.id, slug, nowIso);
  if (!page && slug === CONTACT_SLUG) return { html: await renderContactPage(req) };
  if (!page) throw notFound();
  const [all, ctx] = await Promise.all([publishedPages(db, req.site.id, nowIso), pageContext(req)]);
  // A read counts as a view of the page (the counters' figures; the page shows none).
  return { html: renderPage(<StaticPage ctx={ctx} page={page} all={all} />), itemId: page.id };
}

/** The back office's preview of a page in any state, as it would read once published. */
export async function previewStaticPage(req: FastifyRequest, page: PageRow, bar: PreviewBar, now: number): Promise<string> {
  const [all, ctx] = await Promise.all([publishedPages(req.server.deps.db, req.site.id, new Date(now).toISOString()), pageContext(req)]);
  return renderPage(<StaticPage ctx={ctx} page={page} all={all} preview={bar} />);
}

/** Liên hệ from the site's settings: its name and contacts, or that they are still to come. */
async function renderContactPage(req: FastifyRequest): Promise<string> {
  const ctx = await pageContext(req);
  const { site } = ctx;
  const title = 'Liên hệ';
  const url = pageUrl({ slug: CONTACT_SLUG });
  const any = site.agency || site.responsible || site.address || site.phone || site.email;
  return renderPage(
    <Layout ctx={ctx} title={title} description={`Thông tin liên hệ của ${site.name}.`} canonical={url} meta={{ breadcrumbs: [{ label: title, url }], date: isoDate(site.updated_at), dcType: 'Text' }}>
      <Breadcrumbs items={[{ label: title }]} />
      <article>
        <h1>{title}</h1>
        <div class="article-body">
          <p>
            <strong>{site.name}</strong>
          </p>
          {any ? <ContactLines site={site} /> : <p>Thông tin liên hệ của cơ quan đang được cập nhật.</p>}
        </div>
      </article>
    </Layout>,
  );
}

export async function pageRoutes(app: FastifyInstance) {
  app.get<{ Params: { slug: string } }>('/trang/:slug', async (req, reply) => {
    const slug = slugParam(req.params.slug);
    return sendPage(req, reply, { key: `/trang/${slug}`, render: () => renderStaticPage(req, slug) });
  });
}
