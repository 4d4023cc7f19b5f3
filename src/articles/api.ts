// Categories and articles in the content API (registry/sources.ts ApiResource): /api/v1/categories
// (with how many published articles each holds), /api/v1/articles (filters, cursor pages) and
// /api/v1/articles/{slug}, with their OpenAPI paths and schemas. The API (api/) adds CORS, the rate
// limit and the error body; articles/api-service.ts reads and presents.
import type { ApiResource } from '../registry/sources.js';
import type { JsonSchema } from '../registry/openapi.js';
import { ApiError } from '../api/errors.js';
import { apiBase, sendJson } from '../api/http.js';
import type { Query } from '../api/params.js';
import { cursorParam, dayRange, DEFAULT_LIMIT, limitParam, MAX_LIMIT, slugFilter } from '../api/params.js';
import { common, DATE_TIME, ID, object, ok, orNull, p, r, ref, SLUG, URI } from '../api/openapi.js';
import { articleBySlug, articleList, categoryList } from './api-service.js';

const SLUG_TEXT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The address of the next page: the same filters, the new cursor. */
function nextLink(base: string, query: Query, next: string): string {
  const params = new URLSearchParams();
  for (const name of ['category', 'tag', 'from', 'to', 'limit']) {
    const v = query[name];
    if (typeof v === 'string' && v !== '') params.set(name, v);
  }
  params.set('cursor', next);
  return `${base}/api/v1/articles?${params.toString()}`;
}

const CATEGORY_SCHEMAS: Record<string, JsonSchema> = {
  Category: object(
    {
      id: ID,
      slug: SLUG,
      name: { type: 'string' },
      description: { type: 'string' },
      parentId: orNull(ID),
      position: { type: 'integer' },
      url: URI,
      articleCount: { type: 'integer', minimum: 0, description: 'Số bài đã xuất bản nằm trực tiếp trong chuyên mục.' },
    },
    [],
  ),
  CategoryList: object({ items: { type: 'array', items: ref('Category') } }, [], 'Mọi chuyên mục, phẳng, theo thứ tự hiển thị; cây dựng lại bằng parentId.'),
  CategoryRef: object({ id: ID, slug: SLUG, name: { type: 'string' }, url: URI }),
};

/** What a list shows of an article; the article itself adds its body, tags and figures. */
const SUMMARY_FIELDS: Record<string, JsonSchema> = {
  id: ID,
  slug: SLUG,
  url: URI,
  title: { type: 'string' },
  summary: { type: 'string' },
  publishedAt: DATE_TIME,
  updatedAt: DATE_TIME,
  category: orNull(ref('CategoryRef')),
  image: orNull(ref('Image')),
};

const ARTICLE_SCHEMAS: Record<string, JsonSchema> = {
  Image: object(
    {
      url: URI,
      width: { type: 'integer', minimum: 1 },
      height: { type: 'integer', minimum: 1 },
      alt: { type: 'string' },
      srcset: { type: 'string', minLength: 1, description: 'Các bản WebP theo chiều rộng ("… 480w, … 960w").' },
      avifSrcset: { type: 'string', minLength: 1, description: 'Các bản AVIF, khi có.' },
    },
    ['avifSrcset'],
  ),
  Tag: object({ slug: SLUG, name: { type: 'string' } }),
  ArticleSummary: object(SUMMARY_FIELDS),
  ArticleList: object(
    {
      items: { type: 'array', items: ref('ArticleSummary') },
      next: orNull({ type: 'string', pattern: '^[A-Za-z0-9_-]+$', description: 'Con trỏ của trang sau (tham số cursor); null ở trang cuối.' }),
    },
    [],
    'Bài đã xuất bản, mới nhất trước.',
  ),
  Article: object({
    ...SUMMARY_FIELDS,
    bodyHtml: { type: 'string', description: 'Nội dung HTML đã được làm sạch; mọi liên kết và ảnh là địa chỉ tuyệt đối.' },
    byline: { type: 'string', description: 'Tác giả, nguồn.' },
    tags: { type: 'array', items: ref('Tag') },
    views: { type: 'integer', minimum: 0, description: 'Lượt xem đã ghi (có thể chậm vài giây).' },
    rating: object({ count: { type: 'integer', minimum: 0 }, average: orNull({ type: 'number', minimum: 1, maximum: 5 }) }),
  }),
};

export const categoriesResource: ApiResource = {
  routes: async (app) => {
    const { db, clock } = app.deps;
    app.get('/categories', async (req, reply) => sendJson(req, reply, await categoryList(db, req.site.id, apiBase(req), clock())));
  },
  paths: {
    '/categories': {
      get: {
        operationId: 'listCategories',
        summary: 'Các chuyên mục',
        tags: ['chuyên mục'],
        parameters: [p('ifNoneMatch')],
        responses: { '200': ok('Mọi chuyên mục của trang.', 'CategoryList'), ...common },
      },
    },
  },
  schemas: CATEGORY_SCHEMAS,
  tags: [{ name: 'chuyên mục', description: 'Chuyên mục tin' }],
};

export const articlesResource: ApiResource = {
  routes: async (app) => {
    const { db, clock } = app.deps;
    app.get('/articles', async (req, reply) => {
      const query = req.query as Query;
      const base = apiBase(req);
      const range = dayRange(query);
      const page = await articleList(
        db,
        req.site.id,
        base,
        {
          category: slugFilter(query, 'category', 'Chuyên mục'),
          tag: slugFilter(query, 'tag', 'Từ khóa'),
          fromIso: range.fromIso,
          beforeIso: range.beforeIso,
          cursor: cursorParam(query),
          limit: limitParam(query),
        },
        clock(),
      );
      return sendJson(req, reply, page, page.next ? { link: `<${nextLink(base, query, page.next)}>; rel="next"` } : {});
    });

    app.get('/articles/:slug', async (req, reply) => {
      const { slug } = req.params as { slug: string };
      if (slug.length > 200 || !SLUG_TEXT.test(slug)) throw new ApiError(404, 'Bài viết không tồn tại hoặc đã được gỡ bỏ.');
      return sendJson(req, reply, await articleBySlug(db, req.site.id, apiBase(req), slug, clock()));
    });
  },
  paths: {
    '/articles': {
      get: {
        operationId: 'listArticles',
        summary: 'Các bài đã xuất bản',
        description: 'Mới nhất trước, phân trang bằng con trỏ: gửi lại giá trị next làm tham số cursor (cùng các bộ lọc) để lấy trang sau.',
        tags: ['bài viết'],
        parameters: [
          p('category'),
          { name: 'tag', in: 'query', description: 'Đường dẫn ngắn của từ khóa.', schema: SLUG },
          p('from'),
          p('to'),
          { name: 'limit', in: 'query', description: `Số bài mỗi trang (1–${MAX_LIMIT}).`, schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT } },
          { name: 'cursor', in: 'query', description: 'Giá trị next của trang trước.', schema: { type: 'string', pattern: '^[A-Za-z0-9_-]+$', maxLength: 200 } },
          p('ifNoneMatch'),
        ],
        responses: {
          '200': ok('Một trang bài viết.', 'ArticleList', { Link: { $ref: '#/components/headers/Link' } }),
          '400': r('BadRequest'),
          '404': r('NotFound'),
          ...common,
        },
      },
    },
    '/articles/{slug}': {
      get: {
        operationId: 'getArticle',
        summary: 'Một bài viết',
        tags: ['bài viết'],
        parameters: [{ name: 'slug', in: 'path', required: true, description: 'Đường dẫn ngắn của bài.', schema: SLUG }, p('ifNoneMatch')],
        responses: { '200': ok('Bài viết.', 'Article'), '404': r('NotFound'), ...common },
      },
    },
  },
  schemas: ARTICLE_SCHEMAS,
  tags: [{ name: 'bài viết', description: 'Bài viết đã xuất bản' }],
};
