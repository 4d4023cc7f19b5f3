// The article editor in the browser (bundled by Vite into /static/build/editor.js, included by
// the article form's page through assets.ts editorScript()). It enhances the server-rendered
// form#bai-viet: without JavaScript the body is edited as HTML in textarea#noi-dung; with it, a
// TipTap editor replaces the textarea, which stays in the form, hidden and kept in sync (NFC).
import { Editor } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { TableRow } from '@tiptap/extension-table';
import { Placeholder } from '@tiptap/extensions';
import { Figure, PlainTable, PlainTableCell, PlainTableHeader, Video } from './nodes.js';
import { NfcText } from './nfc.js';
import { cleanPastedHtml, textOfHtml } from './paste.js';
import { blockTexts, convertDocument, convertField, detectIn, LegacyOffer } from './legacy-fonts.js';
import type { Legacy } from './legacy-fonts.js';
import { buildToolbar } from './toolbar.js';
import type { Tool } from './toolbar.js';
import { MediaDialog } from './media-dialog.js';
import { featuredImage, featuredPicker } from './featured.js';
import { Autosave } from './autosave.js';
import { followTitle, keepNfc } from './fields.js';
import { safeHref, videoEmbed } from './urls.js';
import { h, uid } from './dom.js';
import { editorText as t } from './messages.js';

type Field = HTMLInputElement | HTMLTextAreaElement;

function field<T extends Field>(form: HTMLFormElement, id: string, name: string): T | null {
  // Scoped to the form and matched by name: the page's <main> may carry one of these ids too.
  return form.querySelector<T>(`[name="${name}"]#${id}`) ?? form.querySelector<T>(`[name="${name}"]`);
}

/** The `sizes` of a picture in an article body (as src/media/images.ts BODY_IMAGE_SIZES). */
const BODY_IMAGE_SIZES = '(max-width: 60rem) 100vw, 46rem';

/** The body as stored: the editor's HTML, NFC, empty when there is no content. */
function bodyHtml(editor: Editor): string {
  if (editor.isEmpty) return '';
  return editor
    .getHTML()
    .replace(/<figcaption><\/figcaption>/g, '')
    .normalize('NFC');
}

function setup(form: HTMLFormElement) {
  const textarea = field<HTMLTextAreaElement>(form, 'noi-dung', 'body_html');
  if (!textarea) return;
  const title = field<HTMLInputElement>(form, 'tieu-de', 'title');
  const slug = field<HTMLInputElement>(form, 'duong-dan', 'slug');
  const summary = field<HTMLTextAreaElement>(form, 'tom-tat', 'summary');
  const featured = field<HTMLInputElement>(form, 'anh-dai-dien', 'featured_media_id');
  const status = document.getElementById('trang-thai-luu');
  const csrf = () => form.dataset.csrf ?? '';
  // A read-only form (an article this person may not change): shown, not editable, not saved.
  const editable = !textarea.disabled && !textarea.readOnly;

  const editorId = uid('trinh-soan-thao');
  const label = textarea.id ? form.querySelector<HTMLLabelElement>(`label[for="${textarea.id}"]`) : null;
  if (label && !label.id) label.id = uid('nhan-noi-dung');
  const area = h('div', { class: 'editor-area' });
  const wrapper = h('div', { class: 'editor' });

  let legacyOffer: LegacyOffer | null = null;
  let autosave: Autosave | null = null;
  let pendingLegacy: Legacy | null = null;

  const editor = new Editor({
    element: area,
    editable,
    injectCSS: false, // a <style> element would break the CSP; the rules are in backoffice.css
    content: textarea.value.normalize('NFC'),
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        code: false,
        codeBlock: false,
        link: {
          openOnClick: false,
          autolink: true,
          defaultProtocol: 'https',
          HTMLAttributes: { target: null, rel: null, class: null },
          isAllowedUri: (url) => safeHref(url) !== null,
        },
      }),
      PlainTable,
      TableRow,
      PlainTableHeader,
      PlainTableCell,
      Figure,
      Video,
      NfcText,
      Placeholder.configure({
        includeChildren: true,
        showOnlyCurrent: false,
        placeholder: ({ node, editor: ed }) => (node.type.name === 'figure' ? t.captionPlaceholder : ed.isEmpty ? t.bodyPlaceholder : ''),
      }),
    ],
    editorProps: {
      attributes: {
        id: editorId,
        class: 'editor-content',
        'aria-multiline': 'true',
        'aria-readonly': String(!editable),
        ...(textarea.getAttribute('aria-describedby') ? { 'aria-describedby': textarea.getAttribute('aria-describedby')! } : {}),
        ...(textarea.getAttribute('aria-invalid') === 'true' ? { 'aria-invalid': 'true' } : {}),
        ...(label ? { 'aria-labelledby': label.id } : { 'aria-label': t.editorLabel }),
      },
      transformPastedHTML: (html) => {
        const cleaned = cleanPastedHtml(html);
        pendingLegacy = cleaned.font ?? detectIn([textOfHtml(cleaned.html)]);
        return cleaned.html;
      },
      transformPastedText: (text) => {
        const nfc = text.normalize('NFC');
        pendingLegacy = detectIn([nfc]);
        return nfc;
      },
      handlePaste: () => {
        // Runs after the transforms above: offer the conversion once the paste is in.
        setTimeout(() => {
          if (pendingLegacy) legacyOffer?.offer(pendingLegacy);
          pendingLegacy = null;
        }, 0);
        return false;
      },
    },
    onUpdate: () => {
      sync();
      autosave?.changed();
    },
  });

  function sync() {
    textarea!.value = bodyHtml(editor);
  }

  const dialog = new MediaDialog({ mediaUrl: form.dataset.media ?? '', uploadUrl: form.dataset.upload ?? '', csrf }, t);
  // Back to the text before a command, synchronously (TipTap's focus() waits for the next frame
  // and would then put back the old selection over a click made in between).
  const chain = () => {
    if (!editor.view.hasFocus()) editor.view.focus();
    return editor.chain();
  };

  const groups: Tool[][] = [
    [
      { label: t.paragraph, run: () => chain().setParagraph().run(), active: () => editor.isActive('paragraph') && !editor.isActive('figure') },
      { label: t.heading2, run: () => chain().toggleHeading({ level: 2 }).run(), active: () => editor.isActive('heading', { level: 2 }) },
      { label: t.heading3, run: () => chain().toggleHeading({ level: 3 }).run(), active: () => editor.isActive('heading', { level: 3 }) },
    ],
    [
      { label: t.bold, run: () => chain().toggleBold().run(), active: () => editor.isActive('bold') },
      { label: t.italic, run: () => chain().toggleItalic().run(), active: () => editor.isActive('italic') },
      { label: t.link, run: editLink, active: () => editor.isActive('link') },
    ],
    [
      { label: t.bulletList, run: () => chain().toggleBulletList().run(), active: () => editor.isActive('bulletList') },
      { label: t.orderedList, run: () => chain().toggleOrderedList().run(), active: () => editor.isActive('orderedList') },
      { label: t.quote, run: () => chain().toggleBlockquote().run(), active: () => editor.isActive('blockquote') },
    ],
    [
      { label: t.table, run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(), enabled: () => !editor.isActive('table') },
      { label: t.image, run: () => void insertImage() },
      { label: t.video, run: insertVideo },
    ],
    [
      { label: t.undo, run: () => chain().undo().run(), enabled: () => editor.can().undo() },
      { label: t.redo, run: () => chain().redo().run(), enabled: () => editor.can().redo() },
    ],
  ];
  const tableTools: Tool[] = [
    { label: t.addRow, run: () => chain().addRowAfter().run() },
    { label: t.deleteRow, run: () => chain().deleteRow().run() },
    { label: t.addColumn, run: () => chain().addColumnAfter().run() },
    { label: t.deleteColumn, run: () => chain().deleteColumn().run() },
    { label: t.deleteTable, run: () => chain().deleteTable().run() },
  ];
  const toolbar = buildToolbar(editor, t, groups, tableTools, editorId);
  editor.on('transaction', () => toolbar.update());

  function editLink() {
    const current = (editor.getAttributes('link').href as string | undefined) ?? '';
    const answer = window.prompt(t.linkPrompt, current);
    if (answer === null) return;
    if (!answer.trim()) {
      chain().extendMarkRange('link').unsetLink().run();
      return;
    }
    const href = safeHref(answer);
    if (!href) {
      window.alert(t.linkInvalid);
      return;
    }
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain().insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      chain().extendMarkRange('link').setLink({ href }).run();
    }
  }

  function insertVideo() {
    const answer = window.prompt(t.videoPrompt, '');
    if (answer === null || !answer.trim()) return;
    const embed = videoEmbed(answer);
    if (!embed) {
      window.alert(t.videoInvalid);
      return;
    }
    chain().insertVideo(embed.src).run();
  }

  async function insertImage() {
    const { from, to } = editor.state.selection;
    const chosen = await dialog.open('insert', toolbar.buttons.get(t.image) ?? area);
    if (!chosen) return;
    const { item, alt, caption } = chosen;
    chain()
      .setTextSelection({ from, to })
      .insertFigure({ src: item.url, srcset: item.srcset ?? null, sizes: item.srcset ? BODY_IMAGE_SIZES : null, alt, width: item.width ?? null, height: item.height ?? null }, caption)
      .run();
  }

  legacyOffer = new LegacyOffer(t, (enc) => {
    convertDocument(editor, enc);
    convertField(title, enc);
    convertField(summary, enc);
  });

  toolbar.el.hidden = !editable;
  wrapper.append(toolbar.el, legacyOffer.el, area);
  textarea.insertAdjacentElement('afterend', wrapper);
  textarea.hidden = true;
  // The form's hint says how to write HTML without JavaScript: with the editor running, say how to use it.
  const hint = document.getElementById('noi-dung-goi-y');
  if (hint) hint.textContent = t.bodyHint;
  label?.addEventListener('click', (e) => {
    e.preventDefault();
    editor.commands.focus();
  });
  sync();

  if (!editable) return;
  for (const f of [title, summary]) if (f) keepNfc(f);
  for (const f of [title, summary]) {
    f?.addEventListener('paste', () =>
      setTimeout(() => {
        const found = detectIn([f.value]);
        if (found) legacyOffer?.offer(found);
      }, 0),
    );
  }
  if (title && slug) followTitle(title, slug);
  // The featured image: the server's picker (thumbnails with radio buttons), or a plain id field.
  const picker = form.querySelector<HTMLFieldSetElement>('fieldset.featured-picker');
  if (picker) featuredPicker(picker, dialog, t);
  else if (featured && featured.type !== 'radio') featuredImage(featured, dialog, t);
  // A new article (data-new) is created by its first autosave: only once it has a title, so
  // opening "Viết bài mới" and leaving creates nothing.
  const waiting = () => (form.hasAttribute('data-new') && !title?.value.trim() ? t.needsTitle : null);
  autosave = new Autosave({ form, status, csrf, text: t, beforeSave: sync, waiting });
  form.addEventListener('submit', sync);

  const found = detectIn([title?.value ?? '', summary?.value ?? '', ...blockTexts(editor.state.doc)]);
  if (found) legacyOffer.offer(found);
}

const form = document.getElementById('bai-viet');
if (form instanceof HTMLFormElement) setup(form);
