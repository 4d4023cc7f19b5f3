// The small search form in the header of every public page (web/layout.tsx): GET /tim-kiem.
// Kept apart from views.tsx so the layout does not import the search page.
export function HeaderSearch() {
  return (
    <form class="site-search" role="search" aria-label="Tìm kiếm trên trang" action="/tim-kiem" method="get">
      <label for="o-tim-kiem" class="visually-hidden">
        Tìm kiếm trên trang
      </label>
      <input id="o-tim-kiem" type="search" name="q" maxLength={200} placeholder="Tìm kiếm" autocomplete="off" />
      <button type="submit">Tìm</button>
    </form>
  );
}
