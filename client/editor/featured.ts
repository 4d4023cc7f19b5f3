// The featured image: beside input#anh-dai-dien (a media id or empty), a "Chọn ảnh đại diện"
// button opens the picture dialog; the chosen picture's id goes into the input and a small
// preview shows which one it is. "Bỏ ảnh đại diện" empties it.
import { button, h } from './dom.js';
import type { MediaDialog } from './media-dialog.js';
import type { EditorText } from './messages.js';

export function featuredImage(input: HTMLInputElement, dialog: MediaDialog, text: EditorText) {
  const preview = h('div', { class: 'featured-preview', role: 'status' });
  const choose = button(text.chooseFeatured, { class: 'secondary' });
  const remove = button(text.removeFeatured, { class: 'secondary' });
  const box = h('div', { class: 'featured-image' }, preview, h('div', { class: 'actions' }, choose, remove));
  input.insertAdjacentElement('afterend', box);

  const describe = (label: string, img?: HTMLImageElement) => {
    preview.replaceChildren(...(img ? [img] : []), h('span', {}, label));
    remove.hidden = !input.value;
  };
  const set = (value: string) => {
    if (input.value === value) return;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };
  describe(input.value ? text.featuredNumber(input.value) : text.featuredNone);

  choose.addEventListener('click', async () => {
    const chosen = await dialog.open('featured', choose);
    if (!chosen) return;
    set(String(chosen.item.id));
    const img = h('img', {
      src: chosen.item.url,
      srcset: chosen.item.srcset || undefined,
      sizes: chosen.item.srcset ? '10rem' : undefined,
      alt: '',
      width: chosen.item.width ? String(chosen.item.width) : undefined,
      height: chosen.item.height ? String(chosen.item.height) : undefined,
    });
    describe(text.featuredChosen(chosen.alt), img);
  });
  remove.addEventListener('click', () => {
    set('');
    describe(text.featuredNone);
    choose.focus();
  });
  input.addEventListener('input', () => {
    if (!input.value) describe(text.featuredNone);
  });
}

/**
 * The server's picker (fieldset.featured-picker: thumbnails with radio buttons, see
 * src/articles/featured-picker.tsx) works as it is; this adds the library dialog (search, upload)
 * for a picture not among the newest, and keeps the summary's "đang chọn" in step.
 */
export function featuredPicker(fieldset: HTMLFieldSetElement, dialog: MediaDialog, text: EditorText) {
  const list = fieldset.querySelector<HTMLUListElement>('.featured-choices');
  const chosenLabel = fieldset.querySelector<HTMLElement>('.featured-chosen');
  if (!list) return;
  const radios = () => [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"][name="featured_media_id"]')];
  const describe = () => {
    const checked = radios().find((r) => r.checked);
    const name = checked?.closest('label')?.querySelector('.choice-name')?.textContent;
    if (chosenLabel && name) chosenLabel.textContent = name;
  };
  fieldset.addEventListener('change', describe);
  const more = button(text.otherFeatured, { class: 'secondary' });
  list.insertAdjacentElement('afterend', h('p', { class: 'actions' }, more));
  more.addEventListener('click', async () => {
    const chosen = await dialog.open('featured', more);
    if (!chosen) return;
    const value = String(chosen.item.id);
    let radio = radios().find((r) => r.value === value);
    if (!radio) {
      radio = h('input', { type: 'radio', name: 'featured_media_id', value }) as HTMLInputElement;
      const img = h('img', { src: chosen.item.thumb || chosen.item.url, alt: '', width: '120' });
      const li = h('li', {}, h('label', {}, radio, img, h('span', { class: 'choice-name' }, chosen.alt)));
      list.insertBefore(li, list.children[1] ?? null);
    }
    radio.checked = true;
    radio.dispatchEvent(new Event('change', { bubbles: true }));
    radio.focus();
  });
}
