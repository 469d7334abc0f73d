// Recomputing the popup's ready-made view, the alarm and the badge from storage. Bursts of changes (an import, a snooze of several
// steps) are coalesced: one run at a time, and one more if anything changed during it.
import { updateBadges } from './badge';
import { scheduleReminder } from './reminders';
import { updatePopupView } from './popup-view';

export async function refreshAll() {
  await updatePopupView();
  await scheduleReminder();
  await updateBadges();
}

let running: Promise<void> | undefined;
let again = false;

export function requestRefresh(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await refreshAll();
    } while (again);
  })().finally(() => {
    running = undefined;
  });
  return running;
}
