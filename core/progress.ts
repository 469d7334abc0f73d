// How far the user is with their accounts' guides, all accounts together (the popup's and Overview's bar).
import { buildGuide, guideProgress, type Catalogue, type Progress } from './guide';
import type { AppState } from './model';

export function overallProgress(state: AppState, catalogue: Catalogue, now: number): Progress {
  return state.accounts.reduce<Progress>(
    (sum, account) => {
      const p = guideProgress(buildGuide(account, catalogue), state.steps[account.id], now);
      return { closed: sum.closed + p.closed, total: sum.total + p.total, minutesLeft: sum.minutesLeft + p.minutesLeft };
    },
    { closed: 0, total: 0, minutesLeft: 0 },
  );
}
