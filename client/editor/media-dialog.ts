// The picture dialog (a native modal <dialog>): pick a picture from the media library (GET
// data-media?q= → { items }) or upload a new one (POST data-upload, FormData {file, alt,
// caption}, header x-csrf-token → { item } or { error }). A description (alt) is required.
// Used to insert a figure in the body and to choose the featured image.
import { button, h, uid } from './dom.js';
import type { EditorText } from './messages.js';

export interface MediaItem {
  id: number;
  kind?: string;
  url: string;
  srcset?: string | null;
  /** A small variant for lists. */
  thumb?: string | null;
  width?: number | null;
  height?: number | null;
  alt?: string | null;
  caption?: string | null;
  mime?: string | null;
}

export interface Chosen {
  item: MediaItem;
  alt: string;
  caption: string;
}

export type DialogMode = 'insert' | 'featured';

export interface MediaEndpoints {
  mediaUrl: string;
  uploadUrl: string;
  csrf: () => string;
}

function isImage(item: MediaItem): boolean {
  return item.kind === 'image' || (!!item.mime && item.mime.startsWith('image/'));
}

function isItem(v: unknown): v is MediaItem {
  const o = v as Record<string, unknown> | null;
  return !!o && typeof o === 'object' && typeof o.id === 'number' && typeof o.url === 'string';
}

async function readJson(res: Response): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await res.json();
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** A labelled text field: `<div class="field"><label>…</label><input></div>`. */
function field(label: string, input: HTMLInputElement): HTMLElement {
  input.id ||= uid('anh');
  return h('div', { class: 'field' }, h('label', { for: input.id }, label), input);
}

export class MediaDialog {
  private readonly dialog: HTMLDialogElement;
  private readonly title: HTMLElement;
  private readonly query: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly results: HTMLUListElement;
  private readonly file: HTMLInputElement;
  private readonly alt: HTMLInputElement;
  private readonly caption: HTMLInputElement;
  private readonly captionField: HTMLElement;
  private readonly error: HTMLElement;
  private readonly confirm: HTMLButtonElement;
  private selected: MediaItem | null = null;
  private mode: DialogMode = 'insert';
  private settle: ((c: Chosen | null) => void) | null = null;
  private opener: HTMLElement | null = null;
  private searchSeq = 0;

  constructor(
    private readonly endpoints: MediaEndpoints,
    private readonly text: EditorText,
  ) {
    const titleId = uid('hop-thoai-anh');
    this.title = h('h2', { id: titleId });
    this.query = h('input', { type: 'search', autocomplete: 'off' });
    this.status = h('p', { class: 'hint', role: 'status' });
    this.results = h('ul', { class: 'media-results' });
    this.file = h('input', { type: 'file', accept: 'image/jpeg,image/png,image/webp,image/gif' });
    this.alt = h('input', { type: 'text', required: true, maxlength: '500' });
    this.caption = h('input', { type: 'text', maxlength: '1000' });
    this.captionField = field(text.caption, this.caption);
    this.error = h('p', { class: 'field-error', role: 'alert' });
    this.confirm = h('button', { type: 'button' });
    const close = button(text.close, { class: 'secondary media-close' });
    const search = button(text.searchButton, { class: 'secondary' });
    const searchRow = h('div', { class: 'media-search' }, field(text.search, this.query), search);

    this.dialog = h(
      'dialog',
      { class: 'media-dialog admin', 'aria-labelledby': titleId },
      h('div', { class: 'media-head' }, this.title, close),
      h('section', { class: 'media-library' }, h('h3', {}, text.library), searchRow, this.status, this.results),
      h('section', { class: 'media-upload' }, h('h3', {}, text.upload), field(text.file, this.file)),
      field(text.alt, this.alt),
      this.captionField,
      this.error,
      h('div', { class: 'actions' }, this.confirm),
    );
    document.body.append(this.dialog);

    close.addEventListener('click', () => this.dialog.close());
    search.addEventListener('click', () => void this.search());
    this.query.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        void this.search();
      }
    });
    this.alt.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        void this.choose();
      }
    });
    this.file.addEventListener('change', () => {
      if (this.file.files?.length) this.select(null);
    });
    this.confirm.addEventListener('click', () => void this.choose());
    this.dialog.addEventListener('close', () => this.finish(null));
  }

  /** Opens the dialog; resolves with the chosen picture, or null when closed without one. */
  open(mode: DialogMode, opener: HTMLElement): Promise<Chosen | null> {
    this.finish(null);
    this.mode = mode;
    this.opener = opener;
    this.title.textContent = mode === 'insert' ? this.text.dialogInsert : this.text.dialogFeatured;
    this.confirm.textContent = mode === 'insert' ? this.text.insert : this.text.useFeatured;
    this.captionField.hidden = mode !== 'insert';
    this.file.value = '';
    this.alt.value = '';
    this.caption.value = '';
    this.alt.removeAttribute('aria-invalid');
    this.error.textContent = '';
    this.select(null);
    this.dialog.showModal();
    this.query.focus();
    void this.search();
    return new Promise((resolve) => (this.settle = resolve));
  }

  private finish(chosen: Chosen | null) {
    const settle = this.settle;
    this.settle = null;
    if (!settle) return;
    if (this.dialog.open) this.dialog.close();
    settle(chosen);
    this.opener?.focus();
  }

  private select(item: MediaItem | null) {
    this.selected = item;
    for (const b of Array.from(this.results.querySelectorAll('button'))) {
      b.setAttribute('aria-pressed', String(!!item && b.dataset.id === String(item.id)));
    }
    if (item) {
      this.file.value = '';
      this.alt.value = (item.alt ?? '').normalize('NFC');
      this.caption.value = (item.caption ?? '').normalize('NFC');
    }
  }

  private async search() {
    const seq = ++this.searchSeq;
    const url = new URL(this.endpoints.mediaUrl, location.href);
    url.searchParams.set('q', this.query.value.normalize('NFC').trim());
    this.status.textContent = this.text.searching;
    let items: MediaItem[];
    try {
      const res = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
      const body = await readJson(res);
      if (!res.ok || !Array.isArray(body.items)) throw new Error(String(res.status));
      items = body.items.filter(isItem).filter(isImage);
    } catch {
      if (seq === this.searchSeq) this.status.textContent = this.text.loadFailed;
      return;
    }
    if (seq !== this.searchSeq) return;
    this.results.replaceChildren(...items.map((item) => this.resultItem(item)));
    this.status.textContent = items.length ? '' : this.text.noResults;
  }

  private resultItem(item: MediaItem): HTMLLIElement {
    const label = (item.alt || item.caption || `#${item.id}`).normalize('NFC');
    const img = h('img', {
      src: item.thumb || item.url,
      srcset: item.thumb ? undefined : item.srcset || undefined,
      sizes: !item.thumb && item.srcset ? '10rem' : undefined,
      alt: '',
      width: item.width ? String(item.width) : undefined,
      height: item.height ? String(item.height) : undefined,
      loading: 'lazy',
    });
    const b = h('button', { type: 'button', 'aria-pressed': 'false', 'data-id': String(item.id) }, img, h('span', {}, label));
    b.addEventListener('click', () => this.select(item));
    return h('li', {}, b);
  }

  private async choose() {
    this.error.textContent = '';
    const alt = this.alt.value.normalize('NFC').trim();
    const caption = this.caption.value.normalize('NFC').trim();
    const file = this.file.files?.[0];
    if (!file && !this.selected) {
      this.error.textContent = this.text.fileRequired;
      return;
    }
    if (!alt) {
      this.alt.setAttribute('aria-invalid', 'true');
      this.error.textContent = this.text.altRequired;
      this.alt.focus();
      return;
    }
    this.alt.removeAttribute('aria-invalid');
    const item = file ? await this.upload(file, alt, caption) : this.selected;
    if (item) this.finish({ item, alt, caption: this.mode === 'insert' ? caption : '' });
  }

  private async upload(file: File, alt: string, caption: string): Promise<MediaItem | null> {
    const data = new FormData();
    data.append('file', file);
    data.append('alt', alt);
    data.append('caption', caption);
    this.confirm.disabled = true;
    this.status.textContent = this.text.uploading;
    try {
      const res = await fetch(this.endpoints.uploadUrl, {
        method: 'POST',
        body: data,
        credentials: 'same-origin',
        headers: { 'x-csrf-token': this.endpoints.csrf(), accept: 'application/json' },
      });
      const body = await readJson(res);
      if (res.ok && isItem(body.item)) return body.item;
      const why = typeof body.error === 'string' ? body.error : this.text.serverError(res.status);
      this.error.textContent = this.text.uploadFailed(why);
    } catch {
      this.error.textContent = this.text.uploadFailed(this.text.offline);
    } finally {
      this.confirm.disabled = false;
      this.status.textContent = '';
    }
    return null;
  }
}
