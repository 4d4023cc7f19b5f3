// The article of the reference page (test/fixtures/seed-article-page.txt), reproduced exactly: every
// paragraph verbatim and in order (runs of whitespace collapsed to one space, ends trimmed),
// the three photo captions as figures where they stand in the page. Its wording, typos
// included ("ở sở sở", "tập đã trung"), is the source's and must not be corrected: the
// self-check in reference-article.test.ts compares it with the page line by line.
import type { DemoArticle } from './types.js';

export const REFERENCE_ARTICLE: DemoArticle = {
  slug: 'hoi-nghi-tong-ket-cong-tac-dan-van-va-hoat-dong-cac-ban-chi-dao-cua-thanh-uy-nam-2023-trien-khai-nhiem-vu-nam-2024',
  title:
    'Hội nghị tổng kết công tác dân vận và hoạt động các Ban Chỉ đạo của thành ủy năm 2023, triển khai nhiệm vụ năm 2024',
  category: 'cong-tac-dan-van',
  // 16:00 ICT on Thứ Năm, 07/12/2023
  publishedAt: '2023-12-07T09:00:00.000Z',
  summary:
    'Chiều 7-12, Thành ủy Tam Điệp tổng kết công tác dân vận và hoạt động của các Ban Chỉ đạo năm 2023, ký kết giao ước thi đua và triển khai nhiệm vụ năm 2024.',
  byline: 'Kim Dung',
  featuredImage: 'hoi-nghi-1',
  views: 78,
  blocks: [
    {
      kind: 'p',
      text:
        'Chiều 7-12, tại phòng hội thảo tầng 2, Nhà Văn hóa thành phố, Thành ủy tổ chức Hội nghị tổng kết công tác Dân vận và hoạt động của các Ban Chỉ đạo thực hiện QCDC ở cơ sở, Ban Chỉ đạo phong trào thi đua “Dân vận khéo” và Ban Chỉ đạo phối hợp hoạt động VĐQC xây dựng và BVTQ thành phố năm 2023, triển khai nhiệm vụ công tác năm 2024.',
    },
    {
      kind: 'p',
      text:
        'Đồng chí Vũ Thành Tôn, Phó Bí thư Thường trực Thành ủy dự và chỉ đạo hội nghị; các đồng chí thành viên Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở; thành viên Ban Chỉ đạo phong trào thi đua “Dân vận khéo”; thành viên Ban Chỉ đạo phối hợp hoạt động VĐQC xây dựng và BVTQ thành phố; chuyên viên Ban Dân vận Tỉnh ủy; lãnh đạo Ban Dân vận Thành ủy; Văn phòng Thành ủy; các đồng chí Phó Bí thư Thường trực Đảng ủy các xã, phường dự hội nghị.',
    },
    {
      kind: 'figure',
      image: 'hoi-nghi-1',
      caption: 'Quang cảnh Hội nghị.',
      alt: 'Toàn cảnh phòng hội thảo tầng 2 Nhà Văn hóa thành phố Tam Điệp, các đại biểu ngồi theo dãy bàn hướng lên sân khấu hội nghị.',
    },
    {
      kind: 'p',
      text:
        'Trong năm 2023, các cấp ủy đảng, chính quyền từ thành phố đến cơ sở tập đã trung lãnh đạo, chỉ đạo triển khai các nhiệm vụ, giải pháp về công tác Dân vận gắn với thực hiện nhiệm vụ chính trị của các địa phương, đơn vị, đạt được nhiều kết quả rõ nét trên các lĩnh vực, đời sống xã hội. Các phong trào thi đua lao động, sản xuất, phát triển kinh tế, xây dựng nông thôn mới, đô thị văn minh; xây dựng và thực hiện Quy chế dân chủ ở cơ sở, các mô hình “Dân vận khéo”; các phong trào thi đua, các cuộc vận động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội từ thành phố đến cơ sở có nhiều chuyển biến, góp phần quan trọng vào những kết quả chung của thành phố. Công tác Dân vận của các cấp chính quyền có nhiều tiến bộ, quản lý, điều hành theo hướng cụ thể, gần dân, vì lợi ích của nhân dân; các chính sách của nhà nước được tổ chức thực hiện dân chủ, công khai, minh bạch, đúng quy định. Công tác cải cách hành chính thu được nhiều kết quả tích cực; ý thức trách nhiệm của đội ngũ cán bộ, công chức, viên chức trong thực thi công vụ được nâng lên, hướng tới sự hài lòng của người dân.',
    },
    {
      kind: 'p',
      text:
        'Phong trào thi đua “Dân vận khéo” của thành phố có chuyển biến tích cực, hiệu quả: Nhận thức của các cấp ủy, chính quyền, MTTQ, các ban, ngành, đoàn thể về vai trò, vị trí, tầm quan trọng của công tác dân vận đã dần được nâng lên. Tăng cường lãnh đạo, tổ chức thực hiện công tác dân vận, xây dựng hệ thống chính trị ở địa phương vững mạnh. Hoạt động của các mô hình “Dân vận khéo” đã triển khai được đông đảo Nhân dân tham gia. Trong năm, toàn thành phố đã đăng ký thực hiện mới 25 mô hình. Hiện trên toàn thành phố có 18 sản phẩm được công nhận đạt OCOP. Nhiều mô hình có hiệu quả đã được nhân rộng, phát huy mọi nguồn lực trong nhân dân, góp phần thực hiện quy chế dân chủ ở sở sở, tăng cường mối quan hệ giữa Đảng với Nhân dân, đồng thời phát huy sức mạnh khối đại đoàn kết toàn dân, tạo sự đồng thuận trong xã hội.',
    },
    {
      kind: 'p',
      text:
        'Ban Chỉ đạo thực hiện QCDC thành phố tích cực tham mưu cho Ban Thường vụ Thành ủy lãnh đạo, chỉ đạo thực hiện tốt việc xây dựng và thực hiện QCDC ở cơ sở. Tập trung lãnh đạo, chỉ đạo xây dựng và thực hiện tốt chương trình công tác, kế hoạch, các nhiệm vụ trọng tâm về phát triển kinh tế - xã hội gắn với thực hiện chủ đề công tác năm 2023 của tỉnh. Trong năm 2023, toàn thành phố tiếp nhận 69 đơn/68 vụ việc, trong đó đơn kỳ trước chuyển sang 16 đơn (thành phố 09 đơn, cấp xã 07 đơn), đơn tiếp nhận trong kỳ 53 đơn (thành phố 17 đơn, cấp xã 36 đơn). Số đơn đã xử lý/ Tổng số đơn tiếp nhận: 69/69 đơn. Kết quả thực hiện QCDC ở cơ sở góp phần nâng cao nhận thức, trách nhiệm của các cấp ủy, chính quyền, Mặt trận Tổ quốc, các tổ chức chính trị - xã hội, cán bộ, đảng viên, công chức, viên chức và nhân dân về dân chủ và thực hành dân chủ, tạo sự đồng thuận trong nhân dân; khơi dậy tinh thần đoàn kết, nêu cao ý thức trách nhiệm, nhận thức đúng đắn hơn về quyền, nghĩa vụ và quyền làm chủ của Nhân dân.',
    },
    {
      kind: 'p',
      text:
        'Ban Chỉ đạo phối hợp vận động quần chúng xây dựng và bảo vệ tổ quốc các cấp đã bám sát nhiệm vụ chính trị của địa phương, tổ chức phối hợp toàn diện, hiệu quả theo chức năng nhiệm vụ của cơ quan, đơn vị. Phát huy chức năng tham mưu, làm tốt công tác tuyên truyền vận động nhân dân, hội viên, đoàn viên, cán bộ chiến sĩ LLVT, tạo ra sức mạnh tổng hợp trong việc thực hiện các chủ trương đường lối của Đảng, chính sách pháp luật của Nhà nước. Góp phần phát triển kinh tế - xã hội, giảm nghèo, xây dựng khu vực phòng thủ, củng cố quốc phòng toàn dân, thế trận chiến tranh nhân dân vững chắc, bảo đảm an ninh chính trị, trật tự an toàn xã hội, đáp ứng được yêu cầu nhiệm vụ công tác vận động quần chúng xây dựng và bảo vệ Tổ quốc trong tình hình mới.',
    },
    {
      kind: 'p',
      text:
        'Tại hội nghị, các đại biểu đã thảo luận, trao đổi kinh nghiệm làm rõ thêm những kết quả đạt được; chỉ ra những khó khăn, hạn chế trong quá trình thực hiện và đề ra nhiều giải pháp nhằm nâng cao chất lượng, hiệu quả công tác dân vận trong thời gian tới liên quan tới công tác tập hợp đoàn kết lương giáo tham gia các hoạt động an sinh xã hội góp phần thực hiện nhiệm vụ chính trị của thành phố; công tác dân vận của lực lượng công an trong việc đảm bảo an ninh chính trị trật tự an toàn xã hội trong giai đoạn hiện nay; công tác phối hợp của Hội Nông dân trong tham gia các hoạt động dân vận trên địa bàn; kinh nghiệm trong công tác vận động huy động nguồn lực trong nhân dân tham gia xây dựng các tiêu chí nông thôn mới nâng cao của xã Yên Sơn...',
    },
    {
      kind: 'figure',
      image: 'hoi-nghi-2',
      caption: 'Các đơn vị tham gia ký kết giao ước thi đua năm 2024.',
      alt: 'Đại diện Ban Dân vận Thành ủy và Ban Dân vận các xã, phường đứng thành hàng trên sân khấu, cầm bản giao ước thi đua năm 2024 vừa ký.',
    },
    {
      kind: 'p',
      text:
        'Tại hội nghị, Ban Dân vận Thành ủy tổ chức ký kết giao ước thi đua năm 2024 với Ban Dân vận các xã, phường trước sự chứng kiến của các đại biểu.',
    },
    {
      kind: 'figure',
      image: 'hoi-nghi-3',
      caption: 'Đồng chí Vũ Thành Tôn, Phó Bí thư Thường trực Thành ủy phát biểu kết luận.',
      alt: 'Đồng chí Vũ Thành Tôn, Phó Bí thư Thường trực Thành ủy, đứng tại bục phát biểu kết luận hội nghị.',
    },
    {
      kind: 'p',
      text:
        'Kết luận hội nghị, đồng chí Phó Bí thư Thường trực Thành ủy ghi nhận và đánh giá cao những kết quả trong công tác dân vận và hoạt động của các Ban Chỉ đạo đã góp phần quan trọng trong phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh, nâng cao đời sống vật chất, tinh thần của Nhân dân trên địa bàn thành phố. Đồng chí nhấn mạnh trong điều kiện còn nhiều khó khăn song với sự quyết tâm chính trị cao từ thành phố đến cơ sở vì vậy đến nay thành phố đã đạt được nhiều kết quả quan trọng trên các lĩnh vực trong đó có những vấn đề khó như về công nghiệp vẫn duy trì ổn định, thương mại dịch vụ phát triển khá, nông nghiệp đảm bảo khung thời vụ, thành phố cũng là địa phương có sản phẩm OCOP nhiều nhất tỉnh, an ninh trật tự được giữ vững, quốc phòng địa phương được tăng cường; Nhân dân tin tưởng vào sự lãnh đạo của Đảng, sự chỉ đạo điều hành của chính quyền các cấp. Có được những thành tích và kết quả nổi bật trên là nhờ sự nỗ lực phấn đấu của cả hệ thống chính trị và các tầng lớp nhân dân đặc biệt là sự đóng góp quan trọng của công tác dân vận và đội ngũ những người làm công tác dân vận từ thành phố đến cơ sở.',
    },
    {
      kind: 'p',
      text:
        'Để nâng cao hiệu quả công tác dân vận trong thời gian tới, đồng chí Phó Bí thư Thường trực Thành ủy đề nghị Ban Dân vận Thành ủy tiếp tục tham mưu cho cấp ủy lãnh đạo, chỉ đạo, triển khai thực hiện hiệu quả các chỉ thị, nghị quyết của Trung ương, của tỉnh, của thành phố về công tác dân vận; phát huy vai trò, trách nhiệm của cả hệ thống chính trị, cán bộ, đảng viên, nhất là người đứng đầu các địa phương, đơn vị trong công tác dân vận; quan tâm tới đồi Ba Mào, đảm bảo giao thông, xây dựng ở xã Đông Sơn; giải quyết những việc tồn tại từ nhiều năm. Tuyên truyền vận động Nhân dân thực hiện tốt các hoạt động tôn giáo đặc biệt là việc thành lập Ban quản lý các khu di tích. Trong thời gian tới hoạt động của các hội, đoàn thể còn nhiều khó khăn vì vậy cần phải đổi mới mạnh mẽ nội dung, phương thức hoạt động, gần hơn, sát hơn với tình hình của hội viên, đoàn viên, tăng cường đồng thuận xã hội để xây dựng hội phát triển. Tuyên truyền vận động phát huy vai trò làm chủ của Nhân dân tham gia các cuộc vận động, các phong trào thi đua yêu nước, thực hiện tốt chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước. Ban Dân vận và các Ban tiếp tục bám sát cơ sở, tăng cường công tác vận động quần chúng và phát huy quy chế dân chủ ở cơ sở, tạo sự đồng thuận và chung sức của toàn dân để thực hiện có hiệu quả các nhiệm vụ chính trị đề ra, tạo sự lan tỏa tích cực trong đời sống Nhân dân. Chính quyền các cấp tiếp tục đẩy mạnh công tác dân vận gắn với các nhiệm vụ phát triển kinh tế - xã hội, quốc phòng an ninh trên địa bàn. Tăng cường công tác phối hợp nắm thông tin, phản ánh kịp thời những bức xúc, phản ánh, kiến nghị của người dân, qua đó tham mưu cho cấp ủy, chính quyền giải quyết kịp thời các vụ việc phức tạp còn tồn đọng và những vụ việc mới phát sinh. Nâng cao chất lượng, đẩy mạnh phong trào thi đua yêu nước, tham gia xây dựng Đảng, xây dựng chính quyền vững mạnh toàn diện.',
    },
  ],
};
