// The back office's data table: a <table> whose body cells carry the name of their column
// (data-label, read from the header cells), so that on a phone backoffice.css shows each row as a block
// with "Column: value" lines instead of clipping columns off the screen. Written like a <table>
// (caption, thead, tbody); a header cell whose text is only for screen readers (visually-hidden)
// gives no label, nor does a cell spanning several columns.
import { cloneElement, isValidElement, toChildArray } from 'preact';
import type { ComponentChildren, VNode } from 'preact';

type Props = { children?: ComponentChildren; class?: string };

const propsOf = (v: VNode) => v.props as Props & { colSpan?: number; colspan?: number };

/** The visible text of a header cell's content. */
function labelText(children: ComponentChildren): string {
  return toChildArray(children)
    .map((c) => {
      if (typeof c === 'string' || typeof c === 'number') return String(c);
      const p = propsOf(c);
      return p.class?.split(' ').includes('visually-hidden') ? '' : labelText(p.children);
    })
    .join('')
    .trim();
}

const rowsOf = (section: VNode | undefined): VNode[] => (section ? toChildArray(propsOf(section).children).filter(isValidElement) : []);
const spanOf = (cell: VNode) => Number(propsOf(cell).colSpan ?? propsOf(cell).colspan ?? 1) || 1;

/** A <table class="data-table …"> whose body cells are labelled by their column's header. */
export function DataTable({ class: cls, children }: Props) {
  const parts = toChildArray(children);
  const head = parts.find((p): p is VNode => isValidElement(p) && p.type === 'thead');
  const labels: string[] = [];
  for (const th of toChildArray(propsOf(rowsOf(head)[0] ?? ({ props: {} } as VNode)).children)) {
    if (!isValidElement(th)) continue;
    const text = labelText(propsOf(th).children);
    for (let i = 0; i < spanOf(th); i++) labels.push(text);
  }
  const label = (row: VNode) => {
    let col = 0;
    const cells = toChildArray(propsOf(row).children).map((cell) => {
      if (!isValidElement(cell)) return cell;
      const span = spanOf(cell);
      const text = span === 1 ? labels[col] : '';
      col += span;
      return text ? cloneElement(cell, { 'data-label': text }) : cell;
    });
    return cloneElement(row, {}, ...cells);
  };
  const body = parts.map((p) => (isValidElement(p) && p.type === 'tbody' ? cloneElement(p, {}, ...rowsOf(p).map(label)) : p));
  return <table class={cls ? `data-table ${cls}` : 'data-table'}>{body}</table>;
}
