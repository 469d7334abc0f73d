// How far along the user is over every account: the Overview's and the popup's progress bar. Its own small
// module, so that the popup counts without carrying the Overview page's code (issue 13).
import { CATALOGUE } from '@/data/catalogue';
import { buildGuide, guideProgress, type Progress } from './guide';
import type { AppState } from './model';

export function overallProgress(state: AppState, now: number): Progress {
  return state.accounts.reduce<Progress>(
    (sum, account) => {
      const p = guideProgress(buildGuide(account, CATALOGUE), state.steps[account.id], now);
      return { closed: sum.closed + p.closed, total: sum.total + p.total, minutesLeft: sum.minutesLeft + p.minutesLeft };
    },
    { closed: 0, total: 0, minutesLeft: 0 },
  );
}
