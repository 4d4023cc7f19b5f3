// Demo articles: Chỉ đạo điều hành.
import { fig, h2, p, ul } from './blocks.js';
import type { DemoArticle } from './types.js';

export const ARTICLES_CHI_DAO_DIEU_HANH: DemoArticle[] = [
  {
    slug: 'chu-tich-ubnd-thanh-pho-chi-dao-day-nhanh-cap-giay-chung-nhan-quyen-su-dung-dat',
    title: 'Chủ tịch UBND thành phố chỉ đạo đẩy nhanh tiến độ cấp giấy chứng nhận quyền sử dụng đất',
    category: 'chi-dao-dieu-hanh',
    publishedAt: '2025-12-03T09:15:00.000Z',
    summary:
      'Còn hơn 900 hồ sơ cấp giấy chứng nhận lần đầu chưa được giải quyết; Chủ tịch UBND thành phố yêu cầu các xã, phường hoàn thành xét duyệt nguồn gốc đất trước ngày 31/3/2026.',
    byline: 'Văn Tuấn',
    views: 689,
    blocks: [
      p(
        'Chiều 3-12, Chủ tịch Ủy ban nhân dân thành phố chủ trì cuộc họp về tiến độ cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất trên địa bàn. Cùng dự có lãnh đạo Phòng Tài nguyên và Môi trường, Chi nhánh Văn phòng Đăng ký đất đai và Chủ tịch Ủy ban nhân dân 9 xã, phường.',
      ),
      p(
        'Theo báo cáo, đến nay toàn thành phố còn hơn 900 hồ sơ đề nghị cấp giấy chứng nhận lần đầu chưa được giải quyết, tập trung ở các khu dân cư hình thành trước năm 2004 tại phường Tân Bình, phường Tây Sơn và xã Đông Sơn. Nguyên nhân chủ yếu là hồ sơ địa chính không đầy đủ, đất có nguồn gốc giao không đúng thẩm quyền, một số trường hợp có tranh chấp ranh giới chưa được hòa giải.',
      ),
      p(
        'Chủ tịch Ủy ban nhân dân thành phố yêu cầu các xã, phường thành lập tổ công tác, rà soát từng hồ sơ, xác định rõ vướng mắc thuộc thẩm quyền cấp nào; hoàn thành xét duyệt nguồn gốc, thời điểm sử dụng đất trước ngày 31/3/2026. Phòng Tài nguyên và Môi trường tổng hợp những vướng mắc vượt thẩm quyền, tham mưu văn bản xin ý kiến các sở, ngành của tỉnh.',
      ),
      p(
        'Đồng chí nhấn mạnh, cấp giấy chứng nhận là quyền lợi chính đáng của người dân, không để hồ sơ “nằm” quá hạn mà không có lý do. Mọi trường hợp chậm trễ phải thông báo bằng văn bản cho người dân, nêu rõ lý do và thời hạn giải quyết; người đứng đầu để xảy ra chậm trễ kéo dài sẽ phải chịu trách nhiệm.',
      ),
    ],
  },
  {
    slug: 'chu-dong-phong-chong-ret-dam-ret-hai-cho-cay-trong-va-vat-nuoi',
    title: 'Chủ động phòng, chống rét đậm, rét hại cho cây trồng và vật nuôi',
    category: 'chi-dao-dieu-hanh',
    publishedAt: '2026-01-06T04:20:00.000Z',
    summary:
      'Trước dự báo đợt không khí lạnh mạnh, UBND thành phố yêu cầu các xã, phường hướng dẫn người dân che chắn chuồng trại, không thả rông gia súc và chỉ gieo cấy khi nhiệt độ trên 15 độ C.',
    byline: 'Hoàng Long',
    views: 287,
    blocks: [
      p(
        'Theo Đài Khí tượng Thủy văn tỉnh, từ đêm 7-1, một đợt không khí lạnh mạnh sẽ ảnh hưởng đến Ninh Bình, nhiệt độ thấp nhất có nơi xuống dưới 10 độ C, trời rét đậm, rét hại kéo dài nhiều ngày. Để chủ động ứng phó, Ủy ban nhân dân thành phố đã ban hành văn bản chỉ đạo các xã, phường, cơ quan, đơn vị triển khai các biện pháp phòng, chống rét.',
      ),
      h2('Các biện pháp cần thực hiện ngay'),
      ul(
        'Che chắn chuồng trại kín gió, bổ sung thức ăn tinh, nước uống ấm cho trâu, bò; không thả rông gia súc trên đồi khi nhiệt độ dưới 12 độ C;',
        'Không gieo cấy, xuống giống khi nhiệt độ trung bình ngày dưới 15 độ C; che phủ mạ, cây giống bằng nilon;',
        'Đối với vườn dứa mới trồng, che phủ gốc bằng rơm rạ, lá khô để giữ ẩm, hạn chế hại rễ;',
        'Các trường mầm non, tiểu học chủ động cho học sinh nghỉ học khi nhiệt độ xuống dưới 10 độ C theo hướng dẫn của ngành giáo dục.',
      ),
      p(
        'Ủy ban nhân dân thành phố giao Phòng Kinh tế và Trạm Khuyến nông hướng dẫn kỹ thuật, theo dõi diễn biến thời tiết, tổng hợp thiệt hại (nếu có) để báo cáo kịp thời. Các xã, phường rà soát người cao tuổi neo đơn, hộ nghèo để hỗ trợ chăn, áo ấm, không để người dân bị đói, rét.',
      ),
      p(
        'Người dân cũng được khuyến cáo không đốt than, củi trong phòng kín để sưởi ấm, đề phòng ngộ độc khí; giữ ấm cho trẻ nhỏ, người cao tuổi và người có bệnh mạn tính khi ra ngoài vào sáng sớm, chiều tối.',
      ),
    ],
  },
  {
    slug: 'to-chuc-tet-nguyen-dan-binh-ngo-2026-vui-tuoi-an-toan-tiet-kiem',
    title: 'Tổ chức Tết Nguyên đán Bính Ngọ 2026 vui tươi, an toàn, tiết kiệm',
    category: 'chi-dao-dieu-hanh',
    publishedAt: '2026-01-22T07:00:00.000Z',
    summary:
      'UBND thành phố yêu cầu bảo đảm mọi gia đình đều có Tết, trực 24/24 giờ trong dịp nghỉ Tết, không tổ chức đi chúc Tết cấp trên và không sử dụng tài sản công trái quy định.',
    byline: 'Văn Tuấn',
    views: 356,
    blocks: [
      p(
        'Ủy ban nhân dân thành phố vừa ban hành kế hoạch tổ chức các hoạt động mừng Đảng, mừng Xuân và đón Tết Nguyên đán Bính Ngọ 2026, yêu cầu các cơ quan, đơn vị, xã, phường tổ chức Tết vui tươi, lành mạnh, an toàn, tiết kiệm, bảo đảm mọi người, mọi nhà đều được đón Tết.',
      ),
      p(
        'Theo đó, các địa phương hoàn thành việc thăm hỏi, tặng quà đối tượng chính sách trước ngày 10/2/2026; bảo đảm cung ứng đủ hàng hóa thiết yếu, bình ổn giá; tăng cường kiểm tra an toàn thực phẩm, phòng, chống buôn lậu, gian lận thương mại. Các cơ quan, đơn vị phân công trực Tết 24/24 giờ, công khai số điện thoại đường dây nóng để tiếp nhận, xử lý kịp thời các tình huống phát sinh.',
      ),
      p(
        'Thành phố tổ chức chương trình nghệ thuật và bắn pháo hoa tầm thấp tại Quảng trường thành phố vào đêm Giao thừa; chợ hoa xuân hoạt động từ ngày 5/2 đến 16/2/2026. Lực lượng công an, quân sự xây dựng phương án bảo vệ an toàn các hoạt động, kiên quyết xử lý các hành vi sử dụng pháo nổ, đua xe trái phép, điều khiển phương tiện khi đã uống rượu bia.',
      ),
      p(
        'Cán bộ, công chức, viên chức không tổ chức đi thăm, chúc Tết cấp trên; không dùng ngân sách, phương tiện, tài sản công trái quy định để đi lễ hội; không tham gia các hoạt động mê tín dị đoan. Sau kỳ nghỉ Tết, các cơ quan, đơn vị bắt tay ngay vào công việc, không để ảnh hưởng đến việc giải quyết thủ tục hành chính cho người dân.',
      ),
    ],
  },
  {
    slug: 'phat-dong-tet-trong-cay-doi-doi-nho-on-bac-ho-xuan-binh-ngo-2026',
    title: 'Phát động Tết trồng cây “Đời đời nhớ ơn Bác Hồ” Xuân Bính Ngọ 2026',
    category: 'chi-dao-dieu-hanh',
    publishedAt: '2026-02-24T02:00:00.000Z',
    summary:
      'Ngay sau kỳ nghỉ Tết, thành phố phát động Tết trồng cây, phấn đấu trồng mới 25.000 cây phân tán và 60 ha rừng sản xuất trong năm 2026.',
    byline: 'Hoàng Long',
    views: 158,
    blocks: [
      p(
        'Sáng 24-2 (tức ngày 8 tháng Giêng), tại khu vực tuyến đường vành đai phía Tây thuộc phường Tây Sơn, Thành ủy, Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc thành phố tổ chức lễ phát động Tết trồng cây “Đời đời nhớ ơn Bác Hồ” Xuân Bính Ngọ 2026.',
      ),
      p(
        'Ngay sau lễ phát động, các đại biểu cùng đoàn viên thanh niên, lực lượng vũ trang và Nhân dân đã trồng hơn 1.200 cây sao đen, lát hoa và bằng lăng dọc tuyến đường. Các xã, phường đồng loạt tổ chức trồng cây tại trường học, nhà văn hóa, khu dân cư và các tuyến đường liên thôn.',
      ),
      p(
        'Năm 2026, thành phố phấn đấu trồng mới 25.000 cây phân tán và 60 ha rừng sản xuất tập trung. Ủy ban nhân dân thành phố yêu cầu các đơn vị không chỉ chú trọng số lượng mà phải chăm sóc, bảo vệ để cây sống và phát triển, lựa chọn giống cây bản địa, cây bóng mát phù hợp với cảnh quan đô thị.',
      ),
    ],
  },
  {
    slug: 'nang-cao-chat-luong-giai-quyet-thu-tuc-hanh-chinh-tai-bo-phan-mot-cua',
    title: 'Nâng cao chất lượng giải quyết thủ tục hành chính tại Bộ phận Một cửa',
    category: 'chi-dao-dieu-hanh',
    publishedAt: '2026-03-19T08:30:00.000Z',
    summary:
      'Quý I/2026, 99,2% hồ sơ thủ tục hành chính tại Bộ phận Một cửa thành phố được giải quyết đúng và trước hạn; UBND thành phố yêu cầu chấm dứt tình trạng yêu cầu người dân bổ sung giấy tờ nhiều lần.',
    byline: 'Văn Tuấn',
    featuredImage: 'mot-cua',
    views: 274,
    blocks: [
      p(
        'Chiều 19-3, Phó Chủ tịch Ủy ban nhân dân thành phố kiểm tra công tác cải cách hành chính tại Bộ phận Một cửa thành phố và Bộ phận Một cửa một số xã, phường. Đoàn đã trò chuyện với người dân đang chờ làm thủ tục để nắm bắt mức độ hài lòng.',
      ),
      fig(
        'mot-cua',
        'Công chức Bộ phận Một cửa thành phố hướng dẫn người dân nộp hồ sơ trực tuyến.',
        'Một nữ công chức ngồi tại quầy tiếp nhận, chỉ màn hình máy tính hướng dẫn một người dân đang cầm giấy tờ.',
      ),
      p(
        'Trong quý I/2026, Bộ phận Một cửa thành phố tiếp nhận hơn 4.100 hồ sơ, trong đó 99,2% được giải quyết đúng và trước hạn; tỷ lệ hồ sơ nộp trực tuyến đạt 71%. Hệ thống lấy số thứ tự, màn hình tra cứu và máy đánh giá mức độ hài lòng hoạt động ổn định; 100% kết quả giải quyết được số hóa và trả về tài khoản của người dân trên Cổng Dịch vụ công quốc gia.',
      ),
      p(
        'Bên cạnh kết quả đạt được, vẫn còn một số hồ sơ lĩnh vực đất đai trễ hạn, việc hướng dẫn người dân bổ sung hồ sơ ở một số nơi chưa đầy đủ ngay từ lần đầu. Phó Chủ tịch Ủy ban nhân dân thành phố yêu cầu công chức một cửa hướng dẫn người dân đầy đủ, một lần bằng văn bản; hồ sơ trễ hạn phải có văn bản xin lỗi và hẹn lại thời gian trả kết quả theo đúng quy định.',
      ),
    ],
  },
  {
    slug: 'chu-tich-ubnd-thanh-pho-tiep-cong-dan-dinh-ky-thang-4-2026',
    title: 'Chủ tịch UBND thành phố tiếp công dân định kỳ tháng 4/2026',
    category: 'chi-dao-dieu-hanh',
    publishedAt: '2026-04-28T03:10:00.000Z',
    summary:
      'Tại buổi tiếp công dân, Chủ tịch UBND thành phố đã trực tiếp bàn và giải quyết 6 vụ việc, chủ yếu liên quan đến đất đai, bồi thường giải phóng mặt bằng và trật tự xây dựng.',
    byline: 'Văn phòng HĐND-UBND',
    views: 203,
    blocks: [
      p(
        'Sáng 28-4, tại Trụ sở tiếp công dân thành phố, Chủ tịch Ủy ban nhân dân thành phố chủ trì buổi tiếp công dân định kỳ tháng 4/2026. Cùng dự có đại diện Thường trực Hội đồng nhân dân, Ủy ban Mặt trận Tổ quốc, Thanh tra thành phố và lãnh đạo các phòng chuyên môn liên quan.',
      ),
      p(
        'Buổi tiếp có 6 lượt công dân đến trình bày, chủ yếu đề nghị xem xét giá bồi thường khi thu hồi đất thực hiện dự án đường gom khu công nghiệp, kiến nghị cấp giấy chứng nhận quyền sử dụng đất cho phần đất vườn liền kề và phản ánh việc xây dựng công trình lấn chiếm hành lang mương thoát nước tại phường Tây Sơn.',
      ),
      p(
        'Sau khi nghe công dân trình bày và ý kiến của các phòng chuyên môn, Chủ tịch Ủy ban nhân dân thành phố đã bàn cụ thể hướng xử lý từng vụ việc. Với vụ việc lấn chiếm hành lang mương, đồng chí giao Ủy ban nhân dân phường Tây Sơn kiểm tra, xử lý dứt điểm trong 15 ngày; với kiến nghị về giá bồi thường, giao Trung tâm Phát triển quỹ đất rà soát lại phương án, đối chiếu với bảng giá đất hiện hành và trả lời công dân bằng văn bản.',
      ),
      p(
        'Chủ tịch Ủy ban nhân dân thành phố yêu cầu các cơ quan được giao nhiệm vụ báo cáo kết quả giải quyết trước buổi tiếp công dân định kỳ tháng 5, không để đơn thư tồn đọng, kéo dài, phát sinh khiếu kiện đông người.',
      ),
    ],
  },
  {
    slug: 'day-manh-chuyen-doi-so-phan-dau-80-ho-so-thu-tuc-hanh-chinh-nop-truc-tuyen',
    title: 'Đẩy mạnh chuyển đổi số, phấn đấu 80% hồ sơ thủ tục hành chính nộp trực tuyến',
    category: 'chi-dao-dieu-hanh',
    publishedAt: '2026-05-28T09:50:00.000Z',
    summary:
      'UBND thành phố đặt mục tiêu đến cuối năm 2026, 80% hồ sơ thủ tục hành chính được nộp trực tuyến, 100% cuộc họp của thành phố được tổ chức không giấy tờ.',
    byline: 'Văn Tuấn',
    views: 241,
    blocks: [
      p(
        'Ngày 28-5, Ban Chỉ đạo chuyển đổi số thành phố họp đánh giá kết quả 5 tháng đầu năm và triển khai nhiệm vụ thời gian tới. Đến nay, 100% văn bản đi, đến của các cơ quan hành chính thành phố được xử lý trên môi trường mạng, trừ văn bản mật; 100% cán bộ, công chức sử dụng chữ ký số cá nhân.',
      ),
      p(
        'Các Tổ công nghệ số cộng đồng tại 9 xã, phường với hơn 600 thành viên đã hỗ trợ người dân kích hoạt tài khoản định danh điện tử mức độ 2, cài đặt ứng dụng thanh toán và sử dụng dịch vụ công trực tuyến. Nhiều chợ dân sinh, trường học, cơ sở y tế đã áp dụng thanh toán không dùng tiền mặt.',
      ),
      p(
        'Tuy vậy, tỷ lệ hồ sơ nộp trực tuyến toàn trình ở một số xã còn thấp; hạ tầng mạng tại một số thôn vùng đồi chưa ổn định. Một bộ phận người dân, nhất là người cao tuổi, vẫn quen với việc nộp hồ sơ giấy.',
      ),
      p(
        'Ủy ban nhân dân thành phố yêu cầu đến cuối năm 2026, 80% hồ sơ thủ tục hành chính được nộp trực tuyến; 100% cuộc họp của Ủy ban nhân dân thành phố tổ chức không giấy tờ; hoàn thành số hóa hồ sơ hộ tịch, đất đai tồn đọng. Các xã, phường bố trí máy tính và công chức hỗ trợ tại Bộ phận Một cửa để hướng dẫn người dân nộp hồ sơ trực tuyến ngay tại chỗ.',
      ),
    ],
  },
  {
    slug: 'phien-hop-thuong-ky-thang-6-giai-phong-mat-bang-va-phong-chong-thien-tai',
    title: 'Phiên họp thường kỳ tháng 6: tập trung giải phóng mặt bằng và phòng, chống thiên tai',
    category: 'chi-dao-dieu-hanh',
    publishedAt: '2026-06-30T02:40:00.000Z',
    summary:
      'Tại phiên họp thường kỳ tháng 6, UBND thành phố cho ý kiến về 7 nội dung, trong đó yêu cầu hoàn thành bàn giao mặt bằng dự án đường gom khu công nghiệp trong tháng 8.',
    byline: 'Văn phòng HĐND-UBND',
    views: 167,
    blocks: [
      p(
        'Sáng 30-6, Ủy ban nhân dân thành phố tổ chức phiên họp thường kỳ tháng 6/2026 để đánh giá tình hình kinh tế – xã hội 6 tháng đầu năm và cho ý kiến về 7 nội dung quan trọng, trong đó có kế hoạch giải phóng mặt bằng các dự án trọng điểm và phương án phòng, chống thiên tai năm 2026.',
      ),
      p(
        'Về giải phóng mặt bằng, dự án đường gom khu công nghiệp còn 19 hộ chưa nhận tiền bồi thường, chủ yếu do chưa thống nhất về diện tích đất ở được công nhận. Ủy ban nhân dân thành phố giao Trung tâm Phát triển quỹ đất phối hợp với phường Tân Bình đối thoại với từng hộ, giải thích rõ căn cứ pháp lý; phấn đấu hoàn thành bàn giao mặt bằng trong tháng 8.',
      ),
      p(
        'Về phòng, chống thiên tai, các xã, phường được yêu cầu rà soát các điểm có nguy cơ sạt lở trên vùng đồi, các khu vực trũng thấp thường xuyên ngập úng; chuẩn bị sẵn sàng lực lượng, phương tiện, vật tư theo phương châm “bốn tại chỗ”. Các hồ chứa nước nhỏ phải có phương án vận hành an toàn trong mùa mưa.',
      ),
      p(
        'Kết luận phiên họp, Chủ tịch Ủy ban nhân dân thành phố đề nghị các phòng, ban, xã, phường xác định 6 tháng cuối năm là giai đoạn “về đích”, tập trung hoàn thành các chỉ tiêu còn thấp như giải ngân đầu tư công, thu tiền sử dụng đất và tỷ lệ hồ sơ trực tuyến toàn trình.',
      ),
    ],
  },
  {
    slug: 'tang-cuong-phong-chay-chua-chay-rung-trong-cao-diem-nang-nong',
    title: 'Tăng cường phòng cháy, chữa cháy rừng trong cao điểm nắng nóng',
    category: 'chi-dao-dieu-hanh',
    publishedAt: '2026-07-20T07:45:00.000Z',
    summary:
      'Cấp dự báo cháy rừng trên địa bàn thành phố đã lên cấp IV (nguy hiểm); UBND thành phố yêu cầu tổ chức trực 24/24 giờ tại các khu rừng trọng điểm ở Yên Sơn, Quang Sơn và Đông Sơn.',
    byline: 'Hoàng Long',
    views: 195,
    blocks: [
      p(
        'Những ngày qua, nắng nóng gay gắt kéo dài, nhiệt độ có lúc vượt 38 độ C, độ ẩm không khí thấp khiến nguy cơ cháy rừng trên địa bàn thành phố ở mức cao. Theo Hạt Kiểm lâm, cấp dự báo cháy rừng tại nhiều khu vực đã lên cấp IV – cấp nguy hiểm.',
      ),
      p(
        'Ủy ban nhân dân thành phố yêu cầu Ủy ban nhân dân các xã Yên Sơn, Quang Sơn, Đông Sơn và các phường có rừng tổ chức trực phòng cháy, chữa cháy rừng 24/24 giờ; cắm biển cảnh báo, tăng cường tuần tra tại các khu rừng keo, rừng thông liền vùng, nơi có nhiều thực bì khô. Nghiêm cấm đốt nương, đốt thực bì, đốt rác ven rừng trong thời gian cao điểm.',
      ),
      p(
        'Các chủ rừng, hộ nhận khoán được yêu cầu phát dọn đường băng cản lửa, chuẩn bị sẵn dụng cụ chữa cháy thô sơ như bàn dập lửa, cuốc, xẻng, bình nước đeo vai. Lực lượng kiểm lâm, công an, quân sự và dân quân sẵn sàng cơ động khi có tình huống xảy ra.',
      ),
      p(
        'Người dân khi phát hiện cháy rừng cần báo ngay cho chính quyền địa phương, Hạt Kiểm lâm hoặc gọi số 114 để được xử lý kịp thời.',
      ),
    ],
  },
  {
    slug: 'cong-dien-khan-chu-dong-ung-pho-bao-va-mua-lon',
    title: 'Công điện khẩn chủ động ứng phó bão và mưa lớn',
    category: 'chi-dao-dieu-hanh',
    publishedAt: '2026-09-17T10:20:00.000Z',
    summary:
      'Chủ tịch UBND thành phố ban hành công điện khẩn, yêu cầu các xã, phường hoàn thành sơ tán dân khỏi vùng nguy cơ sạt lở trước 17 giờ ngày 18/9 và cho học sinh nghỉ học nếu mưa lớn.',
    byline: 'Văn phòng HĐND-UBND',
    views: 2672,
    blocks: [
      p(
        'Theo tin của Trung tâm Dự báo khí tượng thủy văn quốc gia, cơn bão đang hoạt động trên Biển Đông có khả năng đổ bộ vào khu vực Bắc Trung Bộ trong ngày 19/9, gây mưa to đến rất to trên địa bàn tỉnh Ninh Bình với lượng mưa phổ biến từ 150 đến 300 mm, có nơi trên 350 mm.',
      ),
      p(
        'Chiều 17-9, Chủ tịch Ủy ban nhân dân thành phố ký công điện khẩn yêu cầu các cơ quan, đơn vị, xã, phường tập trung triển khai các biện pháp ứng phó, trong đó:',
      ),
      ul(
        'Rà soát, hoàn thành việc sơ tán người dân ra khỏi khu vực có nguy cơ sạt lở đất, ngập sâu trước 17 giờ ngày 18/9;',
        'Chằng chống nhà cửa, cắt tỉa cây xanh đô thị có nguy cơ gãy đổ, kiểm tra các biển quảng cáo tấm lớn;',
        'Vận hành hồ chứa theo đúng quy trình, bố trí lực lượng canh gác tại các ngầm, tràn, tuyệt đối không để người và phương tiện qua lại khi nước chảy xiết;',
        'Phòng Giáo dục và Đào tạo chỉ đạo các trường cho học sinh nghỉ học khi có mưa lớn, bảo đảm an toàn cho học sinh;',
        'Các lực lượng quân sự, công an, dân quân sẵn sàng cơ động cứu hộ, cứu nạn.',
      ),
      p(
        'Ban Chỉ huy phòng thủ dân sự thành phố trực 24/24 giờ, kịp thời báo cáo tình hình về Ủy ban nhân dân thành phố. Người dân theo dõi thông tin thời tiết trên các phương tiện thông tin đại chúng và tuân thủ hướng dẫn của chính quyền địa phương.',
      ),
    ],
  },
  {
    slug: 'siet-chat-quan-ly-dat-dai-trat-tu-xay-dung-do-thi-khu-vuc-doi-ba-mao',
    title: 'Siết chặt quản lý đất đai, trật tự xây dựng đô thị khu vực đồi Ba Mào',
    category: 'chi-dao-dieu-hanh',
    publishedAt: '2026-10-22T01:20:00.000Z',
    summary:
      'Kiểm tra thực địa khu vực đồi Ba Mào, lãnh đạo thành phố yêu cầu xử lý dứt điểm các trường hợp san lấp, xây dựng trái phép và sớm hoàn thành quy hoạch chi tiết khu vực này.',
    byline: 'Văn Tuấn',
    featuredImage: 'doi-ba-mao',
    views: 931,
    blocks: [
      p(
        'Sáng 22-10, Chủ tịch Ủy ban nhân dân thành phố dẫn đầu đoàn công tác kiểm tra thực địa công tác quản lý đất đai, trật tự xây dựng tại khu vực đồi Ba Mào và vùng giáp ranh. Đây là khu vực có vị trí đẹp, gần trung tâm, được định hướng phát triển thành không gian cây xanh, dịch vụ của đô thị Tam Điệp.',
      ),
      fig(
        'doi-ba-mao',
        'Đoàn công tác kiểm tra thực địa khu vực đồi Ba Mào.',
        'Các thành viên đoàn công tác đứng trên sườn đồi cỏ, một cán bộ chỉ tay giải thích về khu đất phía xa có nhà dân và đường đất.',
      ),
      p(
        'Qua kiểm tra, đoàn ghi nhận một số trường hợp tự ý san gạt đất đồi, xây dựng công trình tạm, dựng tường rào trên đất nông nghiệp; việc phát hiện, xử lý vi phạm ở cơ sở chưa kịp thời. Một số hộ dân có nhu cầu chính đáng về xây dựng nhà ở nhưng chưa được hướng dẫn thủ tục vì khu vực đang chờ quy hoạch chi tiết.',
      ),
      p(
        'Chủ tịch Ủy ban nhân dân thành phố yêu cầu Phòng Quản lý đô thị phối hợp với các phường lập hồ sơ, xử lý dứt điểm các trường hợp vi phạm phát sinh, không để hình thành “việc đã rồi”; Chủ tịch Ủy ban nhân dân phường phải chịu trách nhiệm nếu để vi phạm mới phát sinh mà không xử lý. Đồng thời, đơn vị tư vấn được yêu cầu hoàn thành đồ án quy hoạch chi tiết khu vực đồi Ba Mào, tổ chức lấy ý kiến Nhân dân trước khi trình phê duyệt, bảo đảm công khai, minh bạch.',
      ),
    ],
  },
];
