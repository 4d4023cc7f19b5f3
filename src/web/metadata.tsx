// The metadata in a public page's <head>, built from a description of the page: the canonical
// address, the meta description, Open Graph and Twitter card tags, Dublin Core (DC.*, as the
// portal rules ask) and schema.org JSON-LD (NewsArticle, BreadcrumbList, the organisation and
// the web site). It is rendered into the cached template once (web/page-cache.ts): nothing here
// may be live (no marks — never the view count), and every address is absolute.
import type { PageContext } from './context.js';
import { decodeEntities } from '../richtext/escape.js';
import { isoDate } from '../vi/index.js';
import { asset } from './assets.js';

/** A step of the breadcrumb trail below "Trang chủ"; the last one is the page itself (its address
 *  defaults to the canonical one). */
export interface MetaCrumb {
  label: string;
  url?: string;
}

/** A page's image as the metadata names it (media/images.ts ImageView has these). */
export interface MetaImage {
  src: string;
  width: number;
  height: number;
  alt: string;
}

/** What a page says about itself beyond its title and description. */
export interface PageMeta {
  /** The home page: a GovernmentOrganization and a WebSite. */
  home?: boolean;
  /** An article: og:type article, article:* tags and a NewsArticle. Dates are ISO-8601 with offset. */
  article?: { published: string; modified: string; section?: string; byline?: string };
  /** The featured image (og:image, twitter:image, the NewsArticle's image). */
  image?: MetaImage | null;
  breadcrumbs?: MetaCrumb[];
  /** DC.date (W3CDTF); the site's last change when absent. */
  date?: string;
  /** DC.type from the DCMI Type Vocabulary. */
  dcType?: 'Text' | 'Collection';
  /** The content's language when it is not the site's (an English page). */
  lang?: string;
  /** DC.creator when it is not the byline or the agency (a document's issuing body). */
  creator?: string;
  /** DC.subject (a document's fields). */
  subject?: string;
  /** Further schema.org objects of the page, with absolute addresses (a document's Legislation). */
  jsonLd?: Record<string, unknown>[];
}

export interface HeadMetaProps {
  ctx: PageContext;
  /** The page's own title (without the site's name). */
  title: string;
  description?: string;
  /** Path of the canonical address; the current path when absent. */
  canonical?: string;
  noIndex?: boolean;
  meta?: PageMeta;
}

export const DESCRIPTION_MAX = 160;

/** Plain text on one line, cut at a word boundary to at most `max` characters (with "…"). */
export function metaDescription(text: string, max = DESCRIPTION_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  const head = chars.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  const cut = space >= max / 2 ? head.slice(0, space) : head;
  return cut.replace(/[\s,;:.\-–]+$/, '') + '…';
}

/** The text of the first non-empty paragraph of a sanitised body ('' when there is none). */
export function firstParagraph(html: string): string {
  for (const m of html.matchAll(/<p(?:\s[^>]*)?>([\s\S]*?)<\/p>/g)) {
    const text = decodeEntities(m[1]!.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return '';
}

const JSON_UNSAFE: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** JSON for a <script type="application/ld+json"> block: no `<`, `>` or `&` can end the script or
 *  open a comment, whatever the data holds; U+2028/U+2029 escaped too. Still JSON.parse-able. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => JSON_UNSAFE[c]!);
}

const LOCALES: Record<string, string> = { vi: 'vi_VN', en: 'en_US' };
const localeOf = (lang: string) => LOCALES[lang] ?? LOCALES.vi!;

function absolute(base: string, url: string): string {
  return /^https?:\/\//.test(url) ? url : base + (url.startsWith('/') ? url : `/${url}`);
}

type Json = Record<string, unknown>;

/** The agency behind the site, as schema.org sees it. */
function organization(ctx: PageContext): Json {
  const { site, baseUrl } = ctx;
  return {
    '@type': 'GovernmentOrganization',
    '@id': `${baseUrl}/#to-chuc`,
    name: site.agency || site.name,
    url: `${baseUrl}/`,
    logo: { '@type': 'ImageObject', url: absolute(baseUrl, asset('emblem.svg')) },
  };
}

function homeGraph(ctx: PageContext, description: string): Json[] {
  const { site, baseUrl } = ctx;
  const org: Json = { '@context': 'https://schema.org', ...organization(ctx) };
  if (site.agency && site.agency !== site.name) org.alternateName = site.name;
  if (site.address) org.address = { '@type': 'PostalAddress', streetAddress: site.address, addressCountry: 'VN' };
  if (site.phone) org.telephone = site.phone;
  if (site.email) org.email = site.email;
  const webSite: Json = {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${baseUrl}/#trang`,
    name: site.name,
    url: `${baseUrl}/`,
    description,
    inLanguage: site.lang || 'vi',
    publisher: { '@id': `${baseUrl}/#to-chuc` },
  };
  return [org, webSite];
}

function breadcrumbList(ctx: PageContext, crumbs: MetaCrumb[], url: string): Json {
  const items = [{ label: 'Trang chủ', url: '/' }, ...crumbs];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.label,
      item: c.url ? absolute(ctx.baseUrl, c.url) : url,
    })),
  };
}

function imageObject(base: string, image: MetaImage): Json {
  return { '@type': 'ImageObject', url: absolute(base, image.src), width: image.width, height: image.height, ...(image.alt ? { caption: image.alt } : {}) };
}

function newsArticle(ctx: PageContext, p: { title: string; description: string; url: string; lang: string; meta: PageMeta }): Json {
  const a = p.meta.article!;
  const author = a.byline ? { '@type': 'Person', name: a.byline } : organization(ctx);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: p.title,
    ...(p.description ? { description: p.description } : {}),
    datePublished: a.published,
    dateModified: a.modified,
    author: [author],
    publisher: organization(ctx),
    ...(p.meta.image ? { image: [imageObject(ctx.baseUrl, p.meta.image)] } : {}),
    ...(a.section ? { articleSection: a.section } : {}),
    mainEntityOfPage: { '@type': 'WebPage', '@id': p.url },
    url: p.url,
    inLanguage: p.lang,
  };
}

function JsonLd({ data }: { data: Json }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}

/** Every metadata tag of a public page's head. Error pages (noIndex) get only `robots: noindex`. */
export function HeadMeta({ ctx, title, description, canonical, noIndex, meta = {} }: HeadMetaProps) {
  if (noIndex) return <meta name="robots" content="noindex" />;
  const { site, baseUrl } = ctx;
  const url = absolute(baseUrl, canonical ?? ctx.path);
  const text = metaDescription(description || site.welcome || site.name);
  const lang = meta.lang || site.lang || 'vi';
  const publisher = site.agency || site.name;
  const article = meta.article;
  const image = meta.image ?? undefined;
  const imageUrl = image && absolute(baseUrl, image.src);
  const date = meta.date || article?.published || isoDate(site.updated_at);
  const graph: Json[] = [];
  if (meta.home) graph.push(...homeGraph(ctx, text));
  if (article) graph.push(newsArticle(ctx, { title, description: text, url, lang, meta }));
  if (meta.jsonLd) graph.push(...meta.jsonLd);
  if (meta.breadcrumbs?.length) graph.push(breadcrumbList(ctx, meta.breadcrumbs, url));
  return (
    <>
      <meta name="description" content={text} />
      <link rel="canonical" href={url} />
      <meta property="og:type" content={article ? 'article' : 'website'} />
      <meta property="og:site_name" content={site.name} />
      <meta property="og:locale" content={localeOf(lang)} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={text} />
      <meta property="og:url" content={url} />
      {image && (
        <>
          <meta property="og:image" content={imageUrl} />
          <meta property="og:image:type" content="image/webp" />
          <meta property="og:image:width" content={String(image.width)} />
          <meta property="og:image:height" content={String(image.height)} />
          {image.alt && <meta property="og:image:alt" content={image.alt} />}
        </>
      )}
      {article && (
        <>
          <meta property="article:published_time" content={article.published} />
          <meta property="article:modified_time" content={article.modified} />
          {article.section && <meta property="article:section" content={article.section} />}
        </>
      )}
      <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={text} />
      {image && <meta name="twitter:image" content={imageUrl} />}
      {image?.alt && <meta name="twitter:image:alt" content={image.alt} />}
      <link rel="schema.DC" href="http://purl.org/dc/elements/1.1/" />
      <meta name="DC.title" content={title} />
      <meta name="DC.creator" content={meta.creator || article?.byline || publisher} />
      {meta.subject && <meta name="DC.subject" content={meta.subject} />}
      <meta name="DC.date" content={date} />
      <meta name="DC.description" content={text} />
      <meta name="DC.publisher" content={publisher} />
      <meta name="DC.identifier" content={url} />
      <meta name="DC.language" content={lang} />
      <meta name="DC.type" content={meta.dcType ?? 'Text'} />
      {graph.map((data, i) => (
        <JsonLd key={i} data={data} />
      ))}
    </>
  );
}
