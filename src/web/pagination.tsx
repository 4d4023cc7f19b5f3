// Page links of a public listing (a category, search results): previous, the first and last
// pages, two pages either side of this one, next. `href(n)` makes the address of page n.
export function Pagination({ page, pages, href, label }: { page: number; pages: number; href: (n: number) => string; label: string }) {
  if (pages <= 1) return null;
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  return (
    <nav class="pagination" aria-label={label}>
      <ul>
        {page > 1 && page <= pages && (
          <li>
            <a href={href(page - 1)} rel="prev">
              ‹ Trang trước
            </a>
          </li>
        )}
        {shown.map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page">{n}</span>
            ) : (
              <a href={href(n)} aria-label={`Trang ${n}`}>
                {n}
              </a>
            )}
          </li>
        ))}
        {page < pages && (
          <li>
            <a href={href(page + 1)} rel="next">
              Trang sau ›
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
