// Số, ký hiệu of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): the number, the
// year for legal normative documents, the abbreviation of the document's type and that of the body
// that issued it, e.g. "123/QĐ-UBND", "05/2020/NĐ-CP", "45/KH-UBND-VP"; a công văn carries no type
// abbreviation: "1234/UBND-VP" (issuer, then the drafting unit).
//
// People type these with NFD accents, spaces, lower case, and every kind of dash (‐ ‑ ‒ – — −):
// `readDocumentNumber` turns them into the one stored form, or says in Vietnamese what is wrong.
import { cleanLine } from './text.js';

export interface DocumentNumber {
  /** The stored form: "123/QĐ-UBND". */
  text: string;
  number: number;
  /** Only legal normative documents carry their year: "05/2020/NĐ-CP". */
  year?: number;
  /** The type's abbreviation ("QĐ"), absent for a công văn. */
  type?: string;
  /** The issuing body's abbreviation ("UBND"), then any drafting unit ("VP"). */
  issuer: string;
  units: string[];
}

export type DocumentNumberResult = { ok: DocumentNumber } | { problem: string };

/** Abbreviations of the types of documents (Nghị định 30/2020/NĐ-CP, Phụ lục III). */
export const TYPE_ABBREVIATIONS: Readonly<Record<string, string>> = Object.freeze({
  'Nghị quyết': 'NQ',
  'Quyết định': 'QĐ',
  'Chỉ thị': 'CT',
  'Quy chế': 'QC',
  'Quy định': 'QyĐ',
  'Thông cáo': 'TC',
  'Thông báo': 'TB',
  'Hướng dẫn': 'HD',
  'Chương trình': 'CTr',
  'Kế hoạch': 'KH',
  'Phương án': 'PA',
  'Đề án': 'ĐA',
  'Dự án': 'DA',
  'Báo cáo': 'BC',
  'Biên bản': 'BB',
  'Tờ trình': 'TTr',
  'Hợp đồng': 'HĐ',
  'Công điện': 'CĐ',
  'Bản ghi nhớ': 'BGN',
  'Bản thỏa thuận': 'BTT',
  'Giấy ủy quyền': 'GUQ',
  'Giấy mời': 'GM',
  'Giấy giới thiệu': 'GGT',
  'Giấy nghỉ phép': 'GNP',
  'Phiếu gửi': 'PG',
  'Phiếu chuyển': 'PC',
  'Phiếu báo': 'PB',
  'Nghị định': 'NĐ',
  'Thông tư': 'TT',
  'Thông tư liên tịch': 'TTLT',
  'Luật': 'L',
  'Pháp lệnh': 'PL',
});

/** Every dash and minus people (and word processors) put between the parts. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D_]/g;
const SLASHES = /[\u2044\u2215\uFF0F\\]/g;
const PART = /^[A-ZĐ][A-ZĐ0-9]*$/;
/** The type abbreviations keep their own mixed case (QyĐ, CTr, TTr): matched case-insensitively. */
const KNOWN_TYPES = new Map(Object.values(TYPE_ABBREVIATIONS).map((a) => [a.toUpperCase(), a]));

export function readDocumentNumber(typed: string): DocumentNumberResult {
  const s = cleanLine(typed).replace(/^số\s*:?\s*/i, '').replace(DASHES, '-').replace(SLASHES, '/').replace(/\s*([/-])\s*/g, '$1');
  if (!s) return { problem: 'Chưa nhập số, ký hiệu văn bản.' };
  if (/\s/.test(s)) return { problem: `Số, ký hiệu "${s}" có khoảng trắng ở giữa: viết liền, ví dụ 123/QĐ-UBND.` };
  const parts = s.split('/');
  if (parts.length < 2 || parts.length > 3) return { problem: `Số, ký hiệu "${s}" không đúng dạng: số/ký hiệu, ví dụ 123/QĐ-UBND hoặc 05/2020/NĐ-CP.` };
  const [numberText, ...rest] = parts;
  if (!/^\d{1,6}$/.test(numberText!)) return { problem: `Số văn bản "${numberText}" phải là một số (ví dụ 123).` };
  const number = Number(numberText);
  if (number < 1) return { problem: 'Số văn bản phải từ 1 trở lên.' };
  let year: number | undefined;
  if (rest.length === 2) {
    if (!/^\d{4}$/.test(rest[0]!)) return { problem: `Năm "${rest[0]}" trong số, ký hiệu phải có 4 chữ số (ví dụ 05/2020/NĐ-CP).` };
    year = Number(rest[0]);
  }
  const sign = rest.at(-1)!.split('-');
  if (sign.some((p) => p === '')) return { problem: `Ký hiệu "${rest.at(-1)}" có dấu gạch thừa.` };
  const upper = sign.map((p) => p.toLocaleUpperCase('vi'));
  const bad = upper.find((p) => !PART.test(p));
  if (bad !== undefined) return { problem: `Ký hiệu "${bad}" chỉ được gồm chữ cái viết hoa và chữ số.` };
  const type = KNOWN_TYPES.get(upper[0]!);
  // "QĐ-UBND": a type then an issuer; "UBND-VP": a công văn (issuer, unit); a lone "UBND" too.
  const withType = type !== undefined && upper.length >= 2;
  const issuer = withType ? upper[1]! : upper[0]!;
  const units = upper.slice(withType ? 2 : 1);
  const sig = [withType ? type : undefined, issuer, ...units].filter(Boolean).join('-');
  const text = `${number < 10 ? String(number).padStart(2, '0') : number}/${year !== undefined ? `${year}/` : ''}${sig}`;
  return { ok: { text, number, ...(year !== undefined ? { year } : {}), ...(withType ? { type } : {}), issuer, units } };
}

/**
 * The number checked against what the form also says: the chosen type (its abbreviation, or a
 * công văn without one) and the issuing body's abbreviation. Null when they agree.
 */
export function numberMismatch(n: DocumentNumber, typeName: string, issuerAbbreviation: string): string | null {
  const expected = TYPE_ABBREVIATIONS[typeName];
  if (typeName === 'Công văn') {
    if (n.type) return `Công văn không mang ký hiệu loại văn bản, nhưng số "${n.text}" có "${n.type}".`;
  } else if (expected && n.type !== expected) {
    return `Loại văn bản là ${typeName} (ký hiệu ${expected}) nhưng số "${n.text}" mang ${n.type ? `ký hiệu ${n.type}` : 'không có ký hiệu loại'}.`;
  }
  const issuer = cleanLine(issuerAbbreviation).toLocaleUpperCase('vi');
  if (issuer && n.issuer !== issuer) return `Cơ quan ban hành viết tắt là ${issuer} nhưng số "${n.text}" ghi ${n.issuer}.`;
  return null;
}
