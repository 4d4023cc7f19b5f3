// The demo sites. The main one is the city portal of the reference page; the second is a
// small ward portal on the same installation, to show one installation serving many units.
import { p, ul } from './blocks.js';
import type { DemoArticle, DemoSite } from './types.js';

export const DEMO_SITE: DemoSite = {
  name: 'Trang Thông tin điện tử Thành phố Tam Điệp',
  shortName: 'Thành phố Tam Điệp',
  welcome: 'Chào mừng bạn đến với Trang thông tin điện tử thành phố Tam Điệp!',
  agency: 'Ủy ban nhân dân thành phố Tam Điệp',
  responsible: 'Ông Vũ Đức Long, Chánh Văn phòng HĐND và UBND thành phố',
  address: 'Số 16 đường Quang Trung, phường Bắc Sơn, thành phố Tam Điệp, tỉnh Ninh Bình',
  phone: '0229 3864 128',
  email: 'vanphong.tamdiep@ninhbinh.gov.vn',
  hosts: ['localhost', '127.0.0.1'],
  visitBase: 665614,
  // dark red; white text on it has a contrast ratio of 9.3:1
  primaryColor: '#8B1A1A',
};

export const DEMO_SECOND_SITE: DemoSite = {
  name: 'Trang Thông tin điện tử Phường Bắc Sơn',
  shortName: 'Phường Bắc Sơn',
  welcome: 'Chào mừng bạn đến với Trang thông tin điện tử phường Bắc Sơn!',
  agency: 'Ủy ban nhân dân phường Bắc Sơn',
  responsible: 'Bà Đinh Thị Hồng Nhung, Công chức Văn phòng – Thống kê phường',
  address: 'Số 2 đường Đồng Giao, phường Bắc Sơn, thành phố Tam Điệp, tỉnh Ninh Bình',
  phone: '0229 3772 045',
  email: 'ubndbacson.tamdiep@ninhbinh.gov.vn',
  hosts: ['bacson.localhost'],
  visitBase: 12000,
  // dark blue; white text on it has a contrast ratio of 8.9:1
  primaryColor: '#0B4F6C',
};

export const DEMO_SECOND_SITE_ARTICLES: DemoArticle[] = [
  {
    slug: 'phuong-bac-son-ra-quan-tong-ve-sinh-moi-truong-don-tet-binh-ngo-2026',
    title: 'Phường Bắc Sơn ra quân tổng vệ sinh môi trường đón Tết Bính Ngọ 2026',
    category: 'van-hoa-xa-hoi',
    publishedAt: '2026-02-07T01:30:00.000Z',
    summary:
      'Sáng 7-2, hơn 400 đoàn viên, hội viên và Nhân dân 12 tổ dân phố của phường Bắc Sơn đồng loạt ra quân dọn vệ sinh đường phố, khơi thông cống rãnh trước Tết.',
    byline: 'Hồng Nhung',
    views: 146,
    blocks: [
      p(
        'Sáng 7-2, Ủy ban nhân dân phường Bắc Sơn phối hợp với Ủy ban Mặt trận Tổ quốc phường tổ chức ra quân tổng vệ sinh môi trường đón Tết Nguyên đán Bính Ngọ 2026. Hơn 400 đoàn viên thanh niên, hội viên phụ nữ, cựu chiến binh và Nhân dân 12 tổ dân phố đã tham gia.',
      ),
      p(
        'Các lực lượng tập trung phát quang cỏ dại hai bên đường Đồng Giao, thu gom rác thải tại khu vực chợ và các ngõ xóm, khơi thông hệ thống rãnh thoát nước, tháo dỡ biển quảng cáo treo sai quy định. Kết thúc buổi ra quân, toàn phường thu gom được khoảng 6 tấn rác thải các loại.',
      ),
      p(
        'Ủy ban nhân dân phường đề nghị các tổ dân phố duy trì lịch vệ sinh vào sáng thứ Bảy hằng tuần, hướng dẫn các hộ kinh doanh để rác đúng giờ, đúng nơi quy định, góp phần giữ gìn cảnh quan sạch đẹp trong dịp Tết.',
      ),
    ],
  },
  {
    slug: 'hoi-nghi-dai-bieu-nhan-dan-phuong-bac-son-nam-2026',
    title: 'Hội nghị đại biểu Nhân dân phường Bắc Sơn năm 2026',
    category: 'chinh-tri',
    publishedAt: '2026-04-23T08:00:00.000Z',
    summary:
      'Hội nghị đại biểu Nhân dân phường Bắc Sơn biểu quyết thống nhất danh mục công trình phúc lợi năm 2026, trong đó có việc cải tạo nhà văn hóa tổ dân phố số 5.',
    byline: 'Hồng Nhung',
    views: 88,
    blocks: [
      p(
        'Chiều 23-4, Ủy ban nhân dân phường Bắc Sơn tổ chức Hội nghị đại biểu Nhân dân năm 2026 với sự tham gia của 85 đại biểu là trưởng, phó tổ dân phố, bí thư chi bộ và đại diện các hộ gia đình.',
      ),
      p(
        'Tại hội nghị, các đại biểu thảo luận, biểu quyết thống nhất danh mục công trình phúc lợi công cộng năm 2026 theo hình thức Nhà nước và Nhân dân cùng làm, gồm:',
      ),
      ul(
        'Cải tạo, nâng cấp nhà văn hóa tổ dân phố số 5;',
        'Lắp đặt 40 bóng đèn chiếu sáng ngõ xóm tại tổ dân phố số 8 và số 9;',
        'Nạo vét tuyến mương tiêu phía sau chợ Bắc Sơn.',
      ),
      p(
        'Ủy ban nhân dân phường cam kết công khai dự toán, tiến độ và kết quả thực hiện từng công trình tại nhà văn hóa các tổ dân phố để Nhân dân cùng giám sát.',
      ),
    ],
  },
  {
    slug: 'phuong-bac-son-day-manh-thanh-toan-khong-dung-tien-mat-tai-cho-dan-sinh',
    title: 'Phường Bắc Sơn đẩy mạnh thanh toán không dùng tiền mặt tại chợ dân sinh',
    category: 'chi-dao-dieu-hanh',
    publishedAt: '2026-06-16T03:15:00.000Z',
    summary:
      'Đến giữa tháng 6, hơn 90% tiểu thương tại chợ Bắc Sơn đã niêm yết mã QR thanh toán, giúp người mua hàng không cần mang theo tiền mặt.',
    byline: 'Hồng Nhung',
    views: 64,
    blocks: [
      p(
        'Thực hiện chỉ đạo của Ủy ban nhân dân thành phố về chuyển đổi số, Tổ công nghệ số cộng đồng phường Bắc Sơn đã đến từng ki-ốt tại chợ Bắc Sơn hướng dẫn tiểu thương mở tài khoản, in và niêm yết mã QR thanh toán.',
      ),
      p(
        'Đến giữa tháng 6, 118 trên 130 hộ kinh doanh tại chợ đã sử dụng mã QR. Nhiều tiểu thương lớn tuổi ban đầu còn e ngại, nay đã quen với việc kiểm tra tiền chuyển khoản qua loa thông báo.',
      ),
      p(
        'Ủy ban nhân dân phường giao Tổ công nghệ số cộng đồng tiếp tục hỗ trợ các hộ còn lại và hướng dẫn người dân cảnh giác với các thủ đoạn lừa đảo qua tin nhắn giả mạo ngân hàng.',
      ),
    ],
  },
  {
    slug: 'thong-bao-lich-tiep-cong-dan-cua-chu-tich-ubnd-phuong-bac-son-thang-10-2026',
    title: 'Thông báo lịch tiếp công dân của Chủ tịch UBND phường Bắc Sơn tháng 10/2026',
    category: 'thong-bao',
    publishedAt: '2026-09-28T02:00:00.000Z',
    summary:
      'Chủ tịch UBND phường Bắc Sơn tiếp công dân định kỳ vào ngày 15/10/2026 tại trụ sở Ủy ban nhân dân phường.',
    byline: 'Văn phòng HĐND-UBND',
    views: 39,
    blocks: [
      p(
        'Ủy ban nhân dân phường Bắc Sơn thông báo lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân phường trong tháng 10/2026 như sau:',
      ),
      ul(
        'Thời gian: từ 7 giờ 30 đến 11 giờ 00, thứ Năm, ngày 15/10/2026.',
        'Địa điểm: Phòng tiếp công dân, trụ sở Ủy ban nhân dân phường Bắc Sơn.',
      ),
      p(
        'Công dân đến liên hệ mang theo căn cước và các giấy tờ liên quan đến nội dung khiếu nại, tố cáo, kiến nghị, phản ánh. Ngoài lịch định kỳ, bộ phận tiếp công dân của phường làm việc vào tất cả các ngày làm việc trong tuần.',
      ),
    ],
  },
];
