// News categories of the demo portal ("Tin tức – Sự kiện" and the sections beside it).
import type { DemoCategory } from './types.js';

export const DEMO_CATEGORIES: DemoCategory[] = [
  {
    slug: 'chinh-tri',
    name: 'Chính trị',
    description:
      'Hoạt động của Đảng bộ, Hội đồng nhân dân, Mặt trận Tổ quốc và các đoàn thể chính trị – xã hội thành phố.',
  },
  {
    slug: 'cong-tac-dan-van',
    name: 'Công tác dân vận',
    parentSlug: 'chinh-tri',
    description:
      'Công tác dân vận, thực hiện quy chế dân chủ ở cơ sở và phong trào thi đua “Dân vận khéo” trên địa bàn thành phố.',
  },
  {
    slug: 'kinh-te',
    name: 'Kinh tế',
    description:
      'Tình hình sản xuất công nghiệp, nông nghiệp, thương mại, dịch vụ, đầu tư và xây dựng nông thôn mới của thành phố.',
  },
  {
    slug: 'van-hoa-xa-hoi',
    name: 'Văn hóa – Xã hội',
    description:
      'Tin về giáo dục, y tế, văn hóa, thể thao, lao động, an sinh xã hội và đời sống Nhân dân trong thành phố.',
  },
  {
    slug: 'quoc-phong-an-ninh',
    name: 'Quốc phòng – An ninh',
    description:
      'Công tác quân sự địa phương, tuyển quân, bảo đảm an ninh chính trị, trật tự an toàn xã hội và phòng cháy, chữa cháy.',
  },
  {
    slug: 'chi-dao-dieu-hanh',
    name: 'Chỉ đạo điều hành',
    description:
      'Ý kiến chỉ đạo, điều hành của Thành ủy, Ủy ban nhân dân thành phố và lãnh đạo thành phố về các nhiệm vụ trọng tâm.',
  },
  {
    slug: 'thong-bao',
    name: 'Thông báo',
    description:
      'Thông báo, lịch tiếp công dân, tuyển dụng, thu thuế, đất đai và các thông tin cần công khai của Ủy ban nhân dân thành phố.',
  },
];
