// Articles as an editorial kind (registry/editorial.ts): the shared back office (editorial/) gives
// them their list, editor, workflow, revisions, preview and trash. What only articles have is here:
// the category (and the list's filter by it), the tags and the featured image, with their checks;
// their public address; and their public page for the preview.
import type { Db } from '../db/index.js';
import type { ItemRow } from '../db/schema.js';
import type { FieldErrors } from '../backoffice/form.js';
import { FieldError, describedBy, invalidWhen } from '../backoffice/fields.js';
import { msg } from '../messages/index.js';
import { cleanLine, slugify } from '../vi/index.js';
import { pageContext } from '../web/context.js';
import { renderPage } from '../web/render.js';
import type { EditorialKind, OwnFields, OwnFieldsProps } from '../registry/editorial.js';
import type { CategoryRow } from '../db/schema.js';
import { listCategories } from '../categories/queries.js';
import type { ImageView } from '../media/images.js';
import { presentImage } from '../media/images.js';
import { findImage } from '../media/service.js';
import { FeaturedPicker, OTHER_IMAGE, featuredChoices } from './featured-picker.js';
import type { FeaturedChoice } from './featured-picker.js';
import { ARTICLE_KIND, tagsOf } from './queries.js';
import { previewArticle } from './service.js';
import { articleUrl } from './presenter.js';
import { ArticlePage } from './views.js';

export const TAG_LIMITS = { tags: 20, tag: 60 } as const;

const ID_RE = /^[1-9]\d{0,9}$/;

/** What the article's own controls need. */
interface ArticleData {
  categories: CategoryRow[];
  choices: FeaturedChoice[];
  featured: ImageView | null;
}

/** The featured image the form holds: a picture's radio button, or "another picture" with its number typed. */
const chosenImage = (v: Record<string, string>) => (v.featured_media_id === OTHER_IMAGE ? (v.featured_media_number ?? '') : (v.featured_media_id ?? ''));

async function setTags(trx: Db, siteId: number, articleId: number, names: string[]) {
  await trx.deleteFrom('article_tags').where('article_id', '=', articleId).execute();
  for (const name of names) {
    const slug = slugify(name);
    let tag = await trx.selectFrom('tags').select('id').where('site_id', '=', siteId).where('slug', '=', slug).executeTakeFirst();
    tag ??= await trx.insertInto('tags').values({ site_id: siteId, slug, name }).returning('id').executeTakeFirstOrThrow();
    await trx.insertInto('article_tags').values({ article_id: articleId, tag_id: tag.id }).execute();
  }
}

function Grid({ staff, values: v, errors: e, data }: OwnFieldsProps) {
  const t = staff.t.articles;
  const { categories } = data as ArticleData;
  return (
    <>
      <p class="field">
        <label for="chuyen-muc">{t.category}</label>
        <select id="chuyen-muc" name="category_id" aria-invalid={invalidWhen(e.category_id)} aria-describedby={describedBy('chuyen-muc', e.category_id)}>
          <option value="">{t.noCategory}</option>
          {categories.map((c) => (
            <option value={String(c.id)} selected={v.category_id === String(c.id)}>
              {c.name}
            </option>
          ))}
        </select>
        <FieldError inline id="chuyen-muc" error={e.category_id} />
      </p>
      <p class="field">
        <label for="tu-khoa">{t.tags}</label>
        <input id="tu-khoa" name="tags" type="text" value={v.tags} maxLength={2000} aria-invalid={invalidWhen(e.tags)} aria-describedby={describedBy('tu-khoa', e.tags)} />
        <FieldError inline id="tu-khoa" error={e.tags} />
      </p>
    </>
  );
}

export const articleFields: OwnFields = {
  names: ['category_id', 'featured_media_id', 'featured_media_number', 'tags'],

  async values(db, item) {
    const tags = await tagsOf(db, item.id);
    return {
      category_id: item.category_id ? String(item.category_id) : '',
      featured_media_id: item.featured_media_id ? String(item.featured_media_id) : '',
      featured_media_number: '',
      tags: tags.map((t) => t.name).join(', '),
    };
  },

  async check(db, siteId, typed) {
    const t = msg.articles;
    const errors: FieldErrors = {};
    let categoryId: number | null = null;
    const category = typed.category_id ?? '';
    if (category) {
      const c = ID_RE.test(category) ? await db.selectFrom('categories').select('id').where('id', '=', Number(category)).where('site_id', '=', siteId).executeTakeFirst() : undefined;
      if (c) categoryId = c.id;
      else errors.category_id = t.badCategory;
    }
    let mediaId: number | null = null;
    const image = chosenImage(typed);
    if (image) {
      const m = ID_RE.test(image) ? await db.selectFrom('media').select('id').where('id', '=', Number(image)).where('site_id', '=', siteId).where('kind', '=', 'image').executeTakeFirst() : undefined;
      if (m) mediaId = m.id;
      else errors.featured_media_id = t.badImage;
    }
    const tags: string[] = [];
    for (const raw of (typed.tags ?? '').split(',')) {
      const name = cleanLine(raw);
      if (!name) continue;
      if (name.length > TAG_LIMITS.tag) {
        errors.tags = t.tagTooLong(TAG_LIMITS.tag);
        break;
      }
      if (!slugify(name)) continue;
      if (!tags.some((x) => slugify(x) === slugify(name))) tags.push(name);
    }
    if (tags.length > TAG_LIMITS.tags) errors.tags = t.tooManyTags(TAG_LIMITS.tags);
    return { columns: { category_id: categoryId, featured_media_id: mediaId }, errors, write: (trx, site, id) => setTags(trx, site, id, tags) };
  },

  async load(db, siteId, typed) {
    const chosen = typed ? chosenImage(typed) : '';
    const [categories, choices, m] = await Promise.all([
      listCategories(db, siteId),
      typed ? featuredChoices(db, siteId, chosen) : [],
      ID_RE.test(chosen) ? findImage(db, siteId, Number(chosen)) : undefined,
    ]);
    return { categories, choices, featured: m ? presentImage(m) : null } satisfies ArticleData;
  },

  Grid,

  After({ staff, values, errors, data }) {
    return <FeaturedPicker staff={staff} value={chosenImage(values)} choices={(data as ArticleData).choices} error={errors.featured_media_id} />;
  },

  ReadOnly({ staff, item, values, data, slot }) {
    const t = staff.t.articles;
    const { categories, featured } = data as ArticleData;
    if (slot === 'grid') {
      const category = categories.find((c) => c.id === item.category_id);
      return (
        <>
          <dt>{t.category}</dt>
          <dd>{category?.name ?? t.noCategory}</dd>
          {values.tags && (
            <>
              <dt>{t.tags}</dt>
              <dd>{values.tags}</dd>
            </>
          )}
        </>
      );
    }
    if (!featured) return null;
    return (
      <>
        <dt>{t.featured}</dt>
        <dd>
          <img class="featured-thumb" src={featured.src} alt={featured.alt} width={160} height={featured.width ? Math.round((160 * featured.height) / featured.width) : undefined} />
        </dd>
      </>
    );
  },

  list: {
    param: 'chuyen-muc',
    column: 'category_id',
    label: msg.articles.category,
    options: (data) => (data as ArticleData).categories.map((c) => ({ value: c.id, label: c.name })),
    cell: (item, data) => (data as ArticleData).categories.find((c) => c.id === item.category_id)?.name ?? msg.articles.noCategory,
  },
};

export const articleKind: EditorialKind = {
  kind: ARTICLE_KIND,
  base: '/quan-tri/bai-viet',
  navKey: 'articles',
  strings: (t) => t.articles,
  fields: { summary: true, byline: true, publicationTime: true },
  own: articleFields,
  publicUrl: articleUrl,
  async preview(req, item: ItemRow, bar, now) {
    const [{ article, others }, ctx] = await Promise.all([previewArticle(req.server.deps.db, req.site.id, item.id, now), pageContext(req)]);
    return renderPage(<ArticlePage ctx={ctx} a={article} others={others} preview={bar} />);
  },
};
