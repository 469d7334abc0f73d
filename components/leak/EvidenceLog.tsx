// The evidence kept for one leak, as a timeline: add, edit and delete items (deleting can be undone).
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Evidence } from '@/core/model';
import { deleteEvidence, putEvidence } from '@/lib/leak-actions';
import type { ToastMessage } from '../Toast';
import { EvidenceForm } from './EvidenceForm';
import { EvidenceItem } from './EvidenceItem';
import { focusSoon } from '../focus';

interface Props {
  incidentId: string;
  items: Evidence[];
  showToast: (toast: ToastMessage) => void;
}

export function EvidenceLog({ incidentId, items, showToast }: Props) {
  const [editing, setEditing] = useState<string | 'new' | undefined>();
  const sorted = [...items].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  const save = async (item: Evidence) => {
    const previous = items.find((one) => one.id === item.id);
    const undo = await putEvidence(item, previous);
    setEditing(undefined);
    focusSoon(`evidence-item-${item.id}`);
    showToast({ text: previous ? t('evidence.updated') : t('evidence.added'), undo });
  };
  const remove = async (item: Evidence) => {
    // The item goes: focus moves to the one after it (or before it), else to "Add evidence".
    const at = sorted.indexOf(item);
    const near = sorted[at + 1] ?? sorted[at - 1];
    focusSoon(near ? `evidence-item-${near.id}` : 'evidence-add');
    const undo = await deleteEvidence(item.id);
    showToast({ text: t('evidence.removed'), undo });
  };
  return (
    <section aria-labelledby="evidence-title">
      <div class="spread">
        <h2 id="evidence-title">{t('evidence.title')}</h2>
        {editing !== 'new' && (
          <button type="button" id="evidence-add" class="no-print" onClick={() => setEditing('new')}>
            {t('evidence.add')}
          </button>
        )}
      </div>
      <p class="muted small">{t('evidence.help')}</p>
      {editing === 'new' && (
        <EvidenceForm
          incidentId={incidentId}
          onSave={(item) => void save(item)}
          onCancel={() => {
            setEditing(undefined);
            focusSoon('evidence-add');
          }}
        />
      )}
      {sorted.length === 0 && editing !== 'new' && <p>{t('evidence.empty')}</p>}
      <ol class="plain timeline">
        {sorted.map((item) =>
          editing === item.id ? (
            <li key={item.id}>
              <EvidenceForm
                incidentId={incidentId}
                editing={item}
                onSave={(next) => void save(next)}
                onCancel={() => {
                  setEditing(undefined);
                  focusSoon(`evidence-item-${item.id}`);
                }}
              />
            </li>
          ) : (
            <EvidenceItem key={item.id} item={item} onEdit={() => setEditing(item.id)} onDelete={() => void remove(item)} />
          ),
        )}
      </ol>
    </section>
  );
}
