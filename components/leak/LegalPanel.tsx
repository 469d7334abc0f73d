// A short panel of the legal provisions that matter after a leak, for the user's region.
import { t } from '@/lib/i18n';
import { legalReferences } from '@/core/plan/legal';
import type { Region } from '@/core/model';
import { tk } from '@/lib/plan-text';

export function LegalPanel({ region }: { region: Region }) {
  return (
    <section aria-labelledby="legal-title">
      <details class="legal">
        <summary>
          <h2 id="legal-title">{t('plan.legal.title')}</h2>
        </summary>
        <dl>
          {legalReferences(region).map((ref) => (
            <div key={ref.title}>
              <dt>{tk(ref.title)}</dt>
              <dd>{tk(ref.text)}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}
