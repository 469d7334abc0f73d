import { labelled, t } from '@/lib/i18n';
import type { Progress } from '@/core/guide';
import type { Account } from '@/core/model';
import { ProgressBar } from '../ProgressBar';
import { routes } from '@/core/routes';

interface Props {
  account: Account;
  name: string;
  progress: Progress;
}

export function AccountRow({ account, name, progress }: Props) {
  return (
    <li class="card">
      <div class="spread">
        <div>
          <strong>{account.label}</strong> <span class="muted small">{name} · {t(`category.${account.category}`)}</span>{' '}
          <span class={`tag ${account.tier === 'critical' ? 'urgent' : ''}`}>{t(`tier.${account.tier}`)}</span>{' '}
          {account.sharedPassword && <span class="tag warn">{t('accounts.sharedTag')}</span>}
        </div>
        <a class="button" href={routes.account(account.id)} aria-label={labelled(t('accounts.openGuide'), account.label)}>{t('accounts.openGuide')}</a>
      </div>
      <ProgressBar label={account.label} progress={progress} showLabel={false} />
    </li>
  );
}
