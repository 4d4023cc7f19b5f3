// The small search form in the header of every public page (a layout slot, web/context.ts): GET
// /tim-kiem. Kept apart from views.tsx so the frame's slot does not load the search page.
import type { LayoutSlots } from '../web/context.js';

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

/** Search's part of every page's frame: the form in the header. */
export const searchLayout: LayoutSlots = { header: () => <HeaderSearch /> };
