// The editor's toolbar: real <button type="button">s with Vietnamese labels, aria-pressed on the
// toggles, one tab stop (arrow keys, Home and End move between buttons, as in the ARIA toolbar
// pattern). Table buttons work only while the cursor is in a table; they are disabled, not
// hidden, otherwise: a toolbar changing height under a click would move the text being clicked.
// On a narrow screen (NARROW) the toolbar keeps one row: the buttons that do not fit (taken in
// their order, a shorter later one may still fit) move behind "Thêm", a disclosure button (aria-expanded) that shows them below the row; the arrow keys reach
// them once it is open, Escape closes it.
import type { Editor } from '@tiptap/core';
import { button, h, uid } from './dom.js';
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

/** Below this width the toolbar keeps to one row, the rest behind "Thêm". */
const NARROW = '(max-width: 40rem)';

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
  /** Each button's own group, to put it back when the screen widens. */
  const home = new Map<HTMLButtonElement, HTMLElement>();
  const addGroup = (cls: string, tools: Tool[]) => {
    const g = h('div', { class: cls }, ...tools.map(make));
    for (const b of g.querySelectorAll('button')) home.set(b, g);
    el.append(g);
  };
  for (const group of groups) addGroup('editor-group', group);
  const inTable = () => editor.isActive('table');
  addGroup('editor-group editor-table-tools', tableTools.map((tool) => ({ ...tool, enabled: inTable })));

  // "Thêm" and the buttons behind it.
  const panel = h('div', { class: 'editor-more', id: uid('cong-cu-them'), hidden: true });
  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    more.setAttribute('aria-expanded', String(open));
  };
  const more = make({ label: text.more, run: () => setOpen(panel.hidden) });
  more.classList.add('editor-more-button');
  more.setAttribute('aria-expanded', 'false');
  more.setAttribute('aria-controls', panel.id);
  more.hidden = true;
  el.append(more, panel);
  panel.addEventListener('click', (e) => {
    if ((e.target as Element).closest('button')) setOpen(false);
  });

  const buttons = [...home.keys()];
  let width = -1;
  /** Puts every button in its group, then, on a narrow screen, moves those past the first row behind "Thêm". */
  function fit() {
    if (el.clientWidth === width) return;
    width = el.clientWidth;
    for (const b of buttons) home.get(b)!.append(b);
    for (const g of home.values()) g.hidden = false;
    const narrow = window.matchMedia(NARROW).matches && width > 0;
    more.hidden = !narrow;
    if (!narrow) {
      setOpen(false);
    } else {
      // Each button in its order stays in the row if the row (ending with "Thêm") is still one line.
      for (const b of buttons) panel.append(b);
      for (const g of home.values()) g.hidden = true;
      const top = more.offsetTop;
      for (const b of buttons) {
        const group = home.get(b)!;
        group.hidden = false;
        group.append(b);
        if (more.offsetTop > top || b.offsetTop > top) {
          panel.append(b);
          group.hidden = !group.querySelector('button');
        }
      }
    }
    setTabStops();
  }
  new ResizeObserver(fit).observe(el);

  let current = 0;
  const inOrder = (a: { b: HTMLButtonElement }, b: { b: HTMLButtonElement }) => (a.b.compareDocumentPosition(b.b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);
  const visible = () => entries.filter(({ b }) => !b.disabled && !b.closest('[hidden]') && !b.hidden).sort(inOrder);
  const focusOn = (target: HTMLButtonElement) => {
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
    if (e.key === 'Escape' && !panel.hidden) {
      e.preventDefault();
      setOpen(false);
      focusOn(more);
      return;
    }
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: list.length - 1 };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    focusOn(list[(to + list.length) % list.length]!.b);
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
  return { el, buttons: new Map(entries.filter(({ b }) => b !== more).map(({ b, tool }) => [tool.label, b])), update };
}
