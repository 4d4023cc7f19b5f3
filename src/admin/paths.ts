// Every address of the back office, in one place, so routes, links, redirects and the
// authorisation walk test agree.
export const PATHS = {
  home: '/quan-tri/',
  articles: '/quan-tri/bai-viet',
  newArticle: '/quan-tri/bai-viet/moi',
  article: (id: number) => `/quan-tri/bai-viet/${id}`,
  revisions: (id: number) => `/quan-tri/bai-viet/${id}/phien-ban`,
  compareRevisions: (id: number) => `/quan-tri/bai-viet/${id}/phien-ban/so-sanh`,
  restoreRevision: (id: number, rev: number) => `/quan-tri/bai-viet/${id}/phien-ban/${rev}/khoi-phuc`,
  review: '/quan-tri/cho-duyet',
  media: '/quan-tri/thu-vien',
  categories: '/quan-tri/chuyen-muc',
  menus: '/quan-tri/trinh-don',
  settings: '/quan-tri/cai-dat',
  users: '/quan-tri/nguoi-dung',
  newUser: '/quan-tri/nguoi-dung/them',
  user: (id: number) => `/quan-tri/nguoi-dung/${id}`,
  totpRoles: '/quan-tri/nguoi-dung/xac-thuc-hai-buoc',
  audit: '/quan-tri/nhat-ky',
  account: '/quan-tri/tai-khoan',
  password: '/quan-tri/tai-khoan/mat-khau',
  twoFactor: '/quan-tri/tai-khoan/xac-thuc-hai-buoc',
} as const;
