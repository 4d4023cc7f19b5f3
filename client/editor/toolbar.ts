// The editor's toolbar: real <button type="button">s with Vietnamese labels, aria-pressed on the
// toggles, one tab stop (arrow keys, Home and End move between buttons, as in the ARIA toolbar
// pattern). Table buttons work only while the cursor is in a table; they are disabled, not
// hidden, otherwise: a toolbar changing height under a click would move the text being clicked.
import type { Editor } from '@tiptap/core';
import { button, h } from './dom.js';
import type { EditorText } from './messages.js';

export interface Tool {
  label: string;
  run: () => void;
  /** Toggle state (aria-pressed); omitted for plain actions. */
  active?: () => boolean;
  enabled?: () => boolean;
}

export interface Toolbar {
  el: HTMLElement;
  /** The buttons by label (e.g. to give focus back to one). */
  buttons: Map<string, HTMLButtonElement>;
  update: () => void;
}

export function buildToolbar(editor: Editor, text: EditorText, groups: Tool[][], tableTools: Tool[], controls: string): Toolbar {
  const entries: { b: HTMLButtonElement; tool: Tool }[] = [];
  const make = (tool: Tool) => {
    const b = button(tool.label, tool.active ? { 'aria-pressed': 'false' } : {});
    b.addEventListener('click', () => {
      tool.run();
      update();
    });
    // Keep the editor's selection: a click on a button must not blur it first.
    b.addEventListener('mousedown', (e) => e.preventDefault());
    entries.push({ b, tool });
    return b;
  };
  const el = h('div', { class: 'editor-toolbar', role: 'toolbar', 'aria-label': text.toolbar, 'aria-controls': controls });
  for (const group of groups) el.append(h('div', { class: 'editor-group' }, ...group.map(make)));
  const inTable = () => editor.isActive('table');
  el.append(h('div', { class: 'editor-group editor-table-tools' }, ...tableTools.map((tool) => make({ ...tool, enabled: inTable }))));

  let current = 0;
  const visible = () => entries.filter(({ b }) => !b.disabled && !b.closest('[hidden]'));
  const focusAt = (i: number) => {
    const list = visible();
    if (!list.length) return;
    const target = list[(i + list.length) % list.length]!.b;
    current = entries.findIndex((e) => e.b === target);
    setTabStops();
    target.focus();
  };
  const setTabStops = () => {
    const list = visible();
    if (!list.some((e) => entries.indexOf(e) === current)) current = entries.indexOf(list[0]!);
    for (const [i, { b }] of entries.entries()) b.tabIndex = i === current ? 0 : -1;
  };
  el.addEventListener('keydown', (e) => {
    const list = visible();
    const at = list.findIndex((x) => x.b === document.activeElement);
    if (at < 0) return;
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: list.length - 1 };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    focusAt(entries.indexOf(list[(to + list.length) % list.length]!));
  });
  el.addEventListener('focusin', (e) => {
    const i = entries.findIndex((x) => x.b === e.target);
    if (i >= 0 && i !== current) {
      current = i;
      setTabStops();
    }
  });

  function update() {
    for (const { b, tool } of entries) {
      if (tool.active) b.setAttribute('aria-pressed', String(tool.active()));
      if (tool.enabled) b.disabled = !tool.enabled();
    }
    setTabStops();
  }
  update();
  return { el, buttons: new Map(entries.map(({ b, tool }) => [tool.label, b])), update };
}
