// The fields of an account, shared by "add" and "edit". Errors sit beside the field they are about.
import { t } from '@/lib/i18n';
import type { AccountDraft, DraftError } from '@/core/accounts';
import { CATEGORIES, TIERS, type Category, type Tier } from '@/core/model';

interface Props {
  idPrefix: string;
  draft: AccountDraft;
  errors: DraftError[];
  custom: boolean;
  onChange: (draft: AccountDraft) => void;
}

const ERROR_KEYS = {
  'label-empty': 'accounts.errors.labelEmpty',
  'label-too-long': 'accounts.errors.labelTooLong',
  'name-empty': 'accounts.errors.nameEmpty',
  'domain-invalid': 'accounts.errors.domainInvalid',
  duplicate: 'accounts.errors.duplicate',
} as const;

/** The id of the first field with an error, in the form's order: where focus goes when saving fails. */
export function firstInvalidField(idPrefix: string, errors: DraftError[], custom: boolean): string {
  if (custom && errors.includes('name-empty')) return `${idPrefix}-name`;
  if (custom && errors.includes('domain-invalid')) return `${idPrefix}-domain`;
  return `${idPrefix}-label`;
}

function FieldError({ id, errors, which }: { id: string; errors: DraftError[]; which: DraftError[] }) {
  const shown = errors.filter((error) => which.includes(error));
  if (!shown.length) return null;
  return (
    <p id={id} class="error small">
      {shown.map((error) => t(ERROR_KEYS[error])).join(' ')}
    </p>
  );
}

export function AccountForm({ idPrefix, draft, errors, custom, onChange }: Props) {
  const value = (event: Event) => (event.currentTarget as HTMLInputElement).value;
  const id = (name: string) => `${idPrefix}-${name}`;
  const invalid = (which: DraftError[]) => errors.some((error) => which.includes(error)) || undefined;
  return (
    <div>
      {custom && (
        <>
          <label for={id('name')}>{t('accounts.customName')}</label>
          <input
            id={id('name')}
            value={draft.customName ?? ''}
            maxLength={100}
            aria-invalid={invalid(['name-empty'])}
            aria-describedby={id('name-error')}
            onInput={(e) => onChange({ ...draft, customName: value(e) })}
          />
          <FieldError id={id('name-error')} errors={errors} which={['name-empty']} />
          <label for={id('domain')}>{t('accounts.customDomain')}</label>
          <input
            id={id('domain')}
            value={draft.customDomain ?? ''}
            maxLength={253}
            inputMode="url"
            aria-invalid={invalid(['domain-invalid'])}
            aria-describedby={`${id('domain-help')} ${id('domain-error')}`}
            onInput={(e) => onChange({ ...draft, customDomain: value(e) })}
          />
          <p id={id('domain-help')} class="muted small">
            {t('accounts.customDomainHelp')}
          </p>
          <FieldError id={id('domain-error')} errors={errors} which={['domain-invalid']} />
        </>
      )}
      <label for={id('label')}>{t('accounts.label')}</label>
      <input
        id={id('label')}
        value={draft.label}
        maxLength={120}
        aria-invalid={invalid(['label-empty', 'label-too-long', 'duplicate'])}
        aria-describedby={`${id('label-help')} ${id('label-error')}`}
        onInput={(e) => onChange({ ...draft, label: value(e) })}
      />
      <p id={id('label-help')} class="muted small">
        {t('accounts.labelHelp')}
      </p>
      <FieldError id={id('label-error')} errors={errors} which={['label-empty', 'label-too-long', 'duplicate']} />
      <div class="row">
        <div>
          <label for={id('category')}>{t('accounts.category')}</label>
          <select id={id('category')} value={draft.category} onChange={(e) => onChange({ ...draft, category: value(e) as Category })}>
            {CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(`category.${category}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for={id('tier')}>{t('tier.label')}</label>
          <select
            id={id('tier')}
            value={draft.tier}
            aria-describedby={id('tier-help')}
            onChange={(e) => onChange({ ...draft, tier: value(e) as Tier })}
          >
            {TIERS.map((tier) => (
              <option key={tier} value={tier}>
                {t(`tier.${tier}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p id={id('tier-help')} class="muted small">
        {t('tier.criticalHelp')}
      </p>
      <label class="inline">
        <input
          type="checkbox"
          checked={draft.sharedPassword}
          onChange={(e) => onChange({ ...draft, sharedPassword: (e.currentTarget as HTMLInputElement).checked })}
        />
        {t('accounts.shared')}
      </label>
    </div>
  );
}
