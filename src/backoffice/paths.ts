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
  /** An article to the trash (POST), and back out of it (POST). */
  trashArticle: (id: number) => `/quan-tri/bai-viet/${id}/xoa`,
  restoreArticle: (id: number) => `/quan-tri/bai-viet/${id}/khoi-phuc`,
  review: '/quan-tri/cho-duyet',
  trash: '/quan-tri/thung-rac',
  media: '/quan-tri/thu-vien',
  /** The media library for the editor's fetch calls: GET lists (?q=&trang=), POST uploads (multipart). */
  mediaJson: '/quan-tri/thu-vien.json',
  mediaItem: (id: number) => `/quan-tri/thu-vien/${id}`,
  deleteMedia: (id: number) => `/quan-tri/thu-vien/${id}/xoa`,
  categories: '/quan-tri/chuyen-muc',
  menus: '/quan-tri/trinh-don',
  settings: '/quan-tri/cai-dat',
  users: '/quan-tri/nguoi-dung',
  newUser: '/quan-tri/nguoi-dung/them',
  user: (id: number) => `/quan-tri/nguoi-dung/${id}`,
  userAction: (id: number, action: 'vai-tro' | 'go' | 'khoa' | 'mo-khoa' | 'dat-lai-mat-khau' | 'tat-hai-buoc') => `/quan-tri/nguoi-dung/${id}/${action}`,
  totpRoles: '/quan-tri/nguoi-dung/xac-thuc-hai-buoc',
  audit: '/quan-tri/nhat-ky',
  account: '/quan-tri/tai-khoan',
  password: '/quan-tri/tai-khoan/mat-khau',
  twoFactor: '/quan-tri/tai-khoan/xac-thuc-hai-buoc',
  twoFactorStart: '/quan-tri/tai-khoan/xac-thuc-hai-buoc/bat-dau',
  twoFactorConfirm: '/quan-tri/tai-khoan/xac-thuc-hai-buoc/xac-nhan',
  recoveryCodes: '/quan-tri/tai-khoan/xac-thuc-hai-buoc/ma-du-phong',
  twoFactorDisable: '/quan-tri/tai-khoan/xac-thuc-hai-buoc/tat',
} as const;

/** Outside /quan-tri/: signing in and out (staff/routes.tsx), where the frame sends people. */
export const SIGNIN_PATH = '/dang-nhap';
export const SIGNOUT_PATH = '/dang-xuat';
