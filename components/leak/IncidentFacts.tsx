// What the user said about the leak, as a short list of facts.
import { t, currentLanguage } from '@/lib/i18n';
import { formatDate, formatDateTime } from '@/core/format';
import { joinList } from '@/core/language';
import { LEAKED_DATA, type Account, type Incident } from '@/core/model';
import { camel } from '@/core/plan/task';
import { tk } from '@/lib/plan-text';

export function IncidentFacts({ incident, accounts }: { incident: Incident; accounts: Account[] }) {
  const lang = currentLanguage();
  const affected = accounts.filter((account) => incident.accountIds.includes(account.id));
  const leaked = LEAKED_DATA.filter((data) => incident.leaked.includes(data)).map((data) => tk(`leak.data.${camel(data)}`));
  return (
    <section aria-labelledby="incident-facts">
      <h2 id="incident-facts">{t('leak.header.facts')}</h2>
      <dl class="facts">
        <dt>{t('leak.header.discovered')}</dt>
        <dd>{formatDateTime(incident.discoveredAt, lang)}</dd>
        <dt>{t('leak.header.leakedOn')}</dt>
        <dd>{incident.leakedAt === undefined ? t('leak.header.unknown') : formatDate(incident.leakedAt, lang)}</dd>
        <dt>{t('leak.header.howLearned')}</dt>
        <dd>{tk(`leak.how.${camel(incident.howLearned)}`)}</dd>
        <dt>{t('leak.header.leaked')}</dt>
        <dd>{joinList(leaked, lang)}</dd>
        <dt>{t('leak.header.region')}</dt>
        <dd>{tk(`leak.region.${incident.region}`)}</dd>
        <dt>{t('leak.header.accounts')}</dt>
        <dd>
          {affected.length
            ? joinList(
                affected.map((a) => a.label),
                lang,
              )
            : t('leak.header.noAccounts')}
        </dd>
      </dl>
    </section>
  );
}
