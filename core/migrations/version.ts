// The schema version this build reads and writes: the number of numbered migrations (core/migrations/index.ts,
// whose test checks the two agree). A module of its own, so that a read finding data already at this version
// does not load the migrations (lib/storage.ts; issue 13: the side panel's first paint).
export const CURRENT_SCHEMA = 2;
