// The leak plan's "What to expect": the scams that use what leaked, the likeliest first (an ID number and a
// phone in China: fake police and loan cancelling), and the way to log a suspicious call or message.
import { t } from '@/lib/i18n';
import type { Incident } from '@/core/model';
import { routes } from '@/core/routes';
import { SCAMS } from '@/core/scams/catalogue';
import { expectedScams } from '@/core/scams/match';
import { ScamEntryView } from './ScamEntryView';

export function WhatToExpect({ incident }: { incident: Incident }) {
  const entries = expectedScams(incident.leaked, incident.region, SCAMS);
  if (!entries.length) return null;
  return (
    <section aria-labelledby="what-to-expect" class="what-to-expect">
      <h3 id="what-to-expect">{t('scams.expectTitle')}</h3>
      <p class="muted">{t('scams.expectIntro')}</p>
      {entries.map((entry, index) => (
        <ScamEntryView key={entry.id} entry={entry} open={index === 0} />
      ))}
      <p class="no-print">
        <a class="button" href={`${routes.section('suspicious')}/${incident.id}`}>
          {t('scams.suspiciousButton')}
        </a>
      </p>
    </section>
  );
}
