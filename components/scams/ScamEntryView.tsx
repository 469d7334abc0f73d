// One scam from the guide: how it starts (what the caller already knows), the tell, what to do now and where
// to report, with its sources and the date they were checked.
import { t, pick } from '@/lib/i18n';
import type { ScamEntry } from '@/core/scams/match';

export function ScamEntryView({ entry, open = false, headingLevel = 4 }: { entry: ScamEntry; open?: boolean; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const id = `scam-${entry.id}`;
  return (
    <details class="card scam" open={open} aria-labelledby={id}>
      <summary>
        <Heading id={id} class="scam-title">
          {pick(entry.title)}
        </Heading>
      </summary>
      <dl>
        <dt>{t('scams.starts')}</dt>
        <dd>{pick(entry.starts)}</dd>
        <dt>{t('scams.tell')}</dt>
        <dd>{pick(entry.tell)}</dd>
        <dt>{t('scams.now')}</dt>
        <dd>
          <strong>{pick(entry.now)}</strong>
        </dd>
        <dt>{t('scams.report')}</dt>
        <dd>
          {pick(entry.report)}
          {entry.url && (
            <>
              {' '}
              <a href={entry.url} target="_blank" rel="noreferrer">
                {t('scams.openReport')}
              </a>
            </>
          )}
        </dd>
      </dl>
      <p class="muted small">
        {t('scams.sources')}{' '}
        {entry.sources.map((source, index) => (
          <span key={source.url}>
            {index > 0 && ' · '}
            <a href={source.url} target="_blank" rel="noreferrer">
              {new URL(source.url).hostname}
            </a>{' '}
            ({t('scams.checked', { date: source.checked })})
          </span>
        ))}
      </p>
    </details>
  );
}
