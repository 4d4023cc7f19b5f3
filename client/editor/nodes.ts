// The editor's own nodes and the tweaks that keep its HTML exactly what the server's allow-list
// (src/richtext/sanitize.ts) keeps: a figure with an editable caption, an embedded video, and
// tables without the inline styles and column groups TipTap would write.
import { Node } from '@tiptap/core';
import type { Attribute } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import type { Transaction } from '@tiptap/pm/state';
import { Table, TableCell, TableHeader } from '@tiptap/extension-table';
import { safeImageSrc, videoEmbed } from './urls.js';
import { h } from './dom.js';
import { editorText } from './messages.js';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts `<figure><img …><figcaption>caption</figcaption></figure>`. */
      insertFigure: (image: FigureImage, caption?: string) => ReturnType;
    };
    video: {
      /** Inserts an embedded YouTube/Vimeo player (an embed address from urls.videoEmbed). */
      insertVideo: (src: string) => ReturnType;
    };
  }
}

export interface FigureImage {
  src: string;
  srcset?: string | null;
  sizes?: string | null;
  alt: string;
  width?: number | null;
  height?: number | null;
}

const IMG_ATTRS = ['src', 'srcset', 'sizes', 'alt', 'width', 'height'] as const;

function imgOf(el: HTMLElement): HTMLImageElement | null {
  return el.tagName === 'IMG' ? (el as HTMLImageElement) : el.querySelector('img');
}

function positiveInt(v: string | null | undefined): number | null {
  const n = Number.parseInt(v ?? '', 10);
  return Number.isFinite(n) && n > 0 && n < 100_000 ? n : null;
}

/** The attributes of the picture, read from the `<img>` (inside a figure or on its own). */
function imageAttribute(name: (typeof IMG_ATTRS)[number]): Attribute {
  return {
    default: name === 'alt' ? '' : null,
    rendered: false,
    parseHTML: (el) => {
      const img = imgOf(el);
      const v = img?.getAttribute(name) ?? null;
      if (name === 'width' || name === 'height') return positiveInt(v);
      if (name === 'src') return safeImageSrc(v);
      if (name === 'alt') return (v ?? '').normalize('NFC');
      return v;
    },
  };
}

function imageIsUsable(el: HTMLElement): boolean {
  return safeImageSrc(imgOf(el)?.getAttribute('src')) !== null;
}

/**
 * Puts the caret in an empty paragraph right after the figure that holds the selection (the one
 * just inserted, or the caption being written): the next one when it is an empty paragraph, a new
 * one otherwise. Without this the caret stays in the caption and the next sentence typed becomes
 * part of it. False when the selection is not in a figure.
 */
export function leaveFigure(tr: Transaction): boolean {
  const { $from } = tr.selection;
  let depth = $from.depth;
  while (depth > 0 && $from.node(depth).type.name !== 'figure') depth--;
  if (depth === 0 && $from.node(0).type.name !== 'figure') return false;
  const after = $from.after(depth);
  const next = tr.doc.resolve(after).nodeAfter;
  const paragraph = tr.doc.type.schema.nodes.paragraph!;
  if (!(next && next.type === paragraph && next.content.size === 0)) tr.insert(after, paragraph.create());
  tr.setSelection(TextSelection.create(tr.doc, after + 1)).scrollIntoView();
  return true;
}

/**
 * A picture with its caption: the caption is the node's (inline) content, so it is edited in
 * place; the output is `<figure><img src srcset sizes alt width height><figcaption>…</figcaption></figure>`.
 * A lone `<img>` (pasted from a web page) becomes a figure without caption; pictures whose
 * address is not http(s) or on this site (file:, data: from Word) are dropped.
 */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  content: 'inline*',
  marks: 'bold italic link',
  draggable: true,
  isolating: true,

  addAttributes() {
    return Object.fromEntries(IMG_ATTRS.map((name) => [name, imageAttribute(name)]));
  },

  parseHTML() {
    return [
      {
        tag: 'figure',
        getAttrs: (el) => (imageIsUsable(el) ? null : false),
        contentElement: (el) => el.querySelector('figcaption') ?? el.ownerDocument.createElement('figcaption'),
      },
      {
        tag: 'img[src]',
        getAttrs: (el) => (imageIsUsable(el) ? null : false),
      },
    ];
  },

  renderHTML({ node }) {
    const img: Record<string, string> = {};
    for (const name of IMG_ATTRS) {
      const v = node.attrs[name] as string | number | null;
      if (v !== null && v !== undefined && (v !== '' || name === 'alt')) img[name] = String(v);
    }
    return ['figure', ['img', img], ['figcaption', 0]];
  },

  addCommands() {
    return {
      insertFigure:
        (image, caption) =>
        ({ chain }) =>
          chain()
            .insertContent({
              type: this.name,
              attrs: { ...image, alt: image.alt.normalize('NFC') },
              content: caption ? [{ type: 'text', text: caption.normalize('NFC') }] : [],
            })
            .command(({ tr }) => {
              leaveFigure(tr);
              return true;
            })
            .run(),
    };
  },

  // Enter in a caption ends it: the caret goes to a paragraph after the figure (the caption is
  // never split into a second figure).
  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => {
        const { $from, empty } = editor.state.selection;
        if (!empty || $from.parent.type.name !== this.name) return false;
        return editor.commands.command(({ tr }) => leaveFigure(tr));
      },
    };
  },
});

/**
 * An embedded video from YouTube (privacy-enhanced www.youtube-nocookie.com) or Vimeo:
 * `<iframe src title width height allowfullscreen>`. In the editor it is shown as a labelled
 * box (no third-party player loads while writing). Iframes from other hosts are dropped.
 */
export const Video = Node.create({
  name: 'video',
  group: 'block',
  atom: true,
  draggable: true,

  addAttributes() {
    return {
      src: { default: null, rendered: false, parseHTML: (el) => videoEmbed(el.getAttribute('src') ?? '')?.src ?? null },
      title: { default: editorText.videoTitle, rendered: false, parseHTML: (el) => (el.getAttribute('title') || editorText.videoTitle).normalize('NFC') },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'iframe[src]',
        // Attributes are read by addAttributes' parseHTML; here only: is it a known player?
        getAttrs: (el) => (videoEmbed(el.getAttribute('src') ?? '') ? null : false),
      },
    ];
  },

  renderHTML({ node }) {
    return ['iframe', { src: node.attrs.src as string, title: node.attrs.title as string, width: '560', height: '315', allowfullscreen: '' }];
  },

  addNodeView() {
    return ({ node }) => {
      const embed = videoEmbed(String(node.attrs.src));
      const label = embed ? editorText.videoPlaceholder(embed.provider === 'youtube' ? 'YouTube' : 'Vimeo', embed.id) : String(node.attrs.src);
      return { dom: h('div', { class: 'editor-video' }, label) };
    };
  },

  addCommands() {
    return {
      insertVideo:
        (src) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { src } }),
    };
  },
});

function spanAttribute(name: 'colspan' | 'rowspan'): Attribute {
  return {
    default: 1,
    parseHTML: (el) => positiveInt(el.getAttribute(name)) ?? 1,
    renderHTML: (attrs) => ((attrs[name] as number) > 1 ? { [name]: String(attrs[name]) } : {}),
  };
}

// Cells keep only their spans: no column widths, no text-align styles.
const cellAttributes = () => ({
  colspan: spanAttribute('colspan'),
  rowspan: spanAttribute('rowspan'),
  colwidth: { default: null, parseHTML: () => null, renderHTML: () => ({}) },
});

export const PlainTable = Table.extend({
  renderHTML() {
    return ['table', ['tbody', 0]];
  },
}).configure({ resizable: false });

export const PlainTableCell = TableCell.extend({ addAttributes: cellAttributes });
export const PlainTableHeader = TableHeader.extend({ addAttributes: cellAttributes });
