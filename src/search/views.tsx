// The search page (/tim-kiem): the words' form, then the results with the filters (category,
// dates) behind "Lọc kết quả" after them (beside them on a wide screen), notices about what could not
// be used, the count, the results (title, date, category, snippet with the words marked) and
// pagination that keeps the filters. Snippets and marked titles are escaped by search/snippet.ts;
// everything else is escaped by Preact.
import type { PageContext } from '../web/context.js';
import { Breadcrumbs, Layout } from '../web/layout.js';
import { Pagination } from '../web/pagination.js';
import { formatDate, formatNumber, isoDate } from '../vi/index.js';
import type { SearchForm } from './params.js';
import { searchUrl } from './params.js';
import type { SearchHit, SearchPageData } from './service.js';
import { markedTitle } from './service.js';
import { MAX_RESULTS } from './ranking.js';
import { knownSource } from './sources.js';

export const SEARCH_PATH = '/tim-kiem';

const FORM_ID = 'tk-form';

/** The words and the button: first on the page, so the results start within a phone's first screen. */
function SearchFormBox({ form }: { form: SearchForm }) {
  return (
    <form id={FORM_ID} class="search-form" role="search" aria-label="Tìm kiếm bài viết và trang" action={SEARCH_PATH} method="get">
      <div class="search-field search-words">
        <label for="tk-q">Từ khóa</label>
        <div class="search-line">
          <input id="tk-q" type="search" name="q" value={form.q} maxLength={200} spellcheck={false} autocomplete="off" />
          <button type="submit">Tìm kiếm</button>
        </div>
      </div>
    </form>
  );
}

/**
 * The filters, behind "Lọc kết quả" (open when one is in use), after the results on a phone and
 * beside them on a wide screen. Their fields belong to the search form by their form attribute,
 * so either button sends words and filters together, without JavaScript.
 */
function FilterBox({ form, categories }: { form: SearchForm; categories: SearchPageData['categories'] }) {
  const inUse = !!(form.category || form.from || form.to);
  return (
    <details class="search-filters" open={inUse}>
      <summary>Lọc kết quả{inUse ? ' (đang lọc)' : ''}</summary>
      <div class="search-filter-fields">
        <div class="search-field">
          <label for="tk-chuyen-muc">Chuyên mục</label>
          <select id="tk-chuyen-muc" name="chuyen-muc" form={FORM_ID}>
            <option value="">Tất cả chuyên mục</option>
            {categories.map((c) => (
              <option key={c.slug} value={c.slug} selected={c.slug === form.category}>
                {'— '.repeat(c.depth) + c.name}
              </option>
            ))}
          </select>
        </div>
        <div class="search-field">
          <label for="tk-tu-ngay">Từ ngày</label>
          <input id="tk-tu-ngay" type="text" name="tu-ngay" form={FORM_ID} value={form.from} inputMode="numeric" placeholder="ngày/tháng/năm" aria-describedby="tk-ngay-goi-y" maxLength={10} autocomplete="off" />
        </div>
        <div class="search-field">
          <label for="tk-den-ngay">Đến ngày</label>
          <input id="tk-den-ngay" type="text" name="den-ngay" form={FORM_ID} value={form.to} inputMode="numeric" placeholder="ngày/tháng/năm" aria-describedby="tk-ngay-goi-y" maxLength={10} autocomplete="off" />
        </div>
        <p id="tk-ngay-goi-y" class="search-hint">
          Ngày viết theo dạng ngày/tháng/năm, ví dụ 25/11/2026. Có thể gõ không dấu: “dan van” tìm được “dân vận”.
        </p>
        <div class="search-actions">
          <button type="submit" form={FORM_ID}>
            Lọc
          </button>
        </div>
      </div>
    </details>
  );
}

function Hit({ hit, q }: { hit: SearchHit; q: string }) {
  const label = knownSource(hit.kind)?.label;
  return (
    <li>
      <h3>
        <a href={hit.url} dangerouslySetInnerHTML={{ __html: markedTitle(hit.title, q) }} />
      </h3>
      <p class="search-meta">
        {hit.publishedAt ? <time datetime={isoDate(hit.publishedAt)}>{formatDate(hit.publishedAt)}</time> : label && <span>{label}</span>}
        {hit.category && <a href={hit.category.url}>{hit.category.name}</a>}
      </p>
      <p class="search-snippet" dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} />
    </li>
  );
}

function Summary({ data }: { data: SearchPageData }) {
  const { result, request } = data;
  const q = request.form.q;
  if (result.total === 0) {
    return (
      <div class="search-none">
        <p>
          <strong>Không tìm thấy kết quả nào cho “{q}”.</strong>
        </p>
        {data.suggestion && (
          <p class="search-suggestion">
            Có phải bạn muốn tìm: <a href={data.suggestion.url}>{data.suggestion.q}</a>
          </p>
        )}
        <p>Hãy thử từ khóa ngắn hơn hoặc khác đi, bỏ bớt bộ lọc chuyên mục hay ngày, hoặc gõ không dấu.</p>
      </div>
    );
  }
  const count = result.total >= MAX_RESULTS ? `Từ ${formatNumber(MAX_RESULTS)} kết quả trở lên` : `${formatNumber(result.total)} kết quả`;
  return (
    <p class="search-count" role="status">
      {count} cho “{q}”{result.pages > 1 && result.page <= result.pages ? ` — trang ${result.page}/${result.pages}` : ''}.
    </p>
  );
}

export function SearchPage({ ctx, data }: { ctx: PageContext; data: SearchPageData }) {
  const { request, result } = data;
  const q = request.form.q;
  const title = q ? `Tìm kiếm: ${q}` : 'Tìm kiếm';
  return (
    <Layout ctx={ctx} title={title} description={`Tìm kiếm tin bài và trang thông tin trên ${ctx.site.name}.`} noIndex>
      <Breadcrumbs items={[{ label: 'Tìm kiếm' }]} />
      <h1>Tìm kiếm</h1>
      {request.notices.length > 0 && (
        <div class="search-notices" role="note" aria-label="Lưu ý về bộ lọc">
          <ul>
            {request.notices.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      <SearchFormBox form={request.form} />
      <div class="search-layout">
        {!q ? (
          <p class="search-empty">Nhập từ khóa để tìm trong các tin bài và trang thông tin.</p>
        ) : (
          <section class="search-results" aria-labelledby="ket-qua">
            <h2 id="ket-qua" class="visually-hidden">
              Kết quả tìm kiếm
            </h2>
            <Summary data={data} />
            {result.total > 0 && result.hits.length === 0 && (
              <p>
                Trang {result.page} không có kết quả; các kết quả nằm ở {result.pages > 1 ? `trang 1 đến ${result.pages}` : 'trang 1'}.{' '}
                <a href={searchUrl(request.used)}>Về trang 1</a>
              </p>
            )}
            {result.hits.length > 0 && (
              <ol class="search-list" start={(result.page - 1) * 10 + 1}>
                {result.hits.map((h) => (
                  <Hit key={`${h.kind}-${h.id}`} hit={h} q={q} />
                ))}
              </ol>
            )}
            <Pagination page={result.page} pages={result.pages} href={(n) => searchUrl(request.used, n)} label="Phân trang kết quả tìm kiếm" />
          </section>
        )}
        <FilterBox form={request.form} categories={data.categories} />
      </div>
    </Layout>
  );
}
