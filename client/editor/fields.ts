// The plain fields around the editor: the slug follows the title until it is edited by hand
// (or locked: a published article keeps its address), and typed text is kept in NFC.
import { slugify } from '../../src/vi/text.js';

type TextField = HTMLInputElement | HTMLTextAreaElement;

/** Rewrites the field's value in NFC when it is not, keeping the cursor after the same text. */
export function keepNfc(el: TextField) {
  el.addEventListener('input', (e) => {
    if ((e as InputEvent).isComposing) return;
    const v = el.value;
    const nfc = v.normalize('NFC');
    if (nfc === v) return;
    const caret = el.selectionStart ?? v.length;
    const at = v.slice(0, caret).normalize('NFC').length;
    el.value = nfc;
    el.setSelectionRange(at, at);
  });
}

/**
 * While the slug has not been typed by hand, typing in the title fills it with slugify(title).
 * A slug that differs from the title's on load counts as typed by hand; emptying the slug hands
 * it back to the title. `data-slug-locked` (on the slug input or the form) turns this off.
 */
export function followTitle(title: HTMLInputElement, slug: HTMLInputElement) {
  if (slug.hasAttribute('data-slug-locked') || slug.form?.hasAttribute('data-slug-locked') || slug.readOnly || slug.disabled) return;
  const max = slug.maxLength > 0 ? slug.maxLength : 80;
  let byHand = slug.value !== '' && slug.value !== slugify(title.value, max);
  slug.addEventListener('input', () => {
    byHand = slug.value.trim() !== '';
  });
  title.addEventListener('input', () => {
    if (!byHand) slug.value = slugify(title.value, max);
  });
}
