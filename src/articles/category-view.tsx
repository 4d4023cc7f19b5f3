// A category's listing with pagination (?trang=N).
import type { PageContext } from '../web/context.js';
import { Breadcrumbs, Layout } from '../web/layout.js';
import { categoryUrl } from '../categories/queries.js';
import type { CategoryPage } from './service.js';
import { NewsList } from './views.js';
import type { PageMeta } from '../web/metadata.js';

function Pagination({ base, page, pages }: { base: string; page: number; pages: number }) {
  if (pages <= 1) return null;
  const href = (n: number) => (n === 1 ? base : `${base}?trang=${n}`);
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  return (
    <nav class="pagination" aria-label="Phân trang">
      <ul>
        {page > 1 && (
          <li>
            <a href={href(page - 1)} rel="prev">
              ‹ Trang trước
            </a>
          </li>
        )}
        {shown.map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page">{n}</span>
            ) : (
              <a href={href(n)} aria-label={`Trang ${n}`}>
                {n}
              </a>
            )}
          </li>
        ))}
        {page < pages && (
          <li>
            <a href={href(page + 1)} rel="next">
              Trang sau ›
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

export function CategoryListing({ ctx, data }: { ctx: PageContext; data: CategoryPage }) {
  const { category, parent, children } = data;
  const base = categoryUrl(category);
  const title = data.page > 1 ? `${category.name} - Trang ${data.page}` : category.name;
  const meta: PageMeta = {
    breadcrumbs: [...(parent ? [{ label: parent.name, url: categoryUrl(parent) }] : []), { label: category.name, url: base }],
    date: data.items[0]?.datetime,
    dcType: 'Collection',
  };
  const description = category.description || `Tin tức, bài viết chuyên mục ${category.name} của ${ctx.site.name}.`;
  return (
    <Layout ctx={ctx} title={title} description={description} canonical={data.page > 1 ? `${base}?trang=${data.page}` : base} meta={meta}>
      <Breadcrumbs items={[...(parent ? [{ label: parent.name, url: categoryUrl(parent) }] : []), { label: category.name }]} />
      <h1>{category.name}</h1>
      {category.description && <p>{category.description}</p>}
      {children.length > 0 && (
        <nav aria-label="Chuyên mục con">
          <ul>
            {children.map((c) => (
              <li key={c.id}>
                <a href={categoryUrl(c)}>{c.name}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {data.items.length ? <NewsList items={data.items} headingLevel={2} /> : <p>Chưa có bài viết trong chuyên mục này.</p>}
      <Pagination base={base} page={data.page} pages={data.pages} />
    </Layout>
  );
}
