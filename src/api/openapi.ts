// The OpenAPI 3.1 description of the content API, served at /api/v1/openapi.json: the API's own
// paths (the site, search, this document) and shared parts here, each module's resources
// (LoaModule.api, registry/sources.ts ApiResource) with their paths and schemas, and the search
// hit's `kind` listing the kinds modules declare. test/api.test.ts walks every operation against
// real answers and checks each body against its schema, and that every route under /api/v1/ is listed.
import type { LoaModule } from '../registry/module.js';
import type { ApiPaths, Header, JsonSchema, OpenApiDocument, Parameter, Response } from '../registry/openapi.js';
import { ERROR_CODES } from './errors.js';
import { MAX_Q } from './params.js';

export type { ApiPaths, Header, JsonSchema, OpenApiDocument, Operation, Parameter, Response } from '../registry/openapi.js';

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
export const orNull = (s: JsonSchema): JsonSchema => ({ anyOf: [s, { type: 'null' }] });
const json = (schema: JsonSchema) => ({ 'application/json': { schema } }) as const;
export const object = (properties: Record<string, JsonSchema>, optional: string[] = [], description?: string): JsonSchema => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties,
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
  additionalProperties: false,
});

export const ID: JsonSchema = { type: 'integer', minimum: 1 };
export const SLUG: JsonSchema = { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 200 };
export const URI: JsonSchema = { type: 'string', format: 'uri' };
export const DATE_TIME: JsonSchema = { type: 'string', format: 'date-time', description: 'ISO-8601, giờ Việt Nam (+07:00).', examples: ['2023-12-07T16:00:00+07:00'] };
const DAY: JsonSchema = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', examples: ['2024-01-31'] };

/** The API's own schemas; SearchHit's `kind` is filled with the registered kinds. */
const SCHEMAS = (kinds: string[]): Record<string, JsonSchema> => ({
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
  SearchHit: object({
    kind: { type: 'string', enum: kinds, description: 'Loại nội dung.' },
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
});

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

export const ok = (description: string, schema: string, headers: Response['headers'] = {}): Response => ({
  description,
  headers: {
    ETag: { $ref: '#/components/headers/ETag' },
    'Cache-Control': { $ref: '#/components/headers/CacheControl' },
    'Access-Control-Allow-Origin': { $ref: '#/components/headers/AccessControlAllowOrigin' },
    ...headers,
  },
  content: json(ref(schema)),
});

/** References to the shared responses ('NotFound', 'BadRequest'…) and parameters ('category', 'from', 'to', 'ifNoneMatch'). */
export const r = (name: string) => ({ $ref: `#/components/responses/${name}` });
export const p = (name: string) => ({ $ref: `#/components/parameters/${name}` });
/** The answers every operation may give besides its own. */
export const common = { '304': r('NotModified'), '429': r('TooManyRequests'), '500': r('InternalError') };

const PATHS: ApiPaths = {
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

/** Adds `more` to `into`, refusing a name two modules both use. */
function merge<T>(into: Record<string, T>, more: Record<string, T> | undefined, what: string): void {
  for (const [k, v] of Object.entries(more ?? {})) {
    if (k in into) throw new Error(`openapi: two definitions of the ${what} ${k}`);
    into[k] = v;
  }
}

/** The document, its server being this site's API, with every module's resources. */
export function openApiDocument(base: string, modules: readonly LoaModule[]): OpenApiDocument {
  const kinds = modules.flatMap((m) => (m.search ? [m.search.kind] : []));
  const resources = modules.flatMap((m) => m.api ?? []);
  const { '/site': site, ...own } = PATHS;
  const paths: ApiPaths = { '/site': site! };
  const schemas = SCHEMAS(kinds);
  const parameters = { ...PARAMETERS };
  const tags = [{ name: 'trang', description: 'Thông tin trang' }];
  for (const res of resources) {
    merge(paths, res.paths, 'path');
    merge(schemas, res.schemas, 'schema');
    merge(parameters, res.parameters, 'parameter');
    tags.push(...(res.tags ?? []).filter((t) => !tags.some((x) => x.name === t.name)));
  }
  merge(paths, own, 'path');
  tags.push({ name: 'tìm kiếm', description: 'Tìm kiếm toàn văn' }, { name: 'tài liệu', description: 'Mô tả API' });
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
    tags,
    paths,
    components: { schemas, parameters, headers: HEADERS, responses: RESPONSES },
  };
}
