// Addresses the editor accepts: link targets (http(s), mailto, site-relative) and video links
// (YouTube, Vimeo) turned into their privacy-friendly embed addresses. Pure functions.

/** A link target the editor accepts, trimmed, or null: http(s)://…, mailto:…, /path, #anchor. */
export function safeHref(raw: string): string | null {
  const href = raw.trim().normalize('NFC');
  if (!href || /[\s<>"]/.test(href)) return null;
  if (href.startsWith('/') && !href.startsWith('//')) return href;
  if (href.startsWith('#')) return href;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (scheme === 'mailto') return href.length > 'mailto:'.length ? href : null;
  if (scheme === 'http' || scheme === 'https') {
    try {
      const u = new URL(href);
      return u.hostname ? href : null;
    } catch {
      return null;
    }
  }
  return null;
}

/** A picture address the editor keeps: http(s) or site-relative (never data:, file:, javascript:). */
export function safeImageSrc(raw: string | null | undefined): string | null {
  const src = (raw ?? '').trim();
  if (src.startsWith('/') && !src.startsWith('//')) return src;
  return /^https?:\/\/[^\s/]+/i.test(src) ? src : null;
}

export interface VideoEmbed {
  provider: 'youtube' | 'vimeo';
  id: string;
  /** The embed address: www.youtube-nocookie.com/embed/ID or player.vimeo.com/video/ID. */
  src: string;
}

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^\d{1,12}$/;

function youtube(id: string | null | undefined): VideoEmbed | null {
  return id && YOUTUBE_ID.test(id) ? { provider: 'youtube', id, src: `https://www.youtube-nocookie.com/embed/${id}` } : null;
}

function vimeo(id: string | null | undefined): VideoEmbed | null {
  return id && VIMEO_ID.test(id) ? { provider: 'vimeo', id, src: `https://player.vimeo.com/video/${id}` } : null;
}

/**
 * A YouTube or Vimeo link (watch page, short link, embed or player address) → its embed, or null.
 * youtube.com/watch?v=ID, youtu.be/ID, youtube.com/shorts/ID, youtube(-nocookie).com/embed/ID,
 * vimeo.com/ID, player.vimeo.com/video/ID.
 */
export function videoEmbed(raw: string): VideoEmbed | null {
  let u: URL;
  try {
    u = new URL(raw.trim().replace(/^(?!https?:\/\/)/i, 'https://'));
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const host = u.hostname.toLowerCase().replace(/^(www|m)\./, '');
  const parts = u.pathname.split('/').filter(Boolean);
  if (host === 'youtu.be') return youtube(parts[0]);
  if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    if (parts[0] === 'watch') return youtube(u.searchParams.get('v'));
    if (parts[0] === 'embed' || parts[0] === 'shorts' || parts[0] === 'live' || parts[0] === 'v') return youtube(parts[1]);
    return null;
  }
  if (host === 'vimeo.com') return vimeo(parts.find((p) => VIMEO_ID.test(p)));
  if (host === 'player.vimeo.com' && parts[0] === 'video') return vimeo(parts[1]);
  return null;
}
