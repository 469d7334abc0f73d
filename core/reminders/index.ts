// Reminders: what is pending, when to remind about it, the badge, and the calendar export. Pure: the
// background and the pages pass in the state, the clock, the time zone and the plan builder.
export * from './clock';
export * from './quiet';
export * from './items';
export * from './log';
export * from './schedule';
export * from './badge';
export * from './ics';
