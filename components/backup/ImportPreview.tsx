// What an import will change, by kind of record, with the labels of the accounts it adds, changes or
// removes, before the user confirms.
import type { ImportPlan } from '@/core/backup';
import { RECORD_KINDS } from '@/core/backup/format';
import { parseKey } from '@/core/keys';
import type { Account } from '@/core/model';
import { t, type MessageKey } from '@/lib/i18n';

interface Props {
  plan: ImportPlan;
  /** The accounts stored now, for the labels of those a replace removes. */
  current: Account[];
}

function labels(keys: string[], records: Record<string, unknown>, fallback: Account[]): string[] {
  return keys.map((key) => {
    const id = parseKey(key)?.ids[0] ?? key;
    const record = (records[key] as Account | undefined) ?? fallback.find((account) => account.id === id);
    return record?.label || id;
  });
}

export function ImportPreview({ plan, current }: Props) {
  const { preview } = plan;
  const accountLists: [MessageKey, string[]][] = [
    ['backup.accountsAdded', labels(preview.account.added, plan.set, current)],
    ['backup.accountsChanged', labels(preview.account.changed, plan.set, current)],
    ['backup.accountsRemoved', labels(preview.account.removed, plan.set, current)],
  ];
  return (
    <section aria-labelledby="backup-preview">
      <h3 id="backup-preview">{t('backup.previewTitle')}</h3>
      <table>
        <caption class="visually-hidden">{t('backup.previewCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('backup.previewKind')}</th>
            <th scope="col">{t('backup.added')}</th>
            <th scope="col">{t('backup.changed')}</th>
            <th scope="col">{t('backup.removed')}</th>
            <th scope="col">{t('backup.unchanged')}</th>
          </tr>
        </thead>
        <tbody>
          {RECORD_KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row">{t(`backup.kind.${kind}`)}</th>
              <td>{preview[kind].added.length}</td>
              <td>{preview[kind].changed.length}</td>
              <td>{preview[kind].removed.length}</td>
              <td>{preview[kind].unchanged}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {plan.keptAside.length > 0 && <p>{t('safeKeeping.importKeptAside', plan.keptAside.length)}</p>}
      {plan.clamped > 0 && <p>{t('safeKeeping.importClamped', plan.clamped)}</p>}
      {accountLists
        .filter(([, names]) => names.length)
        .map(([heading, names]) => (
          <div key={heading}>
            <p>{t(heading)}</p>
            <ul>
              {names.map((name, index) => (
                <li key={index}>{name}</li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
