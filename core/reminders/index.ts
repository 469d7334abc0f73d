// Reminders: what is pending, when to remind about it, and the badge. Pure: the background and the pages pass
// in the state, the clock, the time zone and the plan builder. The calendar export is './ics', imported on its
// own by the settings page only: through this index every page and the background would carry it (issue 13).
export * from './clock';
export * from './quiet';
export * from './items';
export * from './log';
export * from './schedule';
export * from './badge';
