// The catalogue's section for citizen forms (citizen/guard.ts): what the hidden fields say to a
// screen reader, and why a submission was refused — each clear enough to act on.
export const citizen = {
  honeypotLabel: 'Để trống ô này (ô chống thư rác, không dành cho người dùng)',
  refused: {
    honeypot: 'Không gửi được: một ô ẩn chống thư rác đã bị điền. Vui lòng tải lại trang rồi gửi lại.',
    expired: 'Trang biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang rồi gửi lại (nội dung đã nhập vẫn được giữ bên dưới).',
    tooFast: 'Biểu mẫu được gửi quá nhanh. Vui lòng đợi vài giây, kiểm tra lại nội dung rồi bấm gửi lần nữa.',
    duplicate: 'Nội dung này đã được gửi trong vòng một giờ qua, không cần gửi lại. Nếu muốn bổ sung, vui lòng viết nội dung khác.',
    addressLimit: 'Bạn đã gửi quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau một giờ.',
    siteLimit: 'Hệ thống đang nhận quá nhiều nội dung gửi qua biểu mẫu này. Vui lòng thử lại sau ít phút.',
  },
};
