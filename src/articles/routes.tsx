// Public article routes: the article page, its print view, category and tag listings, and /bai-viet/:id
// (a permanent redirect to the article's address).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { PageContext } from '../web/context.js';
import { pageContext } from '../web/context.js';
import { idParam, pageParam, slugParam } from '../web/params.js';
import { renderPage } from '../web/render.js';
import { sendPage } from '../cache/page.js';
import { notFound } from '../errors/index.js';
import { readArticle, readCategoryPage, readTagPage } from './service.js';
import { ArticlePage, PrintPage } from './views.js';
import { CategoryListing, TagListing } from './category-view.js';
import { publishedSlugById } from './queries.js';
import { articleUrl } from './presenter.js';
import { JUST_RATED } from '../counters/own-rating.js';

/** A paginated listing at `${prefix}/:slug` (?trang=N), cached under its canonical address. */
function listingRoute<D>(app: FastifyInstance, prefix: string, read: (req: FastifyRequest, slug: string, page: number) => Promise<D>, view: (ctx: PageContext, data: D) => VNode) {
  app.get<{ Params: { slug: string } }>(`${prefix}/:slug`, async (req, reply) => {
    const slug = slugParam(req.params.slug);
    const page = pageParam(req.query);
    return sendPage(req, reply, {
      key: page > 1 ? `${prefix}/${slug}?trang=${page}` : `${prefix}/${slug}`,
      render: async () => {
        const [data, ctx] = await Promise.all([read(req, slug, page), pageContext(req)]);
        return { html: renderPage(view(ctx, data)) };
      },
    });
  });
}

export async function articleRoutes(app: FastifyInstance) {
  const { db, clock } = app.deps;

  app.get<{ Params: { slug: string } }>('/tin-tuc/:slug', async (req, reply) => {
    const slug = slugParam(req.params.slug);
    return sendPage(req, reply, {
      key: `/tin-tuc/${slug}`,
      justRated: (req.query as Record<string, unknown>)[JUST_RATED] === '1',
      render: async () => {
        const [{ article, others }, ctx] = await Promise.all([readArticle(db, req.site.id, slug, clock()), pageContext(req)]);
        return { html: renderPage(<ArticlePage ctx={ctx} a={article} others={others} />), itemId: article.id };
      },
    });
  });

  app.get<{ Params: { slug: string } }>('/tin-tuc/:slug/in', async (req, reply) => {
    const slug = slugParam(req.params.slug);
    return sendPage(req, reply, {
      key: `/tin-tuc/${slug}/in`,
      render: async () => {
        const [{ article }, ctx] = await Promise.all([readArticle(db, req.site.id, slug, clock()), pageContext(req)]);
        return { html: renderPage(<PrintPage ctx={ctx} a={article} />) };
      },
    });
  });

  app.get<{ Params: { id: string } }>('/bai-viet/:id', async (req, reply) => {
    const id = idParam(req.params.id);
    const slug = await publishedSlugById(db, req.site.id, id, new Date(clock()).toISOString());
    if (!slug) throw notFound('Bài viết không tồn tại hoặc đã được gỡ bỏ.');
    return reply.redirect(articleUrl({ slug }), 301);
  });

  listingRoute(app, '/chuyen-muc', (req, slug, page) => readCategoryPage(db, req.site.id, slug, page, clock()), (ctx, data) => <CategoryListing ctx={ctx} data={data} />);
  listingRoute(app, '/tu-khoa', (req, slug, page) => readTagPage(db, req.site.id, slug, page, clock()), (ctx, data) => <TagListing ctx={ctx} data={data} />);
}
