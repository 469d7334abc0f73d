// "Money already gone, or a scam call right now?": the region's immediate actions first, then into the plan.
import '../next/next.css';
import { labelled, t, type MessageKey } from '@/lib/i18n';
import { regionFile } from '@/core/regions';
import type { Region } from '@/core/model';

interface Props {
  region: Region;
  /** Where "then" leads: the open leak's plan, or the new-leak form. */
  planHref: string;
  leakOpen: boolean;
  headingLevel?: 1 | 2;
}

export function EmergencyCard({ region, planHref, leakOpen, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section class="card emergency" aria-labelledby="emergency-title">
      <Heading id="emergency-title">{t('emergency.title')}</Heading>
      <p class="small muted">{t('emergency.region', { region: t(`leak.region.${region}`) })}</p>
      <p>{t('emergency.intro')}</p>
      <ol class="emergency-actions">
        {regionFile(region).emergency.map((action) => {
          const title = t(`emergency.action.${action.key}.title` as MessageKey);
          return (
            <li key={action.key}>
              <strong>{title}</strong>
              <p class="small">{t(`emergency.action.${action.key}.how` as MessageKey)}</p>
              <div class="row">
                {action.tel && (
                  <a class="button" href={`tel:${action.tel}`}>
                    {t('emergency.call', { number: action.tel })}
                  </a>
                )}
                {action.url && (
                  <a
                    class="button"
                    href={action.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    aria-label={labelled(t('emergency.visit'), title)}
                  >
                    {t('emergency.visit')} ↗
                  </a>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <p>
        <a class="button primary" href={planHref}>
          {t(leakOpen ? 'emergency.toOpenPlan' : 'emergency.toPlan')}
        </a>
      </p>
    </section>
  );
}
