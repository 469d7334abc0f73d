// What the user said about the leak, as a short list of facts: on the leak's page (IncidentFacts) and, with
// the source first and without what leaked (it has a section of its own there), in the printed report.
import { accountLabel } from '@/lib/account-names';
import { t, currentLanguage } from '@/lib/i18n';
import { formatDate, formatDateTime } from '@/core/format';
import { joinList } from '@/core/language';
import { LEAKED_DATA, type Account, type Incident } from '@/core/model';
import { camel } from '@/core/plan/task';
import { tk } from '@/lib/plan-text';
import { LangText } from '../LangText';

interface FactProps {
  incident: Incident;
  accounts: readonly Account[];
  /** The report names the source first; the leak's page has it as its heading. */
  withSource?: boolean;
  /** The leak's page lists what leaked here; the report gives it a section of its own. */
  withLeaked?: boolean;
  class: string;
}

/** The facts as one definition list, shared by the leak's page and the report. */
export function FactList({ incident, accounts, withSource = false, withLeaked = false, class: className }: FactProps) {
  const lang = currentLanguage();
  const affected = accounts.filter((account) => incident.accountIds.includes(account.id)).map((account) => accountLabel(account));
  const leaked = LEAKED_DATA.filter((data) => incident.leaked.includes(data)).map((data) => tk(`leak.data.${camel(data)}`));
  return (
    <dl class={className}>
      {withSource && (
        <>
          <dt>{t('leak.header.source')}</dt>
          <dd>
            <LangText text={incident.source} />
          </dd>
        </>
      )}
      <dt>{t('leak.header.discovered')}</dt>
      <dd>{formatDateTime(incident.discoveredAt, lang)}</dd>
      <dt>{t('leak.header.leakedOn')}</dt>
      <dd>{incident.leakedAt === undefined ? t('leak.header.unknown') : formatDate(incident.leakedAt, lang)}</dd>
      <dt>{t('leak.header.howLearned')}</dt>
      <dd>{tk(`leak.how.${camel(incident.howLearned)}`)}</dd>
      {withLeaked && (
        <>
          <dt>{t('leak.header.leaked')}</dt>
          <dd>{joinList(leaked, lang)}</dd>
        </>
      )}
      <dt>{t('leak.header.region')}</dt>
      <dd>{tk(`leak.region.${incident.region}`)}</dd>
      <dt>{t('leak.header.accounts')}</dt>
      <dd>{affected.length ? <LangText text={joinList(affected, lang)} /> : t('leak.header.noAccounts')}</dd>
    </dl>
  );
}

export function IncidentFacts({ incident, accounts }: { incident: Incident; accounts: Account[] }) {
  return (
    <section aria-labelledby="incident-facts">
      <h2 id="incident-facts">{t('leak.header.facts')}</h2>
      <FactList incident={incident} accounts={accounts} withLeaked class="facts" />
    </section>
  );
}
