const MAP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values (for the few places that build HTML strings). */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => MAP[c]!);
