// Tiny constructors that keep the content files readable. No other logic.
import type { DemoBlock } from './types.js';

export const p = (text: string): DemoBlock => ({ kind: 'p', text });
export const h2 = (text: string): DemoBlock => ({ kind: 'h2', text });
export const ul = (...items: string[]): DemoBlock => ({ kind: 'ul', items });
export const fig = (image: string, caption: string, alt: string): DemoBlock => ({
  kind: 'figure',
  image,
  caption,
  alt,
});
