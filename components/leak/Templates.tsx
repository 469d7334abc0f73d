// Ready-made texts filled with this leak's details: the complaint letter and the warning to family and friends.
import { t } from '@/lib/i18n';
import { complaintLetter, familyMessage } from '@/core/plan/templates';
import type { Incident } from '@/core/model';
import { textTools } from '@/lib/plan-text';
import { CopyBox } from './CopyBox';

export function Templates({ incident }: { incident: Incident }) {
  const tools = textTools();
  return (
    <section aria-labelledby="templates-title" class="no-print">
      <h2 id="templates-title">{t('leak.templates.title')}</h2>
      <p class="muted small">{t('leak.templates.help')}</p>
      <CopyBox
        id="template-complaint"
        label={t('plan.template.complaint.title')}
        text={complaintLetter(incident, tools, Date.now())}
        rows={12}
      />
      <CopyBox id="template-family" label={t('plan.template.family.title')} text={familyMessage(incident, tools)} rows={4} />
    </section>
  );
}
