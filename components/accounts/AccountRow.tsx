import { labelled, t } from '@/lib/i18n';
import type { Progress } from '@/core/guide';
import type { Account } from '@/core/model';
import { accountLabel, siteNameIfDifferent } from '@/lib/account-names';
import { LangText } from '../LangText';
import { ProgressBar } from '../ProgressBar';
import { routes } from '@/core/routes';

interface Props {
  account: Account;
  progress: Progress;
  /** Just added in one click: offer to adjust what the defaults chose. */
  justAdded?: boolean;
}

/** An account's importance, in the calm words guides use for their steps (never the urgent red). */
const RANK = { critical: 'pointer.rank.critical', important: 'pointer.rank.important', other: 'pointer.rank.other' } as const;

/** The element an action that produced this account moves focus to. */
export const accountRowId = (id: string) => `account-${id}`;

export function AccountRow({ account, progress, justAdded }: Props) {
  const label = accountLabel(account);
  const site = siteNameIfDifferent(account);
  return (
    <li class="card" id={accountRowId(account.id)} tabIndex={-1}>
      <div class="spread">
        <div>
          <strong>
            <LangText text={label} />
          </strong>{' '}
          <span class="muted small">
            {site && (
              <>
                <LangText text={site} /> ·{' '}
              </>
            )}
            {t(`category.${account.category}`)}
          </span>{' '}
          {/* An account's importance is a rank, not an alarm: calm words, never the urgent red (issue 12). */}
          <span class="tag">{t(RANK[account.tier])}</span>{' '}
          {account.sharedPassword && <span class="tag warn">{t('accounts.sharedTag')}</span>}
        </div>
        <div class="row">
          {justAdded && (
            <a class="button" href={routes.editAccount(account.id)} aria-label={labelled(t('calm.editDetails'), label)}>
              {t('calm.editDetails')}
            </a>
          )}
          <a class="button" href={routes.account(account.id)} aria-label={labelled(t('accounts.openGuide'), label)}>
            {t('accounts.openGuide')}
          </a>
        </div>
      </div>
      <ProgressBar label={label} progress={progress} showLabel={false} />
    </li>
  );
}
