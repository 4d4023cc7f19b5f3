// The working-day clock (Loa's own): the Vietnamese lunisolar calendar, the days off of a state
// agency, and deadlines of N working days with stops.
export type { LunarDate } from './lunar.js';
export { lunarOf, solarOf, lunarNewYear } from './lunar.js';
export type { Calendar, DeclaredDay, DayInfo } from './calendar.js';
export { EMPTY_CALENDAR, WorkCalendar, dayNumber, dayString, statutoryHolidays, nationalDayNeighbour, weekday } from './calendar.js';
export type { Deadline, DeadlineState, SkippedDay, Stop } from './clock.js';
export { WAITING_WHY, deadline, deadlineState } from './clock.js';
