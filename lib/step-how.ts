// A catalogue step's how-to, for a card that names one step (the popup's next card): its guide's file is
// loaded for it alone, after the paint that shows the card without it.
import { useEffect, useState } from 'preact/hooks';
import { pick } from './i18n';

export interface GuideOwner {
  siteId?: string;
  category: string;
}

/** The step's how-to in the current language, once its guide's file is loaded; undefined until then. */
export function useStepHow(owner: GuideOwner | undefined, stepId: string | undefined): string | undefined {
  const [how, setHow] = useState<string | undefined>();
  useEffect(() => {
    if (!owner || !stepId) return setHow(undefined);
    let live = true;
    // The guides' code loads here too: nothing of it is needed for the first paint.
    void import('@/data/guides').then(async ({ loadGuides, stepHow }) => {
      await loadGuides([owner]);
      const text = stepHow(owner, stepId);
      if (live) setHow(text ? pick(text) : undefined);
    });
    return () => {
      live = false;
    };
  }, [owner?.siteId, owner?.category, stepId]);
  return how;
}
