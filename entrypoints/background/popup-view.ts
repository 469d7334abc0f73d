// After each change, the popup's first screen, ready-made (core/popup-view.ts): the popup then opens from one
// small read. Runs with the badge, from the same state and the same priority, so both name the same next item.
import './plan';
import { CATALOGUE } from '@/data/catalogue';
import { POPUP_TEXT_KEYS } from '@/core/popup-view';
import { loadHowLines, messageTexts } from '@/lib/i18n';
import { priorityItems } from '@/lib/pending';
import { buildPopupView } from '@/lib/popup-view';
import { loadWorkingState } from './working-state';
import { readRevision, savePopupView } from '@/lib/storage';

export async function updatePopupView(now = Date.now()) {
  // The revision before the state: a write in between then leaves a view marked older than its data, which
  // the popup does not use, never the reverse (lib/storage.ts writeAll).
  const revision = await readRevision();
  const { state, lang } = await loadWorkingState();
  const howLines = await loadHowLines(lang);
  await savePopupView(
    buildPopupView(state, now, {
      lang,
      revision,
      items: priorityItems(state, now),
      catalogue: CATALOGUE,
      howLines,
      texts: messageTexts(POPUP_TEXT_KEYS),
    }),
  );
}
