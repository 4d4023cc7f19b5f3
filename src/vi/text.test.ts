import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cleanLine, cleanText, compareVi, compareViFallback, fold, foldLower, formatNumber,
  formatScore, nfc, slugify, sortVi,
} from './index.js';

// All 134 precomposed Vietnamese letters (67 lower + 67 upper), built from
// bases and marks so the list does not depend on the code under test.
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const LOWER = [
  ...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))).filter((l) => !/^[aeiouy]$/.test(l)),
  'đ',
];
const ALL_LETTERS = [...LOWER, ...LOWER.map((l) => l.toUpperCase())];

test('the letter list used below has the 134 letters', () => {
  assert.equal(ALL_LETTERS.length, 134);
  assert.equal(new Set(ALL_LETTERS).size, 134);
});

test('cleanText: NFD input equals the NFC form after cleaning', () => {
  const nfd = 'Hội nghị tổng kết công tác dân vận'.normalize('NFD');
  const nfcForm = 'Hội nghị tổng kết công tác dân vận'.normalize('NFC');
  assert.notEqual(nfd, nfcForm);
  assert.equal(cleanText(nfd), nfcForm);
  assert.equal(nfc(nfd), nfcForm);
  for (const l of ALL_LETTERS) assert.equal(cleanText(l.normalize('NFD')), l);
});

test('cleanText: lone surrogates become U+FFFD, pairs are kept', () => {
  assert.equal(cleanText('a\uD800b'), 'a\uFFFDb');
  assert.equal(cleanText('a\uDC00b'), 'a\uFFFDb');
  assert.equal(cleanText('end\uD83D'), 'end\uFFFD');
  assert.equal(cleanText('\uDE00\uD83D'), '\uFFFD\uFFFD'); // low before high: both lone
  assert.equal(cleanText('cười 😀'), 'cười 😀');
});

test('cleanText: control characters removed except tab and newline', () => {
  assert.equal(cleanText('a\u0000b\u0007c\u001Bd\u007Fe\u0085f\u009Fg'), 'abcdefg');
  assert.equal(cleanText('a\tb\nc'), 'a\tb\nc');
  assert.equal(cleanText('\u000B\u000C'), '');
});

test('cleanText: CRLF and CR become LF', () => {
  assert.equal(cleanText('a\r\nb\rc\nd\r\n\r\ne'), 'a\nb\nc\nd\n\ne');
});

test('cleanLine collapses every whitespace run and trims', () => {
  assert.equal(cleanLine('  Hội\u00A0nghị \r\n\t tổng\u2003kết  '), 'Hội nghị tổng kết');
  assert.equal(cleanLine('Thành\u0000 phố'.normalize('NFD')), 'Thành phố');
  assert.equal(cleanLine(' \n '), '');
});

test('fold: accent-insensitive search keys', () => {
  assert.equal(foldLower('dân vận'), 'dan van');
  assert.equal(foldLower('Tổng kết'), 'tong ket');
  assert.equal(foldLower('dân vận'.normalize('NFD')), 'dan van');
  assert.ok(foldLower('Hội nghị tổng kết công tác Dân vận').includes(foldLower('dan van')));
  assert.equal(fold('Hội Nghị'), 'Hoi Nghi'); // case kept
});

test('fold: đ and Đ fold to d and D', () => {
  assert.equal(fold('Đông Sơn đường'), 'Dong Son duong');
  assert.equal(foldLower('ĐẮK LẮK'), 'dak lak');
  assert.equal(fold('đ'), 'd');
  assert.equal(fold('Đ'), 'D');
});

test('fold: every Vietnamese letter folds to one ASCII letter', () => {
  for (const l of ALL_LETTERS) assert.match(fold(l), /^[A-Za-z]$/, l);
  for (const l of LOWER) assert.match(foldLower(l.toUpperCase()), /^[a-z]$/, l);
});

test('slugify: examples', () => {
  assert.equal(slugify('Hội nghị tổng kết công tác dân vận'), 'hoi-nghi-tong-ket-cong-tac-dan-van');
  assert.equal(slugify('Đông Sơn'), 'dong-son');
  assert.equal(slugify('Văn hóa – Xã hội'), 'van-hoa-xa-hoi');
  assert.equal(slugify('  Quyết định số 123/QĐ-UBND!  '), 'quyet-dinh-so-123-qd-ubnd');
  assert.equal(slugify('Hội nghị'.normalize('NFD')), 'hoi-nghi');
  assert.equal(slugify(''), '');
  assert.equal(slugify('!!! — ???'), '');
});

test('slugify: cut at maxLength on a word boundary, never ending in "-"', () => {
  const title = 'Hội nghị tổng kết công tác dân vận';
  assert.equal(slugify(title, 20), 'hoi-nghi-tong-ket'); // "…-co" would cut a word
  assert.equal(slugify(title, 17), 'hoi-nghi-tong-ket'); // exactly at a boundary
  assert.equal(slugify(title, 18), 'hoi-nghi-tong-ket'); // would end in "-"
  assert.equal(slugify('a'.repeat(100)), 'a'.repeat(80)); // one long word: hard cut
  assert.equal(slugify('abc def', 4), 'abc');
  assert.equal(slugify('abc', 0), '');
  const long = slugify('Trang thông tin điện tử thành phố Tam Điệp '.repeat(5));
  assert.ok(long.length <= 80 && !long.endsWith('-') && !long.startsWith('-'));
});

const ORDERED_PAIRS: Array<[string, string]> = [
  ['a', 'ă'], ['ă', 'â'], ['a', 'â'], ['d', 'đ'], ['e', 'ê'], ['o', 'ô'], ['ô', 'ơ'], ['o', 'ơ'],
  ['u', 'ư'], ['dz', 'đa'], ['Dũng', 'Đông'], ['ư', 'v'],
];
const NAMES = ['Đông Sơn', 'Dũng', 'Yên Sơn', 'Ân', 'An', 'Ă'];
const NAMES_SORTED = ['An', 'Ă', 'Ân', 'Dũng', 'Đông Sơn', 'Yên Sơn'];

for (const [name, cmp] of [['compareVi', compareVi], ['compareViFallback', compareViFallback]] as const) {
  test(`${name}: Vietnamese letter order`, () => {
    for (const [x, y] of ORDERED_PAIRS) {
      assert.ok(cmp(x, y) < 0, `${x} < ${y}`);
      assert.ok(cmp(y, x) > 0, `${y} > ${x}`);
    }
    assert.equal(cmp('Hà Nội', 'Hà Nội'.normalize('NFD')), 0);
  });

  test(`${name}: a realistic list of names`, () => {
    assert.deepEqual([...NAMES].sort(cmp), NAMES_SORTED);
    // Tones: ngang, huyền, hỏi, ngã, sắc, nặng; tones matter less than letters.
    assert.deepEqual(['bạn', 'bán', 'bãn', 'bản', 'bàn', 'ban'].sort(cmp), ['ban', 'bàn', 'bản', 'bãn', 'bán', 'bạn']);
    assert.deepEqual(['bàn', 'bam'].sort(cmp), ['bam', 'bàn']);
    assert.deepEqual(['Phường 10', 'Phường 2', 'Phường 1'].sort(cmp), ['Phường 1', 'Phường 2', 'Phường 10']);
  });
}

test('sortVi returns a new sorted array and leaves the input alone', () => {
  const units = NAMES.map((name, i) => ({ id: i, name }));
  const before = [...units];
  const sorted = sortVi(units, (u) => u.name);
  assert.deepEqual(sorted.map((u) => u.name), NAMES_SORTED);
  assert.notEqual(sorted, units);
  assert.deepEqual(units, before);
});

test('formatNumber: dot for thousands', () => {
  assert.equal(formatNumber(665614), '665.614');
  assert.equal(formatNumber(0), '0');
  assert.equal(formatNumber(-0), '0');
  assert.equal(formatNumber(999), '999');
  assert.equal(formatNumber(1000), '1.000');
  assert.equal(formatNumber(-1234567), '-1.234.567');
  assert.equal(formatNumber(1234.5), '1.234,5');
});

test('formatScore: one decimal with a comma, no trailing ",0"', () => {
  assert.equal(formatScore(4.5), '4,5');
  assert.equal(formatScore(0), '0');
  assert.equal(formatScore(4), '4');
  assert.equal(formatScore(3.333), '3,3');
  assert.equal(formatScore(4.96), '5');
  assert.equal(formatScore(4.04), '4');
  assert.equal(formatScore(NaN), '0');
});
