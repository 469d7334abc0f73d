// What the leak cost: free text that goes into the report. Like notes, it is checked for things that look
// like a password or a code.
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { looksLikeSecret } from '@/core/secrets';
import type { Incident } from '@/core/model';
import { updateIncident } from '@/lib/leak-actions';
import type { ToastMessage } from '../Toast';

export function LossesEditor({ incident, showToast }: { incident: Incident; showToast: (toast: ToastMessage) => void }) {
  const initial = incident.losses ?? '';
  const [text, setText] = useState(initial);
  const [confirmed, setConfirmed] = useState(false);
  const suspicious = looksLikeSecret(text);
  const save = async () => {
    const undo = await updateIncident(incident, { losses: text.trim() || undefined });
    showToast({ text: t('leak.losses.saved'), undo });
  };
  return (
    <section aria-labelledby="losses-title">
      <h2 id="losses-title">{t('leak.losses.title')}</h2>
      <label for="losses-text" class="visually-hidden">{t('leak.losses.title')}</label>
      <textarea id="losses-text" value={text} maxLength={2000} aria-describedby="losses-help"
        onInput={(e) => { setText((e.currentTarget as HTMLTextAreaElement).value); setConfirmed(false); }} />
      <p id="losses-help" class="muted small">{t('leak.losses.help')}</p>
      {suspicious && (
        <div class="notice warn" role="alert">
          <p>{t('notes.looksSecret')}</p>
          <label class="inline">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed((e.currentTarget as HTMLInputElement).checked)} />
            {t('notes.notSecret')}
          </label>
        </div>
      )}
      <button type="button" disabled={(suspicious && !confirmed) || text === initial} onClick={() => void save()}>{t('leak.losses.save')}</button>
    </section>
  );
}
