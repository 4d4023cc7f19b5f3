// Static pages of the demo portal: the "Giới thiệu" section, its children, and the English
// introduction the regulations ask for. Names of leaders are invented for the demo.
import { h2, p, ul } from './blocks.js';
import type { DemoPage } from './types.js';

export const DEMO_PAGES: DemoPage[] = [
  {
    slug: 'gioi-thieu',
    title: 'Giới thiệu',
    blocks: [
      p(
        'Thành phố Tam Điệp nằm ở phía Tây Nam tỉnh Ninh Bình, là cửa ngõ phía Nam của vùng đồng bằng Bắc Bộ, nơi quốc lộ 1 và tuyến đường sắt Bắc – Nam đi qua đèo Tam Điệp vào đất Thanh Hóa. Thành phố có 9 đơn vị hành chính cấp xã, gồm 6 phường: Bắc Sơn, Trung Sơn, Nam Sơn, Tây Sơn, Tân Bình, Yên Bình và 3 xã: Quang Sơn, Yên Sơn, Đông Sơn.',
      ),
      p(
        'Địa hình Tam Điệp chủ yếu là đồi thấp và thung lũng đá vôi, đất đỏ vàng thích hợp với cây dứa, cây ăn quả và chăn nuôi đại gia súc. Vùng đồi Đồng Giao từ lâu đã nổi tiếng là vùng nguyên liệu dứa lớn của cả nước; mỗi độ xuân về, đào phai Tam Điệp lại khoe sắc trong các nhà vườn. Cùng với nông nghiệp, thành phố phát triển công nghiệp chế biến nông sản, sản xuất vật liệu xây dựng, may mặc, da giày và các ngành công nghiệp mới tại Khu công nghiệp Tam Điệp.',
      ),
      p(
        'Tam Điệp còn là vùng đất giàu truyền thống lịch sử, gắn với phòng tuyến Tam Điệp – Biện Sơn của nghĩa quân Tây Sơn và di tích đền Quán Cháo. Trang này giới thiệu chức năng, nhiệm vụ, cơ cấu tổ chức, lãnh đạo và lịch sử hình thành của thành phố.',
      ),
      ul(
        'Chức năng, nhiệm vụ',
        'Cơ cấu tổ chức',
        'Lãnh đạo thành phố',
        'Lịch sử hình thành',
        'Liên hệ',
      ),
    ],
  },
  {
    slug: 'chuc-nang-nhiem-vu',
    title: 'Chức năng, nhiệm vụ',
    parentSlug: 'gioi-thieu',
    blocks: [
      p(
        'Ủy ban nhân dân thành phố Tam Điệp do Hội đồng nhân dân thành phố bầu, là cơ quan chấp hành của Hội đồng nhân dân thành phố, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân địa phương, Hội đồng nhân dân thành phố và cơ quan hành chính nhà nước cấp trên.',
      ),
      h2('Nhiệm vụ, quyền hạn chủ yếu'),
      ul(
        'Xây dựng, trình Hội đồng nhân dân thành phố quyết định các nội dung thuộc thẩm quyền; tổ chức thực hiện nghị quyết của Hội đồng nhân dân thành phố.',
        'Quy định tổ chức bộ máy và nhiệm vụ, quyền hạn cụ thể của các cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố.',
        'Lập, trình Hội đồng nhân dân thành phố quyết định dự toán thu, chi ngân sách địa phương; tổ chức thực hiện ngân sách thành phố.',
        'Tổ chức thực hiện quy hoạch, kế hoạch sử dụng đất; quản lý đất đai, tài nguyên, môi trường, xây dựng và trật tự đô thị trên địa bàn.',
        'Quản lý nhà nước về công nghiệp, nông nghiệp, thương mại, dịch vụ, giáo dục, y tế, văn hóa, thể thao, lao động và an sinh xã hội.',
        'Tổ chức thực hiện nhiệm vụ quốc phòng, an ninh; bảo đảm trật tự, an toàn xã hội; phòng, chống thiên tai, cháy nổ.',
        'Giải quyết thủ tục hành chính, tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh của công dân theo quy định.',
        'Chỉ đạo, kiểm tra hoạt động của Ủy ban nhân dân các xã, phường.',
      ),
      p(
        'Ủy ban nhân dân thành phố làm việc theo chế độ kết hợp trách nhiệm của tập thể với trách nhiệm của Chủ tịch Ủy ban nhân dân và cá nhân các thành viên, bảo đảm nguyên tắc tập trung dân chủ, công khai, minh bạch.',
      ),
    ],
  },
  {
    slug: 'co-cau-to-chuc',
    title: 'Cơ cấu tổ chức',
    parentSlug: 'gioi-thieu',
    blocks: [
      p(
        'Ủy ban nhân dân thành phố gồm Chủ tịch, các Phó Chủ tịch và các Ủy viên. Giúp việc cho Ủy ban nhân dân thành phố có các cơ quan chuyên môn và các đơn vị sự nghiệp trực thuộc.',
      ),
      h2('Cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố'),
      ul(
        'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố',
        'Phòng Nội vụ',
        'Phòng Tư pháp',
        'Phòng Tài chính – Kế hoạch',
        'Phòng Tài nguyên và Môi trường',
        'Phòng Quản lý đô thị',
        'Phòng Kinh tế',
        'Phòng Lao động – Thương binh và Xã hội',
        'Phòng Văn hóa và Thông tin',
        'Phòng Giáo dục và Đào tạo',
        'Phòng Y tế',
        'Thanh tra thành phố',
      ),
      h2('Đơn vị sự nghiệp trực thuộc'),
      ul(
        'Trung tâm Văn hóa, Thông tin và Thể thao',
        'Ban Quản lý dự án đầu tư xây dựng',
        'Trung tâm Phát triển quỹ đất',
        'Trung tâm Chính trị',
        'Các trường mầm non, tiểu học, trung học cơ sở công lập',
      ),
      h2('Đơn vị hành chính trực thuộc'),
      p(
        'Thành phố có 9 đơn vị hành chính cấp xã: các phường Bắc Sơn, Trung Sơn, Nam Sơn, Tây Sơn, Tân Bình, Yên Bình và các xã Quang Sơn, Yên Sơn, Đông Sơn.',
      ),
    ],
  },
  {
    slug: 'lanh-dao-thanh-pho',
    title: 'Lãnh đạo thành phố',
    parentSlug: 'gioi-thieu',
    blocks: [
      p(
        'Danh sách dưới đây là dữ liệu minh họa của hệ thống; họ tên lãnh đạo là giả định, không phải thông tin chính thức.',
      ),
      h2('Thành ủy'),
      ul(
        'Đồng chí Trần Minh Đức – Bí thư Thành ủy',
        'Đồng chí Phạm Thị Thu Hằng – Phó Bí thư Thường trực Thành ủy, Chủ tịch Hội đồng nhân dân thành phố',
        'Đồng chí Lê Văn Hải – Phó Bí thư Thành ủy, Chủ tịch Ủy ban nhân dân thành phố',
      ),
      h2('Hội đồng nhân dân thành phố'),
      ul(
        'Đồng chí Phạm Thị Thu Hằng – Chủ tịch Hội đồng nhân dân thành phố',
        'Đồng chí Bùi Văn Khánh – Phó Chủ tịch Hội đồng nhân dân thành phố',
      ),
      h2('Ủy ban nhân dân thành phố'),
      ul(
        'Đồng chí Lê Văn Hải – Chủ tịch Ủy ban nhân dân thành phố: phụ trách chung; trực tiếp phụ trách nội vụ, tài chính, quy hoạch, quốc phòng, an ninh',
        'Đồng chí Đinh Công Tuấn – Phó Chủ tịch Ủy ban nhân dân thành phố: phụ trách kinh tế, đất đai, tài nguyên, môi trường, xây dựng, đô thị',
        'Đồng chí Nguyễn Thị Lan Anh – Phó Chủ tịch Ủy ban nhân dân thành phố: phụ trách văn hóa, xã hội, giáo dục, y tế, lao động, cải cách hành chính và chuyển đổi số',
      ),
      p(
        'Lịch công tác hằng tuần của lãnh đạo thành phố được đăng tại mục Chỉ đạo điều hành. Liên hệ với lãnh đạo thành phố qua Văn phòng HĐND và UBND thành phố.',
      ),
    ],
  },
  {
    slug: 'lich-su-hinh-thanh',
    title: 'Lịch sử hình thành',
    parentSlug: 'gioi-thieu',
    blocks: [
      p(
        'Vùng đất Tam Điệp gắn liền với dãy núi và đèo Tam Điệp (còn gọi là đèo Ba Dội), án ngữ con đường thiên lý Bắc – Nam. Cuối năm Mậu Thân 1788, nghĩa quân Tây Sơn rút về lập phòng tuyến Tam Điệp – Biện Sơn; từ đây, Hoàng đế Quang Trung đã hội quân, tổ chức cuộc hành quân thần tốc ra Bắc, đại phá quân Thanh vào dịp Tết Kỷ Dậu 1789. Di tích đền Quán Cháo và các dấu tích phòng tuyến còn lưu giữ ký ức về sự kiện lịch sử ấy.',
      ),
      p(
        'Từ những năm 1950–1960, Nhà nước xây dựng các nông trường quốc doanh trên vùng đồi Đồng Giao, đưa hàng nghìn lao động từ nhiều địa phương về khai hoang, trồng dứa, chè, cà phê và chăn nuôi. Cùng với các nông trường là các nhà máy, xí nghiệp, trường học, bệnh viện, hình thành nên một vùng dân cư tập trung, năng động.',
      ),
      p(
        'Năm 1982, thị xã Tam Điệp được thành lập trên cơ sở thị trấn Tam Điệp – vốn hình thành từ thị trấn nông trường Đồng Giao – và một số xã lân cận, trở thành trung tâm kinh tế, văn hóa phía Nam của tỉnh. Trải qua hơn ba mươi năm xây dựng và phát triển, hạ tầng đô thị ngày càng khang trang, các khu công nghiệp, thương mại, dịch vụ được hình thành; đời sống vật chất, tinh thần của Nhân dân không ngừng nâng lên.',
      ),
      p(
        'Năm 2015, Ủy ban Thường vụ Quốc hội ban hành nghị quyết thành lập thành phố Tam Điệp thuộc tỉnh Ninh Bình trên cơ sở toàn bộ diện tích tự nhiên và dân số của thị xã Tam Điệp. Đây là dấu mốc quan trọng, mở ra giai đoạn phát triển mới của thành phố công nghiệp, dịch vụ ở cửa ngõ phía Nam của tỉnh.',
      ),
    ],
  },
  {
    slug: 'lien-he',
    title: 'Liên hệ',
    parentSlug: 'gioi-thieu',
    blocks: [
      h2('Ủy ban nhân dân thành phố Tam Điệp'),
      ul(
        'Địa chỉ: Số 16 đường Quang Trung, phường Bắc Sơn, thành phố Tam Điệp, tỉnh Ninh Bình',
        'Điện thoại: 0229 3864 128',
        'Thư điện tử: vanphong.tamdiep@ninhbinh.gov.vn',
        'Giờ làm việc: sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ 00, từ thứ Hai đến thứ Sáu',
      ),
      h2('Chịu trách nhiệm nội dung Trang thông tin điện tử'),
      p(
        'Ông Vũ Đức Long, Chánh Văn phòng HĐND và UBND thành phố. Mọi ý kiến góp ý về nội dung, tin bài xin gửi về địa chỉ thư điện tử nêu trên hoặc qua mục Hỏi đáp.',
      ),
      h2('Người phát ngôn'),
      p(
        'Chủ tịch Ủy ban nhân dân thành phố là người phát ngôn; Chánh Văn phòng HĐND và UBND thành phố được giao phát ngôn và cung cấp thông tin cho báo chí theo ủy quyền.',
      ),
      h2('Tiếp công dân'),
      p(
        'Trụ sở tiếp công dân thành phố làm việc vào các ngày làm việc trong tuần. Lịch tiếp công dân định kỳ của lãnh đạo Ủy ban nhân dân thành phố được công bố tại mục Thông báo.',
      ),
    ],
  },
  {
    slug: 'introduction',
    title: 'Introduction',
    blocks: [
      p(
        'Tam Điệp is a city in the south-west of Ninh Bình province, Vietnam, about 100 km south of Hà Nội. National Highway 1 and the North–South railway cross the Tam Điệp pass here on their way into Thanh Hóa province. The city is made up of six wards (Bắc Sơn, Trung Sơn, Nam Sơn, Tây Sơn, Tân Bình, Yên Bình) and three communes (Quang Sơn, Yên Sơn, Đông Sơn).',
      ),
      p(
        'Its low hills and red soil make it one of the country’s best-known pineapple-growing areas, around the former Đồng Giao state farms. Food processing, building materials, garments, footwear and electronics at the Tam Điệp Industrial Park are the main industries. The city has a long history: in 1788–1789 the Tây Sơn army under Emperor Quang Trung gathered at the Tam Điệp defence line before marching north to Thăng Long.',
      ),
      p(
        'Tam Điệp became a town in 1982 and a city of Ninh Bình province in 2015.',
      ),
      h2('Contact'),
      ul(
        'People’s Committee of Tam Điệp City',
        'Address: 16 Quang Trung Street, Bắc Sơn Ward, Tam Điệp City, Ninh Bình Province, Vietnam',
        'Phone: +84 229 3864 128',
        'Email: vanphong.tamdiep@ninhbinh.gov.vn',
        'Responsible for this website: Mr Vũ Đức Long, Chief of the Office of the People’s Council and People’s Committee',
      ),
    ],
  },
];
