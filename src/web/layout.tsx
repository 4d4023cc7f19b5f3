// The page frame of every public page: header (emblem, site name, today's date, welcome line),
// main menu, main column, sidebar of widgets, footer with the agency's contacts; the modules' slots
// (web/context.ts LayoutSlots) in the head and the header.
import type { ComponentChildren } from 'preact';
import type { PageContext } from './context.js';
import type { MenuNode } from '../sites/menu.js';
import { asset } from './assets.js';
import type { PageMeta } from './metadata.js';
import { HeadMeta } from './metadata.js';

export interface LayoutProps {
  ctx: PageContext;
  title: string;
  description?: string;
  /** Path of the canonical URL; defaults to the current path. */
  canonical?: string;
  /** Error pages: no canonical link, not indexed. */
  noIndex?: boolean;
  /** What the page says about itself for the head's metadata (web/metadata.tsx). */
  meta?: PageMeta;
  /** Full width main column, no sidebar. */
  wide?: boolean;
  head?: ComponentChildren;
  /** The editorial item shown (an article, a page…), for the beacon in beacon mode. */
  itemId?: number;
  /** A bar above the site's header (the back office's preview says so there). */
  banner?: ComponentChildren;
  /** Boxes at the top of the sidebar (the home page's "Văn bản mới"). */
  aside?: ComponentChildren;
  children: ComponentChildren;
}

function isCurrent(ctx: PageContext, url: string) {
  return url === ctx.path ? 'page' : undefined;
}

function MenuList({ ctx, items }: { ctx: PageContext; items: MenuNode[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.id}>
          <a href={item.url} aria-current={isCurrent(ctx, item.url)}>
            {item.label}
          </a>
          {item.children.length > 0 && <MenuList ctx={ctx} items={item.children} />}
        </li>
      ))}
    </ul>
  );
}

export function StatsWidget({ ctx }: { ctx: PageContext }) {
  const f = ctx.figures;
  return (
    <section class="widget stats" aria-labelledby="w-thong-ke">
      <h2 id="w-thong-ke">Thống kê truy cập</h2>
      <dl>
        <div>
          <dt>Số lượt truy cập</dt>
          <dd data-figure="total">{f.total}</dd>
        </div>
        <div>
          <dt>Trực tuyến:</dt>
          <dd data-figure="online">{f.online}</dd>
        </div>
        <div>
          <dt>Hôm nay:</dt>
          <dd data-figure="today">{f.today}</dd>
        </div>
      </dl>
    </section>
  );
}

export function Sidebar({ ctx, children }: { ctx: PageContext; children?: ComponentChildren }) {
  return (
    <aside class="sidebar" aria-label="Thông tin bên lề">
      {children}
      <section class="widget" aria-labelledby="w-lien-ket">
        <h2 id="w-lien-ket">Liên kết</h2>
        <ul>
          <li>
            <a href="/so-do-cong">Sơ đồ cổng</a>
          </li>
          <li>
            <a href="/trang/lien-he">Liên hệ</a>
          </li>
          <li>
            <a href="https://dichvucong.gov.vn/" rel="noopener">
              Cổng Dịch vụ công quốc gia
            </a>
          </li>
          <li>
            <a href="https://chinhphu.vn/" rel="noopener">
              Cổng Thông tin điện tử Chính phủ
            </a>
          </li>
        </ul>
      </section>
      <p class="widget login-link">
        <a href="/dang-nhap">Đăng nhập</a>
      </p>
      <StatsWidget ctx={ctx} />
    </aside>
  );
}

export function SiteHeader({ ctx }: { ctx: PageContext }) {
  const { site } = ctx;
  return (
    <header class="site-header">
      <div class="wrap masthead">
        <a class="brand" href="/">
          <img src={asset('emblem.svg')} alt="" width="56" height="56" />
          <span class="brand-name">{site.name}</span>
        </a>
        <p class="today">{ctx.today}</p>
        {ctx.slots.map((slot) => slot.header?.({ ctx }))}
      </div>
      {site.welcome && (
        <div class="welcome">
          <p>{site.welcome}</p>
        </div>
      )}
    </header>
  );
}

/** The agency's contacts from the site's settings, one paragraph each (the footer, the Liên hệ page). */
export function ContactLines({ site }: { site: PageContext['site'] }) {
  return (
    <>
      {site.agency && <p>Cơ quan chủ quản: {site.agency}</p>}
      {site.responsible && <p>Chịu trách nhiệm chính: {site.responsible}</p>}
      {site.address && <p>Địa chỉ: {site.address}</p>}
      {site.phone && (
        <p>
          Điện thoại: <a href={`tel:${site.phone.replace(/[^\d+]/g, '')}`}>{site.phone}</a>
        </p>
      )}
      {site.email && (
        <p>
          Thư điện tử: <a href={`mailto:${site.email}`}>{site.email}</a>
        </p>
      )}
    </>
  );
}

export function SiteFooter({ ctx }: { ctx: PageContext }) {
  const { site } = ctx;
  return (
    <footer class="site-footer">
      <div class="wrap">
        <p class="agency">{site.name}</p>
        <ContactLines site={site} />
        {site.footer_note && <p>{site.footer_note}</p>}
        <nav aria-label="Liên kết cuối trang">
          <ul>
            <li>
              <a href="/so-do-cong">Sơ đồ cổng</a>
            </li>
            <li>
              <a href="/trang/lien-he">Liên hệ</a>
            </li>
            <li>
              <a href="/dang-nhap">Đăng nhập</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}

export function Layout({ ctx, title, description, canonical, noIndex, meta, wide, head, children, itemId, banner, aside }: LayoutProps) {
  const fullTitle = title === ctx.site.name ? title : `${title} - ${ctx.site.name}`;
  return (
    <html lang={ctx.site.lang || 'vi'}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <HeadMeta ctx={ctx} title={title} description={description} canonical={canonical} noIndex={noIndex} meta={meta} />
        <link rel="stylesheet" href={asset('site.css')} />
        <link rel="stylesheet" href={`/giao-dien.css?v=${encodeURIComponent(ctx.site.updated_at)}`} />
        <link rel="icon" href={asset('emblem.svg')} type="image/svg+xml" />
        {ctx.slots.map((slot) => slot.head?.({ ctx, title, noIndex: noIndex ?? false }))}
        {head}
        {ctx.countMode === 'beacon' && <script src={asset('beacon.js')} defer data-article={String(itemId ?? 0)} />}
      </head>
      <body>
        <a class="skip" href="#noi-dung">
          Bỏ qua, đến nội dung chính
        </a>
        {banner}
        <SiteHeader ctx={ctx} />
        <nav class="main-nav" aria-label="Menu chính">
          <div class="wrap">
            <MenuList ctx={ctx} items={ctx.menu} />
          </div>
        </nav>
        <div class={wide ? 'wrap layout wide' : 'wrap layout'}>
          <main id="noi-dung">{children}</main>
          {!wide && <Sidebar ctx={ctx}>{aside}</Sidebar>}
        </div>
        <SiteFooter ctx={ctx} />
      </body>
    </html>
  );
}

export interface Crumb {
  label: string;
  url?: string;
}

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav class="breadcrumbs" aria-label="Vị trí">
      <ol>
        <li>
          <a href="/">Trang chủ</a>
        </li>
        {items.map((c, i) => (
          <li key={i}>{c.url ? <a href={c.url}>{c.label}</a> : <span aria-current="page">{c.label}</span>}</li>
        ))}
      </ol>
    </nav>
  );
}
