// Values that failed to parse or migrate were set aside; the user decides what happens to them.
import { t } from '@/lib/i18n';
import type { QuarantinedValue } from '@/lib/storage';

interface Props {
  items: QuarantinedValue[];
  onExport: () => void;
  onDiscard: (key: string) => void;
}

export function StorageProblems({ items, onExport, onDiscard }: Props) {
  if (items.length === 0) return null;
  return (
    <section class="notice warn" aria-labelledby="storage-problems">
      <h2 id="storage-problems">{t('storageProblem.title')}</h2>
      <p>{t('storageProblem.body', { count: items.length })}</p>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <code>{item.key.split(':').slice(2).join(':')}</code> <span class="muted small">{item.error}</span>{' '}
            <button type="button" class="link" onClick={() => onDiscard(item.key)}>
              {t('storageProblem.discard')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onExport}>{t('storageProblem.export')}</button>
    </section>
  );
}
