import type { VNode } from 'preact';
import type { LinkChoice } from '../registry/module.js';
import { Picture } from '../media/picture.js';
import type { PageContext } from '../web/context.js';
import { Layout } from '../web/layout.js';
import { NewsList } from '../articles/views.js';
import { categoryUrl } from '../categories/queries.js';
import { pageUrl } from '../pages/queries.js';
import { feedPath } from '../feeds/service.js';
import type { CategoryRow } from '../db/schema.js';
import type { PageRow } from '../pages/queries.js';
import type { HomeData, Tree } from './service.js';

/** The home page; `aside` holds the modules' boxes of its sidebar (registry/module.ts PortalParts). */
export function HomePage({ ctx, data, aside = [] }: { ctx: PageContext; data: HomeData; aside?: (VNode | null)[] }) {
  const { lead } = data;
  return (
    <Layout ctx={ctx} title={ctx.site.name} description={ctx.site.welcome} canonical="/" meta={{ home: true, date: lead?.datetime, dcType: 'Collection' }} aside={aside}>
      <h1 class="visually-hidden">{ctx.site.name}</h1>
      {lead && (
        <section class="lead-story" aria-labelledby="tin-noi-bat">
          {lead.image && (
            <div>
              <Picture image={lead.image} sizes="(max-width: 45rem) 100vw, 30rem" />
            </div>
          )}
          <div>
            <h2 id="tin-noi-bat">
              <a href={lead.url}>{lead.title}</a>
            </h2>
            <time class="date" datetime={lead.datetime}>
              {lead.date}
            </time>
            {lead.summary && <p>{lead.summary}</p>}
          </div>
        </section>
      )}
      {data.sections.map(({ category, items }) => (
        <section key={category.id} aria-labelledby={`cm-${category.slug}`}>
          <h2 class="section-title" id={`cm-${category.slug}`}>
            <a href={categoryUrl(category)}>{category.name}</a>
          </h2>
          <NewsList items={items} />
          <p class="more">
            <a href={categoryUrl(category)}>Xem tất cả tin {category.name}</a>
          </p>
        </section>
      ))}
      {!lead && <p>Trang chưa có bài viết nào.</p>}
    </Layout>
  );
}

/** A nested list of links (categories or pages) for the site map. */
function LinkTree<T extends { id: number }>({ nodes, link }: { nodes: Tree<T>[]; link: (item: T) => { href: string; label: string } }) {
  return (
    <ul>
      {nodes.map((n) => {
        const { href, label } = link(n.item);
        return (
          <li key={n.item.id}>
            <a href={href}>{label}</a>
            {n.children.length > 0 && <LinkTree nodes={n.children} link={link} />}
          </li>
        );
      })}
    </ul>
  );
}

const categoryLink = (c: CategoryRow) => ({ href: categoryUrl(c), label: c.name });
const pageLink = (p: PageRow) => ({ href: pageUrl(p), label: p.title });
const categoryFeedLink = (c: CategoryRow) => ({ href: feedPath(categoryUrl(c), 'rss'), label: `${c.name} (RSS)` });

export function SiteMapPage({ ctx, data, links = [] }: { ctx: PageContext; data: { categories: Tree<CategoryRow>[]; pages: Tree<PageRow>[] }; links?: LinkChoice[] }) {
  return (
    <Layout
      ctx={ctx}
      title="Sơ đồ cổng"
      description={`Sơ đồ cổng: các chuyên mục và trang của ${ctx.site.name}.`}
      canonical="/so-do-cong"
      meta={{ breadcrumbs: [{ label: 'Sơ đồ cổng', url: '/so-do-cong' }], dcType: 'Collection' }}
    >
      <h1>Sơ đồ cổng</h1>
      <div class="sitemap">
        <ul>
          <li>
            <a href="/">Trang chủ</a>
          </li>
          <li>
            Giới thiệu
            <LinkTree nodes={data.pages} link={pageLink} />
          </li>
          <li>
            Tin tức – Sự kiện
            <LinkTree nodes={data.categories} link={categoryLink} />
          </li>
          {links.map(([href, label]) => (
            <li key={href}>
              <a href={href}>{label}</a>
            </li>
          ))}
          <li>
            <a href="/so-do-cong">Sơ đồ cổng</a>
          </li>
          <li>
            <a href={feedPath('/', 'rss')}>Tin RSS (tất cả chuyên mục)</a>
            <LinkTree nodes={data.categories} link={categoryFeedLink} />
          </li>
        </ul>
      </div>
    </Layout>
  );
}
