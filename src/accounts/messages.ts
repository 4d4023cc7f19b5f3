// Every Vietnamese string of the sign-in pages and the back office frame, in one catalogue keyed by
// name, so that an English catalogue of the same shape (`Messages`) can follow.
import type { Role } from '../db/schema.js';

export const vi = {
  lang: 'vi',
  skipToContent: 'Bỏ qua, đến nội dung chính',
  backOffice: 'Quản trị',
  signInTitle: 'Đăng nhập',
  signInIntro: 'Dành cho cán bộ quản trị, biên tập và phóng viên của trang.',
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  signInButton: 'Đăng nhập',
  signOutButton: 'Đăng xuất',
  backToSite: 'Về trang chủ',
  errorTitle: 'Không thực hiện được',
  forbiddenTitle: 'Không có quyền truy cập',
  hello: (name: string) => `Xin chào, ${name}`,
  roleOnSite: (role: string, site: string) => `Vai trò của bạn trên ${site}: ${role}.`,
  role: { admin: 'Quản trị', editor: 'Biên tập viên', reporter: 'Phóng viên' } as Record<Role, string>,
  // Messages
  badCredentials: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  accountLocked: 'Tài khoản tạm khóa do đăng nhập sai nhiều lần. Xin thử lại sau 15 phút.',
  addressLocked: 'Có quá nhiều lần đăng nhập sai từ địa chỉ mạng này. Xin thử lại sau 15 phút.',
  badCsrf: 'Phiên làm việc không hợp lệ, xin tải lại trang.',
  noRoleHere: 'Bạn không có quyền truy cập trang quản trị của trang này.',
};

export type Messages = typeof vi;
