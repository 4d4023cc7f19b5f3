// Writing an article outside its form (tests, the command line, imports): the article's fields
// mapped onto the shared editorial service (editorial/service.ts), which checks, stores, keeps a
// revision and audits, as the back office's form does.
import type { Db } from '../db/index.js';
import type { ItemRow } from '../db/schema.js';
import type { ItemInput, SaveContext } from '../editorial/service.js';
import { createItem, updateItem } from '../editorial/service.js';
import { articleKind } from './editorial.js';

/** The fields of the article form as typed (already NFC, see backoffice/form.ts). */
export interface ArticleInput {
  title: string;
  slug: string;
  summary: string;
  bodyHtml: string;
  byline: string;
  categoryId: string;
  featuredMediaId: string;
  tags: string;
  /** The publication time as typed, "dd/mm/yyyy HH:mm" in ICT (see vi.readViDateTime), or ''. */
  publishedAt: string;
}

export function itemInputOf(a: ArticleInput): ItemInput {
  return {
    title: a.title,
    slug: a.slug,
    summary: a.summary,
    bodyHtml: a.bodyHtml,
    byline: a.byline,
    publishedAt: a.publishedAt,
    parent: '',
    position: '',
    lang: '',
    own: { category_id: a.categoryId, featured_media_id: a.featuredMediaId, featured_media_number: '', tags: a.tags },
  };
}

/** A new draft by the actor. */
export const createArticle = (db: Db, ctx: SaveContext, input: ArticleInput, formKey?: string): Promise<ItemRow> => createItem(db, articleKind, ctx, itemInputOf(input), formKey);

/** Saves an existing article ('save', or 'autosave': see editorial/service.updateItem). */
export const updateArticle = (db: Db, ctx: SaveContext, id: number, input: ArticleInput, mode: 'save' | 'autosave' = 'save'): Promise<ItemRow> => updateItem(db, articleKind, ctx, id, itemInputOf(input), mode);
