// Listings with pagination (?trang=N): a category's articles and a tag's.
import type { PageContext } from '../web/context.js';
import { Breadcrumbs, Layout } from '../web/layout.js';
import { categoryUrl } from '../categories/queries.js';
import type { CategoryPage, TagPage } from './service.js';
import type { ArticleCard } from './presenter.js';
import { tagUrl } from './queries.js';
import { NewsList } from './views.js';
import type { PageMeta } from '../web/metadata.js';
import { Pagination } from '../web/pagination.js';

/** Page n of a listing at `base`: `base` itself for the first, `?trang=n` after. */
const pageHref = (base: string) => (n: number) => (n === 1 ? base : `${base}?trang=${n}`);

/** The cards of a listing's page and the links to its other pages. */
function ListingItems({ items, page, pages, base, empty }: { items: ArticleCard[]; page: number; pages: number; base: string; empty: string }) {
  return (
    <>
      {items.length ? <NewsList items={items} headingLevel={2} /> : <p>{empty}</p>}
      <Pagination page={page} pages={pages} href={pageHref(base)} label="Phân trang" />
    </>
  );
}

/** The articles that carry one tag (/tu-khoa/:slug). */
export function TagListing({ ctx, data }: { ctx: PageContext; data: TagPage }) {
  const { tag } = data;
  const base = tagUrl(tag);
  const heading = `Từ khóa: ${tag.name}`;
  const meta: PageMeta = { breadcrumbs: [{ label: heading, url: base }], date: data.items[0]?.datetime, dcType: 'Collection' };
  return (
    <Layout
      ctx={ctx}
      title={data.page > 1 ? `${heading} - Trang ${data.page}` : heading}
      description={`Các bài viết có từ khóa “${tag.name}” của ${ctx.site.name}.`}
      canonical={pageHref(base)(data.page)}
      meta={meta}
    >
      <Breadcrumbs items={[{ label: heading }]} />
      <h1>{heading}</h1>
      <p>{data.total} bài viết</p>
      <ListingItems items={data.items} page={data.page} pages={data.pages} base={base} empty="Chưa có bài viết với từ khóa này." />
    </Layout>
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
    <Layout ctx={ctx} title={title} description={description} canonical={pageHref(base)(data.page)} meta={meta}>
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
      <ListingItems items={data.items} page={data.page} pages={data.pages} base={base} empty="Chưa có bài viết trong chuyên mục này." />
    </Layout>
  );
}
