// The popup's part for the website in the tab: its open items (from the one priority), or a one-click way to add it.
import { labelled, t, pick } from '@/lib/i18n';
import type { Account } from '@/core/model';
import type { ItemView } from '@/lib/next';
import type { SiteSummary as Site } from '@/data/schema';
import { ItemRow } from '../next/ItemRow';
import { LangText } from '../LangText';

interface Props {
  site: Site | undefined;
  domain: string;
  accounts: Account[];
  items: ItemView[];
  onAdd: () => void;
  onDone: (view: ItemView) => void;
  onOpenPage: (url: string) => void;
  onBeside: (account: Account) => void;
}

/** How many of the site's items the popup lists, so that the whole first screen fits. */
const SHOWN = 2;

export function CurrentSite({ site, domain, accounts, items, onAdd, onDone, onOpenPage, onBeside }: Props) {
  const name = site ? pick(site.names) : domain;
  if (accounts.length === 0) {
    return (
      <section aria-labelledby="this-site" class="card">
        <h2 id="this-site">
          <LangText text={labelled(t('accounts.thisSite'), name)} />
        </h2>
        <button type="button" class="primary" onClick={onAdd}>
          {site ? t('accounts.addThisSite', { name }) : t('accounts.addThisCustom', { domain })}
        </button>
      </section>
    );
  }
  return (
    <section aria-labelledby="this-site" data-site-accounts={accounts.length}>
      <h2 id="this-site">
        <LangText text={t('popupSite.yourSteps', { name })} />
      </h2>
      {items.length === 0 ? (
        <p>{t('popupSite.nothingOpen')}</p>
      ) : (
        <ul class="plain">
          {items.slice(0, SHOWN).map((view) => (
            <ItemRow
              key={view.id}
              view={{ ...view, context: accounts.length > 1 ? view.context : undefined }}
              onDone={() => onDone(view)}
              onOpenPage={onOpenPage}
            />
          ))}
        </ul>
      )}
      <button type="button" onClick={() => onBeside(accounts[0]!)}>
        {t('popupSite.beside')}
      </button>
    </section>
  );
}
