// Templates of the article page, its print view, and lists of article cards.
import { Picture } from '../media/picture.js';
import type { PageContext } from '../web/context.js';
import { Breadcrumbs, Layout } from '../web/layout.js';
import { mark } from '../web/page-cache.js';
import type { ArticleCard, ArticleView } from './presenter.js';
import { asset } from '../web/assets.js';
import type { PageMeta } from '../web/metadata.js';
import { firstParagraph } from '../web/metadata.js';
import type { PreviewBar } from '../registry/editorial.js';

export function ArticleMeta({ a }: { a: ArticleView }) {
  return (
    <>
      <p class="article-meta">
        <time datetime={a.datetime}>{a.weekdayDate}</time>
        <span data-figure="views">{mark('views')} lượt xem</span>
      </p>
      <p class="rating">
        Đánh giá cho bài viết: <span data-figure="rating">{mark('score')} điểm ( {mark('ratings')} đánh giá )</span>
      </p>
    </>
  );
}

/** "Từ khóa:" and the article's tags, each a link to its page of articles. */
export function ArticleTags({ a }: { a: ArticleView }) {
  if (a.tags.length === 0) return null;
  return (
    <div class="article-tags">
      <p id="tu-khoa">Từ khóa:</p>
      <ul aria-labelledby="tu-khoa">
        {a.tags.map((t) => (
          <li key={t.url}>
            <a href={t.url}>{t.name}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Rate 1–5 stars: a plain form post (no JavaScript needed); /static/rating.js does it in place. */
export function RatingForm({ a }: { a: ArticleView }) {
  return (
    <form id="danh-gia" class="rate" method="post" action={`${a.url}/danh-gia`}>
      <fieldset>
        <legend>Chấm điểm bài viết</legend>
        <div class="stars">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n}>
              <input type="radio" name="diem" value={String(n)} required />
              <span aria-hidden="true">{'★'.repeat(n)}</span>
              <span class="visually-hidden">{n} sao</span>
            </label>
          ))}
        </div>
        <button type="submit">Gửi đánh giá</button>
        <p class="rate-status" role="status">
          {mark('mine')}
        </p>
      </fieldset>
    </form>
  );
}

/** The head's metadata of an article: a NewsArticle with its dates, byline, section and image. */
function articleMeta(a: ArticleView): PageMeta {
  return {
    article: { published: a.datetime, modified: a.modified, section: a.category?.name, byline: a.byline },
    image: a.image,
    breadcrumbs: [...(a.category ? [{ label: a.category.name, url: a.category.url }] : []), { label: a.title, url: a.url }],
    date: a.datetime,
    dcType: 'Text',
  };
}

export function ArticlePage({ ctx, a, others, preview }: { ctx: PageContext; a: ArticleView; others: ArticleCard[]; preview?: PreviewBar }) {
  return (
    <Layout
      ctx={ctx}
      title={a.title}
      description={a.summary || firstParagraph(a.bodyHtml)}
      canonical={a.url}
      noIndex={preview !== undefined}
      meta={articleMeta(a)}
      itemId={a.id}
      head={<script src={asset('rating.js')} defer />}
      banner={
        preview && (
          <div class="preview-bar" role="region" aria-label={preview.label}>
            <div class="wrap">
              <p>
                <strong>{preview.label}</strong> <a href={preview.editUrl}>{preview.backLabel}</a>
              </p>
            </div>
          </div>
        )
      }
    >
      <Breadcrumbs items={a.category ? [{ label: a.category.name, url: a.category.url }] : []} />
      <article>
        <h1>{a.title}</h1>
        <ArticleMeta a={a} />
        {a.summary && <p class="summary">{a.summary}</p>}
        <div class="article-body" dangerouslySetInnerHTML={{ __html: a.bodyHtml }} />
        {a.byline && <p class="byline">{a.byline}</p>}
        <ArticleTags a={a} />
        <RatingForm a={a} />
        <p class="article-tools">
          <a href={`${a.url}/in`} rel="nofollow">
            In bài viết
          </a>
        </p>
      </article>
      {others.length > 0 && (
        <section class="other-news" aria-labelledby="cac-tin-khac">
          <h2 id="cac-tin-khac">Các tin khác</h2>
          <ul>
            {others.map((o) => (
              <li key={o.id}>
                <a href={o.url}>{o.title}</a> <span class="date">({o.date})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Layout>
  );
}

export function PrintPage({ ctx, a }: { ctx: PageContext; a: ArticleView }) {
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${a.title} - Bản in - ${ctx.site.name}`}</title>
        <link rel="canonical" href={ctx.baseUrl + a.url} />
        <link rel="stylesheet" href={asset('site.css')} />
      </head>
      <body>
        <main class="print-page">
          <header class="print-head">
            <p>
              <strong>{ctx.site.name}</strong>
            </p>
            <p>
              Địa chỉ bài viết: {ctx.baseUrl}
              {a.url}
            </p>
          </header>
          <article>
            <h1>{a.title}</h1>
            <p class="article-meta">
              <time datetime={a.datetime}>{a.weekdayDate}</time>
            </p>
            {a.summary && <p class="summary">{a.summary}</p>}
            <div class="article-body" dangerouslySetInnerHTML={{ __html: a.bodyHtml }} />
            {a.byline && <p class="byline">{a.byline}</p>}
          </article>
        </main>
      </body>
    </html>
  );
}

export function NewsList({ items, headingLevel = 3 }: { items: ArticleCard[]; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul class="news-list">
      {items.map((c) => (
        <li key={c.id} class={c.image ? undefined : 'no-image'}>
          {c.image && <Picture image={c.image} sizes="9rem" alt="" lazy />}
          <div>
            <H>
              <a href={c.url}>{c.title}</a>
            </H>
            <time class="date" datetime={c.datetime}>
              {c.date}
            </time>
            {c.summary && <p>{c.summary}</p>}
          </div>
        </li>
      ))}
    </ul>
  );
}
