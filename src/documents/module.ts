// Văn bản (legal and administrative documents): a registry of its own — not an editorial kind,
// since a document is registered by a Văn thư (who writes no articles: the policy's article.*
// rules, which every editorial kind shares, would refuse them and let reporters in). Its lists,
// back office, public pages, downloads, search kind, site map, feed, API and portal parts.
import { defineModule } from '../registry/module.js';
import type { ActionRule } from '../accounts/policy.js';
import { msg } from '../messages/index.js';
import { documentRoutes } from './routes.js';
import { documentBackofficeRoutes } from './backoffice.js';
import { DOCUMENT_PATHS } from './paths.js';
import { documentFeed, documentLinkTargets, documentSearch, documentSitemap } from './sources.js';
import { documentsResource } from './api.js';
import { documentWalk } from './walk.js';
import { newDocumentsBox } from './home-box.js';

declare module '../accounts/policy.js' {
  interface ModuleActions {
    'document.register': true;
  }
}

const rules: ActionRule[] = [
  { action: 'document.register', roles: ['admin', 'editor', 'clerk'], refusal: 'Chỉ Văn thư, Biên tập viên hoặc Quản trị được đăng ký và sửa văn bản.' },
];

export const documentsModule = defineModule({
  name: 'documents',
  routes: documentRoutes,
  backoffice: documentBackofficeRoutes,
  actions: rules,
  nav: [{ key: 'documents', label: msg.documents.navLabel, href: DOCUMENT_PATHS.list, order: 18, needs: 'document.register' }],
  walk: documentWalk,
  search: documentSearch,
  sitemap: documentSitemap,
  feed: documentFeed,
  api: [documentsResource],
  linkTargets: documentLinkTargets,
  portal: { homeBox: newDocumentsBox, siteMapLinks: [['/van-ban', 'Văn bản']] },
  auditLabels: {
    'document.create': 'Đăng ký văn bản',
    'document.edit': 'Sửa văn bản',
    'document.publish': 'Công khai văn bản',
    'document.unpublish': 'Thôi công khai văn bản',
    'document.attach': 'Đính kèm tệp vào văn bản',
    'document.detach': 'Gỡ tệp khỏi văn bản',
    'document.relate': 'Liên kết văn bản',
    'document.unrelate': 'Gỡ liên kết văn bản',
    'document.list_type': 'Thêm loại văn bản',
    'document.list_issuer': 'Thêm cơ quan ban hành',
    'document.list_field': 'Thêm lĩnh vực văn bản',
  },
});
