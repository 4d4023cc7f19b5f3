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
