// Feed autodiscovery in every public page's head: the site's RSS and Atom feeds, and on a category
// page (known from the page's path) that category's feeds first.
import type { LayoutSlots, PageContext } from '../web/context.js';
import { feedPath } from './service.js';

const CATEGORY_PAGE = /^\/chuyen-muc\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface FeedLink {
  type: string;
  title: string;
  href: string;
}

/** The feeds a page announces; `title` is the page's own title (a category's name on its page). */
export function feedLinks(ctx: PageContext, title: string): FeedLink[] {
  const pages = CATEGORY_PAGE.test(ctx.path) ? [{ path: ctx.path, name: `${title} – ${ctx.site.name}` }] : [];
  pages.push({ path: '/', name: ctx.site.name });
  return pages.flatMap((p) => [
    { type: 'application/rss+xml', title: `${p.name} (RSS)`, href: ctx.baseUrl + feedPath(p.path, 'rss') },
    { type: 'application/atom+xml', title: `${p.name} (Atom)`, href: ctx.baseUrl + feedPath(p.path, 'atom') },
  ]);
}

export function FeedLinks({ ctx, title }: { ctx: PageContext; title: string }) {
  return (
    <>
      {feedLinks(ctx, title).map((l) => (
        <link key={l.href} rel="alternate" type={l.type} title={l.title} href={l.href} />
      ))}
    </>
  );
}

/** The feeds' part of every page's frame: their links in the head of pages that are indexed. */
export const feedLayout: LayoutSlots = {
  head: ({ ctx, title, noIndex }) => (noIndex ? null : <FeedLinks ctx={ctx} title={title} />),
};
