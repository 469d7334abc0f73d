// In the leak form: which of the user's phones and mailboxes the leak named, when they have more than one
// (with one, that one is meant). Every account that resets through a ticked one joins the lock-down.
import { t } from '@/lib/i18n';
import type { Account } from '@/core/model';
import type { IncidentDraft } from '@/core/incident-form';
import { mailboxes, phoneLabels } from '@/core/recovery/links';

interface Props {
  draft: IncidentDraft;
  accounts: readonly Account[];
  onChange: (change: Partial<IncidentDraft>) => void;
}

function Choices({
  legend,
  options,
  chosen,
  onChange,
}: {
  legend: string;
  options: { value: string; label: string }[];
  chosen: string[];
  onChange: (next: string[]) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <p class="muted small">{t('recovery.leak.help')}</p>
      {options.map((option) => (
        <label class="inline" key={option.value}>
          <input
            type="checkbox"
            checked={chosen.includes(option.value)}
            onChange={(e) =>
              onChange(e.currentTarget.checked ? [...chosen, option.value] : chosen.filter((value) => value !== option.value))
            }
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

export function LeakedRoutes({ draft, accounts, onChange }: Props) {
  const phones = phoneLabels(accounts);
  const boxes = mailboxes(accounts);
  return (
    <>
      {draft.leaked.includes('phone') && phones.length > 1 && (
        <Choices
          legend={t('recovery.leak.phones')}
          options={phones.map((label) => ({ value: label, label }))}
          chosen={draft.leakedPhones ?? phones}
          onChange={(leakedPhones) => onChange({ leakedPhones })}
        />
      )}
      {draft.leaked.includes('email') && boxes.length > 1 && (
        <Choices
          legend={t('recovery.leak.mailboxes')}
          options={boxes.map((box) => ({ value: box.id, label: box.label }))}
          chosen={draft.leakedMailboxes ?? boxes.map((box) => box.id)}
          onChange={(leakedMailboxes) => onChange({ leakedMailboxes })}
        />
      )}
    </>
  );
}
