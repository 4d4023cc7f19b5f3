// Views of the category screens: the list (tree order, article counts, add form) and the edit page.
import type { FieldErrors } from '../backoffice/form.js';
import type { Staff } from '../backoffice/guard.js';
import { Notice, BackofficeLayout } from '../backoffice/layout.js';
import { PATHS } from '../backoffice/paths.js';
import type { CategoryRow } from '../db/schema.js';
import { ConfirmForm, ErrorSummary, SelectInput, TextInput } from '../backoffice/fields.js';
import { categoryUrl, withDescendants } from './queries.js';
import type { CategoryForm, CategoryListItem } from './service.js';
import { CATEGORY_RULES } from './service.js';
import { DataTable } from '../backoffice/table.js';

export const categoryPath = (id: number) => `${PATHS.categories}/${id}`;
const ORDER = ['name', 'slug', 'description', 'parent', 'position'];

/** Indentation of a sub-category in lists and choices. */
const indent = (depth: number) => '— '.repeat(depth);

function CategoryFields({ staff, form, errors, list, editing }: { staff: Staff; form: CategoryForm; errors: FieldErrors; list: CategoryListItem[]; editing?: CategoryRow }) {
  const s = staff.t.settings;
  // A category cannot move under itself or one of its own sub-categories.
  const excluded = editing
    ? withDescendants(
        list.map((l) => l.category),
        editing.id,
      )
    : [];
  const parents: [string, string][] = [
    ['', s.categoryNoParent],
    ...list.filter((l) => !excluded.includes(l.category.id)).map((l): [string, string] => [String(l.category.id), indent(l.depth) + l.category.name]),
  ];
  return (
    <>
      <TextInput name="name" label={CATEGORY_RULES.name.label} value={form.name} errors={errors} max={CATEGORY_RULES.name.max} required />
      <TextInput name="slug" label={CATEGORY_RULES.slug.label} value={form.slug} errors={errors} hint={s.categorySlugHint} max={CATEGORY_RULES.slug.max} inputMode="url" />
      <TextInput name="description" label={CATEGORY_RULES.description.label} value={form.description} errors={errors} max={CATEGORY_RULES.description.max} multiline />
      <SelectInput name="parent" label={s.categoryParent} value={form.parent} options={parents} errors={errors} />
      <TextInput name="position" label={s.categoryPosition} value={form.position} errors={errors} hint={s.categoryPositionHint} max={4} inputMode="numeric" />
    </>
  );
}

export interface CategoriesPageProps {
  staff: Staff;
  list: CategoryListItem[];
  form: CategoryForm;
  errors: FieldErrors;
  notice?: string;
  /** A refused delete. */
  error?: string;
}

export function CategoriesPage({ staff, list, form, errors, notice, error }: CategoriesPageProps) {
  const { t } = staff;
  const s = t.settings;
  return (
    <BackofficeLayout staff={staff} title={s.categoriesTitle} current="categories">
      <h1>{s.categoriesTitle}</h1>
      <Notice message={notice} />
      <Notice message={error} kind="error" />
      <p>{s.categoriesIntro}</p>
      {list.length === 0 ? (
        <p>{s.categoriesEmpty}</p>
      ) : (
        <div class="table-wrap">
          <DataTable class="category-table">
            <thead>
              <tr>
                <th scope="col">{s.categoryName}</th>
                <th scope="col">{s.categorySlug}</th>
                <th scope="col">{s.categoryArticles}</th>
                <th scope="col">{s.categoryPosition}</th>
                <th scope="col">
                  <span class="visually-hidden">{t.edit}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map(({ category: c, depth, articles }) => (
                <tr>
                  <th scope="row" class={depth > 0 ? 'sub-category' : undefined}>
                    {indent(depth)}
                    {c.name}
                  </th>
                  <td>
                    <a href={categoryUrl(c)}>{categoryUrl(c)}</a>
                  </td>
                  <td>{articles}</td>
                  <td>{c.position}</td>
                  <td>
                    <div class="actions">
                      <a href={categoryPath(c.id)} aria-label={s.editLabel(c.name)}>
                        {t.edit}
                      </a>
                      <a class="button-warning" href={`${categoryPath(c.id)}/xoa`} aria-label={s.deleteLabel(c.name)}>
                        {t.delete}
                      </a>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </div>
      )}
      <p class="hint">{s.categoryDeleteHint}</p>
      <h2>{s.categoryAddTitle}</h2>
      <ErrorSummary t={t} errors={errors} order={ORDER} />
      <form method="post" action={PATHS.categories} class="settings-form">
        <input type="hidden" name="_csrf" value={staff.csrf} />
        <CategoryFields staff={staff} form={form} errors={errors} list={list} />
        <p>
          <button type="submit">{s.categoryAdd}</button>
        </p>
      </form>
    </BackofficeLayout>
  );
}

export interface CategoryEditPageProps {
  staff: Staff;
  category: CategoryRow;
  list: CategoryListItem[];
  form: CategoryForm;
  errors: FieldErrors;
}

export function CategoryEditPage({ staff, category, list, form, errors }: CategoryEditPageProps) {
  const { t } = staff;
  const s = t.settings;
  return (
    <BackofficeLayout staff={staff} title={s.categoryEditTitle} current="categories">
      <p>
        <a href={PATHS.categories}>{t.back}</a>
      </p>
      <h1>{s.categoryEditTitle}</h1>
      <p>
        <a href={categoryUrl(category)}>{s.categoryView}</a>
      </p>
      <ErrorSummary t={t} errors={errors} order={ORDER} />
      <form method="post" action={categoryPath(category.id)} class="settings-form">
        <input type="hidden" name="_csrf" value={staff.csrf} />
        <CategoryFields staff={staff} form={form} errors={errors} list={list} editing={category} />
        <p class="actions">
          <button type="submit">{t.save}</button>
          <a href={PATHS.categories}>{t.cancel}</a>
        </p>
      </form>
    </BackofficeLayout>
  );
}

/** "Bạn có chắc muốn xoá chuyên mục …?": the step before a category is deleted (the list's "Xoá" leads here). */
export function CategoryDeletePage({ staff, category }: { staff: Staff; category: CategoryRow }) {
  const s = staff.t.settings;
  return (
    <BackofficeLayout staff={staff} title={s.categoryDeleteTitle} current="categories">
      <h1>{s.confirmDeleteCategory(category.name)}</h1>
      <ConfirmForm action={`${categoryPath(category.id)}/xoa`} csrf={staff.csrf} detail={s.categoryDeleteDetail} confirm={{ label: staff.t.delete }} cancel={{ label: s.categoryDeleteNo, href: PATHS.categories }} />
    </BackofficeLayout>
  );
}
