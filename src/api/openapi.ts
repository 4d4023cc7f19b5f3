// The OpenAPI 3.1 description of the content API, served at /api/v1/openapi.json. Every path,
// parameter, response and schema is here; test/api.test.ts walks every operation against real
// answers and checks each body against its schema, and that every route under /api/v1/ is listed.
import { ERROR_CODES } from './errors.js';
import { DEFAULT_LIMIT, MAX_LIMIT, MAX_Q } from './params.js';

type JsonType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';

/** The subset of JSON Schema 2020-12 used here. */
export interface JsonSchema {
  $ref?: string;
  type?: JsonType | JsonType[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: readonly (string | number)[];
  const?: string | number;
  format?: 'date' | 'date-time' | 'uri' | 'email';
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  default?: string | number;
  examples?: (string | number)[];
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  description: string;
  required?: boolean;
  schema: JsonSchema;
}

export interface Header {
  description: string;
  schema: JsonSchema;
}

export interface Response {
  description: string;
  headers?: Record<string, Header | { $ref: string }>;
  content?: { 'application/json': { schema: JsonSchema } };
}

export interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: (Parameter | { $ref: string })[];
  responses: Record<string, Response | { $ref: string }>;
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string; license: { name: string; identifier: string } };
  servers: { url: string; description: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, { get: Operation }>;
  components: {
    schemas: Record<string, JsonSchema>;
    parameters: Record<string, Parameter>;
    headers: Record<string, Header>;
    responses: Record<string, Response>;
  };
}

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const orNull = (s: JsonSchema): JsonSchema => ({ anyOf: [s, { type: 'null' }] });
const json = (schema: JsonSchema) => ({ 'application/json': { schema } }) as const;
const object = (properties: Record<string, JsonSchema>, optional: string[] = [], description?: string): JsonSchema => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties,
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
  additionalProperties: false,
});

const ID: JsonSchema = { type: 'integer', minimum: 1 };
const SLUG: JsonSchema = { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 200 };
const URI: JsonSchema = { type: 'string', format: 'uri' };
const DATE_TIME: JsonSchema = { type: 'string', format: 'date-time', description: 'ISO-8601, giờ Việt Nam (+07:00).', examples: ['2023-12-07T16:00:00+07:00'] };
const DAY: JsonSchema = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', examples: ['2024-01-31'] };

const SCHEMAS: Record<string, JsonSchema> = {
  Error: object(
    {
      error: object(
        {
          code: { type: 'string', enum: ERROR_CODES, description: 'Mã lỗi ổn định, dùng được trong chương trình.' },
          message: { type: 'string', minLength: 1, description: 'Thông báo bằng tiếng Việt cho người đọc.' },
          parameter: { type: 'string', description: 'Tham số truy vấn gây lỗi, nếu có.' },
        },
        ['parameter'],
      ),
    },
    [],
    'Thân trả lời của mọi lỗi dưới /api/.',
  ),
  Site: object(
    {
      id: ID,
      name: { type: 'string' },
      shortName: { type: 'string' },
      welcome: { type: 'string' },
      agency: { type: 'string', description: 'Cơ quan chủ quản.' },
      responsible: { type: 'string', description: 'Người chịu trách nhiệm chính.' },
      contacts: object({ address: { type: 'string' }, phone: { type: 'string' }, email: { type: 'string' } }),
      language: { type: 'string', examples: ['vi'] },
      url: URI,
    },
    [],
    'Trang thông tin điện tử phục vụ tên miền của yêu cầu.',
  ),
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
  ArticleSummary: object({
    id: ID,
    slug: SLUG,
    url: URI,
    title: { type: 'string' },
    summary: { type: 'string' },
    publishedAt: DATE_TIME,
    updatedAt: DATE_TIME,
    category: orNull(ref('CategoryRef')),
    image: orNull(ref('Image')),
  }),
  ArticleList: object(
    {
      items: { type: 'array', items: ref('ArticleSummary') },
      next: orNull({ type: 'string', pattern: '^[A-Za-z0-9_-]+$', description: 'Con trỏ của trang sau (tham số cursor); null ở trang cuối.' }),
    },
    [],
    'Bài đã xuất bản, mới nhất trước.',
  ),
  Article: object({
    id: ID,
    slug: SLUG,
    url: URI,
    title: { type: 'string' },
    summary: { type: 'string' },
    publishedAt: DATE_TIME,
    updatedAt: DATE_TIME,
    category: orNull(ref('CategoryRef')),
    image: orNull(ref('Image')),
    bodyHtml: { type: 'string', description: 'Nội dung HTML đã được làm sạch; mọi liên kết và ảnh là địa chỉ tuyệt đối.' },
    byline: { type: 'string', description: 'Tác giả, nguồn.' },
    tags: { type: 'array', items: ref('Tag') },
    views: { type: 'integer', minimum: 0, description: 'Lượt xem đã ghi (có thể chậm vài giây).' },
    rating: object({ count: { type: 'integer', minimum: 0 }, average: orNull({ type: 'number', minimum: 1, maximum: 5 }) }),
  }),
  SearchHit: object({
    kind: { type: 'string', enum: ['article', 'page'] },
    id: ID,
    title: { type: 'string' },
    url: URI,
    publishedAt: orNull(DATE_TIME),
    category: orNull(object({ name: { type: 'string' }, url: URI })),
    snippetHtml: { type: 'string', description: 'Đoạn trích đã thoát HTML, từ khớp nằm trong <mark>.' },
  }),
  SearchResults: object({
    query: { type: 'string', description: 'Từ khóa như đã nhận (NFC).' },
    total: { type: 'integer', minimum: 0 },
    page: { type: 'integer', minimum: 1 },
    pages: { type: 'integer', minimum: 0 },
    hits: { type: 'array', items: ref('SearchHit') },
  }),
  OpenApi: { type: 'object', description: 'Tài liệu này.', required: ['openapi', 'info', 'paths'], properties: { openapi: { const: '3.1.0' }, info: { type: 'object' }, paths: { type: 'object' } } },
};

const PARAMETERS: Record<string, Parameter> = {
  category: { name: 'category', in: 'query', description: 'Đường dẫn ngắn của chuyên mục; gồm cả các chuyên mục con.', schema: SLUG },
  from: { name: 'from', in: 'query', description: 'Từ ngày (theo giờ Việt Nam), YYYY-MM-DD.', schema: DAY },
  to: { name: 'to', in: 'query', description: 'Đến hết ngày (theo giờ Việt Nam), YYYY-MM-DD.', schema: DAY },
  ifNoneMatch: { name: 'If-None-Match', in: 'header', description: 'ETag đã có: trả 304 nếu không đổi.', schema: { type: 'string' } },
};

const HEADERS: Record<string, Header> = {
  ETag: { description: 'Phiên bản của nội dung trả về.', schema: { type: 'string' } },
  CacheControl: { description: 'public, max-age=60, stale-while-revalidate=300', schema: { type: 'string' } },
  AccessControlAllowOrigin: { description: 'Luôn là *.', schema: { type: 'string', const: '*' } },
  RetryAfter: { description: 'Số giây cần chờ.', schema: { type: 'integer', minimum: 0 } },
  Link: { description: 'Trang sau: <…>; rel="next".', schema: { type: 'string' } },
};

const errorResponse = (description: string, headers: Response['headers'] = {}): Response => ({
  description,
  headers: { 'Access-Control-Allow-Origin': { $ref: '#/components/headers/AccessControlAllowOrigin' }, ...headers },
  content: json(ref('Error')),
});

const RESPONSES: Record<string, Response> = {
  NotModified: { description: 'Không đổi so với ETag trong If-None-Match.', headers: { ETag: { $ref: '#/components/headers/ETag' } } },
  BadRequest: errorResponse('Tham số không hợp lệ (error.parameter nêu tham số).'),
  NotFound: errorResponse('Không có trên trang này.'),
  TooManyRequests: errorResponse('Quá nhiều yêu cầu từ một địa chỉ.', { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } }),
  InternalError: errorResponse('Lỗi hệ thống.'),
};

const ok = (description: string, schema: string, headers: Response['headers'] = {}): Response => ({
  description,
  headers: {
    ETag: { $ref: '#/components/headers/ETag' },
    'Cache-Control': { $ref: '#/components/headers/CacheControl' },
    'Access-Control-Allow-Origin': { $ref: '#/components/headers/AccessControlAllowOrigin' },
    ...headers,
  },
  content: json(ref(schema)),
});

const r = (name: string) => ({ $ref: `#/components/responses/${name}` });
const p = (name: string) => ({ $ref: `#/components/parameters/${name}` });
const common = { '304': r('NotModified'), '429': r('TooManyRequests'), '500': r('InternalError') };

const PATHS: OpenApiDocument['paths'] = {
  '/site': {
    get: {
      operationId: 'getSite',
      summary: 'Thông tin trang',
      description: 'Tên, lời chào, cơ quan chủ quản, liên hệ, ngôn ngữ và địa chỉ của trang phục vụ tên miền này.',
      tags: ['trang'],
      parameters: [p('ifNoneMatch')],
      responses: { '200': ok('Trang.', 'Site'), ...common },
    },
  },
  '/categories': {
    get: {
      operationId: 'listCategories',
      summary: 'Các chuyên mục',
      tags: ['chuyên mục'],
      parameters: [p('ifNoneMatch')],
      responses: { '200': ok('Mọi chuyên mục của trang.', 'CategoryList'), ...common },
    },
  },
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
  '/search': {
    get: {
      operationId: 'search',
      summary: 'Tìm kiếm',
      description: 'Tìm trong bài viết và trang tĩnh đã công bố, gõ có dấu hay không dấu đều được; tốt nhất trước, 10 kết quả mỗi trang. Lọc theo chuyên mục hay ngày thì chỉ còn bài viết.',
      tags: ['tìm kiếm'],
      parameters: [
        { name: 'q', in: 'query', description: `Từ khóa (tối đa ${MAX_Q} ký tự); rỗng thì không có kết quả.`, schema: { type: 'string', maxLength: MAX_Q } },
        { name: 'page', in: 'query', description: 'Trang kết quả, từ 1.', schema: { type: 'integer', minimum: 1, maximum: 10_000, default: 1 } },
        p('category'),
        p('from'),
        p('to'),
        p('ifNoneMatch'),
      ],
      responses: { '200': ok('Kết quả.', 'SearchResults'), '400': r('BadRequest'), '404': r('NotFound'), ...common },
    },
  },
  '/openapi.json': {
    get: {
      operationId: 'getOpenApi',
      summary: 'Tài liệu OpenAPI này',
      tags: ['tài liệu'],
      parameters: [p('ifNoneMatch')],
      responses: { '200': ok('OpenAPI 3.1.', 'OpenApi'), ...common },
    },
  },
};

/** The document, its server being this site's API. */
export function openApiDocument(base: string): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Loa — API nội dung',
      version: '1.0.0',
      description:
        'API chỉ đọc, dạng JSON, cho nội dung công khai của trang thông tin điện tử: thông tin trang, chuyên mục, bài viết, tìm kiếm. ' +
        'Mỗi tên miền chỉ thấy nội dung của trang mình. Trả lời có ETag (304 khi không đổi), Cache-Control ngắn và CORS cho GET. ' +
        'Giới hạn số yêu cầu theo địa chỉ (429 kèm Retry-After). Mọi lỗi có dạng { "error": { "code", "message" } }.',
      license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
    },
    servers: [{ url: `${base}/api/v1`, description: 'Trang này' }],
    tags: [
      { name: 'trang', description: 'Thông tin trang' },
      { name: 'chuyên mục', description: 'Chuyên mục tin' },
      { name: 'bài viết', description: 'Bài viết đã xuất bản' },
      { name: 'tìm kiếm', description: 'Tìm kiếm toàn văn' },
      { name: 'tài liệu', description: 'Mô tả API' },
    ],
    paths: PATHS,
    components: { schemas: SCHEMAS, parameters: PARAMETERS, headers: HEADERS, responses: RESPONSES },
  };
}
