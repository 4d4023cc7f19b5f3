// "Có phải bạn muốn tìm…": a query that finds nothing gets the nearest words of the site's own
// published content (search/suggest.ts over search_vocabulary), on SQLite and PostgreSQL: from the
// demo content, from a site of its own whose vocabulary follows publication, unpublication and a
// rebuild; the edit distance itself.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TestApp } from './helpers.js';
import { get, testApp, textOf, TEST_DB } from './helpers.js';
import { demoSites, insertArticle } from './staff.js';
import type { Sites } from './staff.js';
import type { Db } from '../src/db/index.js';
import { reindexSite } from '../src/search/index.js';
import { reindexArticle } from '../src/articles/search.js';
import { editDistance, maxEdits, suggestWords } from '../src/search/suggest.js';
import { createSite } from '../src/sites/service.js';

// 10:00 on Tuesday 24/11/2026 in Hà Nội, after every demo article.
const NOW = Date.parse('2026-11-24T03:00:00Z');

let t: TestApp;
let db: Db;
let sites: Sites;

before(async () => {
  t = await testApp({ now: NOW });
  db = t.db;
  sites = await demoSites(db);
});
after(() => t.close());

const SUGGESTION = /<p class="search-suggestion">Có phải bạn muốn tìm: <a href="([^"]*)">([^<]*)<\/a><\/p>/;
const page = async (q: string, host = 'localhost', extra = '') => {
  const res = await get(t.app, `/tim-kiem?q=${encodeURIComponent(q)}${extra}`, host);
  assert.equal(res.statusCode, 200);
  return res.body;
};

describe('the edit distance', () => {
  test('insertions, deletions, changes and swaps of neighbours count one each', () => {
    assert.equal(editDistance('giang', 'giang'), 0);
    assert.equal(editDistance('giag', 'giang'), 1, 'a letter left out');
    assert.equal(editDistance('giaang', 'giang'), 1, 'a letter too many');
    assert.equal(editDistance('giamg', 'giang'), 1, 'a letter changed');
    assert.equal(editDistance('gianng', 'giagn'), 2);
    assert.equal(editDistance('gaing', 'giang'), 1, 'two neighbours swapped');
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('khai', 'xyzqwv', 2), 3, 'beyond the limit: limit + 1');
    assert.equal(editDistance('a', 'abcdef', 2), 3, 'lengths too far apart: limit + 1 at once');
    assert.deepEqual([2, 4, 5, 6, 9].map(maxEdits), [0, 1, 1, 2, 2], 'short words allow fewer edits');
  });
});

describe('the search page suggests from the demo content', () => {
  test('"khai giag" finds nothing and suggests "khai giảng", a link to that search, which finds it', async () => {
    const html = await page('khai giag');
    assert.match(textOf(html), /Không tìm thấy kết quả nào cho “khai giag”/);
    const m = SUGGESTION.exec(html);
    assert.ok(m, 'a suggestion');
    assert.equal(m[2], 'khai giảng', 'the found word kept, the unknown one replaced by its most frequent form');
    assert.equal(m[1], '/tim-kiem?q=khai+gi%E1%BA%A3ng', 'a link to that search');
    const followed = await get(t.app, m[1]!);
    assert.match(textOf(followed.body), /\d+ kết quả cho “khai giảng”/, 'which finds something');
    assert.doesNotMatch(followed.body, SUGGESTION, 'and suggests nothing');
  });

  test('typed with accents, a swap of letters, or the filters kept', async () => {
    assert.equal(SUGGESTION.exec(await page('khia giảng'))?.[2], 'khai giảng', 'two letters swapped in the first word');
    const filtered = await page('khai giag', 'localhost', '&tu-ngay=01/01/2020');
    assert.equal(SUGGESTION.exec(filtered)?.[1], '/tim-kiem?q=khai+gi%E1%BA%A3ng&amp;tu-ngay=01%2F01%2F2020', 'the filters go with the suggestion');
  });

  test('a query with results gets no suggestion; a nonsense word gets none', async () => {
    for (const q of ['khai giảng', 'dan van', 'khai gi']) assert.doesNotMatch(await page(q), SUGGESTION, `${q}: found, nothing suggested`);
    for (const q of ['xyzqwv', 'zzqxw', 'khai xyzqwv', '12345678', 'q']) assert.doesNotMatch(await page(q), SUGGESTION, `${q}: nothing near enough`);
  });

  test('a suggestion that would find nothing with the filters is not made', async () => {
    // Khai giảng articles are all published after 2020: nothing before 1990.
    assert.doesNotMatch(await page('khai giag', 'localhost', '&den-ngay=01/01/1990'), SUGGESTION);
  });
});

describe('the vocabulary follows the index (a site of its own)', () => {
  let site: number;
  const host = 'goi-y.localhost';
  const publish = async (title: string, body: string) => {
    const row = await insertArticle(db, { siteId: site, authorId: null, status: 'published', publishedAt: '2026-09-01T02:00:00Z', now: '2026-09-01T02:00:00Z', fields: { title, body_html: `<p>${body}</p>`, summary: '' } });
    await reindexArticle(db, row.id);
    return row.id;
  };
  const vocabulary = () =>
    db
      .selectFrom('search_vocabulary')
      .select(['word', 'form', 'docs'])
      .where('site_id', '=', site)
      .orderBy('word')
      .orderBy('form')
      .execute()
      .then((rows) => rows.map((r) => `${r.word} ${r.form} ${Number(r.docs)}`));

  before(async () => {
    site = (await createSite(db, { name: 'Trang gợi ý', hosts: [host] })).id;
  });

  test('published words are suggested in their most frequent form; an unpublished article takes its words away', async () => {
    assert.equal(await suggestWords(db, TEST_DB, site, 'khai giag'), null, 'an empty site suggests nothing');
    const a = await publish('Lễ khai giảng năm học mới', 'Trường tổ chức lễ khai giảng.');
    await publish('Khai giảng lớp tin học', 'Lớp học khai giảng vào tháng 9.');
    const c = await publish('Cảnh làng quê', 'Dòng sông giang chảy qua làng.');
    assert.ok((await vocabulary()).includes('giang giảng 2'), `giảng in two documents: ${(await vocabulary()).filter((v) => v.startsWith('giang')).join(', ')}`);
    assert.ok((await vocabulary()).includes('giang giang 1'), 'giang in one');
    assert.equal(SUGGESTION.exec(await page('khai giag', host))?.[2], 'khai giảng', 'the most frequent form');
    assert.equal(await suggestWords(db, TEST_DB, site, 'truong hoc'), null, 'words that are known: nothing to replace');
    assert.equal(await suggestWords(db, TEST_DB, site, 'truogn'), 'trường', 'a word of the body');

    // Unpublished: its words leave the vocabulary.
    await db.updateTable('articles').set({ status: 'unpublished' }).where('id', '=', a).execute();
    await reindexArticle(db, a);
    assert.ok((await vocabulary()).includes('giang giảng 1'), 'one document less');
    assert.equal(await suggestWords(db, TEST_DB, site, 'truogn'), null, 'trường was only in the unpublished article');
    assert.ok(!(await vocabulary()).some((v) => v.startsWith('truong ')), 'its row is gone');

    // Edited: the words of the old text go, the new ones come.
    await db.updateTable('articles').set({ body_html: '<p>Dòng suối chảy qua làng.</p>' }).where('id', '=', c).execute();
    await reindexArticle(db, c);
    assert.equal(await suggestWords(db, TEST_DB, site, 'suoii'), 'suối');
    assert.equal(await suggestWords(db, TEST_DB, site, 'songg'), null, 'sông is gone with the old text');
  });

  test('a rebuild of the site gives the same vocabulary as the changes one by one', async () => {
    const before = await vocabulary();
    assert.ok(before.length > 5, 'some words');
    await reindexSite(db, site);
    assert.deepEqual(await vocabulary(), before);
  });

  test('each site suggests from its own words only', async () => {
    assert.equal(await suggestWords(db, TEST_DB, site, 'dan vna'), null, 'dân vận is a word of the demo site, not of this one');
    assert.match((await suggestWords(db, TEST_DB, sites.main, 'dan vna')) ?? '', /^dan v\p{L}+$/u, 'but of the demo site');
  });
});
