// Version 1 is the first schema. Storage written before any version marker is either empty or from a
// development build whose records already have today's shape, so nothing is rewritten: records that do not
// fit are quarantined by the upgrade plan, not dropped.
import type { Migration } from './index';

export const m001Initial: Migration = () => ({ set: {}, remove: [] });
