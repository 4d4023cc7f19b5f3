// Placeholder images of the demo content: the photos of the real articles were not captured,
// so each key is drawn as a muted block of colour with a short label (white text, contrast
// with white ≥ 4.5:1 for every colour below).
import type { DemoImage } from './types.js';

export const DEMO_IMAGES: DemoImage[] = [
  { key: 'hoi-nghi-1', label: 'Quang cảnh Hội nghị', color: '#5B6770' },
  { key: 'hoi-nghi-2', label: 'Ký kết giao ước thi đua', color: '#6B5B4E' },
  { key: 'hoi-nghi-3', label: 'Phát biểu kết luận', color: '#4F5D75' },
  { key: 'ky-hop-hdnd', label: 'Kỳ họp HĐND thành phố', color: '#7A4B4B' },
  { key: 'bau-cu', label: 'Ngày hội bầu cử', color: '#8A3B3B' },
  { key: 'dua-dong-giao', label: 'Vùng dứa Đồng Giao', color: '#4D6B3C' },
  { key: 'san-pham-ocop', label: 'Sản phẩm OCOP', color: '#7A5C2E' },
  { key: 'khu-cong-nghiep', label: 'Khu công nghiệp Tam Điệp', color: '#4A5A6A' },
  { key: 'giao-nhan-quan', label: 'Lễ giao nhận quân', color: '#4B5E3F' },
  { key: 'truong-hoc', label: 'Lễ khai giảng năm học', color: '#3F5F73' },
  { key: 'y-te', label: 'Khám sức khỏe cho Nhân dân', color: '#3D6660' },
  { key: 'mot-cua', label: 'Bộ phận Một cửa', color: '#55586B' },
  { key: 'le-hoi', label: 'Lễ hội đền Quán Cháo', color: '#7D4A3A' },
  { key: 'phong-chay', label: 'Diễn tập phòng cháy, chữa cháy', color: '#8C4A32' },
  { key: 'doi-ba-mao', label: 'Khu vực đồi Ba Mào', color: '#5A6B4A' },
];
