// A stored image on a public page: AVIF for browsers that take it (when it was smaller than the
// WebP, see images.ts), WebP for the rest, both responsive by width.
import type { ImageView } from './images.js';

export function Picture({ image, sizes, alt, lazy }: { image: ImageView; sizes: string; alt?: string; lazy?: boolean }) {
  const img = <img src={image.src} srcset={image.srcset} sizes={sizes} width={image.width} height={image.height} alt={alt ?? image.alt} loading={lazy ? 'lazy' : undefined} />;
  if (!image.avifSrcset) return img;
  return (
    <picture>
      <source type="image/avif" srcset={image.avifSrcset} sizes={sizes} />
      {img}
    </picture>
  );
}
