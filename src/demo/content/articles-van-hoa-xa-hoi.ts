// Demo articles: Văn hóa – Xã hội.
import { fig, h2, p, ul } from './blocks.js';
import type { DemoArticle } from './types.js';

export const ARTICLES_VAN_HOA_XA_HOI: DemoArticle[] = [
  {
    slug: 'ban-giao-12-nha-dai-doan-ket-cho-ho-ngheo-ho-co-hoan-canh-kho-khan',
    title: 'Bàn giao 12 nhà Đại đoàn kết cho hộ nghèo, hộ có hoàn cảnh khó khăn',
    category: 'van-hoa-xa-hoi',
    publishedAt: '2025-11-21T03:15:00.000Z',
    summary:
      'Từ nguồn Quỹ “Vì người nghèo” và sự chung tay của doanh nghiệp, 12 hộ nghèo, hộ có hoàn cảnh khó khăn trong thành phố đã có nhà mới kiên cố trước mùa mưa rét.',
    byline: 'Thanh Hương',
    views: 257,
    blocks: [
      p(
        'Ngày 21-11, Ủy ban Mặt trận Tổ quốc thành phố phối hợp với Ủy ban nhân dân các xã, phường tổ chức bàn giao 12 nhà Đại đoàn kết cho các hộ nghèo, hộ có hoàn cảnh đặc biệt khó khăn về nhà ở. Mỗi ngôi nhà có diện tích từ 45 đến 60 m², được xây dựng kiên cố theo tiêu chí “ba cứng”: nền cứng, khung – tường cứng và mái cứng.',
      ),
      p(
        'Tổng kinh phí xây dựng 12 ngôi nhà gần 1,3 tỷ đồng, trong đó Quỹ “Vì người nghèo” thành phố hỗ trợ 60 triệu đồng mỗi nhà; phần còn lại do các doanh nghiệp, nhà hảo tâm, dòng họ đóng góp. Đoàn viên thanh niên, dân quân và hội viên các đoàn thể đã hỗ trợ hàng trăm ngày công vận chuyển vật liệu, san nền.',
      ),
      p(
        'Nhận chìa khóa ngôi nhà mới, bà Bùi Thị Mến ở tổ dân phố 6, phường Nam Sơn, một mình nuôi cháu nhỏ, xúc động nói: “Mùa mưa năm nào mái nhà cũng dột, hai bà cháu phải kê giường tránh nước. Giờ có nhà mới, tôi không còn phải lo mỗi khi trời mưa gió.”',
      ),
      p(
        'Năm 2026, Ủy ban Mặt trận Tổ quốc thành phố tiếp tục vận động nguồn lực để hỗ trợ sửa chữa, xây mới nhà ở cho các hộ còn khó khăn, phấn đấu không để hộ nào trên địa bàn phải sống trong nhà tạm, nhà dột nát.',
      ),
    ],
  },
  {
    slug: 'tham-tang-qua-tet-cho-gia-dinh-chinh-sach-va-ho-ngheo-dip-tet-binh-ngo-2026',
    title: 'Thăm, tặng quà Tết cho gia đình chính sách và hộ nghèo dịp Tết Bính Ngọ 2026',
    category: 'van-hoa-xa-hoi',
    publishedAt: '2026-01-27T08:20:00.000Z',
    summary:
      'Dịp Tết Nguyên đán Bính Ngọ, thành phố trao gần 5.800 suất quà với tổng trị giá hơn 3,2 tỷ đồng cho người có công, hộ nghèo, người cao tuổi và trẻ em có hoàn cảnh khó khăn.',
    byline: 'Thanh Hương',
    views: 334,
    blocks: [
      p(
        'Trong hai ngày 26 và 27-1, các đoàn công tác của Thành ủy, Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc thành phố đã đến thăm, chúc Tết và tặng quà các gia đình chính sách, người có công với cách mạng, hộ nghèo và các đơn vị lực lượng vũ trang đóng quân trên địa bàn.',
      ),
      p(
        'Tại mỗi nơi đến thăm, lãnh đạo thành phố ân cần hỏi thăm sức khỏe, đời sống của các gia đình; bày tỏ lòng biết ơn đối với những hy sinh, cống hiến của các thương binh, thân nhân liệt sĩ và mong các gia đình tiếp tục là tấm gương sáng để con cháu noi theo.',
      ),
      ul(
        'Quà của Chủ tịch nước: 2.146 suất cho người có công và thân nhân;',
        'Quà của tỉnh và thành phố: 1.870 suất cho người có công, hộ nghèo, hộ cận nghèo;',
        'Quà từ nguồn xã hội hóa: gần 1.800 suất cho người cao tuổi cô đơn, trẻ em mồ côi và công nhân có hoàn cảnh khó khăn.',
      ),
      p(
        'Ủy ban nhân dân thành phố yêu cầu các xã, phường hoàn thành việc trao quà trước ngày 10/2/2026, bảo đảm đúng đối tượng, không để sót hộ nào; đồng thời rà soát các hộ có nguy cơ thiếu đói để kịp thời hỗ trợ, bảo đảm mọi người, mọi nhà đều được đón Tết đầm ấm.',
      ),
    ],
  },
  {
    slug: 'khai-hoi-den-quan-chao-xuan-binh-ngo-2026',
    title: 'Khai hội đền Quán Cháo xuân Bính Ngọ 2026',
    category: 'van-hoa-xa-hoi',
    publishedAt: '2026-03-02T04:00:00.000Z',
    summary:
      'Lễ hội đền Quán Cháo xuân Bính Ngọ diễn ra trang nghiêm với nghi lễ rước, dâng hương tưởng nhớ công lao của vua Quang Trung và nghĩa quân Tây Sơn.',
    byline: 'Minh Huệ',
    featuredImage: 'le-hoi',
    views: 1388,
    blocks: [
      p(
        'Sáng 2-3 (tức ngày 14 tháng Giêng năm Bính Ngọ), tại di tích đền Quán Cháo dưới chân đèo Tam Điệp, Ủy ban nhân dân thành phố tổ chức khai hội đền Quán Cháo xuân Bính Ngọ 2026. Hàng nghìn người dân và du khách thập phương đã về dự.',
      ),
      fig(
        'le-hoi',
        'Đoàn rước trong lễ khai hội đền Quán Cháo.',
        'Đoàn rước kiệu với cờ ngũ sắc, người khiêng kiệu mặc áo đỏ đi trên con đường dẫn lên đền giữa hàng cây xanh.',
      ),
      p(
        'Theo truyền tích, nơi đây gắn với sự kiện cuối năm Mậu Thân 1788, nghĩa quân Tây Sơn do Hoàng đế Quang Trung chỉ huy dừng chân ở vùng Tam Điệp trên đường ra Bắc đánh tan quân Thanh. Nhân dân địa phương đã nấu cháo tiếp tế cho nghĩa quân, từ đó địa danh Quán Cháo được lưu truyền và đền được lập để tưởng nhớ công ơn của vua Quang Trung.',
      ),
      p(
        'Phần lễ gồm nghi thức rước, tế lễ và dâng hương trang nghiêm. Phần hội có các trò chơi dân gian như kéo co, đẩy gậy, đánh cờ người; hội thi nấu cháo truyền thống giữa các tổ dân phố và chương trình biểu diễn nghệ thuật tái hiện hình ảnh hành quân thần tốc của nghĩa quân Tây Sơn.',
      ),
      p(
        'Ban tổ chức đã bố trí bãi đỗ xe, khu vệ sinh, niêm yết giá dịch vụ công khai; lực lượng công an, dân quân túc trực bảo đảm an ninh trật tự, an toàn giao thông trên tuyến quốc lộ qua khu vực đèo Tam Điệp. Lễ hội được tổ chức văn minh, tiết kiệm, không có hiện tượng đốt vàng mã tràn lan hay chèo kéo khách.',
      ),
    ],
  },
  {
    slug: 'trung-tam-y-te-kham-sang-loc-benh-khong-lay-nhiem-cho-hon-1-500-nguoi-cao-tuoi',
    title: 'Trung tâm Y tế khám sàng lọc bệnh không lây nhiễm cho hơn 1.500 người cao tuổi',
    category: 'van-hoa-xa-hoi',
    publishedAt: '2026-04-07T07:30:00.000Z',
    summary:
      'Hưởng ứng Ngày Sức khỏe thế giới, Trung tâm Y tế thành phố tổ chức khám, tư vấn và sàng lọc tăng huyết áp, đái tháo đường cho người cao tuổi tại 9 trạm y tế.',
    byline: 'Thu Hà',
    featuredImage: 'y-te',
    views: 289,
    blocks: [
      p(
        'Hưởng ứng Ngày Sức khỏe thế giới 7/4, Trung tâm Y tế thành phố Tam Điệp phối hợp với Hội Người cao tuổi thành phố tổ chức đợt khám sàng lọc bệnh không lây nhiễm cho người từ 60 tuổi trở lên tại trạm y tế 9 xã, phường.',
      ),
      fig(
        'y-te',
        'Nhân viên y tế đo huyết áp cho người cao tuổi tại Trạm Y tế phường Yên Bình.',
        'Một nữ nhân viên y tế mặc áo blouse trắng đang đo huyết áp cho một cụ ông ngồi bên bàn khám.',
      ),
      p(
        'Sau 10 ngày, hơn 1.500 người cao tuổi đã được đo huyết áp, xét nghiệm đường máu mao mạch, đo chỉ số khối cơ thể và tư vấn chế độ dinh dưỡng, vận động. Qua sàng lọc, gần 300 người được phát hiện tăng huyết áp hoặc có nguy cơ đái tháo đường và được hướng dẫn đăng ký quản lý, điều trị ngoại trú ngay tại trạm y tế.',
      ),
      p(
        'Theo Giám đốc Trung tâm Y tế thành phố, việc quản lý bệnh không lây nhiễm tại tuyến cơ sở giúp người bệnh được theo dõi thường xuyên, nhận thuốc bảo hiểm y tế gần nhà, giảm tải cho bệnh viện tuyến trên. Từ năm 2026, thông tin khám, điều trị của người dân được cập nhật vào hồ sơ sức khỏe điện tử, người dân có thể tra cứu trên ứng dụng VNeID.',
      ),
    ],
  },
  {
    slug: 'ngay-sach-va-van-hoa-doc-hon-3-000-ban-sach-tang-thu-vien-truong-hoc',
    title: 'Ngày Sách và Văn hóa đọc: hơn 3.000 bản sách được trao tặng cho thư viện trường học',
    category: 'van-hoa-xa-hoi',
    publishedAt: '2026-04-21T02:00:00.000Z',
    summary:
      'Ngày hội đọc sách năm 2026 thu hút hàng nghìn học sinh tham gia; hơn 3.000 bản sách do các cơ quan, doanh nghiệp quyên góp được trao cho thư viện các trường học.',
    byline: 'Minh Huệ',
    views: 172,
    blocks: [
      p(
        'Sáng 21-4, tại Trung tâm Văn hóa, Thông tin và Thể thao thành phố, Ủy ban nhân dân thành phố tổ chức Ngày hội Sách và Văn hóa đọc năm 2026 với chủ đề “Đọc để vươn xa”. Hàng nghìn học sinh các trường tiểu học, trung học cơ sở trên địa bàn đã tham gia.',
      ),
      p(
        'Ngày hội có các gian trưng bày sách về lịch sử, văn hóa Ninh Bình và Tam Điệp, sách kỹ năng sống, sách thiếu nhi và khu trải nghiệm sách điện tử. Học sinh được giao lưu với tác giả, tham gia thi kể chuyện theo sách, vẽ tranh bìa sách và trò chơi đố vui về các nhân vật văn học.',
      ),
      p(
        'Dịp này, các cơ quan, doanh nghiệp và phụ huynh đã quyên góp hơn 3.000 bản sách, trong đó có nhiều ấn bản mới về khoa học, lịch sử dành cho thiếu nhi. Số sách được phân bổ cho thư viện 12 trường học, ưu tiên các trường ở xã Đông Sơn, Quang Sơn và Yên Sơn.',
      ),
      p(
        'Phòng Văn hóa và Thông tin thành phố cho biết, thư viện thành phố sẽ mở rộng dịch vụ mượn sách lưu động đến các nhà văn hóa tổ dân phố, thôn vào cuối tuần, đồng thời số hóa tài liệu địa chí để bạn đọc có thể tra cứu trực tuyến.',
      ),
    ],
  },
  {
    slug: 'hon-1-200-van-dong-vien-tham-gia-giai-viet-da-thanh-pho-tam-diep-nam-2026',
    title: 'Hơn 1.200 vận động viên tham gia Giải việt dã thành phố Tam Điệp năm 2026',
    category: 'van-hoa-xa-hoi',
    publishedAt: '2026-05-10T03:40:00.000Z',
    summary:
      'Giải việt dã năm 2026 với các cự ly 3 km, 5 km và 10 km chạy qua những con đường ven đồi dứa Đồng Giao, thu hút vận động viên từ 9 xã, phường và các đơn vị lực lượng vũ trang.',
    byline: 'Hoàng Long',
    views: 425,
    blocks: [
      p(
        'Sáng Chủ nhật 10-5, Giải việt dã thành phố Tam Điệp năm 2026 đã diễn ra sôi nổi với sự tham gia của hơn 1.200 vận động viên là học sinh, công chức, viên chức, công nhân và cán bộ, chiến sĩ các đơn vị lực lượng vũ trang đóng quân trên địa bàn.',
      ),
      p(
        'Năm nay, ban tổ chức thiết kế cung đường mới xuất phát từ Quảng trường thành phố, chạy qua các tuyến đường ven đồi dứa Đồng Giao và trở về đích. Các vận động viên thi đấu ở ba cự ly 3 km, 5 km và 10 km, chia theo nhóm tuổi nam, nữ.',
      ),
      p(
        'Kết quả, đoàn phường Bắc Sơn giành giải nhất toàn đoàn, đoàn xã Yên Sơn và đoàn phường Tây Sơn lần lượt giành giải nhì, ba. Ban tổ chức đã trao 42 huy chương cho các vận động viên đạt thành tích cao ở các nội dung.',
      ),
      p(
        'Giải việt dã là hoạt động hưởng ứng cuộc vận động “Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại”, đồng thời là dịp lựa chọn vận động viên tham dự Giải việt dã tỉnh Ninh Bình cuối năm.',
      ),
    ],
  },
  {
    slug: 'hon-1-100-thi-sinh-buoc-vao-ky-thi-tuyen-sinh-lop-10-tai-diem-thi-tam-diep',
    title: 'Hơn 1.100 thí sinh bước vào kỳ thi tuyển sinh lớp 10 tại điểm thi Tam Điệp',
    category: 'van-hoa-xa-hoi',
    publishedAt: '2026-06-11T10:10:00.000Z',
    summary:
      'Buổi thi đầu tiên môn Ngữ văn tại các điểm thi trên địa bàn thành phố diễn ra nghiêm túc, an toàn; không có thí sinh vi phạm quy chế.',
    byline: 'Thu Hà',
    views: 1072,
    blocks: [
      p(
        'Sáng 11-6, hơn 1.100 thí sinh của thành phố Tam Điệp bước vào kỳ thi tuyển sinh vào lớp 10 trung học phổ thông năm học 2026–2027 với bài thi môn Ngữ văn. Các điểm thi đặt tại hai trường trung học phổ thông trên địa bàn.',
      ),
      p(
        'Từ 6 giờ 30, phụ huynh đã đưa con đến điểm thi. Đoàn viên thanh niên trong đội tình nguyện “Tiếp sức mùa thi” có mặt hướng dẫn thí sinh tìm phòng thi, giữ đồ giúp phụ huynh, phát nước uống miễn phí. Lực lượng công an bố trí phân luồng giao thông tại cổng trường, không để xảy ra ùn tắc.',
      ),
      p(
        'Theo ban chỉ đạo thi, buổi thi đầu tiên diễn ra nghiêm túc, đúng quy chế; không có thí sinh vi phạm. Một số thí sinh cho biết đề Ngữ văn năm nay có phần đọc hiểu gần gũi, yêu cầu liên hệ thực tế về ý thức bảo vệ môi trường của học sinh.',
      ),
      p(
        'Kỳ thi tiếp tục với các môn Toán và Tiếng Anh trong ngày 12-6. Kết quả thi dự kiến được công bố trên cổng thông tin của Sở Giáo dục và Đào tạo tỉnh vào cuối tháng 6.',
      ),
    ],
  },
  {
    slug: 'tri-an-thuong-binh-liet-si-nhan-ky-niem-79-nam-ngay-thuong-binh-liet-si',
    title: 'Thành phố tri ân thương binh, liệt sĩ nhân kỷ niệm 79 năm Ngày Thương binh – Liệt sĩ',
    category: 'van-hoa-xa-hoi',
    publishedAt: '2026-07-24T01:30:00.000Z',
    summary:
      'Nhân kỷ niệm 79 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2026), thành phố tổ chức dâng hương tại Nghĩa trang liệt sĩ, thăm hỏi và tặng gần 2.200 suất quà cho người có công.',
    byline: 'Thanh Hương',
    views: 246,
    blocks: [
      p(
        'Sáng 24-7, đoàn đại biểu lãnh đạo thành phố đã dâng hương, dâng hoa tưởng niệm các anh hùng liệt sĩ tại Nghĩa trang liệt sĩ thành phố nhân kỷ niệm 79 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2026). Trong không khí trang nghiêm, các đại biểu đã thành kính tưởng nhớ những người con ưu tú đã hy sinh vì độc lập, tự do của Tổ quốc.',
      ),
      p(
        'Trong tháng 7, các đoàn công tác của thành phố đã thăm, tặng quà các gia đình thương binh, bệnh binh, thân nhân liệt sĩ và người hoạt động kháng chiến bị nhiễm chất độc hóa học. Tổng số gần 2.200 suất quà của Chủ tịch nước, của tỉnh và thành phố đã được trao tận tay người có công.',
      ),
      p(
        'Đoàn viên thanh niên các xã, phường ra quân chăm sóc, dọn vệ sinh phần mộ liệt sĩ, tổ chức thắp nến tri ân vào tối 26-7. Hội Cựu chiến binh, Hội Phụ nữ thành phố nhận phụng dưỡng 8 Mẹ Việt Nam Anh hùng và giúp đỡ các gia đình chính sách neo đơn.',
      ),
      p(
        'Thành phố hiện đang quản lý, chi trả trợ cấp thường xuyên cho hơn 1.300 người có công. 100% gia đình chính sách có mức sống bằng hoặc cao hơn mức sống trung bình của dân cư nơi cư trú.',
      ),
    ],
  },
  {
    slug: 'chu-dong-phong-chong-dich-sot-xuat-huyet-trong-mua-mua',
    title: 'Chủ động phòng, chống dịch sốt xuất huyết trong mùa mưa',
    category: 'van-hoa-xa-hoi',
    publishedAt: '2026-08-25T08:50:00.000Z',
    summary:
      'Thành phố ghi nhận 14 ca mắc sốt xuất huyết từ đầu năm; ngành y tế đề nghị người dân diệt bọ gậy, loăng quăng, ngủ màn và đến cơ sở y tế ngay khi có dấu hiệu sốt cao.',
    byline: 'Thu Hà',
    views: 198,
    blocks: [
      p(
        'Theo Trung tâm Y tế thành phố, từ đầu năm 2026 đến nay, thành phố ghi nhận 14 ca mắc sốt xuất huyết, trong đó phần lớn là ca bệnh trở về từ các địa phương khác. Chưa ghi nhận ổ dịch tại cộng đồng, nhưng thời tiết mưa nắng xen kẽ đang tạo điều kiện thuận lợi cho muỗi truyền bệnh phát triển.',
      ),
      h2('Khuyến cáo của ngành y tế'),
      ul(
        'Đậy kín các dụng cụ chứa nước; thay nước bình hoa, lọ cắm hoa ít nhất một lần mỗi tuần;',
        'Thu gom, loại bỏ vật dụng phế thải có thể đọng nước quanh nhà như lốp xe, chai lọ, vỏ dừa;',
        'Ngủ màn kể cả ban ngày, mặc quần áo dài tay, dùng kem xua muỗi;',
        'Khi có dấu hiệu sốt cao đột ngột, đau đầu, đau mỏi người, cần đến ngay cơ sở y tế để được khám và điều trị; không tự ý dùng thuốc hạ sốt có thành phần aspirin.',
      ),
      p(
        'Trung tâm Y tế đã phối hợp với các xã, phường tổ chức chiến dịch diệt bọ gậy, loăng quăng tại các khu dân cư, trường học và khu nhà trọ công nhân. Các trạm y tế được yêu cầu giám sát chặt chẽ ca bệnh, xử lý ổ dịch trong vòng 48 giờ khi có ca bệnh đầu tiên.',
      ),
      p(
        'Trong tháng 9, các tổ dân phố, thôn sẽ tổ chức ngày tổng vệ sinh vào sáng Chủ nhật hằng tuần. Ủy ban nhân dân các xã, phường được giao kiểm tra, nhắc nhở các công trình xây dựng, bãi phế liệu để nước đọng, nơi có nguy cơ cao phát sinh muỗi truyền bệnh.',
      ),
    ],
  },
  {
    slug: 'gan-15-000-hoc-sinh-tam-diep-han-hoan-du-le-khai-giang-nam-hoc-2026-2027',
    title: 'Gần 15.000 học sinh Tam Điệp hân hoan dự lễ khai giảng năm học 2026–2027',
    category: 'van-hoa-xa-hoi',
    publishedAt: '2026-09-05T02:20:00.000Z',
    summary:
      'Sáng 5-9, 32 trường học trên địa bàn thành phố đồng loạt tổ chức lễ khai giảng năm học mới trong không khí vui tươi; hai trường mới được công nhận đạt chuẩn quốc gia mức độ 2.',
    byline: 'Minh Huệ',
    featuredImage: 'truong-hoc',
    views: 1265,
    blocks: [
      p(
        'Sáng 5-9, gần 15.000 học sinh từ mầm non đến trung học phổ thông của thành phố Tam Điệp cùng với học sinh cả nước hân hoan dự lễ khai giảng năm học 2026–2027. Lễ khai giảng được tổ chức ngắn gọn, trang trọng, dành nhiều thời gian cho các hoạt động văn nghệ, trải nghiệm của học sinh.',
      ),
      fig(
        'truong-hoc',
        'Học sinh Trường Tiểu học Yên Bình trong lễ khai giảng năm học mới.',
        'Các em học sinh tiểu học mặc đồng phục trắng, đeo khăn quàng đỏ, vẫy cờ nhỏ trên sân trường.',
      ),
      p(
        'Năm học này, thành phố có 32 trường học với hơn 500 lớp. Trước ngày khai giảng, ngành giáo dục đã hoàn thành việc sửa chữa phòng học, bổ sung bàn ghế, thiết bị dạy học; hai trường mầm non và tiểu học được công nhận đạt chuẩn quốc gia mức độ 2. Đội ngũ giáo viên cơ bản đủ về số lượng, 100% đạt chuẩn trình độ đào tạo.',
      ),
      p(
        'Dự lễ khai giảng tại các trường, lãnh đạo thành phố đề nghị ngành giáo dục tiếp tục thực hiện hiệu quả chương trình giáo dục phổ thông, đẩy mạnh chuyển đổi số trong dạy và học, chú trọng giáo dục kỹ năng sống, an toàn giao thông và phòng, chống đuối nước cho học sinh.',
      ),
    ],
  },
  {
    slug: 'vui-tet-trung-thu-cung-thieu-nhi-co-hoan-canh-kho-khan',
    title: 'Vui Tết Trung thu cùng thiếu nhi có hoàn cảnh khó khăn',
    category: 'van-hoa-xa-hoi',
    publishedAt: '2026-09-24T09:20:00.000Z',
    summary:
      'Thành đoàn phối hợp với các doanh nghiệp tổ chức chương trình “Trung thu cho em”, trao 600 suất quà cho thiếu nhi có hoàn cảnh khó khăn, con công nhân trong khu công nghiệp.',
    byline: 'Hoàng Long',
    views: 143,
    blocks: [
      p(
        'Chiều 24-9, tại sân Nhà Văn hóa thành phố, Thành đoàn Tam Điệp phối hợp với Hội đồng Đội thành phố và một số doanh nghiệp tổ chức chương trình “Trung thu cho em” năm 2026. Gần 800 thiếu nhi cùng phụ huynh đã tham gia.',
      ),
      p(
        'Các em được xem biểu diễn múa lân, văn nghệ, tham gia thi làm đèn ông sao, bày mâm cỗ Trung thu và các trò chơi dân gian như ô ăn quan, nhảy bao bố, bịt mắt bắt dê. Đội thiếu niên các trường đã rước đèn quanh các tuyến phố trung tâm trong tiếng trống rộn ràng.',
      ),
      p(
        'Dịp này, ban tổ chức trao 600 suất quà gồm bánh Trung thu, đồ dùng học tập và sữa cho thiếu nhi có hoàn cảnh khó khăn, trẻ em mồ côi và con công nhân đang làm việc tại Khu công nghiệp Tam Điệp. Tổng trị giá các suất quà khoảng 180 triệu đồng.',
      ),
    ],
  },
  {
    slug: 'van-dong-tham-gia-bao-hiem-xa-hoi-tu-nguyen-va-bao-hiem-y-te-ho-gia-dinh',
    title: 'Vận động người dân tham gia bảo hiểm xã hội tự nguyện và bảo hiểm y tế hộ gia đình',
    category: 'van-hoa-xa-hoi',
    publishedAt: '2026-10-27T03:05:00.000Z',
    summary:
      'Tỷ lệ bao phủ bảo hiểm y tế của thành phố đạt 93,6% dân số; các xã, phường được giao chỉ tiêu phát triển thêm 420 người tham gia bảo hiểm xã hội tự nguyện đến cuối năm.',
    byline: 'Thanh Hương',
    views: 121,
    blocks: [
      p(
        'Chiều 27-10, Bảo hiểm xã hội cơ sở phối hợp với Ủy ban nhân dân phường Yên Bình tổ chức hội nghị tuyên truyền, vận động người dân tham gia bảo hiểm xã hội tự nguyện và bảo hiểm y tế hộ gia đình. Hơn 200 người dân, chủ yếu là lao động tự do, tiểu thương và nông dân đã tham dự.',
      ),
      p(
        'Tại hội nghị, cán bộ bảo hiểm xã hội giới thiệu những điểm mới của Luật Bảo hiểm xã hội năm 2024, trong đó có việc giảm số năm đóng tối thiểu để hưởng lương hưu xuống 15 năm, bổ sung chế độ thai sản cho người tham gia bảo hiểm xã hội tự nguyện và mức hỗ trợ tiền đóng của Nhà nước cho hộ nghèo, hộ cận nghèo.',
      ),
      p(
        'Nhiều người dân đã trực tiếp đăng ký tham gia ngay tại hội nghị. Chị Vũ Thị Loan, tiểu thương chợ Yên Bình, chia sẻ: “Trước đây tôi nghĩ bảo hiểm tự nguyện chỉ dành cho người có thu nhập cao. Nghe cán bộ giải thích, tôi thấy mỗi tháng đóng một khoản vừa sức, về già có lương hưu, có thẻ bảo hiểm y tế, yên tâm hơn nhiều.”',
      ),
      p(
        'Đến nay, tỷ lệ người dân thành phố tham gia bảo hiểm y tế đạt 93,6%. Ủy ban nhân dân thành phố giao các xã, phường phát triển thêm 420 người tham gia bảo hiểm xã hội tự nguyện trong những tháng cuối năm 2026.',
      ),
    ],
  },
  {
    slug: 'gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam',
    title: 'Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam',
    category: 'van-hoa-xa-hoi',
    publishedAt: '2026-11-18T08:30:00.000Z',
    summary:
      'Thành phố gặp mặt, tuyên dương 58 nhà giáo tiêu biểu nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026).',
    byline: 'Minh Huệ',
    views: 92,
    blocks: [
      p(
        'Chiều 18-11, Thành ủy, Hội đồng nhân dân, Ủy ban nhân dân thành phố tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026). Tham dự có đại diện các thế hệ nhà giáo, cán bộ quản lý giáo dục và giáo viên tiêu biểu của các trường trên địa bàn.',
      ),
      p(
        'Năm học 2025–2026, ngành giáo dục thành phố có 7 học sinh đạt giải trong kỳ thi học sinh giỏi cấp tỉnh, tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt 99,5%. Nhiều giáo viên đã chủ động ứng dụng công nghệ thông tin, xây dựng học liệu số, đổi mới phương pháp dạy học theo hướng phát triển phẩm chất, năng lực người học.',
      ),
      p(
        'Phát biểu tại buổi gặp mặt, lãnh đạo thành phố ghi nhận những đóng góp thầm lặng của đội ngũ nhà giáo, nhất là giáo viên công tác ở những trường còn nhiều khó khăn về cơ sở vật chất. Thành phố sẽ tiếp tục ưu tiên nguồn lực cho giáo dục, từng bước giảm sĩ số học sinh/lớp ở các trường nội thành.',
      ),
      p(
        'Dịp này, Ủy ban nhân dân thành phố tặng giấy khen cho 58 nhà giáo có thành tích xuất sắc trong năm học 2025–2026.',
      ),
    ],
  },
];
