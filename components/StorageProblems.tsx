// Values that failed to parse or migrate, or whose account was deleted in another browser, were set aside; the
// user decides what happens to them: put back (when it fits again), export, or discard (asked first, undoable).
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { InvalidRecord, KeptAside } from '@/lib/storage';

/** Why a value was set aside, in words (core/sync.ts DELETED_ELSEWHERE); other reasons are schema errors. */
const DELETED_ELSEWHERE = 'deleted-elsewhere';

interface Props {
  items: KeptAside[];
  /** Values that do not fit and could not be set aside (storage is full): still in place, listed here. */
  unreadable?: InvalidRecord[];
  onExport: () => void;
  onRestore: (key: string) => void;
  /** Called once the user confirmed. */
  onDiscard: (key: string) => void;
}

export function StorageProblems({ items, unreadable = [], onExport, onRestore, onDiscard }: Props) {
  const [asking, setAsking] = useState<string>();
  if (items.length === 0 && unreadable.length === 0) return null;
  const elsewhere = items.filter((item) => item.error === DELETED_ELSEWHERE).length;
  return (
    <section class="notice warn" aria-labelledby="storage-problems">
      <h2 id="storage-problems">{t('storageProblem.title')}</h2>
      {items.length - elsewhere > 0 && <p>{t('storageProblem.body', { count: items.length - elsewhere })}</p>}
      {elsewhere > 0 && <p>{t('safeKeeping.deletedElsewhere', elsewhere)}</p>}
      {unreadable.length > 0 && <p>{t('safeKeeping.unreadable', unreadable.length)}</p>}
      <ul>
        {items.map((item) => {
          const name = item.key.split(':').slice(2).join(':');
          return (
            <li key={item.key}>
              <code>{name}</code>{' '}
              <span class="muted small">{item.error === DELETED_ELSEWHERE ? t('safeKeeping.reasonDeletedElsewhere') : item.error}</span>{' '}
              {item.restorable && (
                <button type="button" class="link" onClick={() => onRestore(item.key)}>
                  {t('safeKeeping.restore')}
                </button>
              )}{' '}
              {asking === item.key ? (
                <span role="group" aria-label={t('safeKeeping.discardAsk', { name })}>
                  {t('safeKeeping.discardAsk', { name })}{' '}
                  <button
                    type="button"
                    onClick={() => {
                      setAsking(undefined);
                      onDiscard(item.key);
                    }}
                  >
                    {t('safeKeeping.discardConfirm')}
                  </button>{' '}
                  <button type="button" onClick={() => setAsking(undefined)}>
                    {t('safeKeeping.discardKeep')}
                  </button>
                </span>
              ) : (
                <button type="button" class="link" onClick={() => setAsking(item.key)}>
                  {t('storageProblem.discard')}
                </button>
              )}
            </li>
          );
        })}
        {unreadable.map((item) => (
          <li key={item.key}>
            <code>{item.key}</code> <span class="muted small">{item.error}</span>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onExport}>
        {t('storageProblem.export')}
      </button>
    </section>
  );
}
