// One piece of evidence on the timeline: when, what kind, from whom, what happened, and the file kept.
import { labelled, t, currentLanguage } from '@/lib/i18n';
import { formatDateTime } from '@/core/format';
import { camel } from '@/core/plan/task';
import type { Evidence } from '@/core/model';
import { tk } from '@/lib/plan-text';

interface Props {
  item: Evidence;
  onEdit: () => void;
  onDelete: () => void;
}

export function EvidenceItem({ item, onEdit, onDelete }: Props) {
  const kind = tk(`evidence.kind.${camel(item.kind)}`);
  const when = formatDateTime(item.at, currentLanguage());
  return (
    <li id={`evidence-item-${item.id}`} tabIndex={-1} class="card evidence" aria-label={`${when} · ${kind}`}>
      <p class="small">
        <time dateTime={new Date(item.at).toISOString()}>{when}</time> · <strong>{kind}</strong>
      </p>
      {item.from && <p class="small">{t('evidence.fromLabel', { from: item.from })}</p>}
      <p>{item.summary}</p>
      {item.fileName && <p class="small muted">{t('evidence.fileLabel', { file: item.fileName })}</p>}
      {item.omitFromReport && (
        <p class="small">
          <span class="tag">{t('evidence.omitted')}</span>
        </p>
      )}
      <div class="row no-print">
        <button type="button" onClick={onEdit} aria-label={labelled(t('common.edit'), `${when} · ${kind}`)}>
          {t('common.edit')}
        </button>
        <button type="button" onClick={onDelete} aria-label={labelled(t('common.remove'), `${when} · ${kind}`)}>
          {t('common.remove')}
        </button>
      </div>
    </li>
  );
}
