// Hỏi đáp: citizens' questions run as cases — the public form and tracking page, the published
// questions and answers (routes.tsx), the handlers' queue and case (backoffice.tsx), the state
// machine (machine.ts), the working-day clock through calendar/ (service.ts), and what search,
// site maps, feeds and the menu editor get (sources.ts). The calendar's changes recount its due dates.
import { defineModule } from '../registry/module.js';
import { msg } from '../messages/index.js';
import { questionRoutes } from './routes.js';
import { questionBackofficeRoutes } from './backoffice.js';
import { QUEUE_PATH } from './backoffice-views.js';
import { questionFeed, questionLinkTargets, questionSearch, questionSitemap } from './sources.js';
import { recountDeadlines, submitQuestion } from './service.js';

export const questionsModule = defineModule({
  name: 'questions',
  routes: questionRoutes,
  backoffice: questionBackofficeRoutes,
  nav: [{ key: 'questions', label: msg.questions.nav, href: QUEUE_PATH, order: 40, needs: 'question.handle' }],
  actions: [
    { action: 'question.handle', roles: ['handler', 'editor', 'admin'], refusal: 'Chỉ Cán bộ tiếp nhận, Biên tập viên hoặc Quản trị được xử lý câu hỏi của công dân.' },
    { action: 'question.topics', roles: ['editor', 'admin'], refusal: 'Chỉ Biên tập viên hoặc Quản trị được sửa các lĩnh vực hỏi đáp.' },
  ],
  auditLabels: {
    'question.submit': 'Công dân gửi câu hỏi',
    'question.accept': 'Tiếp nhận câu hỏi',
    'question.start': 'Bắt đầu xử lý câu hỏi',
    'question.ask': 'Yêu cầu công dân bổ sung',
    'question.resume': 'Nhận thông tin bổ sung',
    'question.answer': 'Trả lời câu hỏi',
    'question.reopen': 'Sửa lại câu trả lời',
    'question.publish': 'Công khai câu hỏi',
    'question.unpublish': 'Gỡ công khai câu hỏi',
    'question.refuse': 'Từ chối câu hỏi',
    'question.assign': 'Giao câu hỏi',
    'question.forward': 'Chuyển câu hỏi đi',
    'question.forwarded': 'Nhận câu hỏi chuyển đến',
    'question.topics': 'Sửa lĩnh vực hỏi đáp',
  },
  search: questionSearch,
  sitemap: questionSitemap,
  feed: questionFeed,
  linkTargets: questionLinkTargets,
  deadlines: { recount: recountDeadlines },
  walk: async (db, ctx) => {
    const { id } = await submitQuestion(db, {
      siteId: ctx.siteId,
      ip: '127.0.0.1',
      now: Date.now(),
      fields: { name: 'Phép Duyệt', email: 'phep@example.vn', phone: '', address: '', topic: '', title: 'Câu hỏi của phép duyệt', body: 'Nội dung.' },
      files: [{ data: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'), name: 'to-trinh.pdf', truncated: false }],
    });
    const file = await db.selectFrom('question_files').select('id').where('case_id', '=', id).executeTakeFirstOrThrow();
    return { 'hoi-dap': String(id), tep: String(file.id) };
  },
});
