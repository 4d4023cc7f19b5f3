// Self-check: REFERENCE_ARTICLE reproduces the body of the reference page exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { REFERENCE_ARTICLE } from './reference-article.js';

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

test('REFERENCE_ARTICLE matches seed-article-page.txt paragraph by paragraph', () => {
  const file = fileURLToPath(new URL('../../../test/fixtures/seed-article-page.txt', import.meta.url));
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).map(collapse);

  const dateLine = lines.findIndex((l) => l.startsWith('Thứ Năm, 07/12/2023'));
  const bylineLine = lines.findIndex((l, i) => i > dateLine && l === 'Kim Dung');
  assert.ok(dateLine >= 0, 'date line found');
  assert.ok(bylineLine > dateLine, 'byline line found after the date line');

  // The two "•" lines under the date are the rating widget, not body text.
  const expected = lines
    .slice(dateLine + 1, bylineLine)
    .filter((l) => l !== '' && !l.startsWith('•'));

  const actual = REFERENCE_ARTICLE.blocks.flatMap((b) =>
    b.kind === 'p' ? [b.text] : b.kind === 'figure' ? [b.caption] : [],
  );

  assert.equal(actual.length, expected.length, 'same number of paragraphs and captions');
  expected.forEach((line, i) => assert.equal(actual[i], line, `block ${i}`));
});

test('REFERENCE_ARTICLE metadata matches the page', () => {
  const file = fileURLToPath(new URL('../../../test/fixtures/seed-article-page.txt', import.meta.url));
  const text = readFileSync(file, 'utf8');
  assert.ok(text.includes(REFERENCE_ARTICLE.title), 'title appears on the page');
  assert.equal(REFERENCE_ARTICLE.publishedAt, '2023-12-07T09:00:00.000Z');
  assert.equal(REFERENCE_ARTICLE.views, 78);
  assert.equal(REFERENCE_ARTICLE.byline, 'Kim Dung');
  const images = REFERENCE_ARTICLE.blocks.flatMap((b) => (b.kind === 'figure' ? [b.image] : []));
  assert.deepEqual(images, ['hoi-nghi-1', 'hoi-nghi-2', 'hoi-nghi-3']);
});
