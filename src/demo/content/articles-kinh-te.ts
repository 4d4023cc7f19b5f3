// Demo articles: Kinh tế.
import { fig, h2, p, ul } from './blocks.js';
import type { DemoArticle } from './types.js';

export const ARTICLES_KINH_TE: DemoArticle[] = [
  {
    slug: 'doanh-nghiep-trong-khu-cong-nghiep-tam-diep-tang-ca-hoan-thanh-don-hang-cuoi-nam',
    title: 'Doanh nghiệp trong Khu công nghiệp Tam Điệp tăng ca hoàn thành đơn hàng cuối năm',
    category: 'kinh-te',
    publishedAt: '2025-11-27T02:10:00.000Z',
    summary:
      'Những tháng cuối năm, nhiều doanh nghiệp may mặc, da giày trong Khu công nghiệp Tam Điệp đã kín đơn hàng đến quý I/2026, tuyển thêm hàng trăm lao động.',
    byline: 'Văn Tuấn',
    featuredImage: 'khu-cong-nghiep',
    views: 386,
    blocks: [
      p(
        'Những ngày cuối tháng 11, không khí sản xuất tại các nhà máy trong Khu công nghiệp Tam Điệp diễn ra khẩn trương. Nhiều dây chuyền may mặc, da giày làm việc hai ca, tăng ca vào thứ Bảy để kịp giao hàng cho các đối tác châu Âu và Bắc Mỹ trước dịp Giáng sinh và năm mới.',
      ),
      p(
        'Đại diện một doanh nghiệp sản xuất giày xuất khẩu cho biết, năm nay đơn hàng phục hồi rõ rệt so với cùng kỳ, doanh nghiệp đã ký hợp đồng đến hết quý I/2026. Để đáp ứng tiến độ, công ty tuyển thêm 350 công nhân, ưu tiên lao động địa phương ở các phường Tây Sơn, Nam Sơn và xã Yên Sơn, giúp người lao động làm việc gần nhà.',
      ),
      fig(
        'khu-cong-nghiep',
        'Công nhân làm việc trên dây chuyền may tại Khu công nghiệp Tam Điệp.',
        'Hàng công nhân mặc đồng phục ngồi bên các máy may trong một nhà xưởng rộng, sáng đèn.',
      ),
      p(
        'Theo Ban Quản lý các khu công nghiệp tỉnh, 10 tháng năm 2025, các doanh nghiệp trong khu công nghiệp đạt giá trị xuất khẩu tăng khoảng 12% so với cùng kỳ, thu nhập bình quân của người lao động đạt gần 8,5 triệu đồng/tháng. Công đoàn các doanh nghiệp đã thỏa thuận với người sử dụng lao động để bảo đảm thời giờ làm thêm không vượt quá quy định và bố trí bữa ăn ca bổ sung cho công nhân tăng ca.',
      ),
      p(
        'Ủy ban nhân dân thành phố đề nghị các doanh nghiệp quan tâm chăm lo Tết cho người lao động, thanh toán lương, thưởng đúng hạn; đồng thời phối hợp với công an các phường bảo đảm an ninh trật tự tại khu vực nhà trọ công nhân.',
      ),
    ],
  },
  {
    slug: 'thu-ngan-sach-nam-2025-tren-dia-ban-thanh-pho-vuot-14-du-toan',
    title: 'Thu ngân sách năm 2025 trên địa bàn thành phố vượt 14% dự toán',
    category: 'kinh-te',
    publishedAt: '2026-01-08T08:30:00.000Z',
    summary:
      'Tổng thu ngân sách nhà nước trên địa bàn năm 2025 vượt 14% dự toán tỉnh giao, trong đó thu từ khu vực doanh nghiệp ngoài quốc doanh và thu tiền sử dụng đất đều tăng.',
    byline: 'Văn Tuấn',
    views: 241,
    blocks: [
      p(
        'Theo báo cáo của Phòng Tài chính – Kế hoạch, tổng thu ngân sách nhà nước trên địa bàn thành phố năm 2025 vượt 14% dự toán tỉnh giao và tăng 8% so với năm 2024. Đây là năm thứ ba liên tiếp thành phố hoàn thành vượt dự toán thu ngân sách.',
      ),
      p(
        'Các khoản thu tăng khá gồm thu từ khu vực doanh nghiệp ngoài quốc doanh, thu lệ phí trước bạ và thu tiền sử dụng đất từ các khu dân cư mới được đấu giá. Thuế Ninh Bình đã phối hợp với các xã, phường rà soát, đưa vào quản lý gần 200 hộ kinh doanh mới, đồng thời triển khai hóa đơn điện tử khởi tạo từ máy tính tiền đối với các hộ kinh doanh có doanh thu lớn.',
      ),
      p(
        'Về chi ngân sách, thành phố ưu tiên bố trí vốn cho các công trình giao thông kết nối, trường học và chương trình xây dựng nông thôn mới; bảo đảm đầy đủ, kịp thời các khoản chi an sinh xã hội. Các khoản chi thường xuyên được thực hiện tiết kiệm, cắt giảm hội nghị, khánh tiết.',
      ),
      p(
        'Năm 2026, thành phố phấn đấu tổng thu ngân sách tăng tối thiểu 8% so với dự toán. Ủy ban nhân dân thành phố yêu cầu các xã, phường tăng cường chống thất thu, xử lý nợ đọng thuế và đẩy nhanh tiến độ đấu giá quyền sử dụng đất tại các dự án đủ điều kiện.',
      ),
    ],
  },
  {
    slug: 'thi-truong-hang-hoa-tet-binh-ngo-doi-dao-gia-ca-on-dinh',
    title: 'Thị trường hàng hóa Tết Bính Ngọ dồi dào, giá cả ổn định',
    category: 'kinh-te',
    publishedAt: '2026-02-10T03:20:00.000Z',
    summary:
      'Khảo sát tại chợ Tam Điệp và các siêu thị cho thấy hàng hóa phục vụ Tết phong phú, giá thực phẩm tươi sống tăng nhẹ 5–10%, các mặt hàng thiết yếu giữ ổn định.',
    byline: 'Thanh Hương',
    views: 478,
    blocks: [
      p(
        'Chỉ còn một tuần nữa là đến Tết Nguyên đán Bính Ngọ, sức mua tại chợ Tam Điệp, chợ Bắc Sơn và các siêu thị trên địa bàn tăng mạnh. Các quầy bánh kẹo, đồ khô, nước giải khát được bày bán đầy ắp; nhiều cửa hàng kéo dài giờ mở cửa đến 22 giờ để phục vụ khách.',
      ),
      p(
        'Theo ghi nhận, giá thịt lợn, thịt bò, gà ta tăng từ 5 đến 10% so với tháng trước; giá gạo, đường, dầu ăn, sữa giữ ổn định. Chợ hoa xuân rực rỡ sắc đào phai Tam Điệp do chính các nhà vườn ở phường Bắc Sơn, Trung Sơn, Tây Sơn trồng, bên cạnh quất cảnh, lan hồ điệp và những chậu dứa cảnh của nông dân Đồng Giao, bán với giá từ 150.000 đến 400.000 đồng/chậu.',
      ),
      p(
        'Các siêu thị đã tham gia chương trình bình ổn thị trường, dự trữ lượng hàng tăng 20–30% so với ngày thường, cam kết không tăng giá trong dịp Tết. Nhiều đơn vị giao hàng miễn phí trong nội thành và chấp nhận thanh toán qua mã QR.',
      ),
      p(
        'Đội Quản lý thị trường số 4 phối hợp với Phòng Kinh tế thành phố tăng cường kiểm tra, kịp thời phát hiện và xử lý các trường hợp kinh doanh hàng giả, hàng không rõ nguồn gốc, không niêm yết giá. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng của Ủy ban nhân dân thành phố.',
      ),
    ],
  },
  {
    slug: 'khu-cong-nghiep-tam-diep-thu-hut-them-hai-du-an-san-xuat-linh-kien-dien-tu',
    title: 'Khu công nghiệp Tam Điệp thu hút thêm hai dự án sản xuất linh kiện điện tử',
    category: 'kinh-te',
    publishedAt: '2026-03-24T07:00:00.000Z',
    summary:
      'Hai dự án sản xuất linh kiện điện tử với tổng vốn đăng ký hơn 70 triệu USD được cấp giấy chứng nhận đăng ký đầu tư, dự kiến tạo việc làm cho khoảng 2.500 lao động.',
    byline: 'Văn Tuấn',
    views: 652,
    blocks: [
      p(
        'Ngày 24-3, tại Trung tâm Hội nghị tỉnh, hai nhà đầu tư đã nhận giấy chứng nhận đăng ký đầu tư cho các dự án sản xuất linh kiện điện tử và dây cáp tín hiệu tại Khu công nghiệp Tam Điệp. Tổng vốn đăng ký của hai dự án đạt hơn 70 triệu USD.',
      ),
      p(
        'Theo kế hoạch, các nhà máy sẽ khởi công trong quý II và đi vào hoạt động từ cuối năm 2027, tạo việc làm cho khoảng 2.500 lao động. Các dự án áp dụng dây chuyền tự động hóa, sử dụng điện mặt trời áp mái và hệ thống xử lý nước thải tuần hoàn, phù hợp định hướng thu hút đầu tư công nghệ cao, thân thiện môi trường của tỉnh.',
      ),
      h2('Chuẩn bị nguồn nhân lực'),
      p(
        'Để đón làn sóng đầu tư mới, thành phố đã làm việc với các trường cao đẳng, trung tâm giáo dục nghề nghiệp trên địa bàn xây dựng chương trình đào tạo theo đơn đặt hàng của doanh nghiệp, tập trung vào các nghề điện tử, cơ điện và vận hành máy tự động. Trung tâm Dịch vụ việc làm tỉnh sẽ tổ chức phiên giao dịch việc làm lưu động tại Tam Điệp ngay trong quý III.',
      ),
      p(
        'Lãnh đạo Ủy ban nhân dân thành phố cam kết đồng hành cùng nhà đầu tư trong các thủ tục về đất đai, xây dựng, phòng cháy, chữa cháy; đồng thời đẩy nhanh hoàn thiện tuyến đường gom và hệ thống cấp nước cho khu công nghiệp.',
      ),
    ],
  },
  {
    slug: 'lanh-dao-thanh-pho-doi-thoai-thao-go-kho-khan-cho-doanh-nghiep-nam-2026',
    title: 'Lãnh đạo thành phố đối thoại, tháo gỡ khó khăn cho doanh nghiệp năm 2026',
    category: 'kinh-te',
    publishedAt: '2026-04-16T09:10:00.000Z',
    summary:
      'Tại hội nghị đối thoại, 36 doanh nghiệp, hợp tác xã nêu 19 kiến nghị về đất đai, thủ tục xây dựng, hạ tầng và tuyển dụng lao động; phần lớn được trả lời ngay tại hội nghị.',
    byline: 'Văn Tuấn',
    views: 297,
    blocks: [
      p(
        'Chiều 16-4, Ủy ban nhân dân thành phố tổ chức hội nghị đối thoại với doanh nghiệp, hợp tác xã và hộ kinh doanh năm 2026. Chủ tịch Ủy ban nhân dân thành phố chủ trì hội nghị, cùng thủ trưởng các phòng chuyên môn, đại diện Thuế cơ sở, Công an thành phố và các ngân hàng thương mại.',
      ),
      p(
        'Các doanh nghiệp đã nêu 19 kiến nghị, tập trung vào thời gian thẩm định hồ sơ xây dựng còn dài, khó khăn khi chuyển mục đích sử dụng đất để mở rộng nhà xưởng, hạ tầng giao thông đến một số cụm sản xuất chưa đồng bộ và việc tuyển dụng lao động có tay nghề. Một số hợp tác xã trồng dứa đề nghị hỗ trợ xây dựng kho lạnh để giữ sản phẩm trong những ngày cao điểm thu hoạch.',
      ),
      p(
        'Lãnh đạo các phòng, ban đã trả lời cụ thể từng kiến nghị. Với các nội dung vượt thẩm quyền, Ủy ban nhân dân thành phố giao Phòng Kinh tế tổng hợp, báo cáo Ủy ban nhân dân tỉnh và các sở, ngành liên quan trong tháng 5.',
      ),
      p(
        'Kết luận hội nghị, Chủ tịch Ủy ban nhân dân thành phố khẳng định “doanh nghiệp phát triển thì thành phố mới phát triển”. Thành phố sẽ duy trì đối thoại định kỳ 6 tháng một lần, công khai đường dây nóng và thời hạn xử lý từng kiến nghị trên Trang thông tin điện tử thành phố để doanh nghiệp theo dõi.',
      ),
    ],
  },
  {
    slug: 'nong-dan-dong-giao-vao-vu-thu-hoach-dua-chinh-vu',
    title: 'Nông dân Đồng Giao vào vụ thu hoạch dứa chính vụ',
    category: 'kinh-te',
    publishedAt: '2026-05-26T01:00:00.000Z',
    summary:
      'Vụ dứa năm 2026 trên vùng đồi Đồng Giao cho năng suất khá, sản lượng toàn thành phố ước đạt khoảng 45.000 tấn, phần lớn được các nhà máy chế biến bao tiêu.',
    byline: 'Thanh Hương',
    featuredImage: 'dua-dong-giao',
    views: 1536,
    blocks: [
      p(
        'Từ cuối tháng 5, trên những triền đồi ở các xã Quang Sơn, Đông Sơn và phường Trung Sơn, nông dân bước vào vụ thu hoạch dứa chính vụ. Ngay từ 4 giờ sáng, những đoàn xe công nông, xe tải nhỏ đã nối đuôi nhau chở dứa về các điểm thu mua và nhà máy chế biến.',
      ),
      fig(
        'dua-dong-giao',
        'Nông dân xã Quang Sơn thu hoạch dứa chính vụ.',
        'Người nông dân đội nón, đeo găng tay bẻ những quả dứa chín vàng trên luống dứa trải dài theo sườn đồi.',
      ),
      p(
        'Năm nay, thời tiết thuận lợi, dứa ra quả đồng đều, kích thước lớn. Theo Phòng Kinh tế thành phố, toàn thành phố có khoảng 1.200 ha dứa, sản lượng cả năm ước đạt 45.000 tấn. Giá dứa nguyên liệu đầu vụ dao động từ 4.500 đến 5.500 đồng/kg tùy loại, cao hơn năm trước khoảng 10%.',
      ),
      p(
        'Ông Phạm Văn Lộc, một hộ trồng 3 ha dứa ở xã Quang Sơn, cho biết: “Vụ này gia đình tôi áp dụng tưới nhỏ giọt và dùng phân bón hữu cơ theo hướng dẫn của hợp tác xã, quả to và ngọt hơn. Nhà máy ký hợp đồng bao tiêu từ đầu vụ nên bà con yên tâm, không phải lo bị ép giá.”',
      ),
      p(
        'Thành phố đã chỉ đạo lực lượng chức năng bảo đảm trật tự giao thông tại các điểm thu mua, hướng dẫn người dân không để dứa tràn ra lòng đường. Các hợp tác xã được khuyến khích mở rộng diện tích trồng dứa theo tiêu chuẩn VietGAP để đáp ứng yêu cầu của thị trường xuất khẩu.',
      ),
    ],
  },
  {
    slug: 'dua-dua-tam-diep-len-san-thuong-mai-dien-tu',
    title: 'Đưa dứa Tam Điệp lên sàn thương mại điện tử',
    category: 'kinh-te',
    publishedAt: '2026-06-23T03:45:00.000Z',
    summary:
      'Hơn 60 hộ sản xuất, hợp tác xã được hướng dẫn mở gian hàng trực tuyến, livestream bán dứa tươi và sản phẩm chế biến từ dứa.',
    byline: 'Thanh Hương',
    views: 822,
    blocks: [
      p(
        'Trong khuôn khổ chương trình chuyển đổi số trong nông nghiệp, Ủy ban nhân dân thành phố phối hợp với Sở Công Thương và một số sàn thương mại điện tử tổ chức lớp tập huấn kỹ năng bán hàng trực tuyến cho hơn 60 hộ sản xuất, hợp tác xã trồng và chế biến dứa.',
      ),
      p(
        'Các học viên được hướng dẫn mở gian hàng, chụp ảnh sản phẩm, viết mô tả, đóng gói và vận chuyển dứa tươi đi xa; cách livestream giới thiệu quy trình trồng, thu hoạch ngay tại vườn. Nhiều học viên lớn tuổi lần đầu tiếp cận với việc bán hàng qua điện thoại đã được các đoàn viên thanh niên trong Tổ công nghệ số cộng đồng kèm cặp trực tiếp.',
      ),
      p(
        'Chỉ sau hai tuần, một số hợp tác xã đã nhận được đơn hàng từ Hà Nội, Hải Phòng và các tỉnh phía Bắc. Chị Lê Thị Ngọc, thành viên một hợp tác xã ở phường Trung Sơn, cho biết mỗi buổi livestream bán được từ 300 đến 500 kg dứa, giá bán lẻ cao hơn bán buôn cho thương lái.',
      ),
      p(
        'Thời gian tới, thành phố tiếp tục hỗ trợ các chủ thể gắn mã QR truy xuất nguồn gốc cho sản phẩm dứa và các sản phẩm OCOP, đồng thời xây dựng bộ nhận diện chung “Dứa Đồng Giao – Tam Điệp” để quảng bá trên các nền tảng số.',
      ),
    ],
  },
  {
    slug: 'hop-tac-xa-o-xa-yen-son-lien-ket-trong-oi-chanh-leo-theo-tieu-chuan-vietgap',
    title: 'Hợp tác xã ở xã Yên Sơn liên kết trồng ổi, chanh leo theo tiêu chuẩn VietGAP',
    category: 'kinh-te',
    publishedAt: '2026-07-07T01:40:00.000Z',
    summary:
      'Mô hình liên kết trồng ổi, chanh leo theo tiêu chuẩn VietGAP của một hợp tác xã ở xã Yên Sơn cho thu nhập 250–300 triệu đồng/ha/năm, cao gấp đôi cây trồng cũ.',
    byline: 'Thanh Hương',
    views: 203,
    blocks: [
      p(
        'Trên diện tích hơn 25 ha đất đồi trước đây trồng sắn, keo kém hiệu quả, một hợp tác xã ở xã Yên Sơn đã liên kết với 34 hộ thành viên chuyển sang trồng ổi lê và chanh leo theo tiêu chuẩn VietGAP. Sau ba năm, mô hình đã cho thu nhập ổn định.',
      ),
      p(
        'Hợp tác xã thống nhất quy trình chăm sóc, ghi nhật ký sản xuất, sử dụng thuốc bảo vệ thực vật sinh học và bao trái để hạn chế sâu bệnh. Sản phẩm được ký hợp đồng tiêu thụ với hệ thống siêu thị và bếp ăn của các doanh nghiệp trong khu công nghiệp.',
      ),
      ul(
        'Diện tích liên kết: hơn 25 ha, gồm 16 ha ổi và 9 ha chanh leo;',
        'Thu nhập bình quân: 250–300 triệu đồng/ha/năm;',
        'Tạo việc làm thường xuyên cho khoảng 60 lao động địa phương.',
      ),
      p(
        'Ngành nông nghiệp thành phố đánh giá đây là hướng đi phù hợp với vùng đồi Tam Điệp, góp phần nâng cao thu nhập và bảo đảm tiêu chí sản xuất trong xây dựng nông thôn mới nâng cao. Thành phố sẽ hỗ trợ hợp tác xã hoàn thiện hồ sơ đề nghị đánh giá, phân hạng sản phẩm ổi theo chương trình OCOP.',
      ),
    ],
  },
  {
    slug: 'xa-quang-son-phat-trien-chan-nuoi-bo-thit-tren-vung-doi',
    title: 'Xã Quang Sơn phát triển chăn nuôi bò thịt trên vùng đồi',
    category: 'kinh-te',
    publishedAt: '2026-08-05T02:30:00.000Z',
    summary:
      'Tận dụng diện tích đồi và phụ phẩm từ cây dứa, nhiều hộ ở xã Quang Sơn đã đầu tư chuồng trại nuôi bò thịt quy mô vừa, cho thu nhập hàng trăm triệu đồng mỗi năm.',
    byline: 'Hoàng Long',
    views: 164,
    blocks: [
      p(
        'Xã Quang Sơn hiện có hơn 1.300 con bò, trong đó khoảng 40 hộ nuôi từ 10 con trở lên. Điểm chung của các hộ chăn nuôi hiệu quả là tận dụng lá, ngọn dứa sau thu hoạch và cỏ voi trồng trên đất đồi để làm thức ăn, giảm đáng kể chi phí.',
      ),
      p(
        'Gia đình anh Đinh Văn Sơn ở thôn 4 đầu tư chuồng trại kiên cố, máy băm cỏ và hầm biogas, nuôi 25 con bò lai giống BBB. Mỗi năm, gia đình xuất bán hai lứa, sau khi trừ chi phí thu lãi khoảng 300 triệu đồng. Chất thải chăn nuôi được xử lý bằng đệm lót sinh học và ủ làm phân bón cho vườn dứa.',
      ),
      p(
        'Trạm Khuyến nông phối hợp với Ủy ban nhân dân xã định kỳ tổ chức tiêm phòng vắc-xin lở mồm long móng, viêm da nổi cục cho đàn gia súc, hướng dẫn người dân vệ sinh chuồng trại, phòng bệnh trong mùa mưa. Ngân hàng Chính sách xã hội cũng hỗ trợ nhiều hộ vay vốn ưu đãi để mở rộng quy mô.',
      ),
      p(
        'Theo lãnh đạo xã Quang Sơn, xã đang định hướng hình thành tổ hợp tác chăn nuôi bò để thống nhất nguồn giống, thức ăn và tìm đầu ra ổn định, tránh tình trạng bán lẻ cho thương lái bị ép giá.',
      ),
    ],
  },
  {
    slug: 'giai-ngan-von-dau-tu-cong-8-thang-dat-58-thanh-pho-yeu-cau-tang-toc',
    title: 'Giải ngân vốn đầu tư công 8 tháng đạt 58%, thành phố yêu cầu tăng tốc',
    category: 'kinh-te',
    publishedAt: '2026-09-10T09:45:00.000Z',
    summary:
      'Đến hết tháng 8, thành phố giải ngân được 58% kế hoạch vốn đầu tư công năm 2026; Chủ tịch UBND thành phố yêu cầu chủ đầu tư cam kết tiến độ giải ngân từng tháng.',
    byline: 'Văn Tuấn',
    views: 176,
    blocks: [
      p(
        'Chiều 10-9, Ủy ban nhân dân thành phố họp về tình hình giải ngân vốn đầu tư công năm 2026. Đến hết tháng 8, toàn thành phố giải ngân được 58% kế hoạch vốn, cao hơn mức bình quân chung của tỉnh nhưng chưa đạt mục tiêu đề ra.',
      ),
      p(
        'Nguyên nhân chính là một số dự án giao thông và hạ tầng khu dân cư còn vướng mặt bằng; giá một số loại vật liệu xây dựng như đất đắp, cát tăng cao khiến nhà thầu thi công cầm chừng. Một số chủ đầu tư chưa quyết liệt trong việc nghiệm thu, thanh toán khối lượng đã hoàn thành.',
      ),
      p(
        'Chủ tịch Ủy ban nhân dân thành phố yêu cầu từng chủ đầu tư lập kế hoạch giải ngân chi tiết theo tháng, gửi Phòng Tài chính – Kế hoạch theo dõi; dự án nào không đạt tiến độ sẽ bị điều chuyển vốn sang dự án có khả năng giải ngân tốt hơn. Việc giải ngân được gắn với đánh giá, xếp loại người đứng đầu cơ quan, đơn vị cuối năm.',
      ),
      p(
        'Thành phố phấn đấu đến ngày 31/12/2026 giải ngân đạt trên 95% kế hoạch và đến hết tháng 1/2027 đạt 100%.',
      ),
    ],
  },
  {
    slug: 'thanh-pho-co-them-5-san-pham-dat-chuan-ocop-3-sao',
    title: 'Thành phố có thêm 5 sản phẩm đạt chuẩn OCOP 3 sao',
    category: 'kinh-te',
    publishedAt: '2026-10-08T08:00:00.000Z',
    summary:
      'Với 5 sản phẩm mới được công nhận, Tam Điệp hiện có 31 sản phẩm OCOP, trong đó nhiều sản phẩm được chế biến từ dứa và các loại nông sản vùng đồi.',
    byline: 'Thanh Hương',
    featuredImage: 'san-pham-ocop',
    views: 911,
    blocks: [
      p(
        'Ủy ban nhân dân tỉnh vừa ban hành quyết định công nhận kết quả đánh giá, phân hạng sản phẩm OCOP đợt 2 năm 2026. Thành phố Tam Điệp có thêm 5 sản phẩm đạt 3 sao, gồm: nước ép dứa nguyên chất, mứt dứa sấy dẻo, trà thảo mộc lá ổi, mật ong rừng và giò bê.',
      ),
      fig(
        'san-pham-ocop',
        'Một số sản phẩm OCOP của thành phố Tam Điệp trưng bày tại hội chợ.',
        'Gian hàng trưng bày chai nước ép dứa, hộp mứt dứa, gói trà và lọ mật ong có nhãn OCOP xếp trên kệ gỗ.',
      ),
      p(
        'Như vậy, đến nay toàn thành phố có 31 sản phẩm OCOP, trong đó có 4 sản phẩm đạt 4 sao. Các chủ thể OCOP chủ yếu là hợp tác xã và hộ sản xuất ở những vùng nguyên liệu tập trung như Quang Sơn, Đông Sơn, Yên Sơn và Trung Sơn.',
      ),
      p(
        'Điểm mới của đợt đánh giá năm nay là các sản phẩm đều có mã QR truy xuất nguồn gốc, bao bì được thiết kế lại theo nhận diện chung của tỉnh. Nhiều chủ thể đã chủ động đầu tư máy móc, hoàn thiện quy trình bảo đảm an toàn thực phẩm để nâng hạng sản phẩm.',
      ),
      p(
        'Thành phố tiếp tục hỗ trợ các chủ thể tham gia hội chợ, tuần hàng giới thiệu sản phẩm trong và ngoài tỉnh, kết nối với các điểm du lịch để đưa sản phẩm OCOP đến gần hơn với du khách.',
      ),
    ],
  },
  {
    slug: 'xa-quang-son-don-nhan-bang-cong-nhan-dat-chuan-nong-thon-moi-nang-cao',
    title: 'Xã Quang Sơn đón nhận Bằng công nhận đạt chuẩn nông thôn mới nâng cao',
    category: 'kinh-te',
    publishedAt: '2026-11-12T03:00:00.000Z',
    summary:
      'Sau Yên Sơn và Đông Sơn, Quang Sơn là xã thứ ba của thành phố đạt chuẩn nông thôn mới nâng cao; thu nhập bình quân đầu người của xã đạt gần 72 triệu đồng/năm.',
    byline: 'Hoàng Long',
    views: 388,
    blocks: [
      p(
        'Sáng 12-11, Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc xã Quang Sơn long trọng tổ chức lễ đón nhận Bằng công nhận xã đạt chuẩn nông thôn mới nâng cao. Quang Sơn là xã thứ ba của thành phố đạt chuẩn này, sau xã Yên Sơn và xã Đông Sơn.',
      ),
      p(
        'Trong quá trình xây dựng nông thôn mới nâng cao, xã huy động hơn 48 tỷ đồng để đầu tư hạ tầng, trong đó Nhân dân đóng góp gần 9 tỷ đồng và hiến hơn 6.000 m² đất. Toàn bộ đường trục xã, trục thôn đã được cứng hóa, có đèn chiếu sáng; trường học đạt chuẩn quốc gia; tỷ lệ người dân tham gia bảo hiểm y tế đạt 97%.',
      ),
      p(
        'Kinh tế của xã phát triển theo hướng nông nghiệp hàng hóa gắn với vùng nguyên liệu dứa, chăn nuôi bò và dịch vụ. Thu nhập bình quân đầu người năm 2026 ước đạt gần 72 triệu đồng, tăng 1,6 lần so với năm 2021; toàn xã không còn hộ nghèo.',
      ),
      p(
        'Phát biểu tại buổi lễ, lãnh đạo thành phố đề nghị xã tiếp tục nâng cao chất lượng các tiêu chí, nhất là tiêu chí môi trường và an ninh trật tự, hướng tới xây dựng xã nông thôn mới kiểu mẫu, tạo nền tảng để trở thành phường trong tương lai.',
      ),
    ],
  },
];
