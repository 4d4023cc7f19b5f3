// Each site sets its own brand colour; the darker shade is derived from it.
export function themeCss(hex: string): string {
  const ok = /^#[0-9a-fA-F]{6}$/.test(hex) ? hex : '#8b1a1a';
  const dark = '#' + [1, 3, 5].map((i) => Math.round(parseInt(ok.slice(i, i + 2), 16) * 0.7).toString(16).padStart(2, '0')).join('');
  return `:root{--brand:${ok};--brand-dark:${dark}}\n`;
}
