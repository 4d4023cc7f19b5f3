// Static pages (Giới thiệu, Liên hệ…): their public pages at /trang/…, search documents and site map
// entries, and their kind of editorial item (editorial.tsx), which gives them the back office.
import { defineModule } from '../registry/module.js';
import { msg } from '../messages/index.js';
import { editorialWalk } from '../editorial/walk.js';
import { pageRoutes } from './routes.js';
import { pageLinkTargets } from './link-targets.js';
import { pageSearch } from './search.js';
import { pageSitemap } from './sitemap.js';
import { pageKind } from './editorial.js';

export const pagesModule = defineModule({
  name: 'pages',
  routes: pageRoutes,
  search: pageSearch,
  sitemap: pageSitemap,
  linkTargets: pageLinkTargets,
  editorial: pageKind,
  nav: [{ key: 'pages', label: msg.pages.listTitle, href: pageKind.base, order: 15 }],
  walk: editorialWalk(pageKind),
  auditLabels: {
    'page.create': 'Tạo trang',
    'page.edit': 'Sửa trang',
    'page.submit': 'Gửi duyệt trang',
    'page.return': 'Trả lại trang',
    'page.publish': 'Xuất bản trang',
    'page.schedule': 'Hẹn giờ xuất bản trang',
    'page.unpublish': 'Gỡ trang',
    'page.redraft': 'Đưa trang về nháp',
    'page.restore': 'Khôi phục phiên bản trang',
    'page.delete': 'Xoá trang (vào Thùng rác)',
    'page.undelete': 'Khôi phục trang từ Thùng rác',
    'page.purge': 'Xoá hẳn trang (hết hạn trong Thùng rác)',
    'page.move': 'Đổi thứ tự trang',
  },
});
