// The popup's top part when the tab shows a website: its open steps, or a one-click way to add it.
import { labelled, t, pick } from '@/lib/i18n';
import type { OpenStep } from '@/core/guide';
import type { Account } from '@/core/model';
import type { SiteSummary as Site } from '@/data/schema';
import { StepRow } from './StepRow';

interface Props {
  site: Site | undefined;
  domain: string;
  accounts: Account[];
  steps: OpenStep[];
  onAdd: () => void;
  onDone: (open: OpenStep) => void;
  onOpenPage: (url: string) => void;
  onBeside: (account: Account) => void;
}

export function CurrentSite({ site, domain, accounts, steps, onAdd, onDone, onOpenPage, onBeside }: Props) {
  const name = site ? pick(site.names) : domain;
  if (accounts.length === 0) {
    return (
      <section aria-labelledby="this-site" class="card">
        <h2 id="this-site">{labelled(t('accounts.thisSite'), name)}</h2>
        <button type="button" class="primary" onClick={onAdd}>
          {site ? t('accounts.addThisSite', { name }) : t('accounts.addThisCustom', { domain })}
        </button>
      </section>
    );
  }
  return (
    <section aria-labelledby="this-site">
      <h2 id="this-site">{t('popupSite.yourSteps', { name })}</h2>
      {steps.length === 0 ? <p>{t('popupSite.nothingOpen')}</p> : (
        <ul class="plain">
          {steps.slice(0, 4).map((open) => (
            <StepRow key={`${open.account.id}:${open.step.id}`} open={open} showAccount={accounts.length > 1}
              onDone={() => onDone(open)} onOpenPage={onOpenPage} />
          ))}
        </ul>
      )}
      <button type="button" onClick={() => onBeside(accounts[0]!)}>{t('popupSite.beside')}</button>
    </section>
  );
}
