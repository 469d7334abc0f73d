// A step in the popup: one click marks it done, one click opens its page.
import { labelled, t, pick } from '@/lib/i18n';
import type { OpenStep } from '@/core/guide';

interface Props {
  open: OpenStep;
  showAccount: boolean;
  onDone: () => void;
  onOpenPage: (url: string) => void;
}

export function StepRow({ open, showAccount, onDone, onOpenPage }: Props) {
  const title = pick(open.step.title);
  return (
    <li class="card">
      <div>
        {showAccount && <span class="muted small">{open.account.label} · </span>}
        <strong>{title}</strong> <span class={`tag ${open.step.risk === 'high' ? 'urgent' : ''}`}>{t(`risk.${open.step.risk}`)}</span>
      </div>
      <p class="small muted">{t('common.minutes', open.step.minutes)}</p>
      <div class="row">
        <button type="button" class="primary" onClick={onDone} aria-label={labelled(t('guide.markDone'), title)}>{t('guide.markDone')}</button>
        {open.step.url && (
          <button type="button" onClick={() => onOpenPage(open.step.url!)} aria-label={labelled(t('guide.openPage'), title)}>{t('guide.openPage')} ↗</button>
        )}
      </div>
    </li>
  );
}
