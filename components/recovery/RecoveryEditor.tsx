// An account's place in the recovery map: which of the user's mailboxes and phones can reset it, and its
// second factor. Catalogue suggestions are filled in for the user to confirm; nothing is saved until they
// press save. A phone is a label the user chooses; one that looks like a whole number or a secret gets the
// notes' warning and is kept only if the user says so.
import { useState } from 'preact/hooks';
import { t, currentLanguage, type MessageKey } from '@/lib/i18n';
import { SECOND_FACTORS, type Account, type Recovery, type SecondFactor } from '@/core/model';
import { formatDate } from '@/core/format';
import { cleanRecovery, mailboxes, phoneLabels } from '@/core/recovery/links';
import { normaliseLabel, phoneLabelWarning } from '@/core/recovery/phone-label';
import { NoteField } from '../NoteField';
import { joinList } from '@/core/language';
import { suggestRecovery } from '@/core/recovery/suggest';
import type { SiteSummary } from '@/data/schema';
import { routes } from '@/core/routes';
import { accountLabel } from '@/lib/account-names';

interface Props {
  account: Account;
  accounts: readonly Account[];
  site: SiteSummary | undefined;
  onSave: (recovery: Recovery) => Promise<void>;
}

export const factorKey = (factor: SecondFactor): MessageKey =>
  `recovery.factor.${factor.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase())}` as MessageKey;

function initialDraft(
  account: Account,
  accounts: readonly Account[],
  site: SiteSummary | undefined,
): { draft: Recovery; suggested: boolean } {
  if (account.recovery) return { draft: account.recovery, suggested: false };
  const suggestion = suggestRecovery(account, site, accounts);
  const draft: Recovery = {
    mailboxes: suggestion.mailboxId ? [suggestion.mailboxId] : [],
    phones: suggestion.phone ? [suggestion.phoneLabel ?? t('recovery.editor.defaultPhone')] : [],
  };
  return { draft, suggested: suggestion.phone || !!suggestion.mailboxId };
}

export function RecoveryEditor({ account, accounts, site, onSave }: Props) {
  const [{ draft: start, suggested }] = useState(() => initialDraft(account, accounts, site));
  const [draft, setDraft] = useState<Recovery>(start);
  const [newLabel, setNewLabel] = useState('');
  const [ready, setReady] = useState(true);
  const [added, setAdded] = useState<string[]>(start.phones);
  const boxes = mailboxes(accounts).filter((box) => box.id !== account.id);
  const labels = [...new Set([...phoneLabels(accounts), ...added, ...draft.phones])];
  const trimmed = normaliseLabel(newLabel);
  const canAdd = !!trimmed && trimmed.length <= 60 && ready;
  const toggle = (list: 'mailboxes' | 'phones', value: string, on: boolean) =>
    setDraft({ ...draft, [list]: on ? [...draft[list], value] : draft[list].filter((item) => item !== value) });
  const addPhone = () => {
    if (!canAdd) return;
    if (!draft.phones.includes(trimmed)) setDraft({ ...draft, phones: [...draft.phones, trimmed] });
    if (!added.includes(trimmed)) setAdded([...added, trimmed]);
    setNewLabel('');
  };
  const save = async (event: Event) => {
    event.preventDefault();
    // Saving what the user now sees settles the routes an earlier deletion took away.
    const { lost: _settled, ...current } = draft;
    // A label typed but not added yet (Enter in its field submits the form) is saved with the rest.
    if (canAdd && !current.phones.includes(trimmed)) current.phones = [...current.phones, trimmed];
    setNewLabel('');
    await onSave(cleanRecovery(account.id, current));
  };
  const lang = currentLanguage();
  return (
    // Folded by default: the account page leads with its guide; the summary says where things stand.
    <details class="card recovery-editor">
      <summary id="recovery-heading">
        {t('recovery.editor.heading')}
        <span class="muted small">{` · ${summaryText(account, accounts)}`}</span>
      </summary>
      <form aria-labelledby="recovery-heading" onSubmit={save} noValidate>
        <p class="muted small">{t('recovery.editor.intro')}</p>
        {(account.recovery?.lost ?? []).map((lost) => (
          <p class="notice warn" key={`${lost.label}:${lost.at}`}>
            {t('recovery.editor.lost', { mailbox: lost.label, date: formatDate(lost.at, lang) })}
          </p>
        ))}
        {suggested && <p class="notice">{t('recovery.editor.suggested')}</p>}
        <fieldset>
          <legend>{t('recovery.editor.mailboxes')}</legend>
          {boxes.length === 0 && <p class="muted small">{t('recovery.editor.noMailboxes')}</p>}
          {boxes.map((box) => (
            <label class="inline" key={box.id}>
              <input
                type="checkbox"
                checked={draft.mailboxes.includes(box.id)}
                onChange={(e) => toggle('mailboxes', box.id, (e.currentTarget as HTMLInputElement).checked)}
              />
              {box.label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('recovery.editor.phones')}</legend>
          {labels.map((label) => (
            <label class="inline" key={label}>
              <input
                type="checkbox"
                data-phone={label}
                checked={draft.phones.includes(label)}
                onChange={(e) => toggle('phones', label, (e.currentTarget as HTMLInputElement).checked)}
              />
              {label}
            </label>
          ))}
          <div class="row">
            <NoteField
              id="recovery-new-phone"
              singleLine
              label={t('recovery.editor.newPhone')}
              help={t('recovery.editor.newPhoneHelp')}
              value={newLabel}
              maxLength={60}
              onChange={setNewLabel}
              onReadyChange={setReady}
              confirmLabel={t('recovery.editor.keepAnyway')}
              extraCheck={(value) => (phoneLabelWarning(value) === 'full-number' ? t('recovery.editor.fullNumber') : undefined)}
            />
            <button type="button" disabled={!canAdd} onClick={addPhone}>
              {t('recovery.editor.addPhone')}
            </button>
          </div>
        </fieldset>
        <label for="recovery-factor">{t('recovery.editor.secondFactor')}</label>
        <select
          id="recovery-factor"
          value={draft.secondFactor ?? ''}
          onChange={(e) => {
            const value = (e.currentTarget as HTMLSelectElement).value as SecondFactor | '';
            const { secondFactor: _old, ...rest } = draft;
            setDraft(value ? { ...rest, secondFactor: value } : rest);
          }}
        >
          <option value="">{t('recovery.factor.unset')}</option>
          {SECOND_FACTORS.map((factor) => (
            <option key={factor} value={factor}>
              {t(factorKey(factor))}
            </option>
          ))}
        </select>
        <div class="row">
          <button type="submit" class="primary">
            {t('recovery.editor.save')}
          </button>
          <a href={routes.section('map')}>{t('recovery.editor.mapLink')}</a>
        </div>
      </form>
    </details>
  );
}

/** "main phone, Personal mail" or "not said yet": what the folded editor shows. */
function summaryText(account: Account, accounts: readonly Account[]): string {
  const recovery = account.recovery;
  if (!recovery) return t('recovery.factor.unset');
  const names = [
    ...recovery.phones,
    ...recovery.mailboxes
      .map((id) => accounts.find((a) => a.id === id))
      .map((a) => a && accountLabel(a))
      .filter((n): n is string => !!n),
  ];
  return names.length ? joinList(names, currentLanguage()) : t('recovery.editor.none');
}
