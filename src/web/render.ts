import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';

/** Renders a whole page. preact escapes every text and attribute; raw HTML only via dangerouslySetInnerHTML. */
export function renderPage(vnode: VNode): string {
  return '<!DOCTYPE html>' + render(vnode);
}
