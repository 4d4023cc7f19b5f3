// Demo articles: Thông báo (notices of the city People's Committee).
import { h2, p, ul } from './blocks.js';
import type { DemoArticle } from './types.js';

export const ARTICLES_THONG_BAO: DemoArticle[] = [
  {
    slug: 'thong-bao-lich-tiep-cong-dan-dinh-ky-cua-lanh-dao-ubnd-thanh-pho-thang-12-2025',
    title: 'Thông báo lịch tiếp công dân định kỳ của lãnh đạo UBND thành phố tháng 12/2025',
    category: 'thong-bao',
    publishedAt: '2025-11-28T03:00:00.000Z',
    summary:
      'Lãnh đạo Ủy ban nhân dân thành phố tiếp công dân định kỳ vào các ngày 10/12 và 24/12/2025 tại Trụ sở tiếp công dân thành phố.',
    byline: 'Văn phòng HĐND-UBND',
    views: 112,
    blocks: [
      p(
        'Thực hiện Luật Tiếp công dân và Quy chế tiếp công dân của Ủy ban nhân dân thành phố, Ủy ban nhân dân thành phố Tam Điệp thông báo lịch tiếp công dân định kỳ tháng 12/2025 như sau:',
      ),
      ul(
        'Thứ Tư, ngày 10/12/2025: Chủ tịch Ủy ban nhân dân thành phố tiếp công dân;',
        'Thứ Tư, ngày 24/12/2025: Phó Chủ tịch Ủy ban nhân dân thành phố phụ trách lĩnh vực đất đai, xây dựng tiếp công dân.',
      ),
      p(
        'Thời gian: buổi sáng, từ 7 giờ 30 đến 11 giờ 30. Địa điểm: Trụ sở tiếp công dân thành phố, số 16 đường Quang Trung, phường Bắc Sơn.',
      ),
      p(
        'Công dân đến trình bày khiếu nại, tố cáo, kiến nghị, phản ánh mang theo căn cước hoặc giấy tờ tùy thân và tài liệu liên quan. Trường hợp nhiều người cùng khiếu nại, kiến nghị về một nội dung thì cử đại diện không quá 5 người để trình bày. Trường hợp lãnh đạo bận công tác đột xuất, Văn phòng HĐND và UBND thành phố sẽ thông báo lịch thay thế.',
      ),
    ],
  },
  {
    slug: 'thong-bao-trieu-tap-ky-hop-thuong-le-cuoi-nam-2025-cua-hdnd-thanh-pho',
    title: 'Thông báo triệu tập kỳ họp thường lệ cuối năm 2025 của HĐND thành phố',
    category: 'thong-bao',
    publishedAt: '2025-12-05T08:00:00.000Z',
    summary:
      'Kỳ họp thường lệ cuối năm 2025 của Hội đồng nhân dân thành phố diễn ra trong hai ngày 11 và 12/12/2025 tại Hội trường Ủy ban nhân dân thành phố; cử tri có thể theo dõi qua truyền hình trực tiếp.',
    byline: 'Văn phòng HĐND-UBND',
    views: 98,
    blocks: [
      p(
        'Thường trực Hội đồng nhân dân thành phố Tam Điệp thông báo triệu tập kỳ họp thường lệ cuối năm 2025 của Hội đồng nhân dân thành phố.',
      ),
      ul(
        'Thời gian: 2 ngày, từ 7 giờ 30 ngày 11/12/2025 đến hết ngày 12/12/2025;',
        'Địa điểm: Hội trường Ủy ban nhân dân thành phố;',
        'Thành phần: các đại biểu Hội đồng nhân dân thành phố; khách mời theo giấy mời của Thường trực Hội đồng nhân dân thành phố.',
      ),
      p(
        'Nội dung chính: xem xét báo cáo tình hình kinh tế – xã hội năm 2025, nhiệm vụ năm 2026; dự toán và phân bổ ngân sách địa phương năm 2026; kế hoạch đầu tư công năm 2026; báo cáo kết quả giải quyết kiến nghị cử tri; chất vấn và trả lời chất vấn; xem xét, thông qua các nghị quyết thuộc thẩm quyền.',
      ),
      p(
        'Phiên khai mạc, phiên chất vấn và phiên bế mạc được truyền hình, phát thanh trực tiếp trên hệ thống truyền thanh cơ sở và Trang thông tin điện tử thành phố để cử tri theo dõi. Ý kiến, kiến nghị của cử tri gửi về Văn phòng HĐND và UBND thành phố trước ngày 10/12/2025.',
      ),
    ],
  },
  {
    slug: 'thong-bao-to-chuc-hoi-nghi-tong-ket-cong-tac-nam-2025-cua-ubnd-thanh-pho',
    title: 'Thông báo tổ chức Hội nghị tổng kết công tác năm 2025 của UBND thành phố',
    category: 'thong-bao',
    publishedAt: '2025-12-26T09:00:00.000Z',
    summary:
      'Ủy ban nhân dân thành phố tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026 vào sáng thứ Ba, ngày 30/12/2025.',
    byline: 'Văn phòng HĐND-UBND',
    views: 76,
    blocks: [
      p(
        'Ủy ban nhân dân thành phố Tam Điệp thông báo tổ chức Hội nghị tổng kết công tác chỉ đạo, điều hành năm 2025, triển khai nhiệm vụ năm 2026.',
      ),
      ul(
        'Thời gian: 7 giờ 30, thứ Ba, ngày 30/12/2025;',
        'Địa điểm: Hội trường Ủy ban nhân dân thành phố;',
        'Thành phần: Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân thành phố; thủ trưởng các phòng, ban, đơn vị thuộc Ủy ban nhân dân thành phố; Chủ tịch Ủy ban nhân dân các xã, phường; đại diện các cơ quan ngành dọc đóng trên địa bàn.',
      ),
      p(
        'Các cơ quan, đơn vị chuẩn bị tham luận theo đề nghị của Văn phòng HĐND và UBND thành phố, gửi bản điện tử về địa chỉ thư điện tử của Văn phòng trước 16 giờ ngày 26/12/2025. Tài liệu hội nghị được cung cấp trên Hệ thống quản lý văn bản và điều hành; đề nghị đại biểu nghiên cứu trước, không in tài liệu giấy.',
      ),
      p(
        'Đề nghị các đại biểu bố trí công việc, dự hội nghị đầy đủ, đúng thành phần; trường hợp vắng mặt phải báo cáo Chủ tịch Ủy ban nhân dân thành phố và cử cấp phó dự thay.',
      ),
    ],
  },
  {
    slug: 'cong-bo-cong-khai-ke-hoach-su-dung-dat-nam-2026-cua-thanh-pho-tam-diep',
    title: 'Công bố công khai kế hoạch sử dụng đất năm 2026 của thành phố Tam Điệp',
    category: 'thong-bao',
    publishedAt: '2026-01-12T02:30:00.000Z',
    summary:
      'Kế hoạch sử dụng đất năm 2026 của thành phố gồm 47 công trình, dự án đã được phê duyệt; bản đồ và danh mục được niêm yết tại trụ sở UBND thành phố, các xã, phường và trên Trang thông tin điện tử.',
    byline: 'Văn phòng HĐND-UBND',
    views: 1183,
    blocks: [
      p(
        'Thực hiện quy định của Luật Đất đai năm 2024, Ủy ban nhân dân thành phố Tam Điệp công bố công khai kế hoạch sử dụng đất năm 2026 của thành phố đã được Ủy ban nhân dân tỉnh phê duyệt.',
      ),
      p(
        'Kế hoạch sử dụng đất năm 2026 gồm 47 công trình, dự án với tổng diện tích khoảng 186 ha, trong đó có các dự án đường giao thông, khu dân cư mới, mở rộng trường học, thiết chế văn hóa – thể thao và hạ tầng khu công nghiệp. Diện tích đất thu hồi, chuyển mục đích sử dụng được thể hiện chi tiết theo từng xã, phường.',
      ),
      h2('Hình thức công khai'),
      ul(
        'Niêm yết quyết định phê duyệt, bản đồ kế hoạch sử dụng đất và danh mục công trình, dự án tại trụ sở Ủy ban nhân dân thành phố và Ủy ban nhân dân 9 xã, phường;',
        'Đăng tải toàn văn trên Trang thông tin điện tử thành phố, mục Văn bản;',
        'Thời gian công khai: trong suốt kỳ kế hoạch sử dụng đất năm 2026.',
      ),
      p(
        'Người dân, tổ chức có nhu cầu tìm hiểu chi tiết liên hệ Phòng Tài nguyên và Môi trường thành phố hoặc công chức địa chính các xã, phường trong giờ hành chính. Ủy ban nhân dân thành phố khuyến cáo người dân không mua bán, chuyển nhượng đất thuộc các dự án đã có trong kế hoạch thu hồi đất khi chưa tìm hiểu kỹ thông tin.',
      ),
    ],
  },
  {
    slug: 'thong-bao-niem-yet-danh-sach-cu-tri-bau-cu-dai-bieu-quoc-hoi-va-hdnd-cac-cap',
    title: 'Thông báo niêm yết danh sách cử tri bầu cử đại biểu Quốc hội và HĐND các cấp',
    category: 'thong-bao',
    publishedAt: '2026-02-03T01:00:00.000Z',
    summary:
      'Từ ngày 3/2/2026, danh sách cử tri được niêm yết tại trụ sở UBND các xã, phường và nơi công cộng của từng khu vực bỏ phiếu; cử tri kiểm tra thông tin và báo ngay nếu có sai sót.',
    byline: 'Văn phòng HĐND-UBND',
    views: 529,
    blocks: [
      p(
        'Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân, Ủy ban nhân dân thành phố Tam Điệp thông báo: từ ngày 3/2/2026, Ủy ban nhân dân 9 xã, phường niêm yết danh sách cử tri bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026–2031 tại trụ sở Ủy ban nhân dân xã, phường và tại những địa điểm công cộng của từng khu vực bỏ phiếu.',
      ),
      p(
        'Đề nghị cử tri kiểm tra họ tên, ngày sinh, nơi cư trú của mình và người thân trong gia đình trong danh sách. Trường hợp phát hiện sai sót, bị bỏ sót tên hoặc có người không đủ điều kiện nhưng có tên trong danh sách, cử tri khiếu nại với Ủy ban nhân dân xã, phường nơi lập danh sách cử tri; Ủy ban nhân dân xã, phường ghi vào sổ những khiếu nại đó và giải quyết trong thời hạn 5 ngày kể từ ngày nhận được khiếu nại.',
      ),
      p(
        'Cử tri là người đang tạm trú, người lao động tại các doanh nghiệp trong khu công nghiệp có thời gian cư trú tại địa phương từ 12 tháng trở lên có thể đăng ký để được ghi tên vào danh sách cử tri nơi tạm trú. Ngày bầu cử là Chủ nhật, ngày 15/3/2026.',
      ),
    ],
  },
  {
    slug: 'thong-bao-lich-nghi-tet-nguyen-dan-binh-ngo-va-bo-tri-truc-tiep-nhan-ho-so',
    title: 'Thông báo lịch nghỉ Tết Nguyên đán Bính Ngọ và bố trí trực tiếp nhận hồ sơ',
    category: 'thong-bao',
    publishedAt: '2026-02-09T07:30:00.000Z',
    summary:
      'Cán bộ, công chức, viên chức nghỉ Tết Nguyên đán Bính Ngọ từ thứ Bảy 14/2 đến hết Chủ nhật 22/2/2026; Bộ phận Một cửa thành phố làm việc trở lại từ ngày 23/2.',
    byline: 'Văn phòng HĐND-UBND',
    views: 846,
    blocks: [
      p(
        'Thực hiện thông báo của Bộ Nội vụ, Ủy ban nhân dân thành phố Tam Điệp thông báo lịch nghỉ Tết Nguyên đán Bính Ngọ năm 2026 đối với cán bộ, công chức, viên chức và người lao động trong các cơ quan hành chính, đơn vị sự nghiệp thuộc thành phố như sau:',
      ),
      ul(
        'Thời gian nghỉ: từ thứ Bảy, ngày 14/2/2026 đến hết Chủ nhật, ngày 22/2/2026 (tức từ ngày 27 tháng Chạp năm Ất Tỵ đến hết ngày mùng 6 tháng Giêng năm Bính Ngọ);',
        'Bộ phận Một cửa thành phố và các xã, phường tiếp nhận hồ sơ trực tiếp đến hết ngày 13/2/2026 và làm việc trở lại từ thứ Hai, ngày 23/2/2026;',
        'Trong thời gian nghỉ Tết, hồ sơ nộp trực tuyến trên Cổng Dịch vụ công quốc gia vẫn được tiếp nhận; thời hạn giải quyết được tính từ ngày làm việc đầu tiên sau Tết.',
      ),
      p(
        'Các cơ quan, đơn vị bố trí lịch trực lãnh đạo và công chức 24/24 giờ, gửi về Văn phòng HĐND và UBND thành phố trước ngày 11/2/2026. Việc đăng ký khai tử, khai sinh cho trẻ em và các trường hợp khẩn cấp được giải quyết bởi công chức trực tại Ủy ban nhân dân xã, phường.',
      ),
      p(
        'Ủy ban nhân dân thành phố đề nghị các cơ quan, đơn vị thực hiện nghiêm lịch nghỉ Tết, bảo đảm an toàn tài sản, phòng cháy, chữa cháy tại trụ sở trong những ngày nghỉ và triển khai công việc bình thường ngay từ ngày làm việc đầu tiên sau Tết.',
      ),
    ],
  },
  {
    slug: 'thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026',
    title: 'Thông báo tuyển dụng viên chức giáo dục năm 2026',
    category: 'thong-bao',
    publishedAt: '2026-05-05T08:10:00.000Z',
    summary:
      'Ủy ban nhân dân thành phố tuyển dụng 38 chỉ tiêu viên chức giáo dục mầm non, tiểu học và trung học cơ sở; thời hạn nhận phiếu đăng ký dự tuyển đến hết ngày 5/6/2026.',
    byline: 'Văn phòng HĐND-UBND',
    views: 2104,
    blocks: [
      p(
        'Ủy ban nhân dân thành phố Tam Điệp thông báo tuyển dụng viên chức làm việc tại các trường mầm non, tiểu học và trung học cơ sở công lập trực thuộc năm 2026 với tổng số 38 chỉ tiêu, gồm: 12 giáo viên mầm non, 14 giáo viên tiểu học (trong đó có 3 giáo viên Tiếng Anh, 2 giáo viên Tin học), 10 giáo viên trung học cơ sở và 2 nhân viên kế toán.',
      ),
      h2('Điều kiện và hồ sơ'),
      p(
        'Người đăng ký dự tuyển phải có đủ điều kiện theo quy định của Luật Viên chức, có trình độ đào tạo đáp ứng chuẩn theo Luật Giáo dục năm 2019 đối với từng cấp học. Mỗi người chỉ được đăng ký dự tuyển vào một vị trí việc làm.',
      ),
      p(
        'Hồ sơ gồm phiếu đăng ký dự tuyển theo mẫu; nộp trực tiếp tại Phòng Nội vụ thành phố hoặc gửi qua dịch vụ bưu chính công ích. Thời hạn nhận phiếu từ ngày 5/5/2026 đến hết ngày 5/6/2026 (trong giờ hành chính). Hình thức tuyển dụng: xét tuyển qua hai vòng; vòng 2 là phỏng vấn về kiến thức, kỹ năng hoạt động nghề nghiệp.',
      ),
      p(
        'Chi tiết chỉ tiêu theo từng trường, mẫu phiếu đăng ký và văn bản thông báo đầy đủ được đăng tải tại mục Văn bản của Trang thông tin điện tử thành phố. Mọi thắc mắc liên hệ Phòng Nội vụ thành phố trong giờ hành chính.',
      ),
    ],
  },
  {
    slug: 'thong-bao-tuyen-sinh-vao-lop-6-nam-hoc-2026-2027',
    title: 'Thông báo tuyển sinh vào lớp 6 năm học 2026–2027',
    category: 'thong-bao',
    publishedAt: '2026-06-03T03:30:00.000Z',
    summary:
      'Các trường trung học cơ sở trên địa bàn tuyển sinh lớp 6 theo hình thức xét tuyển, tiếp nhận hồ sơ trực tuyến từ ngày 1/7 đến ngày 10/7/2026.',
    byline: 'Văn phòng HĐND-UBND',
    views: 1410,
    blocks: [
      p(
        'Ủy ban nhân dân thành phố Tam Điệp thông báo kế hoạch tuyển sinh vào lớp 6 năm học 2026–2027 tại các trường trung học cơ sở công lập trên địa bàn thành phố.',
      ),
      ul(
        'Đối tượng: học sinh đã hoàn thành chương trình tiểu học, trong độ tuổi quy định;',
        'Phương thức: xét tuyển theo địa bàn tuyển sinh (tuyến) được phân công cho từng trường;',
        'Thời gian nhận hồ sơ: từ ngày 1/7 đến ngày 10/7/2026, ưu tiên đăng ký trực tuyến trên hệ thống tuyển sinh đầu cấp của tỉnh;',
        'Công bố kết quả: trước ngày 20/7/2026.',
      ),
      p(
        'Cha mẹ học sinh không có tài khoản hoặc gặp khó khăn khi đăng ký trực tuyến có thể đến trường trung học cơ sở thuộc địa bàn để được hướng dẫn, hỗ trợ. Danh sách địa bàn tuyển sinh của từng trường được niêm yết tại trường và tại Ủy ban nhân dân các xã, phường.',
      ),
      p(
        'Phòng Giáo dục và Đào tạo thành phố yêu cầu các trường tuyển sinh đúng tuyến, đủ chỉ tiêu được giao, không tổ chức kiểm tra kiến thức để tuyển sinh và không thu bất kỳ khoản phí nào ngoài quy định trong quá trình tiếp nhận hồ sơ.',
      ),
    ],
  },
  {
    slug: 'thong-bao-dau-gia-quyen-su-dung-dat-o-tai-khu-dan-cu-phia-tay-phuong-trung-son',
    title: 'Thông báo đấu giá quyền sử dụng đất ở tại khu dân cư phía Tây phường Trung Sơn',
    category: 'thong-bao',
    publishedAt: '2026-07-09T09:30:00.000Z',
    summary:
      'Đấu giá 42 lô đất ở tại khu dân cư phía Tây phường Trung Sơn, diện tích mỗi lô từ 100 đến 150 m²; phiên đấu giá dự kiến tổ chức ngày 8/8/2026.',
    byline: 'Văn phòng HĐND-UBND',
    views: 1957,
    blocks: [
      p(
        'Trung tâm Phát triển quỹ đất thành phố Tam Điệp phối hợp với tổ chức đấu giá tài sản thông báo đấu giá quyền sử dụng đất ở đối với 42 lô đất tại khu dân cư phía Tây phường Trung Sơn. Các lô đất có diện tích từ 100 đến 150 m², đã hoàn thiện hạ tầng kỹ thuật gồm đường giao thông, cấp điện, cấp nước và thoát nước.',
      ),
      p(
        'Hình thức đấu giá: đấu giá trực tuyến kết hợp trả giá bằng bỏ phiếu gián tiếp theo phương thức trả giá lên. Giá khởi điểm, tiền đặt trước và bản đồ vị trí từng lô đất được niêm yết tại trụ sở Ủy ban nhân dân phường Trung Sơn, trụ sở tổ chức đấu giá và đăng tải trên Cổng Đấu giá tài sản quốc gia.',
      ),
      ul(
        'Thời gian bán và tiếp nhận hồ sơ: từ ngày 10/7/2026 đến 17 giờ ngày 4/8/2026;',
        'Thời gian xem tài sản: ngày 20 và 21/7/2026, tại thực địa;',
        'Thời gian tổ chức phiên đấu giá: ngày 8/8/2026.',
      ),
      p(
        'Người trúng đấu giá được cấp giấy chứng nhận quyền sử dụng đất sau khi nộp đủ tiền theo quy định. Ủy ban nhân dân thành phố khuyến cáo người tham gia đấu giá tìm hiểu kỹ quy chế, cân nhắc khả năng tài chính, không tham gia thông đồng, dìm giá hoặc bỏ cọc; mọi hành vi vi phạm sẽ bị xử lý theo quy định của pháp luật.',
      ),
    ],
  },
  {
    slug: 'thong-bao-nop-thue-su-dung-dat-phi-nong-nghiep-nam-2026',
    title: 'Thông báo nộp thuế sử dụng đất phi nông nghiệp năm 2026',
    category: 'thong-bao',
    publishedAt: '2026-09-08T02:45:00.000Z',
    summary:
      'Hạn nộp thuế sử dụng đất phi nông nghiệp năm 2026 là ngày 31/10/2026; người nộp thuế có thể nộp qua ứng dụng ngân hàng, eTax Mobile hoặc Cổng Dịch vụ công quốc gia.',
    byline: 'Văn phòng HĐND-UBND',
    views: 738,
    blocks: [
      p(
        'Ủy ban nhân dân thành phố phối hợp với cơ quan thuế thông báo tới các hộ gia đình, cá nhân, tổ chức sử dụng đất phi nông nghiệp trên địa bàn thành phố về việc nộp thuế sử dụng đất phi nông nghiệp năm 2026.',
      ),
      p(
        'Thông báo nộp thuế được gửi đến từng hộ thông qua tổ dân phố, thôn và gửi điện tử đến tài khoản của người nộp thuế. Thời hạn nộp thuế chậm nhất là ngày 31/10/2026. Quá thời hạn trên, người nộp thuế phải nộp tiền chậm nộp theo quy định của Luật Quản lý thuế.',
      ),
      ul(
        'Nộp qua ứng dụng eTax Mobile hoặc ứng dụng ngân hàng điện tử bằng mã QR in trên thông báo nộp thuế;',
        'Nộp trên Cổng Dịch vụ công quốc gia hoặc Cổng thông tin điện tử của Tổng cục Thuế;',
        'Nộp trực tiếp tại các ngân hàng thương mại, bưu điện có ủy nhiệm thu.',
      ),
      p(
        'Hộ gia đình, cá nhân thuộc diện miễn, giảm thuế theo quy định (gia đình thương binh, liệt sĩ, hộ nghèo, người có công…) liên hệ Ủy ban nhân dân xã, phường nơi có đất để được hướng dẫn lập hồ sơ.',
      ),
    ],
  },
  {
    slug: 'canh-bao-mua-lon-nguy-co-lu-quet-va-sat-lo-dat-tren-vung-doi',
    title: 'Cảnh báo mưa lớn, nguy cơ lũ quét và sạt lở đất trên vùng đồi',
    category: 'thong-bao',
    publishedAt: '2026-09-18T00:15:00.000Z',
    summary:
      'Từ ngày 18 đến 20/9, thành phố có mưa to đến rất to; người dân ở các khu vực ven đồi, chân taluy, ven suối cần chủ động di chuyển đến nơi an toàn khi có dấu hiệu sạt lở.',
    byline: 'Văn phòng HĐND-UBND',
    views: 1674,
    blocks: [
      p(
        'Ban Chỉ huy phòng thủ dân sự thành phố Tam Điệp thông báo: do ảnh hưởng của hoàn lưu bão, từ ngày 18 đến 20/9/2026, trên địa bàn thành phố có mưa to đến rất to, lượng mưa phổ biến 150–300 mm. Nguy cơ cao xảy ra lũ quét trên các suối nhỏ, sạt lở đất tại sườn đồi và ngập úng tại các khu vực trũng thấp.',
      ),
      p(
        'Các khu vực cần đặc biệt lưu ý gồm: các hộ dân sống ở chân đồi, sát taluy dương tại xã Quang Sơn, xã Yên Sơn và phường Tây Sơn; khu vực ngầm tràn, đường đất ven suối; các tuyến đường nội thị thường bị ngập cục bộ như ngã ba chợ Bắc Sơn.',
      ),
      ul(
        'Không ở lại trong nhà khi phát hiện vết nứt trên tường, mặt đất, cây nghiêng hoặc nước suối đục bất thường;',
        'Không đi qua ngầm, tràn, đoạn đường bị ngập sâu và nước chảy xiết; không vớt củi, đánh bắt cá trên suối khi có lũ;',
        'Chủ động dự trữ lương thực, nước uống, đèn pin và thuốc men thiết yếu;',
        'Khi cần hỗ trợ, liên hệ ngay Ủy ban nhân dân xã, phường, công an hoặc gọi số 112.',
      ),
      p(
        'Các tổ dân phố, thôn phát thông báo trên hệ thống loa truyền thanh nhiều lần trong ngày và cử người đến tận từng hộ ở khu vực nguy hiểm để hướng dẫn di dời.',
      ),
    ],
  },
  {
    slug: 'lay-y-kien-nhan-dan-ve-du-thao-do-an-quy-hoach-chi-tiet-khu-vuc-doi-ba-mao',
    title: 'Lấy ý kiến Nhân dân về dự thảo đồ án quy hoạch chi tiết khu vực đồi Ba Mào',
    category: 'thong-bao',
    publishedAt: '2026-10-05T07:00:00.000Z',
    summary:
      'Hồ sơ dự thảo quy hoạch chi tiết tỷ lệ 1/500 khu vực đồi Ba Mào được trưng bày công khai; người dân góp ý đến hết ngày 4/11/2026.',
    byline: 'Văn phòng HĐND-UBND',
    views: 1129,
    blocks: [
      p(
        'Ủy ban nhân dân thành phố Tam Điệp thông báo lấy ý kiến cơ quan, tổ chức, cộng đồng dân cư và cá nhân có liên quan về dự thảo đồ án quy hoạch chi tiết tỷ lệ 1/500 khu vực đồi Ba Mào, với tổng diện tích nghiên cứu khoảng 38 ha.',
      ),
      p(
        'Theo dự thảo, khu vực được định hướng thành công viên cây xanh kết hợp không gian văn hóa, thể thao và dịch vụ phục vụ cộng đồng; giữ lại tối đa địa hình đồi tự nhiên, bổ sung đường dạo, quảng trường nhỏ và bãi đỗ xe. Các khu dân cư hiện hữu ở chân đồi được chỉnh trang, kết nối hạ tầng với khu vực xung quanh.',
      ),
      ul(
        'Thời gian lấy ý kiến: từ ngày 5/10/2026 đến hết ngày 4/11/2026;',
        'Địa điểm trưng bày bản vẽ, thuyết minh: trụ sở Ủy ban nhân dân thành phố, Ủy ban nhân dân các phường Bắc Sơn, Trung Sơn và nhà văn hóa các tổ dân phố giáp ranh;',
        'Hình thức góp ý: ghi vào phiếu góp ý tại nơi trưng bày, gửi văn bản về Phòng Quản lý đô thị, hoặc góp ý trực tuyến tại mục Lấy ý kiến dự thảo trên Trang thông tin điện tử thành phố.',
      ),
      p(
        'Các ý kiến góp ý sẽ được tổng hợp, giải trình và công khai trước khi hoàn thiện hồ sơ trình cấp có thẩm quyền phê duyệt. Ngày 20/10/2026, Ủy ban nhân dân thành phố tổ chức hội nghị để Nhân dân các tổ dân phố giáp ranh bàn và cho ý kiến trực tiếp về dự thảo.',
      ),
    ],
  },
  {
    slug: 'thong-bao-lich-tiep-cong-dan-dinh-ky-cua-lanh-dao-ubnd-thanh-pho-thang-12-2026',
    title: 'Thông báo lịch tiếp công dân định kỳ của lãnh đạo UBND thành phố tháng 12/2026',
    category: 'thong-bao',
    publishedAt: '2026-11-16T02:00:00.000Z',
    summary:
      'Lãnh đạo Ủy ban nhân dân thành phố tiếp công dân định kỳ vào các ngày 10/12 và 24/12/2026; công dân có thể đăng ký trước qua điện thoại hoặc trực tuyến.',
    byline: 'Văn phòng HĐND-UBND',
    views: 47,
    blocks: [
      p(
        'Ủy ban nhân dân thành phố Tam Điệp thông báo lịch tiếp công dân định kỳ của lãnh đạo Ủy ban nhân dân thành phố trong tháng 12/2026. Lịch tiếp được bố trí vào hai buổi sáng thứ Năm, ngày 10/12/2026 và ngày 24/12/2026, từ 7 giờ 30 đến 11 giờ 30, tại Trụ sở tiếp công dân thành phố.',
      ),
      p(
        'Từ tháng 12/2026, để giảm thời gian chờ đợi, công dân có thể đăng ký trước nội dung cần trình bày qua số điện thoại của Ban Tiếp công dân thành phố hoặc tại mục Hỏi đáp trên Trang thông tin điện tử thành phố. Công dân không đăng ký trước vẫn được tiếp theo thứ tự đến.',
      ),
      p(
        'Khi đến Trụ sở tiếp công dân, công dân mang theo căn cước và các tài liệu liên quan; chấp hành nội quy nơi tiếp công dân. Kết quả xử lý từng vụ việc sau buổi tiếp sẽ được thông báo bằng văn bản đến công dân.',
      ),
    ],
  },
];
