// Text typed in the old TCVN3 (ABC) or VNI fonts: detected when pasted or loaded, and converted
// to Unicode only when the person accepts the offer (never automatically). The conversion
// tables and the detector are Loa's own (src/vi/legacy.ts), bundled into the editor.
import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { closeHistory } from '@tiptap/pm/history';
import { detectLegacy, tcvn3ToUnicode, vniToUnicode } from '../../src/vi/legacy.js';
import { h, button } from './dom.js';
import type { EditorText } from './messages.js';

export type Legacy = 'tcvn3' | 'vni';

const CONVERT: Record<Legacy, (s: string) => string> = { tcvn3: (s) => tcvn3ToUnicode(s), vni: vniToUnicode };

// Letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư and the Latin Extended Additional block).
const VI_ONLY_UNICODE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
// Latin-1 letters genuine Unicode Vietnamese uses; any other Latin-1 letter or sign in a text is
// a trace of a legacy font (¶ µ ¾ ® in TCVN3, ø ä ï in VNI).
const VI_LATIN1 = 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý';

function hasLegacyTrace(s: string): boolean {
  for (const ch of s) if (ch >= '\u00a1' && ch <= '\u00ff' && !VI_LATIN1.includes(ch)) return true;
  return false;
}

/**
 * Whether one block of text (a paragraph, a cell, a field) should be converted once the person
 * chose `enc`: it reads as that encoding, or (reading as neither) it has no Unicode-only Vietnamese letter but does
 * carry legacy traces. Genuine Unicode blocks (and English with é) are left alone.
 */
export function shouldConvert(text: string, enc: Legacy): boolean {
  if (CONVERT[enc](text) === text.normalize('NFC')) return false;
  const detected = detectLegacy(text);
  if (detected) return detected === enc;
  return !VI_ONLY_UNICODE.test(text) && hasLegacyTrace(text);
}

export function convertText(text: string, enc: Legacy): string {
  return shouldConvert(text, enc) ? CONVERT[enc](text) : text;
}

/** The text blocks of a document, for detection. */
export function blockTexts(doc: PmNode): string[] {
  const out: string[] = [];
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    out.push(node.textContent);
    return false;
  });
  return out;
}

/** The first legacy encoding found in any of the texts (each judged alone, then all together). */
export function detectIn(texts: string[]): Legacy | null {
  for (const t of [...texts, texts.join('\n')]) {
    const found = t.trim() ? detectLegacy(t) : null;
    if (found) return found;
  }
  return null;
}

/** Converts the editor's text nodes, block by block, in one undoable step of its own. */
export function convertDocument(editor: Editor, enc: Legacy): boolean {
  const { state } = editor;
  const tr = state.tr;
  const edits: { from: number; to: number; node: PmNode }[] = [];
  state.doc.descendants((block, pos) => {
    if (!block.isTextblock) return true;
    if (shouldConvert(block.textContent, enc)) {
      block.forEach((child, offset) => {
        if (!child.isText || !child.text) return;
        const text = CONVERT[enc](child.text);
        if (text !== child.text) edits.push({ from: pos + 1 + offset, to: pos + 1 + offset + child.nodeSize, node: state.schema.text(text, child.marks) });
      });
    }
    return false;
  });
  for (const e of edits.reverse()) tr.replaceWith(e.from, e.to, e.node);
  // Its own history event: "Hoàn tác" undoes the conversion, not the paste before it.
  if (edits.length) editor.view.dispatch(closeHistory(tr));
  return edits.length > 0;
}

/** Converts an input or textarea (line by line) when it should be; fires `input` when it changed. */
export function convertField(el: HTMLInputElement | HTMLTextAreaElement | null, enc: Legacy) {
  if (!el) return;
  const value = el.value
    .split('\n')
    .map((line) => convertText(line, enc))
    .join('\n');
  if (value !== el.value) {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/** The offer bar: "Văn bản có vẻ gõ bằng phông TCVN3 (ABC). Chuyển sang Unicode?" [Chuyển] [Không]. */
export class LegacyOffer {
  readonly el: HTMLElement;
  private readonly message: HTMLElement;
  private readonly convertButton: HTMLButtonElement;
  private readonly dismissButton: HTMLButtonElement;
  private enc: Legacy | null = null;

  constructor(
    private readonly text: EditorText,
    private readonly convert: (enc: Legacy) => void,
  ) {
    this.message = h('p', { class: 'editor-legacy-message' });
    this.convertButton = button(text.legacyConvert);
    this.dismissButton = button(text.legacyDismiss, { class: 'secondary' });
    this.el = h('div', { class: 'editor-legacy', role: 'status' }, this.message, h('div', { class: 'actions' }, this.convertButton, this.dismissButton));
    this.el.hidden = true;
    this.convertButton.addEventListener('click', () => {
      if (!this.enc) return;
      this.convert(this.enc);
      this.enc = null;
      this.message.textContent = text.legacyDone;
      this.convertButton.hidden = true;
      this.dismissButton.textContent = text.close;
      this.dismissButton.focus();
    });
    this.dismissButton.addEventListener('click', () => this.hide());
  }

  offer(enc: Legacy) {
    this.enc = enc;
    this.message.textContent = this.text.legacyOffer[enc];
    this.convertButton.hidden = false;
    this.dismissButton.textContent = this.text.legacyDismiss;
    this.el.hidden = false;
  }

  hide() {
    this.enc = null;
    this.el.hidden = true;
  }
}
