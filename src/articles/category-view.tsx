// A category's listing with pagination (?trang=N).
import type { PageContext } from '../web/context.js';
import { Breadcrumbs, Layout } from '../web/layout.js';
import { categoryUrl } from '../categories/queries.js';
import type { CategoryPage } from './service.js';
import { NewsList } from './views.js';
import type { PageMeta } from '../web/metadata.js';
import { Pagination } from '../web/pagination.js';

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
      <Pagination page={data.page} pages={data.pages} href={(n) => (n === 1 ? base : `${base}?trang=${n}`)} label="Phân trang" />
    </Layout>
  );
}
