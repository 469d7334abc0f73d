// Backup and import: pure, so that every check and every plan is tested without a browser.
export * from './format';
export * from './records';
export * from './export';
export * from './parse';
export * from './plan';
export * from './time';
