import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { detectLegacy, tcvn3ToUnicode, vniToUnicode } from './index.js';

// The reference article page (public government news), kept as a fixture in the repository.
const seedText = (): string => readFileSync(new URL('../../test/fixtures/seed-article-page.txt', import.meta.url), 'utf8');

// TCVN3 code points for every lowercase letter, row by row, as printed in
// public TCVN3 tables (order within a row: huyền, hỏi, ngã, sắc, nặng).
const TCVN3_ROWS: Array<[string, string]> = [
  ['µ¶·¸¹', 'àảãáạ'],
  ['¨»¼½¾Æ', 'ăằẳẵắặ'],
  ['©ÇÈÉÊË', 'âầẩẫấậ'],
  ['ÌÎÏÐÑ', 'èẻẽéẹ'],
  ['ªÒÓÔÕÖ', 'êềểễếệ'],
  ['×ØÜÝÞ', 'ìỉĩíị'],
  ['ßáâãä', 'òỏõóọ'],
  ['«åæçèé', 'ôồổỗốộ'],
  ['¬êëìíî', 'ơờởỡớợ'],
  ['ïñòóô', 'ùủũúụ'],
  ['\u00ADõö÷øù', 'ưừửữứự'],
  ['úûüýþ', 'ỳỷỹýỵ'],
  ['®', 'đ'],
  ['¡¢£¤¥¦§', 'ĂÂÊÔƠƯĐ'],
];

test('TCVN3: every letter of the table', () => {
  let letters = 0;
  for (const [legacy, unicode] of TCVN3_ROWS) {
    assert.equal(tcvn3ToUnicode(legacy), unicode, legacy);
    letters += [...unicode].length;
  }
  assert.equal(letters, 74); // 67 lowercase + Ă Â Ê Ô Ơ Ư Đ
});

test('TCVN3: real phrases', () => {
  assert.equal(tcvn3ToUnicode('Hµ Néi'), 'Hà Nội');
  assert.equal(tcvn3ToUnicode('B¶o Th¾ng'), 'Bảo Thắng');
  assert.equal(tcvn3ToUnicode('Thµnh phè Tam §iÖp'), 'Thành phố Tam Điệp');
  assert.equal(tcvn3ToUnicode('ViÖt Nam'), 'Việt Nam');
  assert.equal(tcvn3ToUnicode('M\u00ADêng Kh\u00AD¬ng'), 'Mường Khương');
  assert.equal(tcvn3ToUnicode('Céng hoµ x· héi chñ nghÜa ViÖt Nam'), 'Cộng hoà xã hội chủ nghĩa Việt Nam');
  assert.equal(tcvn3ToUnicode('§éc lËp - Tù do - H¹nh phóc'), 'Độc lập - Tự do - Hạnh phúc');
  // ASCII, digits and Windows-1252 punctuation pass through.
  assert.equal(tcvn3ToUnicode('Sè 123/Q§-UBND “x” – …'), 'Số 123/QĐ-UBND “x” – …');
});

test('TCVN3: all-caps fonts (.VnTimeH)', () => {
  assert.equal(tcvn3ToUnicode('Hµ Néi', { capsFont: true }), 'HÀ NỘI');
  assert.equal(tcvn3ToUnicode('uû ban nh©n d©n', { capsFont: true }), 'UỶ BAN NHÂN DÂN');
});

test('VNI: every letter', () => {
  const rows: Array<[string, string]> = [
    ['a aù aø aû aõ aï aâ aá aà aå aã aä aê aé aè aú aü aë', 'a á à ả ã ạ â ấ ầ ẩ ẫ ậ ă ắ ằ ẳ ẵ ặ'],
    ['eù eø eû eõ eï eâ eá eà eå eã eä', 'é è ẻ ẽ ẹ ê ế ề ể ễ ệ'],
    ['où oø oû oõ oï oâ oá oà oå oã oä ô ôù ôø ôû ôõ ôï', 'ó ò ỏ õ ọ ô ố ồ ổ ỗ ộ ơ ớ ờ ở ỡ ợ'],
    ['uù uø uû uõ uï ö öù öø öû öõ öï', 'ú ù ủ ũ ụ ư ứ ừ ử ữ ự'],
    ['í ì æ ó ò yù yø yû yõ î ñ', 'í ì ỉ ĩ ị ý ỳ ỷ ỹ ỵ đ'],
    ['AÙ AØ AÛ AÕ AÏ AÂ AÁ AÀ AÅ AÃ AÄ AÊ AÉ AÈ AÚ AÜ AË', 'Á À Ả Ã Ạ Â Ấ Ầ Ẩ Ẫ Ậ Ă Ắ Ằ Ẳ Ẵ Ặ'],
    ['EÙ EÂ EÄ OÂ OÁ Ô ÔÙ ÔÏ UØ Ö ÖÏ Í Ì Æ Ó Ò YÙ YÕ Î Ñ', 'É Ê Ệ Ô Ố Ơ Ớ Ợ Ù Ư Ự Í Ì Ỉ Ĩ Ị Ý Ỹ Ỵ Đ'],
  ];
  for (const [legacy, unicode] of rows) assert.equal(vniToUnicode(legacy), unicode, legacy);
});

test('VNI: real phrases', () => {
  assert.equal(vniToUnicode('Vieät Nam'), 'Việt Nam');
  assert.equal(vniToUnicode('Thaønh phoá Tam Ñieäp'), 'Thành phố Tam Điệp');
  assert.equal(vniToUnicode('Tröôøng ñaïi hoïc'), 'Trường đại học');
  assert.equal(vniToUnicode('Nguyeãn Vaên Aên, thuôû aáy'), 'Nguyễn Văn Ăn, thuở ấy');
  assert.equal(vniToUnicode('COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM'), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  const out = vniToUnicode('Thaønh phoá');
  assert.equal(out, out.normalize('NFC'));
});

// An independent Unicode → legacy encoder for round trips on long text.
const TCVN3_ENCODE = new Map<string, string>();
for (const [legacy, unicode] of TCVN3_ROWS) {
  [...unicode].forEach((u, i) => TCVN3_ENCODE.set(u, [...legacy][i]!));
}
/** TCVN3 has no uppercase toned letters: encode lowercased text. */
const toTcvn3 = (s: string): string => [...s.toLowerCase()].map((c) => TCVN3_ENCODE.get(c) ?? c).join('');

const TONE_MOD: Record<string, string> = { '': '', '\u0301': 'ù', '\u0300': 'ø', '\u0309': 'û', '\u0303': 'õ', '\u0323': 'ï' };
const CIRC_MOD: Record<string, string> = { '': 'â', '\u0301': 'á', '\u0300': 'à', '\u0309': 'å', '\u0303': 'ã', '\u0323': 'ä' };
const BREVE_MOD: Record<string, string> = { '': 'ê', '\u0301': 'é', '\u0300': 'è', '\u0309': 'ú', '\u0303': 'ü', '\u0323': 'ë' };
const I_TONES: Record<string, string> = { '': 'i', '\u0301': 'í', '\u0300': 'ì', '\u0309': 'æ', '\u0303': 'ó', '\u0323': 'ò' };
function toVni(s: string): string {
  return [...s.normalize('NFC')].map((ch) => {
    if (ch === 'đ' || ch === 'Đ') return ch === 'đ' ? 'ñ' : 'Ñ';
    const [base = '', ...marks] = [...ch.normalize('NFD')];
    if (marks.length === 0 || !/[a-z]/i.test(base)) return ch;
    const b = base.toLowerCase();
    const tone = marks.find((m) => m in TONE_MOD) ?? '';
    let out: string;
    if (b === 'i') out = I_TONES[tone]!;
    else if (b === 'y' && tone === '\u0323') out = 'î';
    else if (marks.includes('\u031b')) out = (b === 'o' ? 'ô' : 'ö') + TONE_MOD[tone];
    else if (marks.includes('\u0302')) out = b + CIRC_MOD[tone];
    else if (marks.includes('\u0306')) out = b + BREVE_MOD[tone];
    else out = b + TONE_MOD[tone];
    return base === b ? out : out.toUpperCase();
  }).join('');
}

test('round trip of the whole seed article through TCVN3 and VNI', () => {
  const text = seedText().normalize('NFC');
  assert.equal(tcvn3ToUnicode(toTcvn3(text)), text.toLowerCase());
  assert.equal(vniToUnicode(toVni(text)), text);
});

test('detectLegacy: legacy text is found', () => {
  assert.equal(detectLegacy('B¶o Th¾ng'), 'tcvn3');
  assert.equal(detectLegacy('Hµ Néi'), 'tcvn3');
  assert.equal(detectLegacy('Thµnh phè Tam §iÖp'), 'tcvn3');
  assert.equal(detectLegacy('ViÖt Nam'), 'tcvn3');
  assert.equal(detectLegacy('Vieät Nam'), 'vni');
  assert.equal(detectLegacy('Thaønh phoá Tam Ñieäp'), 'vni');
  const text = seedText();
  assert.equal(detectLegacy(toTcvn3(text)), 'tcvn3');
  assert.equal(detectLegacy(toVni(text)), 'vni');
  for (const para of text.split(/\n+/).filter((p) => p.trim().split(/\s+/).length > 20)) {
    assert.equal(detectLegacy(toTcvn3(para)), 'tcvn3', para.slice(0, 40));
    assert.equal(detectLegacy(toVni(para)), 'vni', para.slice(0, 40));
  }
});

test('detectLegacy: genuine Unicode Vietnamese is not flagged', () => {
  const text = seedText();
  assert.equal(detectLegacy(text), null);
  for (const line of text.split('\n')) assert.equal(detectLegacy(line), null, line);
  assert.equal(detectLegacy(text.normalize('NFD')), null);
  assert.equal(detectLegacy(text.toUpperCase()), null);
  // Old-style tone placement, all in Latin-1 letters.
  assert.equal(detectLegacy('hoà hoá toà các Tôn THÀNH PHỐ'), null);
});

test('detectLegacy: English, foreign words and stray symbols are not flagged', () => {
  const samples = [
    'The quick brown fox jumps over the lazy dog.',
    'Copyright © 2024 Loa. All rights reserved. ¶ 3, § 2',
    'Bản quyền © 2024 Trang thông tin điện tử thành phố Tam Điệp ¶',
    'Straße, Müller, naïve, Zoë, Noël, Malmö, año, señor, España, garçon, français',
    'Der Fuß ist groß, daß weiß ich. Le café de Noël à Paris, où l’été est très chaud.',
    'Particle size 5 µm ± 0,5 µm; temperature 25 °C.',
    '5 µm',
    '',
  ];
  for (const s of samples) assert.equal(detectLegacy(s), null, s);
});

test('detectLegacy: one legacy word in Unicode text is not enough', () => {
  assert.equal(detectLegacy('Hội nghị tổng kết công tác dân vận tại Hµ Néi năm 2023'), null);
});
