// Keeps the document in Unicode NFC while the person types: after every change, a text node that
// is not NFC (a combining accent typed after its letter, decomposed text from another program)
// has just its differing stretch replaced, so the cursor stays where it was. Skipped during IME
// composition, which would be broken by rewriting the text under it; the next change catches up.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';

export interface NfcEdit {
  from: number;
  to: number;
  text: string;
}

/** The smallest replacement turning `text` into its NFC form, as offsets into `text`. */
export function nfcEdit(text: string): { start: number; end: number; replacement: string } | null {
  const nfc = text.normalize('NFC');
  if (nfc === text) return null;
  let start = 0;
  while (start < nfc.length && start < text.length && nfc[start] === text[start]) start++;
  let endText = text.length;
  let endNfc = nfc.length;
  while (endText > start && endNfc > start && text[endText - 1] === nfc[endNfc - 1]) {
    endText--;
    endNfc--;
  }
  return { start, end: endText, replacement: nfc.slice(start, endNfc) };
}

/** Replacements needed to make every text node of `doc` NFC, in document order. */
export function nfcEdits(doc: PmNode): NfcEdit[] {
  const edits: NfcEdit[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText || !node.text) return true;
    const e = nfcEdit(node.text);
    if (e) edits.push({ from: pos + e.start, to: pos + e.end, text: e.replacement });
    return false;
  });
  return edits;
}

export function applyNfc(tr: Transaction, edits: NfcEdit[]): Transaction {
  for (const e of [...edits].reverse()) {
    const marks = tr.doc.resolve(e.from).marksAcross(tr.doc.resolve(e.to)) ?? [];
    if (e.text) tr.replaceWith(e.from, e.to, tr.doc.type.schema.text(e.text, marks));
    else tr.delete(e.from, e.to);
  }
  return tr;
}

export const NfcText = Extension.create({
  name: 'nfcText',

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey('nfcText'),
        appendTransaction(transactions, _old, state) {
          if (!transactions.some((t) => t.docChanged)) return null;
          if (editor.view.composing) return null;
          const edits = nfcEdits(state.doc);
          return edits.length ? applyNfc(state.tr, edits) : null;
        },
      }),
    ];
  },
});
