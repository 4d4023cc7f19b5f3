// Demo articles: Chính trị and its child category Công tác dân vận.
import { fig, h2, p, ul } from './blocks.js';
import type { DemoArticle } from './types.js';

export const ARTICLES_CHINH_TRI: DemoArticle[] = [
  {
    slug: 'ky-hop-cuoi-nam-2025-cua-hdnd-thanh-pho-thong-qua-12-nghi-quyet-quan-trong',
    title: 'Kỳ họp cuối năm 2025 của HĐND thành phố thông qua 12 nghị quyết quan trọng',
    category: 'chinh-tri',
    publishedAt: '2025-12-12T10:05:00.000Z',
    summary:
      'Sau hai ngày làm việc, kỳ họp thường lệ cuối năm 2025 của Hội đồng nhân dân thành phố đã bế mạc, thông qua 12 nghị quyết về phát triển kinh tế – xã hội, dự toán ngân sách và đầu tư công năm 2026.',
    byline: 'Kim Dung',
    featuredImage: 'ky-hop-hdnd',
    views: 534,
    blocks: [
      p(
        'Chiều 12-12, Hội đồng nhân dân thành phố Tam Điệp bế mạc kỳ họp thường lệ cuối năm 2025 sau hai ngày làm việc khẩn trương, nghiêm túc. Dự kỳ họp có lãnh đạo Thường trực Thành ủy, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc thành phố, các đại biểu Hội đồng nhân dân thành phố và đại diện cử tri các xã, phường.',
      ),
      p(
        'Theo báo cáo của Ủy ban nhân dân thành phố, năm 2025 có 17 trên 18 chỉ tiêu chủ yếu đạt và vượt kế hoạch. Giá trị sản xuất công nghiệp – xây dựng tăng 9,6% so với năm trước; tổng thu ngân sách trên địa bàn ước vượt 14% dự toán tỉnh giao; tỷ lệ hộ nghèo giảm còn 0,62%. Chỉ tiêu chưa đạt là tỷ lệ giải ngân vốn đầu tư công của một số dự án do vướng mắc trong giải phóng mặt bằng.',
      ),
      fig(
        'ky-hop-hdnd',
        'Các đại biểu biểu quyết thông qua nghị quyết tại kỳ họp.',
        'Các đại biểu Hội đồng nhân dân thành phố giơ thẻ biểu quyết trong hội trường kỳ họp.',
      ),
      p(
        'Tại phiên chất vấn, các đại biểu tập trung vào ba nhóm vấn đề cử tri quan tâm: tiến độ cấp giấy chứng nhận quyền sử dụng đất tại các khu dân cư mới, tình trạng xuống cấp của một số tuyến đường liên phường và việc bảo đảm vệ sinh môi trường tại các chợ dân sinh. Thủ trưởng các phòng chuyên môn đã trả lời, nêu rõ trách nhiệm và hẹn thời gian hoàn thành từng việc.',
      ),
      p(
        'Kỳ họp đã biểu quyết thông qua 12 nghị quyết, trong đó có nghị quyết về nhiệm vụ phát triển kinh tế – xã hội năm 2026 với mục tiêu tăng trưởng giá trị sản xuất từ 10% trở lên, nghị quyết phân bổ dự toán ngân sách địa phương và nghị quyết điều chỉnh kế hoạch đầu tư công trung hạn. Phát biểu bế mạc, Chủ tịch Hội đồng nhân dân thành phố đề nghị Ủy ban nhân dân thành phố sớm cụ thể hóa các nghị quyết thành kế hoạch hành động, phân công rõ người, rõ việc.',
      ),
    ],
  },
  {
    slug: 'ban-chap-hanh-dang-bo-thanh-pho-tong-ket-nam-2025-de-ra-nhiem-vu-nam-2026',
    title: 'Ban Chấp hành Đảng bộ thành phố tổng kết công tác năm 2025, đề ra nhiệm vụ năm 2026',
    category: 'chinh-tri',
    publishedAt: '2025-12-19T09:20:00.000Z',
    summary:
      'Hội nghị Ban Chấp hành Đảng bộ thành phố đánh giá năm 2025 là năm có nhiều chuyển biến trong công tác xây dựng Đảng, đồng thời xác định chủ đề công tác năm 2026 là “Kỷ cương, chuyển đổi số, tăng tốc phát triển”.',
    byline: 'Kim Dung',
    featuredImage: 'hoi-nghi-1',
    views: 468,
    blocks: [
      p(
        'Ngày 19-12, Ban Chấp hành Đảng bộ thành phố tổ chức hội nghị tổng kết công tác xây dựng Đảng, hệ thống chính trị và thực hiện nhiệm vụ phát triển kinh tế – xã hội năm 2025. Đồng chí Bí thư Thành ủy chủ trì hội nghị.',
      ),
      p(
        'Năm qua, công tác chính trị, tư tưởng được triển khai kịp thời; 100% tổ chức cơ sở đảng hoàn thành việc học tập, quán triệt các chỉ thị, nghị quyết của cấp trên. Toàn Đảng bộ kết nạp 127 đảng viên mới, vượt 6% chỉ tiêu; công tác kiểm tra, giám sát được thực hiện theo đúng kế hoạch, tập trung vào những lĩnh vực dễ phát sinh sai phạm như quản lý đất đai, tài chính và đầu tư xây dựng.',
      ),
      p(
        'Hội nghị cũng thẳng thắn chỉ ra những hạn chế: chất lượng sinh hoạt chi bộ ở một số nơi còn mang tính hình thức; việc nắm bắt tâm tư, nguyện vọng của Nhân dân ở một số địa bàn chưa kịp thời; một số dự án chậm tiến độ kéo dài, gây bức xúc trong cử tri.',
      ),
      h2('Chủ đề công tác năm 2026'),
      p(
        'Hội nghị thống nhất chọn chủ đề công tác năm 2026 là “Kỷ cương, chuyển đổi số, tăng tốc phát triển”. Các cấp ủy được yêu cầu tập trung vào ba khâu đột phá: hoàn thiện hạ tầng đô thị và giao thông kết nối; nâng cao giá trị sản phẩm nông nghiệp chủ lực gắn với chương trình OCOP; cải thiện mạnh mẽ môi trường đầu tư, kinh doanh và chất lượng phục vụ người dân, doanh nghiệp.',
      ),
      p(
        'Dịp này, Ban Thường vụ Thành ủy tặng giấy khen cho 9 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ tiêu biểu năm 2025.',
      ),
    ],
  },
  {
    slug: 'ky-niem-80-nam-ngay-tong-tuyen-cu-dau-tien-bau-quoc-hoi-viet-nam',
    title: 'Kỷ niệm 80 năm Ngày Tổng tuyển cử đầu tiên bầu Quốc hội Việt Nam',
    category: 'chinh-tri',
    publishedAt: '2026-01-05T03:30:00.000Z',
    summary:
      'Sáng 5-1, thành phố tổ chức lễ kỷ niệm 80 năm Ngày Tổng tuyển cử đầu tiên (6/1/1946 – 6/1/2026), gắn với tuyên truyền cuộc bầu cử đại biểu Quốc hội và Hội đồng nhân dân các cấp nhiệm kỳ 2026–2031.',
    byline: 'Thu Hà',
    views: 221,
    blocks: [
      p(
        'Sáng 5-1, tại Nhà Văn hóa thành phố, Thành ủy, Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc thành phố long trọng tổ chức lễ kỷ niệm 80 năm Ngày Tổng tuyển cử đầu tiên bầu Quốc hội Việt Nam (6/1/1946 – 6/1/2026).',
      ),
      p(
        'Diễn văn kỷ niệm ôn lại ý nghĩa lịch sử của cuộc Tổng tuyển cử ngày 6/1/1946: lần đầu tiên trong lịch sử dân tộc, mọi công dân từ 18 tuổi trở lên, không phân biệt gái trai, giàu nghèo, tôn giáo, dân tộc, đều được thực hiện quyền bầu cử, ứng cử. Cuộc Tổng tuyển cử diễn ra trong hoàn cảnh đất nước muôn vàn khó khăn, thù trong giặc ngoài, nhưng đã thành công rực rỡ, bầu ra Quốc hội đầu tiên và khẳng định tính hợp hiến, hợp pháp của Nhà nước Việt Nam Dân chủ Cộng hòa.',
      ),
      p(
        'Tám mươi năm qua, Quốc hội và Hội đồng nhân dân các cấp không ngừng được kiện toàn, phát huy vai trò là cơ quan đại biểu của Nhân dân. Tại thành phố Tam Điệp, Hội đồng nhân dân thành phố qua các nhiệm kỳ đã ban hành nhiều nghị quyết sát thực tiễn, nhất là về đầu tư hạ tầng đô thị, phát triển vùng nguyên liệu dứa và xây dựng nông thôn mới.',
      ),
      p(
        'Lễ kỷ niệm cũng là dịp để các cấp, các ngành quán triệt nhiệm vụ chuẩn bị cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026–2031, tổ chức vào Chủ nhật, ngày 15/3/2026. Lãnh đạo thành phố đề nghị làm tốt công tác tuyên truyền để mỗi cử tri hiểu rõ quyền và trách nhiệm của mình, lựa chọn những người thực sự tiêu biểu.',
      ),
    ],
  },
  {
    slug: 'trao-huy-hieu-dang-cho-46-dang-vien-nhan-ky-niem-96-nam-ngay-thanh-lap-dang',
    title: 'Trao Huy hiệu Đảng cho 46 đảng viên nhân kỷ niệm 96 năm Ngày thành lập Đảng',
    category: 'chinh-tri',
    publishedAt: '2026-02-02T04:10:00.000Z',
    summary:
      'Nhân dịp kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam, Thành ủy tổ chức trao Huy hiệu Đảng đợt 3/2 cho 46 đảng viên, trong đó có 2 đảng viên nhận Huy hiệu 75 năm tuổi Đảng.',
    byline: 'Minh Huệ',
    views: 187,
    blocks: [
      p(
        'Sáng 2-2, Thành ủy Tam Điệp tổ chức lễ trao Huy hiệu Đảng đợt 3/2 năm 2026 cho 46 đảng viên thuộc các chi, đảng bộ trực thuộc. Trong số đó có 2 đảng viên nhận Huy hiệu 75 năm tuổi Đảng, 5 đảng viên nhận Huy hiệu 65 năm, 11 đảng viên nhận Huy hiệu 55 năm, 14 đảng viên nhận Huy hiệu 45 năm và 14 đảng viên nhận Huy hiệu 40 năm tuổi Đảng.',
      ),
      p(
        'Thay mặt Ban Thường vụ Thành ủy, đồng chí Bí thư Thành ủy chúc mừng các đảng viên vinh dự được nhận Huy hiệu Đảng. Đồng chí nhấn mạnh, nhiều đồng chí trong số các đảng viên lão thành đã trực tiếp tham gia hai cuộc kháng chiến, góp phần xây dựng nông trường Đồng Giao và quê hương Tam Điệp từ những ngày đầu gian khó; đến nay vẫn gương mẫu, tích cực tham gia sinh hoạt chi bộ và các phong trào ở khu dân cư.',
      ),
      p(
        'Xúc động phát biểu, đại diện các đảng viên bày tỏ niềm tự hào khi được đứng trong hàng ngũ của Đảng và hứa sẽ tiếp tục giữ gìn phẩm chất người đảng viên, làm tốt việc giáo dục con cháu, vận động gia đình và bà con lối xóm chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước.',
      ),
      p(
        'Dịp này, các chi bộ, đảng bộ cơ sở cũng tổ chức trao Huy hiệu tại nhà riêng cho những đảng viên cao tuổi, sức khỏe yếu không thể đến dự buổi lễ.',
      ),
    ],
  },
  {
    slug: 'hiep-thuong-lan-thu-ba-lap-danh-sach-nguoi-ung-cu-dai-bieu-hdnd-thanh-pho',
    title: 'Hiệp thương lần thứ ba lập danh sách người ứng cử đại biểu HĐND thành phố nhiệm kỳ 2026–2031',
    category: 'chinh-tri',
    publishedAt: '2026-02-06T08:45:00.000Z',
    summary:
      'Hội nghị hiệp thương lần thứ ba do Ban Thường trực Ủy ban Mặt trận Tổ quốc thành phố tổ chức đã lập danh sách 51 người đủ tiêu chuẩn ứng cử đại biểu Hội đồng nhân dân thành phố để bầu 31 đại biểu.',
    byline: 'Thu Hà',
    views: 302,
    blocks: [
      p(
        'Chiều 6-2, Ban Thường trực Ủy ban Mặt trận Tổ quốc thành phố tổ chức Hội nghị hiệp thương lần thứ ba nhằm lựa chọn, lập danh sách những người đủ tiêu chuẩn ứng cử đại biểu Hội đồng nhân dân thành phố nhiệm kỳ 2026–2031.',
      ),
      p(
        'Trên cơ sở kết quả lấy ý kiến cử tri nơi cư trú và nơi công tác, xác minh những vụ việc cử tri nêu, hội nghị đã thảo luận dân chủ và thống nhất lập danh sách 51 người đủ tiêu chuẩn ứng cử để bầu 31 đại biểu tại 8 đơn vị bầu cử. Cơ cấu người ứng cử bảo đảm tỷ lệ phụ nữ đạt 41,2%, người ngoài Đảng 9,8%, người dưới 40 tuổi 23,5%.',
      ),
      p(
        'Theo quy định, danh sách này được gửi đến Ủy ban bầu cử thành phố để lập và công bố danh sách chính thức những người ứng cử theo từng đơn vị bầu cử. Các tổ chức phụ trách bầu cử có trách nhiệm niêm yết danh sách tại các khu vực bỏ phiếu để cử tri tìm hiểu trước ngày bầu cử.',
      ),
      p(
        'Chủ tịch Ủy ban Mặt trận Tổ quốc thành phố đề nghị các cơ quan, đơn vị có người ứng cử tiếp tục quan tâm, tạo điều kiện để người ứng cử xây dựng chương trình hành động và tham gia các hội nghị tiếp xúc cử tri đúng quy định.',
      ),
    ],
  },
  {
    slug: 'hoc-tap-quan-triet-nghi-quyet-dai-hoi-dai-bieu-toan-quoc-lan-thu-xiv-cua-dang',
    title: 'Học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
    category: 'chinh-tri',
    publishedAt: '2026-03-05T01:45:00.000Z',
    summary:
      'Gần 600 cán bộ chủ chốt của thành phố và các xã, phường dự hội nghị trực tuyến học tập, quán triệt Nghị quyết Đại hội XIV của Đảng.',
    byline: 'Minh Huệ',
    views: 256,
    blocks: [
      p(
        'Sáng 5-3, Ban Thường vụ Thành ủy tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng cho cán bộ chủ chốt thành phố. Hội nghị được kết nối trực tuyến từ điểm cầu chính tại Nhà Văn hóa thành phố đến 9 điểm cầu xã, phường với gần 600 đại biểu tham dự.',
      ),
      p(
        'Các báo cáo viên đã truyền đạt những nội dung cơ bản của Nghị quyết, trong đó làm rõ các quan điểm chỉ đạo, mục tiêu phát triển đất nước đến năm 2030 và tầm nhìn đến năm 2045; những định hướng lớn về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; tiếp tục xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch, vững mạnh.',
      ),
      p(
        'Kết luận hội nghị, đồng chí Bí thư Thành ủy yêu cầu các cấp ủy xây dựng chương trình hành động thực hiện Nghị quyết sát với điều kiện thực tế của từng địa phương, đơn vị; tránh sao chép máy móc. Việc học tập phải gắn với kiểm điểm trách nhiệm của người đứng đầu và được đưa vào nội dung sinh hoạt chi bộ định kỳ.',
      ),
      p(
        'Sau hội nghị, các chi, đảng bộ cơ sở tổ chức học tập cho đảng viên, hoàn thành trước ngày 30/4/2026. Ban Tuyên giáo Thành ủy được giao tổng hợp bài thu hoạch và báo cáo kết quả với Ban Thường vụ Thành ủy.',
      ),
    ],
  },
  {
    slug: 'cu-tri-thanh-pho-tam-diep-no-nuc-di-bau-cu-dai-bieu-quoc-hoi-va-hdnd-cac-cap',
    title: 'Cử tri thành phố Tam Điệp nô nức đi bầu cử đại biểu Quốc hội và HĐND các cấp',
    category: 'chinh-tri',
    publishedAt: '2026-03-15T04:40:00.000Z',
    summary:
      'Ngay từ sáng sớm Chủ nhật 15-3, cử tri tại 57 khu vực bỏ phiếu trên địa bàn thành phố đã có mặt để thực hiện quyền và nghĩa vụ công dân; đến 11 giờ, tỷ lệ cử tri đi bầu đạt hơn 86%.',
    byline: 'Thu Hà',
    featuredImage: 'bau-cu',
    views: 2840,
    blocks: [
      p(
        'Từ 6 giờ sáng Chủ nhật 15-3, không khí ngày hội non sông đã lan tỏa khắp các khu vực bỏ phiếu của thành phố Tam Điệp. Cờ hoa, khẩu hiệu được treo rực rỡ dọc các tuyến phố; tại nhiều nơi, người cao tuổi, đảng viên lão thành được mời bỏ những lá phiếu đầu tiên.',
      ),
      fig(
        'bau-cu',
        'Cử tri phường Tây Sơn bỏ phiếu bầu đại biểu Quốc hội và Hội đồng nhân dân các cấp.',
        'Một cử tri lớn tuổi bỏ lá phiếu vào hòm phiếu tại khu vực bỏ phiếu, phía sau là các cử tri đang xếp hàng chờ.',
      ),
      p(
        'Toàn thành phố có 57 khu vực bỏ phiếu với gần 52.000 cử tri. Tổ bầu cử các khu vực đã chuẩn bị chu đáo phòng bỏ phiếu, hòm phiếu phụ và danh sách cử tri niêm yết công khai. Ở các khu vực có đông người cao tuổi, tổ bầu cử bố trí ghế ngồi chờ, nước uống và cử thành viên hướng dẫn cách ghi phiếu đúng quy định.',
      ),
      p(
        'Tại khu vực bỏ phiếu số 3 xã Đông Sơn, bà Nguyễn Thị Hoa, 82 tuổi, chia sẻ: “Năm nào đi bầu tôi cũng đi sớm. Mình chọn người có tâm, có tầm thì người ta mới nói được tiếng nói của dân mình.” Cũng tại đây, nhiều thanh niên lần đầu đi bầu cử tỏ ra háo hức, chụp ảnh lưu niệm bên bảng danh sách người ứng cử.',
      ),
      p(
        'Theo Ủy ban bầu cử thành phố, đến 11 giờ cùng ngày, tỷ lệ cử tri đi bầu đạt hơn 86%; cuộc bầu cử diễn ra an toàn, đúng luật. Lực lượng công an, quân sự và dân quân được bố trí bảo vệ 24/24 giờ tại các điểm bầu cử và nơi lưu giữ tài liệu.',
      ),
    ],
  },
  {
    slug: 'ky-hop-thu-nhat-hdnd-thanh-pho-nhiem-ky-2026-2031-kien-toan-chuc-danh-chu-chot',
    title: 'Kỳ họp thứ nhất HĐND thành phố nhiệm kỳ 2026–2031 kiện toàn các chức danh chủ chốt',
    category: 'chinh-tri',
    publishedAt: '2026-04-10T09:30:00.000Z',
    summary:
      'Kỳ họp thứ nhất Hội đồng nhân dân thành phố khóa mới đã bầu Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân và các chức danh lãnh đạo Ủy ban nhân dân thành phố nhiệm kỳ 2026–2031.',
    byline: 'Kim Dung',
    featuredImage: 'ky-hop-hdnd',
    views: 1204,
    blocks: [
      p(
        'Ngày 10-4, Hội đồng nhân dân thành phố Tam Điệp nhiệm kỳ 2026–2031 tiến hành kỳ họp thứ nhất. Sau lễ chào cờ, kỳ họp nghe báo cáo kết quả bầu cử và xác nhận tư cách của 31 đại biểu trúng cử.',
      ),
      p(
        'Bằng hình thức bỏ phiếu kín, các đại biểu đã bầu Chủ tịch, các Phó Chủ tịch Hội đồng nhân dân thành phố; Trưởng, Phó Ban Kinh tế – Xã hội và Ban Pháp chế; bầu Chủ tịch, các Phó Chủ tịch và Ủy viên Ủy ban nhân dân thành phố. Kết quả, các đồng chí được giới thiệu đều trúng cử với tỷ lệ phiếu tín nhiệm cao.',
      ),
      p(
        'Phát biểu nhận nhiệm vụ, tân Chủ tịch Hội đồng nhân dân thành phố cho biết Thường trực Hội đồng nhân dân sẽ đổi mới hoạt động giám sát theo hướng chọn đúng, trúng vấn đề cử tri bức xúc, theo dõi đến cùng việc thực hiện kiến nghị sau giám sát. Chủ tịch Ủy ban nhân dân thành phố cam kết xây dựng nền hành chính phục vụ, đặt sự hài lòng của người dân và doanh nghiệp làm thước đo hiệu quả công việc.',
      ),
      p(
        'Kỳ họp cũng thông qua nghị quyết thành lập các Ban của Hội đồng nhân dân, quy chế làm việc và chương trình giám sát năm 2026.',
      ),
    ],
  },
  {
    slug: 'hoi-nghi-ban-chap-hanh-dang-bo-thanh-pho-so-ket-cong-tac-6-thang-dau-nam-2026',
    title: 'Hội nghị Ban Chấp hành Đảng bộ thành phố sơ kết công tác 6 tháng đầu năm 2026',
    category: 'chinh-tri',
    publishedAt: '2026-07-14T08:15:00.000Z',
    summary:
      'Sáu tháng đầu năm 2026, giá trị sản xuất trên địa bàn thành phố tăng 9,8%, thu ngân sách đạt 61% dự toán; hội nghị yêu cầu tập trung tháo gỡ vướng mắc giải phóng mặt bằng trong quý III.',
    byline: 'Kim Dung',
    views: 319,
    blocks: [
      p(
        'Ngày 14-7, Ban Chấp hành Đảng bộ thành phố tổ chức hội nghị sơ kết công tác xây dựng Đảng và thực hiện nhiệm vụ phát triển kinh tế – xã hội 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026.',
      ),
      p(
        'Trong 6 tháng, giá trị sản xuất trên địa bàn tăng 9,8% so với cùng kỳ; thu ngân sách đạt 61% dự toán; sản lượng dứa thu hoạch chính vụ đạt khá, giá bán ổn định. Công tác tổ chức bầu cử đại biểu Quốc hội và Hội đồng nhân dân các cấp thành công tốt đẹp. Thành phố kết nạp 58 đảng viên mới, kiểm tra 12 tổ chức đảng và 17 đảng viên khi có dấu hiệu vi phạm.',
      ),
      p(
        'Bên cạnh kết quả đạt được, hội nghị chỉ ra một số tồn tại: tiến độ giải phóng mặt bằng dự án đường gom và khu dân cư phía Tây còn chậm; tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình ở một số xã chưa đạt kế hoạch; tình trạng vi phạm trật tự xây dựng vẫn phát sinh ở khu vực giáp ranh.',
      ),
      ul(
        'Tập trung tháo gỡ vướng mắc giải phóng mặt bằng, phấn đấu giải ngân vốn đầu tư công đạt 100% kế hoạch;',
        'Hoàn thành hồ sơ đề nghị công nhận xã Quang Sơn đạt chuẩn nông thôn mới nâng cao;',
        'Nâng tỷ lệ hồ sơ trực tuyến toàn trình, số hóa kết quả giải quyết thủ tục hành chính;',
        'Chuẩn bị tốt các điều kiện cho năm học mới và phòng, chống thiên tai mùa mưa bão.',
      ),
    ],
  },
  {
    slug: 'khai-giang-lop-boi-duong-ly-luan-chinh-tri-cho-dang-vien-moi-nam-2026',
    title: 'Khai giảng lớp bồi dưỡng lý luận chính trị cho đảng viên mới năm 2026',
    category: 'chinh-tri',
    publishedAt: '2026-09-22T02:20:00.000Z',
    summary:
      'Trung tâm Chính trị thành phố khai giảng lớp bồi dưỡng lý luận chính trị cho 72 đảng viên mới thuộc các chi, đảng bộ cơ sở.',
    byline: 'Minh Huệ',
    views: 94,
    blocks: [
      p(
        'Sáng 22-9, Trung tâm Chính trị thành phố khai giảng lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới năm 2026. Tham gia lớp học có 72 học viên, phần lớn là đoàn viên thanh niên, giáo viên, quân nhân và cán bộ trẻ ở các xã, phường vừa được kết nạp vào Đảng.',
      ),
      p(
        'Trong thời gian 10 ngày, học viên được nghiên cứu các chuyên đề về chủ nghĩa Mác – Lênin, tư tưởng Hồ Chí Minh; Cương lĩnh, Điều lệ Đảng; nhiệm vụ của người đảng viên và truyền thống lịch sử của Đảng bộ tỉnh Ninh Bình, Đảng bộ thành phố Tam Điệp.',
      ),
      p(
        'Phát biểu khai giảng, lãnh đạo Ban Tuyên giáo Thành ủy đề nghị học viên chấp hành nghiêm nội quy, chủ động trao đổi, liên hệ thực tiễn nơi công tác, sinh sống; kết thúc khóa học mỗi học viên viết bài thu hoạch gắn với việc đăng ký một việc làm cụ thể để rèn luyện trong thời gian dự bị.',
      ),
    ],
  },
  {
    slug: 'thuong-truc-hdnd-giam-sat-giai-quyet-kien-nghi-cu-tri-tai-phuong-tay-son',
    title: 'Thường trực HĐND thành phố giám sát việc giải quyết kiến nghị cử tri tại phường Tây Sơn',
    category: 'chinh-tri',
    publishedAt: '2026-10-20T07:50:00.000Z',
    summary:
      'Đoàn giám sát đánh giá phường Tây Sơn đã giải quyết dứt điểm 14 trên 17 kiến nghị của cử tri, ba nội dung còn lại liên quan đến đất đai cần sự phối hợp của các phòng chuyên môn thành phố.',
    byline: 'Thu Hà',
    views: 133,
    blocks: [
      p(
        'Chiều 20-10, đoàn giám sát của Thường trực Hội đồng nhân dân thành phố làm việc với Ủy ban nhân dân phường Tây Sơn về kết quả giải quyết kiến nghị của cử tri gửi tới các kỳ họp năm 2025 và kỳ họp thứ nhất năm 2026.',
      ),
      p(
        'Báo cáo với đoàn, lãnh đạo phường cho biết trong kỳ giám sát, phường nhận 17 kiến nghị, chủ yếu về chiếu sáng công cộng, vệ sinh môi trường, sửa chữa rãnh thoát nước và cấp giấy chứng nhận quyền sử dụng đất. Đến nay, phường đã giải quyết dứt điểm 14 kiến nghị; 3 kiến nghị về đất đai có nguồn gốc phức tạp đang được phối hợp với Phòng Tài nguyên và Môi trường xem xét.',
      ),
      p(
        'Qua kiểm tra thực tế tại tổ dân phố 4 và tổ dân phố 7, đoàn ghi nhận các tuyến rãnh thoát nước đã được nạo vét, hệ thống đèn chiếu sáng ngõ xóm hoạt động ổn định. Tuy nhiên, việc trả lời cử tri ở một số nội dung còn chung chung, chưa nêu rõ thời hạn hoàn thành.',
      ),
      p(
        'Đoàn giám sát đề nghị phường công khai kết quả giải quyết tại hội nghị tiếp xúc cử tri gần nhất; với các vụ việc vượt thẩm quyền, cần báo cáo bằng văn bản để Ủy ban nhân dân thành phố chỉ đạo giải quyết dứt điểm trong quý IV.',
      ),
    ],
  },
  {
    slug: 'mo-hinh-dan-van-kheo-van-dong-hien-dat-mo-rong-duong-o-xa-dong-son',
    title: 'Mô hình “Dân vận khéo” vận động hiến đất mở rộng đường ở xã Đông Sơn',
    category: 'cong-tac-dan-van',
    publishedAt: '2026-01-20T02:50:00.000Z',
    summary:
      'Nhờ cách làm dân vận kiên trì, minh bạch, 63 hộ dân ở thôn Đoàn Kết, xã Đông Sơn đã tự nguyện hiến hơn 2.100 m² đất để mở rộng tuyến đường trục thôn.',
    byline: 'Kim Dung',
    views: 612,
    blocks: [
      p(
        'Tuyến đường trục thôn Đoàn Kết, xã Đông Sơn trước đây chỉ rộng chưa đầy 3 mét, hai xe máy tránh nhau đã khó, xe chở dứa vào mùa thu hoạch thường xuyên bị ùn ứ. Năm 2025, khi xã chủ trương mở rộng tuyến đường lên 6,5 mét, bài toán lớn nhất là mặt bằng, bởi hai bên đường là tường rào, cổng ngõ và vườn cây của 63 hộ dân.',
      ),
      p(
        'Thay vì họp dân đại trà, Ban Dân vận Đảng ủy xã phối hợp với chi bộ thôn chia nhỏ thành từng nhóm hộ, đến từng nhà bàn bạc. Phương án thiết kế, bản vẽ mặt cắt tuyến đường và dự toán được niêm yết công khai tại nhà văn hóa thôn. Đảng viên, cán bộ thôn có đất hai bên đường là những người ký hiến đất đầu tiên.',
      ),
      p(
        'Ông Trần Văn Bình, Bí thư chi bộ thôn Đoàn Kết, cho biết: “Có hộ lúc đầu chưa đồng tình vì phải dỡ cả cổng mới xây. Chúng tôi không ép, mà đến nói chuyện năm, sáu lần, đưa bà con đi xem những đoạn đường đã làm xong ở thôn bên cạnh. Khi thấy lợi ích chung, bà con tự nguyện ký.”',
      ),
      p(
        'Kết quả, các hộ đã hiến hơn 2.100 m² đất, tự tháo dỡ tường rào, di chuyển cây cối mà không đòi hỏi bồi thường. Tuyến đường dài 1,4 km được hoàn thành trước Tết Nguyên đán, tổng kinh phí gần 3 tỷ đồng, trong đó Nhân dân đóng góp bằng ngày công và vật liệu tương đương 600 triệu đồng. Mô hình đã được Ban Dân vận Thành ủy đánh giá là điển hình trong phong trào thi đua “Dân vận khéo” năm 2025.',
      ),
    ],
  },
  {
    slug: 'ban-dan-van-thanh-uy-giam-sat-thuc-hien-quy-che-dan-chu-tai-phuong-tan-binh',
    title: 'Ban Dân vận Thành ủy giám sát việc thực hiện quy chế dân chủ ở cơ sở tại phường Tân Bình',
    category: 'cong-tac-dan-van',
    publishedAt: '2026-05-21T07:10:00.000Z',
    summary:
      'Đoàn giám sát đề nghị phường Tân Bình công khai đầy đủ hơn các khoản đóng góp của Nhân dân và đưa nội dung đối thoại định kỳ vào chương trình công tác hằng quý.',
    byline: 'Minh Huệ',
    views: 118,
    blocks: [
      p(
        'Ngày 21-5, Ban Dân vận Thành ủy chủ trì đoàn giám sát chuyên đề việc thực hiện Luật Thực hiện dân chủ ở cơ sở tại phường Tân Bình. Đoàn đã làm việc với Đảng ủy, Ủy ban nhân dân phường và kiểm tra thực tế tại hai tổ dân phố.',
      ),
      p(
        'Qua giám sát, phường Tân Bình đã ban hành đầy đủ quy chế, kế hoạch; niêm yết công khai các thủ tục hành chính, quy hoạch, kế hoạch sử dụng đất và danh sách hộ nghèo, cận nghèo. Các tổ dân phố tổ chức hội nghị để Nhân dân bàn và quyết định trực tiếp việc xây dựng công trình phúc lợi, mức đóng góp quỹ khuyến học và các quỹ tự nguyện.',
      ),
      p(
        'Tuy vậy, đoàn cũng chỉ ra việc công khai thu, chi các khoản Nhân dân đóng góp ở một số tổ dân phố chưa thường xuyên; sổ theo dõi ý kiến phản ánh của người dân ghi chép chưa đầy đủ; hội nghị đối thoại giữa Chủ tịch Ủy ban nhân dân phường với Nhân dân mới tổ chức một lần trong năm.',
      ),
      p(
        'Đoàn đề nghị phường khắc phục ngay những hạn chế, định kỳ hằng quý công khai kết quả thu chi tại nhà văn hóa tổ dân phố và trên nhóm thông tin điện tử của tổ; phát huy vai trò của Ban Thanh tra nhân dân trong giám sát các công trình do Nhân dân đóng góp.',
      ),
    ],
  },
  {
    slug: 'bi-thu-thanh-uy-doi-thoai-voi-nhan-dan-ve-chinh-trang-do-thi',
    title: 'Bí thư Thành ủy đối thoại với Nhân dân về chỉnh trang đô thị và trật tự lòng đường, vỉa hè',
    category: 'cong-tac-dan-van',
    publishedAt: '2026-08-13T09:40:00.000Z',
    summary:
      'Tại buổi đối thoại ở phường Bắc Sơn, người dân nêu 21 ý kiến về chỉnh trang đô thị, bãi đỗ xe, hệ thống thoát nước và việc sắp xếp lại điểm kinh doanh trên vỉa hè.',
    byline: 'Kim Dung',
    views: 744,
    blocks: [
      p(
        'Chiều 13-8, tại nhà văn hóa tổ dân phố 3, phường Bắc Sơn, đồng chí Bí thư Thành ủy chủ trì buổi đối thoại trực tiếp với Nhân dân về công tác chỉnh trang đô thị và lập lại trật tự lòng đường, vỉa hè trên các tuyến phố trung tâm. Hơn 150 người dân, hộ kinh doanh đã tham dự.',
      ),
      p(
        'Các ý kiến tập trung vào việc thiếu điểm đỗ xe khi thành phố cấm đỗ trên một số tuyến phố; đề nghị có lộ trình hợp lý để các hộ kinh doanh thu dọn hàng hóa lấn chiếm vỉa hè; tình trạng ngập cục bộ tại ngã ba chợ Bắc Sơn mỗi khi mưa lớn; chất lượng cây xanh đường phố. Một số hộ kinh doanh lâu năm mong muốn được bố trí ki-ốt tại chợ khi thành phố sắp xếp lại điểm bán hàng tự phát.',
      ),
      p(
        'Lãnh đạo các phòng chuyên môn đã trả lời trực tiếp từng ý kiến. Thành phố sẽ quy hoạch hai bãi đỗ xe tạm tại khu đất trống phía sau Nhà Văn hóa thành phố và khu vực chợ; khởi công cải tạo cống thoát nước ngã ba chợ trong tháng 10; bố trí 24 ki-ốt cho hộ kinh doanh có hoàn cảnh khó khăn.',
      ),
      p(
        'Kết luận buổi đối thoại, đồng chí Bí thư Thành ủy khẳng định chỉnh trang đô thị là để phục vụ chính người dân, vì vậy phải làm từ dân vận, kiên trì thuyết phục, không cứng nhắc. Đồng chí yêu cầu mọi ý kiến của Nhân dân phải được tổng hợp, giao việc và thông báo kết quả giải quyết công khai trên Trang thông tin điện tử thành phố.',
      ),
    ],
  },
  {
    slug: 'ky-niem-96-nam-ngay-truyen-thong-cong-tac-dan-van-cua-dang',
    title: 'Kỷ niệm 96 năm Ngày truyền thống công tác dân vận của Đảng',
    category: 'cong-tac-dan-van',
    publishedAt: '2026-10-14T03:05:00.000Z',
    summary:
      'Thành ủy tổ chức gặp mặt kỷ niệm 96 năm Ngày truyền thống công tác dân vận (15/10/1930 – 15/10/2026), tuyên dương 15 tập thể, cá nhân tiêu biểu trong phong trào “Dân vận khéo”.',
    byline: 'Minh Huệ',
    featuredImage: 'hoi-nghi-2',
    views: 207,
    blocks: [
      p(
        'Sáng 14-10, Ban Thường vụ Thành ủy tổ chức gặp mặt kỷ niệm 96 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930 – 15/10/2026) và 27 năm Ngày Dân vận của cả nước (15/10/1999 – 15/10/2026). Đến dự có các đồng chí nguyên lãnh đạo Ban Dân vận qua các thời kỳ cùng đại diện những người làm công tác dân vận ở cơ sở.',
      ),
      p(
        'Diễn văn kỷ niệm nhắc lại lời dạy của Chủ tịch Hồ Chí Minh trong bài báo “Dân vận” năm 1949: “Dân vận kém thì việc gì cũng kém. Dân vận khéo thì việc gì cũng thành công.” Những năm qua, công tác dân vận của thành phố đã góp phần tạo đồng thuận trong các nhiệm vụ khó như giải phóng mặt bằng, chỉnh trang đô thị, xây dựng nông thôn mới và vận động Nhân dân hiến đất làm đường.',
      ),
      fig(
        'hoi-nghi-2',
        'Ban Thường vụ Thành ủy tuyên dương các tập thể, cá nhân tiêu biểu trong phong trào “Dân vận khéo”.',
        'Đại diện các tập thể và cá nhân tiêu biểu đứng hàng ngang trên sân khấu, cầm giấy khen và hoa.',
      ),
      p(
        'Năm 2026, toàn thành phố đăng ký 31 mô hình “Dân vận khéo” mới trên các lĩnh vực kinh tế, văn hóa – xã hội, quốc phòng – an ninh và xây dựng hệ thống chính trị. Nhiều mô hình có sức lan tỏa như “Tuyến phố văn minh, không rác thải” ở phường Nam Sơn, “Tổ liên kết tiêu thụ dứa an toàn” ở xã Quang Sơn, “Dòng họ không có người vi phạm pháp luật” ở phường Yên Bình.',
      ),
      p(
        'Dịp này, Ban Thường vụ Thành ủy tặng giấy khen cho 6 tập thể và 9 cá nhân có thành tích tiêu biểu trong phong trào thi đua “Dân vận khéo” giai đoạn 2024–2026.',
      ),
    ],
  },
];
