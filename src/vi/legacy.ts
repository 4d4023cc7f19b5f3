/**
 * Legacy Vietnamese encodings: TCVN3 (ABC, fonts ".VnTime", ".VnArial"…) and
 * VNI-Windows (fonts "VNI-Times"…).
 *
 * Old Word documents store Vietnamese as 8-bit font codes. Copied into a
 * browser they arrive as the Windows-1252 reading of those bytes, which for
 * 0xA0–0xFF is the same as Latin-1, i.e. code point = byte value. Example:
 * "B¶o Th¾ng" is TCVN3 for "Bảo Thắng", "Vieät Nam" is VNI for "Việt Nam".
 *
 * How the tables were checked: the TCVN3 byte table below matches (letter for
 * letter) two independent public converters (a C# TCVN3ToUnicode table and the
 * `vietnamese-conversion` npm package's charsets), and reproduces the known
 * samples "B¶o Th¾ng", "Hµ Néi", "Thµnh phè Tam §iÖp". The VNI rules match the
 * VNI table of xvnkb (vni.h, Đào Hải Lâm, 2002) and the same npm package, and
 * reproduce "Vieät Nam", "Thaønh phoá Tam Ñieäp".
 */

// ---------------------------------------------------------------------------
// TCVN3 (TCVN 5712:1993, VN3 = "ABC")
// ---------------------------------------------------------------------------

/**
 * TCVN3 byte → Unicode letter. VN3 encodes all 67 lowercase Vietnamese letters
 * outside ASCII (ă â đ ê ô ơ ư and the 60 toned vowels) plus the 7 uppercase
 * base letters Ă Â Ê Ô Ơ Ư Đ. It has NO codes for the 60 uppercase toned
 * letters: the ABC standard writes them with the same codes in the all-caps
 * ".VnTimeH"-style fonts (see `capsFont` below). The full TCVN 5712 "VN1" puts
 * those in C0 control and 0x80–0x9F slots, which in a Windows-1252 paste are
 * ordinary punctuation (“ ” – …), so they are deliberately not mapped.
 * Bytes 0xA0, 0xAF–0xB4, 0xBA, 0xC0–0xC5, 0xCD, 0xD9–0xDB, 0xE0, 0xF0 are not
 * letters in VN3 and pass through.
 */
const TCVN3_TABLE: ReadonlyArray<readonly [number, string]> = [
  // Uppercase base letters
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  // Lowercase base letters (0xAD, ư, is the soft-hyphen position)
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
  // Toned vowels, in TCVN3's own order: huyền, hỏi, ngã, sắc, nặng
  [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
  [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'], [0xc6, 'ặ'],
  [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'],
  [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd0, 'é'], [0xd1, 'ẹ'],
  [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'],
  [0xd7, 'ì'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'],
  [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'],
  [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'],
  [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
  [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'],
  [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'], [0xf9, 'ự'],
  [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
];

const TCVN3_MAP: ReadonlyMap<string, string> = new Map(
  TCVN3_TABLE.map(([code, letter]) => [String.fromCharCode(code), letter] as const),
);

export interface Tcvn3Options {
  /**
   * The text was set in an all-caps ABC font (".VnTimeH", ".VnArialH"…), in
   * which every code, ASCII included, is drawn as a capital: upper-case the
   * whole result.
   */
  capsFont?: boolean;
}

/** Convert TCVN3 (ABC) text, as pasted from an old document, to Unicode NFC. */
export function tcvn3ToUnicode(s: string, options: Tcvn3Options = {}): string {
  let out = '';
  for (const ch of s) out += TCVN3_MAP.get(ch) ?? ch;
  out = out.normalize('NFC');
  return options.capsFont ? out.toUpperCase() : out;
}

// ---------------------------------------------------------------------------
// VNI-Windows
// ---------------------------------------------------------------------------
//
// VNI writes a letter as a base plus at most one modifier character:
//   tone after a, e, o, u, y, ơ, ư:  ù sắc  ø huyền  û hỏi  õ ngã  ï nặng
//   circumflex after a, e, o:  â alone, á +sắc, à +huyền, å +hỏi, ã +ngã, ä +nặng
//     ("aâ" = â, "eá" = ế, "oä" = ộ)
//   breve after a only:        ê alone, é +sắc, è +huyền, ú +hỏi, ü +ngã, ë +nặng
//     ("aê" = ă, "aé" = ắ, "aë" = ặ)
// and a few letters are single characters:
//   ô = ơ, ö = ư, ñ = đ, í ì æ ó ò = í ì ỉ ĩ ị, î = ỵ.
// Capitals use the capital forms (Ù Ø Û Õ Ï Â Á À Å Ã Ä Ê É È Ú Ü Ë Ô Ö Ñ
// Í Ì Æ Ó Ò Î). Note the traps: VNI "ô" is ơ (ô is written "oâ") and
// "aê" is ă. Examples: "Vieät" = Việt, "Thaønh phoá" = Thành phố,
// "Tröôøng" = Trường, "Nguyeãn" = Nguyễn, "hoïc" = học.

const ACUTE = '\u0301', GRAVE = '\u0300', HOOK = '\u0309', TILDE = '\u0303', DOT = '\u0323';
const CIRC = '\u0302', BREVE = '\u0306';

/** Modifier (lowercase form) → combining marks it stands for. */
const VNI_TONES: Record<string, string> = { 'ù': ACUTE, 'ø': GRAVE, 'û': HOOK, 'õ': TILDE, 'ï': DOT };
const VNI_CIRCUMFLEX: Record<string, string> = {
  'â': CIRC, 'á': CIRC + ACUTE, 'à': CIRC + GRAVE, 'å': CIRC + HOOK, 'ã': CIRC + TILDE, 'ä': CIRC + DOT,
};
const VNI_BREVE: Record<string, string> = {
  'ê': BREVE, 'é': BREVE + ACUTE, 'è': BREVE + GRAVE, 'ú': BREVE + HOOK, 'ü': BREVE + TILDE, 'ë': BREVE + DOT,
};
/** Which modifiers each base (lowercase; ô = ơ and ö = ư in VNI) accepts. */
const VNI_BASES: Record<string, { letter: string; mods: Array<Record<string, string>> }> = {
  a: { letter: 'a', mods: [VNI_TONES, VNI_CIRCUMFLEX, VNI_BREVE] },
  e: { letter: 'e', mods: [VNI_TONES, VNI_CIRCUMFLEX] },
  o: { letter: 'o', mods: [VNI_TONES, VNI_CIRCUMFLEX] },
  u: { letter: 'u', mods: [VNI_TONES] },
  y: { letter: 'y', mods: [VNI_TONES] }, // ỵ is the single character "î"
  'ô': { letter: 'ơ', mods: [VNI_TONES] },
  'ö': { letter: 'ư', mods: [VNI_TONES] },
};
/** Single VNI characters that are a whole letter. */
const VNI_SINGLES: Record<string, string> = {
  'ô': 'ơ', 'ö': 'ư', 'ñ': 'đ', 'í': 'í', 'ì': 'ì', 'æ': 'ỉ', 'ó': 'ĩ', 'ò': 'ị', 'î': 'ỵ',
};

/** Two-character sequences and single characters → Unicode, both cases. */
const VNI_PAIRS = new Map<string, string>();
const VNI_SINGLE_MAP = new Map<string, string>();
for (const [base, { letter, mods }] of Object.entries(VNI_BASES)) {
  for (const table of mods) {
    for (const [mod, marks] of Object.entries(table)) {
      const lower = (letter + marks).normalize('NFC');
      const upper = lower.toUpperCase();
      // Mixed forms ("Aê", "aÊ") occur in hand-edited text; the base decides the case.
      VNI_PAIRS.set(base + mod, lower);
      VNI_PAIRS.set(base + mod.toUpperCase(), lower);
      VNI_PAIRS.set(base.toUpperCase() + mod.toUpperCase(), upper);
      VNI_PAIRS.set(base.toUpperCase() + mod, upper);
    }
  }
}
for (const [ch, letter] of Object.entries(VNI_SINGLES)) {
  VNI_SINGLE_MAP.set(ch, letter);
  VNI_SINGLE_MAP.set(ch.toUpperCase(), letter.toUpperCase());
}

/** Convert VNI-Windows text, as pasted from an old document, to Unicode NFC. */
export function vniToUnicode(s: string): string {
  const chars = [...s];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const pair = chars[i]! + (chars[i + 1] ?? '');
    const combined = VNI_PAIRS.get(pair);
    if (combined !== undefined) {
      out += combined;
      i++;
    } else {
      out += VNI_SINGLE_MAP.get(chars[i]!) ?? chars[i]!;
    }
  }
  return out.normalize('NFC');
}

// ---------------------------------------------------------------------------
// Detection
// ---------------------------------------------------------------------------

// Letters outside ASCII that genuine Vietnamese Unicode uses but that are not
// in Latin-1: ă Ă đ Đ ĩ Ĩ ũ Ũ ơ Ơ ư Ư and the Latin Extended Additional block.
// No legacy paste can contain them.
const VI_ONLY_UNICODE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
// A word made only of ASCII letters and the Latin-1 letters Vietnamese uses.
const PLAIN_VI_WORD = /^[A-Za-zÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý]+$/;
// Punctuation that neither legacy table uses, stripped from the ends of words.
const EDGE_PUNCT = /^[\s!-/:-@[-`{-~\u2013\u2014\u2018\u2019\u201c\u201d\u2026]+|[\s!-/:-@[-`{-~\u2013\u2014\u2018\u2019\u201c\u201d\u2026]+$/g;

// A Vietnamese syllable without its tone: optional onset, a vowel group, an
// optional final consonant. Deliberately a little generous; its job is to
// tell "Hà", "Điệp", "Việt" from "Straße", "Müller", "naïve".
const SYLLABLE = new RegExp(
  '^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?' +
    '(?:iêu|yêu|oai|oay|oao|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|' +
    'ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê|' +
    '[aăâeêioôơuưy])' +
    '(?:ch|nh|ng|[cmnpt])?$',
);
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Is `w` (Unicode) shaped like one Vietnamese syllable with at most one tone? */
function isVietSyllable(w: string): boolean {
  const d = w.toLowerCase().normalize('NFD');
  if ((d.match(TONE_MARKS) ?? []).length > 1) return false;
  return SYLLABLE.test(d.replace(TONE_MARKS, '').normalize('NFC'));
}

/**
 * Guess whether `s` is TCVN3 or VNI text read as Windows-1252.
 *
 * Word by word (after NFC, so decomposed Unicode is judged as Unicode): a
 * word counts for an encoding when converting it changes it and turns it into
 * a well-formed Vietnamese syllable of two letters or more, while the word as
 * it stands is not already a plain, well-formed syllable (so Unicode "hoà",
 * "các" never count). Words containing letters that only Unicode Vietnamese
 * has (ư, ơ, đ, ạ…) count as genuine Unicode.
 * The verdict needs at least 2 *different* legacy words (or 1 when every
 * other word is a plain well-formed syllable, as in "Vieät Nam"), more legacy
 * words than genuine Unicode ones, and legacy words making up at least 20% of
 * all words: an occasional "©", "¶", "µm" or foreign name does not trigger it.
 */
export function detectLegacy(s: string): 'tcvn3' | 'vni' | null {
  let words = 0;
  let neutral = 0; // plain syllables like "Nam", "hoà": fit Unicode and legacy alike
  let unicode = 0;
  const tcvn3 = { count: 0, distinct: new Set<string>() };
  const vni = { count: 0, distinct: new Set<string>() };
  for (const token of s.normalize('NFC').split(/\s+/)) {
    const word = token.replace(EDGE_PUNCT, '');
    if (!/[\p{L}\u00a1-\u00bf]/u.test(word)) continue;
    words++;
    if (VI_ONLY_UNICODE.test(word)) {
      unicode++;
      continue;
    }
    if (PLAIN_VI_WORD.test(word) && isVietSyllable(word)) {
      neutral++;
      continue;
    }
    for (const [convert, tally] of [[tcvn3ToUnicode, tcvn3], [vniToUnicode, vni]] as const) {
      const converted = convert(word);
      if (converted !== word && [...converted].length >= 2 && isVietSyllable(converted)) {
        tally.count++;
        tally.distinct.add(converted.toLowerCase());
      }
    }
  }
  const best = tcvn3.count >= vni.count ? tcvn3 : vni;
  const distinct = best.distinct.size;
  const enough = distinct >= 2 || (distinct === 1 && words >= 2 && neutral === words - 1);
  if (!enough || best.count <= unicode || best.count < 0.2 * words) return null;
  return best === tcvn3 ? 'tcvn3' : 'vni';
}
