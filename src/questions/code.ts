// Tracking codes: 8 characters from an alphabet without the look-alikes 0/O, 1/I/L (31 characters:
// some 39 bits, from crypto random), shown grouped XXXX-XXXX so they read aloud in two breaths.
import crypto from 'node:crypto';

export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 8;

export function newTrackingCode(): string {
  let s = '';
  for (let i = 0; i < CODE_LENGTH; i++) s += CODE_ALPHABET[crypto.randomInt(CODE_ALPHABET.length)];
  return s;
}

/** "ABCD-EFGH". */
export const shownCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

/** A typed code as stored (upper case, without spaces or dashes of any kind), or undefined when it cannot be one. */
export function readCode(typed: string): string | undefined {
  const s = typed.normalize('NFKC').toUpperCase().replace(/[\s\-‐-―−]/g, '');
  if (s.length !== CODE_LENGTH) return undefined;
  for (const ch of s) if (!CODE_ALPHABET.includes(ch)) return undefined;
  return s;
}
