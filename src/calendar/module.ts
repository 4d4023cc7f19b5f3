// The calendar of days off: each year's declared days (installation-wide, or one site's), each
// site's deadline length, their screen for administrators, and `workCalendarFor` (service.ts) that
// the modules counting deadlines read. A change recounts every module's `deadlines`.
import { defineModule } from '../registry/module.js';
import { msg } from '../messages/index.js';
import { calendarBackofficeRoutes } from './backoffice.js';
import { CALENDAR_PATH } from './views.js';

declare module '../accounts/policy.js' {
  interface ModuleActions {
    'calendar.manage': true;
  }
}

export const calendarModule = defineModule({
  name: 'calendar',
  backoffice: calendarBackofficeRoutes,
  nav: [{ key: 'calendar', label: msg.calendar.title, href: CALENDAR_PATH, order: 75, needs: 'calendar.manage' }],
  actions: [{ action: 'calendar.manage', roles: ['admin'], refusal: 'Chỉ Quản trị được sửa lịch làm việc.' }],
  auditLabels: {
    'calendar.add': 'Khai báo ngày nghỉ/làm bù',
    'calendar.remove': 'Xoá ngày khai báo',
    'calendar.deadline': 'Đổi thời hạn trả lời',
  },
  walk: async (db, ctx) => {
    const row = await db
      .insertInto('calendar_days')
      .values({ site_id: ctx.siteId, day: '2031-01-06', working: 0, note: 'Phép duyệt', created_by: ctx.admin, created_at: new Date().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { 'lich-lam-viec': String(row.id) };
  },
});
