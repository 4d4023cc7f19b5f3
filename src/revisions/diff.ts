// A readable comparison of two versions of an article: word by word for the title, summary and
// byline; for the body, its text (text.ts) block by block, changed blocks word by word, long
// unchanged stretches shortened to the blocks around a change; and the links, images and
// videos added or removed, listed in words. Pure data: the view escapes every piece of text.
import { diffArrays, diffWords } from 'diff';
import type { TextLabels } from './text.js';
import { bodyText } from './text.js';

export interface Segment {
  kind: 'same' | 'ins' | 'del';
  text: string;
}

/** A block of the body: its segments, or a count of unchanged blocks left out. */
export type BodyRow = { kind: 'line'; changed: boolean; segments: Segment[] } | { kind: 'skipped'; count: number };

export interface Version {
  title: string;
  summary: string;
  byline: string;
  bodyHtml: string;
}

export interface FieldDiff {
  changed: boolean;
  segments: Segment[];
}

export interface ListChange {
  added: string[];
  removed: string[];
}

export interface Comparison {
  title: FieldDiff;
  summary: FieldDiff;
  byline: FieldDiff;
  body: { changed: boolean; rows: BodyRow[] };
  links: ListChange;
  images: ListChange;
  videos: ListChange;
  /** Nothing at all differs. */
  same: boolean;
}

/** Unchanged blocks kept before and after a change. */
export const CONTEXT = 1;
/** A word diff gives up after this long (very different long texts) and shows old then new. */
const TIMEOUT_MS = 500;

/** Word-level segments from a to b; whole removal then insertion if the diff takes too long. */
export function wordSegments(a: string, b: string): Segment[] {
  if (a === b) return a ? [{ kind: 'same', text: a }] : [];
  const changes = diffWords(a, b, { timeout: TIMEOUT_MS });
  if (!changes) return [...(a ? [{ kind: 'del' as const, text: a }] : []), ...(b ? [{ kind: 'ins' as const, text: b }] : [])];
  return changes.map((c) => ({ kind: c.added ? 'ins' : c.removed ? 'del' : 'same', text: c.value }));
}

export function fieldDiff(a: string, b: string): FieldDiff {
  return { changed: a !== b, segments: wordSegments(a, b) };
}

function listChange(a: string[], b: string[]): ListChange {
  return { added: b.filter((x) => !a.includes(x)), removed: a.filter((x) => !b.includes(x)) };
}

/** Block rows from the old lines to the new ones: a removed run and the added run after it are compared word by word. */
export function bodyRows(a: string[], b: string[], context = CONTEXT): BodyRow[] {
  const chunks = diffArrays(a, b, { timeout: TIMEOUT_MS }) ?? [
    { value: a, removed: true, added: false, count: a.length },
    { value: b, removed: false, added: true, count: b.length },
  ];
  const full: { changed: boolean; segments: Segment[] }[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i]!;
    if (!c.added && !c.removed) {
      for (const l of c.value) full.push({ changed: false, segments: [{ kind: 'same', text: l }] });
      continue;
    }
    const next = chunks[i + 1];
    if (c.removed && next?.added) {
      // Pair old and new blocks one to one; any left over are wholly removed or added.
      const n = Math.max(c.value.length, next.value.length);
      for (let k = 0; k < n; k++) full.push({ changed: true, segments: wordSegments(c.value[k] ?? '', next.value[k] ?? '') });
      i++;
      continue;
    }
    for (const l of c.value) full.push({ changed: true, segments: [{ kind: c.added ? 'ins' : 'del', text: l }] });
  }
  return shorten(full, context);
}

/** Keeps `context` unchanged blocks around each change; longer unchanged stretches become one "skipped" row. */
function shorten(rows: { changed: boolean; segments: Segment[] }[], context: number): BodyRow[] {
  const keep = rows.map((r) => r.changed);
  rows.forEach((r, i) => {
    if (!r.changed) return;
    for (let k = Math.max(0, i - context); k <= Math.min(rows.length - 1, i + context); k++) keep[k] = true;
  });
  const out: BodyRow[] = [];
  let skipped = 0;
  rows.forEach((r, i) => {
    if (keep[i]) {
      if (skipped) out.push({ kind: 'skipped', count: skipped });
      skipped = 0;
      out.push({ kind: 'line', ...r });
    } else skipped++;
  });
  if (skipped) out.push({ kind: 'skipped', count: skipped });
  return out;
}

/** Compares version `a` (older) with version `b` (newer). */
export function compareVersions(a: Version, b: Version, labels: TextLabels): Comparison {
  const ta = bodyText(a.bodyHtml, labels);
  const tb = bodyText(b.bodyHtml, labels);
  const rows = bodyRows(ta.lines, tb.lines);
  const bodyChanged = rows.some((r) => r.kind === 'line' && r.changed);
  const c: Comparison = {
    title: fieldDiff(a.title, b.title),
    summary: fieldDiff(a.summary, b.summary),
    byline: fieldDiff(a.byline, b.byline),
    body: { changed: bodyChanged, rows },
    links: listChange(ta.links, tb.links),
    images: listChange(ta.images, tb.images),
    videos: listChange(ta.videos, tb.videos),
    same: false,
  };
  const lists = [c.links, c.images, c.videos].some((l) => l.added.length || l.removed.length);
  c.same = !c.title.changed && !c.summary.changed && !c.byline.changed && !bodyChanged && !lists;
  return c;
}
