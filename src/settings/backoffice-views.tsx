// Views of the site settings and menu screens. Everything typed is printed as text (preact
// escapes it); menu links are shown as text in the back office, never followed.
import type { FieldErrors } from '../backoffice/form.js';
import type { Staff } from '../backoffice/guard.js';
import { Notice, BackofficeLayout } from '../backoffice/layout.js';
import { PATHS } from '../backoffice/paths.js';
import type { MenuItemRow } from '../db/schema.js';
import type { SettingsForm } from './settings.js';
import { TEXT_RULES } from './settings.js';
import type { LinkChoices, MenuForm, MenuTreeNode } from './menu-editing.js';
import { MENU_RULES } from './menu-editing.js';
import { ConfirmForm, ErrorSummary, PostButton, SelectInput, TextInput } from '../backoffice/fields.js';

export const menuItemPath = (id: number) => `${PATHS.menus}/${id}`;
const MENU_ORDER = ['target', 'label', 'url', 'parent'];

export interface SettingsPageProps {
  staff: Staff;
  form: SettingsForm;
  errors: FieldErrors;
  notice?: string;
}

const SETTINGS_ORDER = [...Object.keys(TEXT_RULES), 'primary_color', 'visit_base'];

export function SettingsPage({ staff, form, errors, notice }: SettingsPageProps) {
  const { t } = staff;
  const s = t.settings;
  const text = (name: keyof typeof TEXT_RULES, hint?: string, type?: 'email' | 'tel', autocomplete?: string) => (
    <TextInput
      name={name}
      label={TEXT_RULES[name].label}
      value={form[name]}
      errors={errors}
      hint={hint}
      max={TEXT_RULES[name].max}
      required={'required' in TEXT_RULES[name]}
      type={type}
      autocomplete={autocomplete}
    />
  );
  return (
    <BackofficeLayout staff={staff} title={s.title} current="settings">
      <h1>{s.title}</h1>
      <Notice message={notice} />
      <ErrorSummary t={t} errors={errors} order={SETTINGS_ORDER} />
      <p>{s.intro}</p>
      <form method="post" action={PATHS.settings} class="settings-form">
        <input type="hidden" name="_csrf" value={staff.csrf} />
        <fieldset>
          <legend>{s.groupNames}</legend>
          {text('name')}
          {text('short_name', s.shortNameHint)}
          {text('welcome', s.welcomeHint)}
        </fieldset>
        <fieldset>
          <legend>{s.groupContacts}</legend>
          {text('agency')}
          {text('responsible')}
          {text('address')}
          {text('phone', undefined, 'tel', 'off')}
          {text('email', undefined, 'email', 'off')}
          {text('footer_note', s.footerNoteHint)}
        </fieldset>
        <fieldset>
          <legend>{s.groupLook}</legend>
          <TextInput name="primary_color" label={s.primaryColor} value={form.primary_color} errors={errors} hint={s.primaryColorHint} max={7} required />
          <TextInput name="visit_base" label={s.visitBase} value={form.visit_base} errors={errors} hint={s.visitBaseHint} max={20} inputMode="numeric" required />
        </fieldset>
        <p>
          <button type="submit">{t.save}</button>
        </p>
      </form>
    </BackofficeLayout>
  );
}

/** The choices of "Nằm trong mục": top level, or a top-level item other than the one edited. */
function parentOptions(staff: Staff, tree: MenuTreeNode[], except?: number): [string, string][] {
  return [['', staff.t.settings.menuTopLevel], ...tree.filter((n) => n.item.id !== except).map((n): [string, string] => [String(n.item.id), n.item.label])];
}

/** The picker's groups, as the modules offer them (the portal's own pages, the static pages, the
 *  categories, the articles newest or found…); an empty group is left out. */
function targetGroups(c: LinkChoices) {
  return c.groups.filter((g) => g.options.length > 0).map(({ label, options }) => ({ label, options }));
}

/** A GET form that narrows what the searchable groups (the articles) offer to titles with the words. */
function ArticleSearch({ staff, action, choices }: { staff: Staff; action: string; choices: LinkChoices }) {
  const s = staff.t.settings;
  const found = choices.groups.reduce((n, g) => n + (g.searchable ? g.options.length : 0), 0);
  return (
    <form method="get" action={`${action}#them-muc`} class="settings-form link-search" role="search" aria-label={s.menuArticleSearch}>
      <TextInput name="tim-bai" label={s.menuArticleSearch} value={choices.query} errors={{}} hint={s.menuArticleSearchHint} max={100} />
      <p>
        <button type="submit">{s.menuArticleSearchButton}</button>
      </p>
      {choices.query && <p role="status">{s.menuArticlesFound(found, choices.query)}</p>}
    </form>
  );
}

function MenuFields({ staff, form, errors, tree, choices, except }: { staff: Staff; form: MenuForm; errors: FieldErrors; tree: MenuTreeNode[]; choices: LinkChoices; except?: number }) {
  const s = staff.t.settings;
  return (
    <>
      <SelectInput name="target" label={s.menuTarget} value={form.target} options={[['', s.menuTargetNone]]} groups={targetGroups(choices)} errors={errors} hint={s.menuTargetHint} />
      <TextInput name="label" label={MENU_RULES.label.label} value={form.label} errors={errors} hint={s.menuLabelHint} max={MENU_RULES.label.max} />
      <TextInput name="url" label={MENU_RULES.url.label} value={form.url} errors={errors} hint={s.menuUrlHint} max={MENU_RULES.url.max} inputMode="url" />
      <SelectInput name="parent" label={s.menuParent} value={form.parent} options={parentOptions(staff, tree, except)} errors={errors} />
    </>
  );
}

function MenuLevel({ staff, nodes }: { staff: Staff; nodes: MenuTreeNode[] }) {
  const s = staff.t.settings;
  return (
    <ol class="menu-tree">
      {nodes.map(({ item, children }, i) => (
        <li>
          <div class="menu-row">
            <p class="menu-item">
              <strong>{item.label}</strong> <code>{item.url}</code>
            </p>
            <div class="actions">
              <a href={menuItemPath(item.id)} aria-label={s.editLabel(item.label)}>
                {staff.t.edit}
              </a>
              {i > 0 && <PostButton action={`${menuItemPath(item.id)}/len`} csrf={staff.csrf} label={s.moveUp} longLabel={s.moveUpLabel(item.label)} />}
              {i < nodes.length - 1 && <PostButton action={`${menuItemPath(item.id)}/xuong`} csrf={staff.csrf} label={s.moveDown} longLabel={s.moveDownLabel(item.label)} />}
              <a class="button-warning" href={`${menuItemPath(item.id)}/xoa`} aria-label={s.deleteLabel(item.label)}>
                {staff.t.delete}
              </a>
            </div>
          </div>
          {children.length > 0 && <MenuLevel staff={staff} nodes={children} />}
        </li>
      ))}
    </ol>
  );
}

export interface MenusPageProps {
  staff: Staff;
  tree: MenuTreeNode[];
  choices: LinkChoices;
  form: MenuForm;
  errors: FieldErrors;
  notice?: string;
  /** A refusal of a move or delete. */
  error?: string;
}

export function MenusPage({ staff, tree, choices, form, errors, notice, error }: MenusPageProps) {
  const { t } = staff;
  const s = t.settings;
  return (
    <BackofficeLayout staff={staff} title={s.menusTitle} current="menus">
      <h1>{s.menusTitle}</h1>
      <Notice message={notice} />
      <Notice message={error} kind="error" />
      <p>{s.menusIntro}</p>
      {tree.length === 0 ? <p>{s.menuEmpty}</p> : <MenuLevel staff={staff} nodes={tree} />}
      <p class="hint">{s.menuDeleteHint}</p>
      <h2 id="them-muc">{s.menuAddTitle}</h2>
      <ErrorSummary t={t} errors={errors} order={MENU_ORDER} />
      <ArticleSearch staff={staff} action={PATHS.menus} choices={choices} />
      <form method="post" action={PATHS.menus} class="settings-form">
        <input type="hidden" name="_csrf" value={staff.csrf} />
        <MenuFields staff={staff} form={form} errors={errors} tree={tree} choices={choices} />
        <p>
          <button type="submit">{s.menuAdd}</button>
        </p>
      </form>
    </BackofficeLayout>
  );
}

export interface MenuEditPageProps {
  staff: Staff;
  item: MenuItemRow;
  tree: MenuTreeNode[];
  choices: LinkChoices;
  form: MenuForm;
  errors: FieldErrors;
}

export function MenuEditPage({ staff, item, tree, choices, form, errors }: MenuEditPageProps) {
  const { t } = staff;
  const s = t.settings;
  return (
    <BackofficeLayout staff={staff} title={s.menuEditTitle} current="menus">
      <p>
        <a href={PATHS.menus}>{t.back}</a>
      </p>
      <h1 id="them-muc">{s.menuEditTitle}</h1>
      <ErrorSummary t={t} errors={errors} order={MENU_ORDER} />
      <ArticleSearch staff={staff} action={menuItemPath(item.id)} choices={choices} />
      <form method="post" action={menuItemPath(item.id)} class="settings-form">
        <input type="hidden" name="_csrf" value={staff.csrf} />
        <MenuFields staff={staff} form={form} errors={errors} tree={tree} choices={choices} except={item.id} />
        <p class="actions">
          <button type="submit">{t.save}</button>
          <a href={PATHS.menus}>{t.cancel}</a>
        </p>
      </form>
    </BackofficeLayout>
  );
}

/** "Bạn có chắc muốn xoá mục … khỏi trình đơn?": the step before a menu item is deleted. */
export function MenuDeletePage({ staff, item }: { staff: Staff; item: MenuItemRow }) {
  const s = staff.t.settings;
  return (
    <BackofficeLayout staff={staff} title={s.menuDeleteTitle} current="menus">
      <h1>{s.confirmDeleteMenu(item.label)}</h1>
      <ConfirmForm action={`${menuItemPath(item.id)}/xoa`} csrf={staff.csrf} detail={s.menuDeleteDetail} confirm={{ label: staff.t.delete }} cancel={{ label: s.menuDeleteNo, href: PATHS.menus }} />
    </BackofficeLayout>
  );
}
