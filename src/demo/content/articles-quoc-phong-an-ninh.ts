// Demo articles: Quốc phòng – An ninh.
import { fig, h2, p, ul } from './blocks.js';
import type { DemoArticle } from './types.js';

export const ARTICLES_QUOC_PHONG_AN_NINH: DemoArticle[] = [
  {
    slug: 'to-bao-ve-an-ninh-trat-tu-o-co-so-luc-luong-gan-dan-sat-dia-ban',
    title: 'Tổ bảo vệ an ninh, trật tự ở cơ sở: lực lượng gần dân, sát địa bàn',
    category: 'quoc-phong-an-ninh',
    publishedAt: '2025-11-24T07:20:00.000Z',
    summary:
      'Sau hơn một năm thành lập, 96 tổ bảo vệ an ninh, trật tự ở cơ sở của thành phố đã phối hợp giải quyết hàng trăm vụ việc, trở thành “cánh tay nối dài” của công an xã, phường.',
    byline: 'Đức Mạnh',
    views: 231,
    blocks: [
      p(
        'Thực hiện Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở, thành phố Tam Điệp đã thành lập 96 tổ bảo vệ an ninh, trật tự với 288 thành viên tại các thôn, tổ dân phố. Thành viên các tổ phần lớn là những người có uy tín, am hiểu địa bàn, từng là công an xã bán chuyên trách, dân quân hoặc bảo vệ dân phố.',
      ),
      p(
        'Hằng tuần, các tổ phối hợp với công an xã, phường tuần tra vào ban đêm, nắm tình hình người lạ đến cư trú, nhắc nhở các hộ kinh doanh nhà trọ khai báo tạm trú. Các tổ còn tham gia hòa giải những mâu thuẫn nhỏ trong khu dân cư, hỗ trợ hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID và tuyên truyền phòng, chống lừa đảo qua mạng.',
      ),
      p(
        'Ông Lê Văn Định, tổ trưởng tổ bảo vệ an ninh, trật tự ở tổ dân phố 2, phường Nam Sơn, cho biết: “Sống ở đây mấy chục năm, nhà nào có chuyện gì chúng tôi đều nắm được. Có việc là báo ngay cho công an phường, nhiều vụ mâu thuẫn được giải quyết từ khi còn nhỏ, không để thành chuyện lớn.”',
      ),
      p(
        'Từ khi thành lập, các tổ đã cung cấp hơn 300 nguồn tin có giá trị, phối hợp giải quyết 145 vụ việc về an ninh, trật tự. Công an thành phố đề nghị các xã, phường tiếp tục quan tâm bảo đảm chế độ, trang bị và bồi dưỡng nghiệp vụ để lực lượng này hoạt động hiệu quả.',
      ),
    ],
  },
  {
    slug: 'hon-600-cong-dan-kham-suc-khoe-nghia-vu-quan-su-nam-2026',
    title: 'Hơn 600 công dân khám sức khỏe nghĩa vụ quân sự năm 2026',
    category: 'quoc-phong-an-ninh',
    publishedAt: '2025-12-16T03:30:00.000Z',
    summary:
      'Hội đồng Nghĩa vụ quân sự thành phố tổ chức khám sức khỏe cho 617 công dân trong độ tuổi gọi nhập ngũ, đúng quy trình, công khai, minh bạch.',
    byline: 'Đức Mạnh',
    views: 402,
    blocks: [
      p(
        'Từ ngày 15 đến 17-12, Hội đồng Nghĩa vụ quân sự thành phố tổ chức khám sức khỏe nghĩa vụ quân sự và thực hiện nghĩa vụ tham gia Công an nhân dân năm 2026 cho 617 công dân của 9 xã, phường.',
      ),
      p(
        'Công dân được khám theo 8 chuyên khoa gồm thể lực, mắt, tai – mũi – họng, răng – hàm – mặt, nội khoa, ngoại khoa, thần kinh, tâm thần và da liễu; làm các xét nghiệm máu, nước tiểu, chụp X-quang phổi và xét nghiệm chất ma túy. Hội đồng khám được bố trí đủ bác sĩ chuyên khoa, trang thiết bị của Trung tâm Y tế thành phố.',
      ),
      p(
        'Theo Ban Chỉ huy Quân sự thành phố, công tác khám tuyển bảo đảm đúng luật, công khai, dân chủ; không có trường hợp tiêu cực hay khiếu nại. Kết quả khám được niêm yết công khai tại trụ sở các xã, phường để Nhân dân giám sát.',
      ),
      p(
        'Trên cơ sở kết quả khám, Hội đồng Nghĩa vụ quân sự thành phố sẽ bình cử, xét duyệt và phát lệnh gọi nhập ngũ trước Tết Nguyên đán, bảo đảm giao đủ chỉ tiêu, chất lượng tân binh năm 2026.',
      ),
    ],
  },
  {
    slug: 'dien-tap-phuong-an-chua-chay-va-cuu-nan-cuu-ho-tai-cho-tam-diep',
    title: 'Diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại chợ Tam Điệp',
    category: 'quoc-phong-an-ninh',
    publishedAt: '2026-01-14T08:00:00.000Z',
    summary:
      'Buổi diễn tập với giả định cháy tại khu vực kinh doanh hàng may mặc đã huy động hơn 120 người cùng 6 xe chữa cháy, nâng cao kỹ năng xử lý tình huống cho tiểu thương trước Tết.',
    byline: 'Đức Mạnh',
    featuredImage: 'phong-chay',
    views: 563,
    blocks: [
      p(
        'Chiều 14-1, Công an thành phố phối hợp với Ban Quản lý chợ Tam Điệp tổ chức diễn tập phương án chữa cháy và cứu nạn, cứu hộ có nhiều lực lượng, phương tiện tham gia. Hơn 120 cán bộ, chiến sĩ, lực lượng phòng cháy, chữa cháy cơ sở và tiểu thương cùng 6 xe chữa cháy, cứu nạn đã tham gia.',
      ),
      fig(
        'phong-chay',
        'Lực lượng chữa cháy triển khai lăng phun nước dập đám cháy giả định.',
        'Các chiến sĩ cảnh sát phòng cháy, chữa cháy mặc trang phục chống cháy cầm vòi phun nước vào khu vực có khói trước dãy ki-ốt.',
      ),
      p(
        'Tình huống giả định xảy ra vào buổi sáng tại khu vực kinh doanh hàng may mặc, do chập điện làm cháy hàng hóa, khói lan nhanh. Lực lượng phòng cháy, chữa cháy tại chỗ đã dùng bình chữa cháy dập lửa ban đầu, hướng dẫn người dân thoát nạn, cắt điện khu vực và báo tin cho lực lượng chuyên nghiệp. Các tổ cứu nạn sử dụng thang, dây cứu người đưa nạn nhân giả định ra ngoài, sơ cứu và chuyển đến cơ sở y tế.',
      ),
      p(
        'Qua diễn tập, ban chỉ đạo đánh giá lực lượng tại chỗ đã xử lý tình huống kịp thời, phối hợp nhịp nhàng. Tuy nhiên, lối đi trong chợ còn bị hàng hóa lấn chiếm, gây khó khăn cho việc triển khai phương tiện.',
      ),
      p(
        'Công an thành phố khuyến cáo tiểu thương không để hàng hóa lấn chiếm lối thoát nạn, không sử dụng bếp đun nấu và thắp hương trong ki-ốt, ngắt điện khi ra về; trang bị bình chữa cháy xách tay tại mỗi quầy hàng. Khi xảy ra cháy, người dân cần gọi ngay số điện thoại 114.',
      ),
    ],
  },
  {
    slug: '168-thanh-nien-tam-diep-len-duong-nhap-ngu-nam-2026',
    title: '168 thanh niên Tam Điệp lên đường nhập ngũ năm 2026',
    category: 'quoc-phong-an-ninh',
    publishedAt: '2026-03-03T02:15:00.000Z',
    summary:
      'Sáng 3-3, thành phố tổ chức lễ giao nhận quân năm 2026, 168 thanh niên lên đường nhập ngũ, trong đó có 21 đảng viên và 34 người có trình độ cao đẳng, đại học.',
    byline: 'Đức Mạnh',
    featuredImage: 'giao-nhan-quan',
    views: 1847,
    blocks: [
      p(
        'Sáng 3-3, tại Quảng trường thành phố, Hội đồng Nghĩa vụ quân sự thành phố tổ chức lễ giao nhận quân năm 2026. Lễ giao nhận quân được tổ chức gọn, trang trọng, đúng thời gian quy định.',
      ),
      fig(
        'giao-nhan-quan',
        'Tân binh thành phố Tam Điệp tại lễ giao nhận quân năm 2026.',
        'Các tân binh mặc quân phục mới đứng thành hàng ngay ngắn trên quảng trường, ngực cài hoa đỏ.',
      ),
      p(
        'Năm nay, thành phố có 168 thanh niên lên đường thực hiện nghĩa vụ quân sự và tham gia Công an nhân dân, đạt 100% chỉ tiêu. Chất lượng tân binh được nâng lên rõ rệt: 21 tân binh là đảng viên, 34 người có trình độ cao đẳng, đại học; nhiều thanh niên tình nguyện viết đơn xin nhập ngũ.',
      ),
      p(
        'Trước giờ lên đường, tân binh Nguyễn Minh Quân ở phường Tân Bình, vừa tốt nghiệp đại học ngành kỹ thuật điện, chia sẻ: “Em tự nguyện nhập ngũ vì muốn được rèn luyện trong môi trường quân đội. Em sẽ cố gắng hoàn thành tốt nhiệm vụ để không phụ lòng gia đình và quê hương.”',
      ),
      p(
        'Phát biểu tại buổi lễ, lãnh đạo thành phố đề nghị các tân binh nhanh chóng thích nghi với môi trường quân ngũ, chấp hành nghiêm kỷ luật, ra sức học tập, rèn luyện. Các cấp, các ngành tiếp tục quan tâm thực hiện tốt chính sách hậu phương quân đội, tạo điều kiện cho quân nhân xuất ngũ học nghề, tìm việc làm.',
      ),
    ],
  },
  {
    slug: 'khai-mac-huan-luyen-dan-quan-nam-2026',
    title: 'Khai mạc huấn luyện dân quân năm 2026',
    category: 'quoc-phong-an-ninh',
    publishedAt: '2026-04-14T09:30:00.000Z',
    summary:
      'Ban Chỉ huy Quân sự thành phố khai mạc huấn luyện cho lực lượng dân quân cơ động, dân quân tại chỗ của 9 xã, phường với nội dung sát thực tế nhiệm vụ ở cơ sở.',
    byline: 'Đức Mạnh',
    views: 137,
    blocks: [
      p(
        'Ngày 14-4, Ban Chỉ huy Quân sự thành phố khai mạc huấn luyện dân quân năm 2026. Tham gia huấn luyện có gần 400 chiến sĩ dân quân cơ động, dân quân tại chỗ, dân quân thường trực và dân quân năm thứ nhất của 9 xã, phường.',
      ),
      p(
        'Nội dung huấn luyện gồm giáo dục chính trị, pháp luật; điều lệnh, kỹ thuật bắn súng, ném lựu đạn; chiến thuật tổ, tiểu đội dân quân; đặc biệt chú trọng các tình huống tham gia phòng, chống thiên tai, cháy rừng, tìm kiếm cứu nạn và giữ gìn an ninh trật tự ở địa bàn.',
      ),
      p(
        'Chỉ huy trưởng Ban Chỉ huy Quân sự thành phố yêu cầu các đơn vị tổ chức huấn luyện đúng chương trình, đủ thời gian, bảo đảm tuyệt đối an toàn về người và vũ khí, trang bị; kết hợp huấn luyện với hội thao, kiểm tra để đánh giá chất lượng.',
      ),
    ],
  },
  {
    slug: 'van-dong-nhan-dan-giao-nop-vu-khi-vat-lieu-no-va-cong-cu-ho-tro',
    title: 'Vận động Nhân dân giao nộp vũ khí, vật liệu nổ và công cụ hỗ trợ',
    category: 'quoc-phong-an-ninh',
    publishedAt: '2026-05-13T01:50:00.000Z',
    summary:
      'Từ đầu năm, Công an thành phố đã tiếp nhận 14 khẩu súng các loại, hơn 30 kg vật liệu nổ và nhiều công cụ hỗ trợ do người dân tự nguyện giao nộp.',
    byline: 'Đức Mạnh',
    views: 184,
    blocks: [
      p(
        'Thực hiện kế hoạch của Công an tỉnh, Công an thành phố Tam Điệp đã phối hợp với các cơ quan, đoàn thể đẩy mạnh tuyên truyền, vận động Nhân dân giao nộp vũ khí, vật liệu nổ, công cụ hỗ trợ. Công an các xã, phường đến từng thôn, tổ dân phố, nhất là các hộ từng làm nghề khai thác đá, săn bắt trên vùng đồi, để phổ biến quy định của pháp luật.',
      ),
      p(
        'Nhờ làm tốt công tác vận động, từ đầu năm đến nay, lực lượng công an đã tiếp nhận 14 khẩu súng các loại, chủ yếu là súng kíp tự chế và súng hơi; hơn 30 kg vật liệu nổ, kíp nổ tồn đọng; nhiều dao, kiếm và công cụ hỗ trợ như roi điện, bình xịt hơi cay.',
      ),
      p(
        'Công an thành phố nhắc nhở, hành vi tàng trữ, sử dụng trái phép vũ khí, vật liệu nổ có thể bị xử lý hình sự. Người dân còn cất giữ các loại vũ khí, vật liệu nổ, kể cả bom, mìn, đạn còn sót lại sau chiến tranh, tuyệt đối không tự ý tháo gỡ, mua bán mà báo ngay cho công an xã, phường nơi gần nhất để được hướng dẫn giao nộp.',
      ),
    ],
  },
  {
    slug: 'mit-tinh-huong-ung-thang-hanh-dong-phong-chong-ma-tuy-nam-2026',
    title: 'Mít tinh hưởng ứng Tháng hành động phòng, chống ma túy năm 2026',
    category: 'quoc-phong-an-ninh',
    publishedAt: '2026-06-26T03:00:00.000Z',
    summary:
      'Hơn 500 đoàn viên, thanh niên, học sinh tham gia mít tinh, diễu hành tuyên truyền; từ đầu năm, Công an thành phố đã phát hiện, bắt giữ 23 vụ với 31 đối tượng phạm tội về ma túy.',
    byline: 'Đức Mạnh',
    views: 215,
    blocks: [
      p(
        'Sáng 26-6, nhân Ngày Quốc tế phòng, chống ma túy và Ngày toàn dân phòng, chống ma túy, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội thành phố tổ chức mít tinh hưởng ứng Tháng hành động phòng, chống ma túy năm 2026 với sự tham gia của hơn 500 đoàn viên, thanh niên, học sinh và cán bộ, chiến sĩ công an.',
      ),
      p(
        'Từ đầu năm, Công an thành phố đã phát hiện, bắt giữ 23 vụ với 31 đối tượng phạm tội về ma túy, thu giữ gần 200 gam heroin, ma túy tổng hợp và nhiều tang vật liên quan. Lực lượng chức năng lập hồ sơ đưa 12 người đi cai nghiện bắt buộc, quản lý sau cai nghiện đối với 40 người tại cộng đồng.',
      ),
      p(
        'Tại buổi mít tinh, đại diện Thành đoàn kêu gọi đoàn viên, thanh niên nói không với ma túy, kể cả các loại “bóng cười”, thuốc lá điện tử có chứa chất gây nghiện đang được kẻ xấu lôi kéo học sinh sử dụng. Sau mít tinh, các đoàn viên đã diễu hành qua các tuyến phố chính và phát tờ rơi tuyên truyền tới người dân.',
      ),
    ],
  },
  {
    slug: 'cong-an-canh-bao-thu-doan-lua-dao-gia-danh-co-quan-nha-nuoc-qua-dien-thoai',
    title: 'Công an thành phố cảnh báo thủ đoạn lừa đảo giả danh cơ quan nhà nước qua điện thoại',
    category: 'quoc-phong-an-ninh',
    publishedAt: '2026-08-18T08:40:00.000Z',
    summary:
      'Thời gian gần đây, nhiều người dân Tam Điệp nhận được cuộc gọi giả danh công an, cán bộ thuế, điện lực yêu cầu cài ứng dụng lạ hoặc chuyển tiền; hai trường hợp đã bị chiếm đoạt gần 600 triệu đồng.',
    byline: 'Đức Mạnh',
    views: 2315,
    blocks: [
      p(
        'Công an thành phố Tam Điệp vừa tiếp nhận trình báo của hai người dân ở phường Yên Bình và phường Trung Sơn bị chiếm đoạt tổng cộng gần 600 triệu đồng sau khi làm theo hướng dẫn của đối tượng tự xưng là cán bộ công an, cán bộ thuế qua điện thoại.',
      ),
      p(
        'Thủ đoạn chung là đối tượng gọi điện, thông báo người dân có liên quan đến một vụ án hoặc cần “cập nhật thông tin định danh”, “hoàn thuế thu nhập cá nhân”, sau đó gửi đường dẫn yêu cầu cài đặt ứng dụng giả mạo. Khi người dân cài đặt, đối tượng chiếm quyền điều khiển điện thoại và rút tiền trong tài khoản ngân hàng.',
      ),
      h2('Khuyến cáo của Công an thành phố'),
      ul(
        'Cơ quan công an, thuế, bảo hiểm xã hội không làm việc qua điện thoại, không yêu cầu người dân chuyển tiền hay cài đặt ứng dụng qua đường dẫn lạ;',
        'Chỉ cài đặt ứng dụng từ kho ứng dụng chính thức; không cung cấp mã OTP, mật khẩu cho bất kỳ ai;',
        'Khi nghi ngờ bị lừa đảo, liên hệ ngay công an xã, phường nơi gần nhất hoặc gọi số 113;',
        'Con cháu nên thường xuyên nhắc nhở, hướng dẫn người cao tuổi trong gia đình nhận biết các thủ đoạn này.',
      ),
      p(
        'Hiện Công an thành phố đang phối hợp với các ngân hàng xác minh, truy vết dòng tiền để điều tra, xử lý các đối tượng theo quy định của pháp luật.',
      ),
    ],
  },
  {
    slug: 'bao-dam-an-toan-giao-thong-cho-hoc-sinh-trong-nam-hoc-moi',
    title: 'Bảo đảm an toàn giao thông cho học sinh trong năm học mới',
    category: 'quoc-phong-an-ninh',
    publishedAt: '2026-09-14T00:45:00.000Z',
    summary:
      'Cảnh sát giao thông phối hợp với nhà trường ra quân kiểm tra, nhắc nhở học sinh đội mũ bảo hiểm, không đi xe máy khi chưa đủ tuổi; phụ huynh được đề nghị ký cam kết với nhà trường.',
    byline: 'Hoàng Long',
    views: 318,
    blocks: [
      p(
        'Những ngày đầu năm học mới, vào giờ tan trường, khu vực cổng các trường học trên tuyến đường Quang Trung, Đồng Giao thường xuyên ùn ứ do phụ huynh dừng đỗ xe đón con dưới lòng đường. Nhiều học sinh trung học phổ thông vẫn điều khiển xe máy có dung tích trên 50 cm³ khi chưa có giấy phép lái xe.',
      ),
      p(
        'Để khắc phục, Đội Cảnh sát giao thông – trật tự Công an thành phố phối hợp với các nhà trường cắt cử cán bộ, chiến sĩ túc trực, phân luồng vào giờ cao điểm; kẻ vạch khu vực dừng đỗ xe đón học sinh; tổ chức tuyên truyền pháp luật về trật tự, an toàn giao thông ngay trong buổi chào cờ đầu tuần.',
      ),
      p(
        'Ngành giáo dục yêu cầu 100% phụ huynh ký cam kết không giao xe máy cho con khi chưa đủ điều kiện, đội mũ bảo hiểm đạt chuẩn khi chở con. Trong tháng 9, lực lượng chức năng đã nhắc nhở hơn 150 trường hợp, lập biên bản 27 trường hợp vi phạm, thông báo về nhà trường và gia đình.',
      ),
    ],
  },
  {
    slug: 'xa-yen-son-dien-tap-chien-dau-phong-thu-nam-2026',
    title: 'Xã Yên Sơn diễn tập chiến đấu phòng thủ năm 2026',
    category: 'quoc-phong-an-ninh',
    publishedAt: '2026-10-29T09:00:00.000Z',
    summary:
      'Cuộc diễn tập chiến đấu phòng thủ xã Yên Sơn năm 2026 kết thúc thành công, đạt loại giỏi; tình huống diễn tập kết hợp ứng phó với thiên tai và sự cố cháy rừng.',
    byline: 'Đức Mạnh',
    views: 149,
    blocks: [
      p(
        'Sau ba ngày triển khai, cuộc diễn tập chiến đấu phòng thủ xã Yên Sơn năm 2026 đã kết thúc thành công vào chiều 29-10. Ban Chỉ đạo diễn tập thành phố đánh giá cuộc diễn tập đạt loại giỏi, bảo đảm an toàn tuyệt đối về người, vũ khí và trang thiết bị.',
      ),
      p(
        'Cuộc diễn tập tập trung vào ba nội dung chính: chuyển địa phương từ thời bình sang thời chiến; xử lý tình huống bảo đảm an ninh chính trị, trật tự an toàn xã hội; thực binh chiến đấu bảo vệ mục tiêu trọng yếu. Điểm mới năm nay là kết hợp tình huống ứng phó mưa lớn gây sạt lở đất và cháy rừng trên vùng đồi của xã.',
      ),
      p(
        'Qua diễn tập, cấp ủy, chính quyền và các lực lượng của xã đã nâng cao năng lực lãnh đạo, chỉ đạo, điều hành, khả năng hiệp đồng giữa quân sự, công an, dân quân và các đoàn thể. Nhân dân trong xã tích cực tham gia, hỗ trợ ngày công, phương tiện phục vụ diễn tập.',
      ),
      p(
        'Ban Chỉ huy Quân sự thành phố đề nghị xã rút kinh nghiệm, bổ sung các văn kiện tác chiến, phương án phòng chống thiên tai sát với thực tế, làm cơ sở chuẩn bị cho cuộc diễn tập khu vực phòng thủ thành phố trong thời gian tới.',
      ),
    ],
  },
];
