// All demo articles of the main site except REFERENCE_ARTICLE, newest last within each file.
import { ARTICLES_CHI_DAO_DIEU_HANH } from './articles-chi-dao-dieu-hanh.js';
import { ARTICLES_CHINH_TRI } from './articles-chinh-tri.js';
import { ARTICLES_KINH_TE } from './articles-kinh-te.js';
import { ARTICLES_QUOC_PHONG_AN_NINH } from './articles-quoc-phong-an-ninh.js';
import { ARTICLES_THONG_BAO } from './articles-thong-bao.js';
import { ARTICLES_VAN_HOA_XA_HOI } from './articles-van-hoa-xa-hoi.js';
import type { DemoArticle } from './types.js';

export const DEMO_ARTICLES: DemoArticle[] = [
  ...ARTICLES_CHINH_TRI,
  ...ARTICLES_KINH_TE,
  ...ARTICLES_VAN_HOA_XA_HOI,
  ...ARTICLES_QUOC_PHONG_AN_NINH,
  ...ARTICLES_CHI_DAO_DIEU_HANH,
  ...ARTICLES_THONG_BAO,
];
