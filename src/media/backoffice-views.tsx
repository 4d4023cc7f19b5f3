// Views of the media library: the library page (upload form, search, the grid with each item's
// markup to copy, pages) and one item (preview, details, markup, the alt/caption form). No script
// needed; preact escapes every text and attribute.
import type { FieldErrors } from '../backoffice/form.js';
import type { Staff } from '../backoffice/guard.js';
import { Notice, BackofficeLayout } from '../backoffice/layout.js';
import { PATHS } from '../backoffice/paths.js';
import { BODY_IMAGE_SIZES } from './images.js';
import type { MediaItem } from './presenter.js';
import { formatBytes, formatUploaded, insertMarkup } from './presenter.js';
import { ALT_MAX, CAPTION_MAX } from './fields.js';
import { IMAGE_MIMES } from './detect.js';
import type { MediaUsage } from './service.js';
import { ConfirmForm, FieldError, describedBy, invalidWhen } from '../backoffice/fields.js';

export interface TextFormState {
  alt: string;
  caption: string;
  errors: FieldErrors;
}

interface FieldProps {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  max: number;
  required?: boolean;
}

function TextField({ id, name, label, hint, error, value, max, required }: FieldProps) {
  return (
    <p class="field">
      <label for={id}>{label}</label>
      {hint && (
        <span class="hint" id={`${id}-goi-y`}>
          {hint}
        </span>
      )}
      <FieldError inline id={id} error={error} />
      <input id={id} name={name} type="text" value={value} maxLength={max} required={required} aria-describedby={describedBy(id, error, Boolean(hint))} aria-invalid={invalidWhen(error)} />
    </p>
  );
}

function UploadForm({ staff, form }: { staff: Staff; form: TextFormState }) {
  const t = staff.t.media;
  const fileError = form.errors.file;
  return (
    <form method="post" action={PATHS.media} enctype="multipart/form-data" class="media-upload">
      <input type="hidden" name="_csrf" value={staff.csrf} />
      <p class="field">
        <label for="tep-tai-len">{t.file}</label>
        <span class="hint" id="tep-tai-len-goi-y">
          {t.fileHint}
        </span>
        <FieldError inline id="tep-tai-len" error={fileError} />
        <input
          id="tep-tai-len"
          name="file"
          type="file"
          required
          accept={[...IMAGE_MIMES, 'application/pdf'].join(',')}
          aria-describedby={describedBy('tep-tai-len', fileError, true)}
          aria-invalid={invalidWhen(fileError)}
        />
      </p>
      <TextField id="van-ban-thay-the" name="alt" label={t.alt} hint={t.altHint} error={form.errors.alt} value={form.alt} max={ALT_MAX} />
      <TextField id="chu-thich" name="caption" label={t.caption} hint={t.captionHint} error={form.errors.caption} value={form.caption} max={CAPTION_MAX} />
      <p>
        <button type="submit">{t.uploadButton}</button>
      </p>
    </form>
  );
}

function details(staff: Staff, item: MediaItem): string {
  const t = staff.t.media;
  const parts = [item.kind === 'image' && item.fullWidth && item.fullHeight ? t.dimensions(item.fullWidth, item.fullHeight) : t.pdf, formatBytes(item.bytes), formatUploaded(item)];
  return parts.join(' · ');
}

/** "WebP 480, 960, 1600 px · AVIF 480, 960, 1600 px": the stored widths of an image. */
function formats(staff: Staff, item: MediaItem): string {
  const widths = (srcset: string) => [...srcset.matchAll(/ (\d+)w(?:,|$)/g)].map((m) => m[1]).join(', ');
  return [`WebP ${widths(item.srcset)} px`, item.avifSrcset ? `AVIF ${widths(item.avifSrcset)} px` : staff.t.media.noAvif].join(' · ');
}

function Card({ staff, item }: { staff: Staff; item: MediaItem }) {
  const t = staff.t.media;
  const markupId = `ma-chen-${item.id}`;
  return (
    <li class="media-card">
      <a class="media-thumb" href={PATHS.mediaItem(item.id)} tabIndex={-1} aria-hidden="true">
        {item.kind === 'image' ? <img src={item.thumb} alt="" loading="lazy" /> : <span class="media-file">{t.pdf}</span>}
      </a>
      <p class="media-alt">
        <a href={PATHS.mediaItem(item.id)}>{item.alt || item.name || t.noAlt}</a>
      </p>
      <p class="hint">{details(staff, item)}</p>
      <details>
        <summary>{t.markup}</summary>
        <label for={markupId} class="hint">
          {t.markupHint}
        </label>
        <textarea id={markupId} readOnly rows={4}>
          {insertMarkup(item)}
        </textarea>
      </details>
    </li>
  );
}

function Pager({ staff, q, page, pages }: { staff: Staff; q: string; page: number; pages: number }) {
  if (pages <= 1) return null;
  const t = staff.t;
  const href = (n: number) => `${PATHS.media}?${new URLSearchParams({ ...(q ? { q } : {}), trang: String(n) }).toString()}`;
  return (
    <nav class="pager media-pager" aria-label={t.pageOf(page, pages)}>
      {page > 1 && (
        <a href={href(page - 1)} rel="prev">
          {t.previousPage}
        </a>
      )}
      <span>{t.pageOf(page, pages)}</span>
      {page < pages && (
        <a href={href(page + 1)} rel="next">
          {t.nextPage}
        </a>
      )}
    </nav>
  );
}

export interface LibraryProps {
  staff: Staff;
  items: MediaItem[];
  total: number;
  page: number;
  pages: number;
  q: string;
  form: TextFormState;
  notice?: string;
}

export function LibraryPage({ staff, items, total, page, pages, q, form, notice }: LibraryProps) {
  const t = staff.t.media;
  const failed = Object.keys(form.errors).length > 0;
  return (
    <BackofficeLayout staff={staff} title={t.libraryTitle} current="media">
      <h1>{t.libraryTitle}</h1>
      <Notice message={notice} />
      <p>{t.libraryIntro}</p>
      <h2>{t.uploadHeading}</h2>
      <Notice kind="error" message={failed ? staff.t.formHasErrors : undefined} />
      <UploadForm staff={staff} form={form} />
      <h2 id="danh-sach">{t.listHeading}</h2>
      <form method="get" action={PATHS.media} role="search" class="filters">
        <p class="field">
          <label for="tim-trong-thu-vien">{t.searchLabel}</label>
          <input id="tim-trong-thu-vien" name="q" type="search" value={q} maxLength={200} />
        </p>
        <button type="submit">{t.searchButton}</button>
      </form>
      <p role="status">{t.count(total)}</p>
      {items.length === 0 ? (
        <p>{q ? t.noMatch : t.empty}</p>
      ) : (
        <ul class="media-grid">
          {items.map((item) => (
            <Card staff={staff} item={item} />
          ))}
        </ul>
      )}
      <Pager staff={staff} q={q} page={page} pages={pages} />
    </BackofficeLayout>
  );
}

export interface ItemProps {
  staff: Staff;
  item: MediaItem;
  form: TextFormState;
  notice?: string;
  /** Where the item is used (the delete section lists it). */
  usage?: MediaUsage;
  canDelete?: boolean;
  /** A refused deletion. */
  error?: string;
}

export function ItemPage({ staff, item, form, notice, usage, canDelete, error }: ItemProps) {
  const t = staff.t.media;
  const failed = Object.keys(form.errors).length > 0;
  const title = item.alt || item.name || t.itemTitle;
  return (
    <BackofficeLayout staff={staff} title={title} current="media">
      <p>
        <a href={PATHS.media}>{t.back}</a>
      </p>
      <h1>{title}</h1>
      <Notice message={notice} />
      {error && <Refusal staff={staff} message={error} usage={usage} />}
      {item.kind === 'image' ? (
        <picture class="media-preview">
          {item.avifSrcset && <source type="image/avif" srcset={item.avifSrcset} sizes={BODY_IMAGE_SIZES} />}
          <img src={item.url} srcset={item.srcset} sizes={BODY_IMAGE_SIZES} width={item.width ?? undefined} height={item.height ?? undefined} alt={item.alt} />
        </picture>
      ) : (
        <p>
          <a class="button-link" href={item.url}>
            {t.openFile}
          </a>
        </p>
      )}
      <dl class="media-facts">
        <dt>{t.name}</dt>
        <dd>{item.name || staff.t.none}</dd>
        <dt>{t.type}</dt>
        <dd>{item.kind === 'image' ? item.mime : t.pdf}</dd>
        <dt>{t.size}</dt>
        <dd>{details(staff, item)}</dd>
        {item.kind === 'image' && (
          <>
            <dt>{t.formats}</dt>
            <dd>{formats(staff, item)}</dd>
          </>
        )}
      </dl>
      <p class="field">
        <label for="ma-chen">{t.markup}</label>
        <span class="hint">{t.markupHint}</span>
        <textarea id="ma-chen" readOnly rows={5}>
          {insertMarkup(item)}
        </textarea>
      </p>
      <h2>{t.editHeading}</h2>
      <p class="hint">{t.editHint}</p>
      <Notice kind="error" message={failed ? staff.t.formHasErrors : undefined} />
      <form method="post" action={PATHS.mediaItem(item.id)}>
        <input type="hidden" name="_csrf" value={staff.csrf} />
        <TextField id="van-ban-thay-the" name="alt" label={t.alt} hint={item.kind === 'image' ? t.altHint : undefined} error={form.errors.alt} value={form.alt} max={ALT_MAX} required={item.kind === 'image'} />
        <TextField id="chu-thich" name="caption" label={t.caption} error={form.errors.caption} value={form.caption} max={CAPTION_MAX} />
        <p>
          <button type="submit">{staff.t.save}</button>
        </p>
      </form>
      {canDelete && usage && <DeleteSection staff={staff} item={item} usage={usage} />}
    </BackofficeLayout>
  );
}

/** The items (articles, pages…) using a medium, as links to their page in the back office, each with its kind. */
function UsageList({ staff, usage }: { staff: Staff; usage: MediaUsage }) {
  const t = staff.t.media;
  return (
    <ul class="media-usage">
      {usage.items.map((a) => (
        <li>
          {a.href ? <a href={a.href}>{a.title}</a> : a.title}
          {a.deleted_at ? ` ${t.inUseTrash}` : ''}
          {a.kindLabel ? ` (${a.kindLabel})` : ''}
        </li>
      ))}
    </ul>
  );
}

function DeleteSection({ staff, item, usage }: { staff: Staff; item: MediaItem; usage: MediaUsage }) {
  const t = staff.t.media;
  const used = usage.items.length > 0;
  return (
    <section class="media-delete" aria-labelledby="xoa-khoi-thu-vien">
      <h2 id="xoa-khoi-thu-vien">{t.deleteHeading}</h2>
      <p class="hint">{t.deleteHint}</p>
      {used ? (
        <>
          <p>{t.usedIn}</p>
          <UsageList staff={staff} usage={usage} />
        </>
      ) : (
        <p>{t.unused}</p>
      )}
      <p>
        <a class="button-warning" href={PATHS.deleteMedia(item.id)}>
          {t.deleteButton}
        </a>
      </p>
    </section>
  );
}

/** A refused deletion: why, and where the item is used. */
function Refusal({ staff, message, usage }: { staff: Staff; message: string; usage?: MediaUsage }) {
  return (
    <div class="form-error" role="alert">
      <p>{message}</p>
      {usage && <UsageList staff={staff} usage={usage} />}
    </div>
  );
}

/** What the confirmation names: the alt text, else the file's name. */
const labelOf = (staff: Staff, item: MediaItem) => item.alt || item.name || staff.t.media.itemTitle;

/**
 * "Bạn có chắc muốn xoá … khỏi Thư viện?": the step before an item is deleted for good (the item
 * page's "Xoá hẳn" leads here). An item in use is not offered the button: the page says where it is used.
 */
export function MediaDeletePage({ staff, item, usage }: { staff: Staff; item: MediaItem; usage: MediaUsage }) {
  const t = staff.t.media;
  const uses = usage.items.length;
  const back = { label: t.deleteNo, href: PATHS.mediaItem(item.id) };
  return (
    <BackofficeLayout staff={staff} title={t.deleteTitle} current="media">
      <h1>{t.confirmDelete(labelOf(staff, item))}</h1>
      {item.name && item.alt && <p>{t.deleteFile(item.name)}</p>}
      {uses > 0 ? (
        <>
          <Refusal staff={staff} message={t.inUse(uses)} usage={usage} />
          <p>
            <a href={back.href}>{back.label}</a>
          </p>
        </>
      ) : (
        <ConfirmForm action={PATHS.deleteMedia(item.id)} csrf={staff.csrf} detail={t.deleteDetail} confirm={{ label: t.deleteConfirm }} cancel={back} />
      )}
    </BackofficeLayout>
  );
}
