// Public article routes: the article page, its print view, category listings, and /bai-viet/:id
// (a permanent redirect to the article's address).
import type { FastifyInstance } from 'fastify';
import { pageContext } from '../web/context.js';
import { idParam, pageParam, slugParam } from '../web/params.js';
import { renderPage } from '../web/render.js';
import { sendPage } from '../web/page.js';
import { notFound } from '../errors/index.js';
import { readArticle, readCategoryPage } from './service.js';
import { ArticlePage, PrintPage } from './views.js';
import { CategoryListing } from './category-view.js';
import { publishedSlugById } from './queries.js';
import { articleUrl } from './presenter.js';

export async function articleRoutes(app: FastifyInstance) {
  const { db, clock } = app.deps;

  app.get<{ Params: { slug: string } }>('/tin-tuc/:slug', async (req, reply) => {
    const slug = slugParam(req.params.slug);
    return sendPage(req, reply, {
      key: `/tin-tuc/${slug}`,
      render: async () => {
        const [{ article, others }, ctx] = await Promise.all([readArticle(db, req.site.id, slug, clock()), pageContext(req)]);
        return { html: renderPage(<ArticlePage ctx={ctx} a={article} others={others} />), articleId: article.id };
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

  app.get<{ Params: { slug: string } }>('/chuyen-muc/:slug', async (req, reply) => {
    const slug = slugParam(req.params.slug);
    const page = pageParam(req.query);
    return sendPage(req, reply, {
      key: page > 1 ? `/chuyen-muc/${slug}?trang=${page}` : `/chuyen-muc/${slug}`,
      render: async () => {
        const [data, ctx] = await Promise.all([readCategoryPage(db, req.site.id, slug, page, clock()), pageContext(req)]);
        return { html: renderPage(<CategoryListing ctx={ctx} data={data} />) };
      },
    });
  });
}
