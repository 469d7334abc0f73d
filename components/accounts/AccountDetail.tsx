// One account: edit its details, remove it (with undo), and follow its guide. "#/accounts/<id>/edit" opens
// with the details form open and focused (the "Edit details" button after a one-click add leads there).
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { AccountDraft, DraftError } from '@/core/accounts';
import { checkDraft } from '@/core/account-drafts';
import type { Account, AppState } from '@/core/model';
import { deleteAccount, updateAccount } from '@/lib/actions';
import { accountLabel } from '@/lib/account-names';
import type { ToastMessage } from '../Toast';
import { focusSoon } from '../focus';
import { AccountGuide } from '../guide/AccountGuide';
import { AccountForm, firstInvalidField } from './AccountForm';
import { RecoveryEditor } from '../recovery/RecoveryEditor';
import { sites } from '@/data/catalogue';
import { routes } from '@/core/routes';

interface Props {
  account: Account;
  state: AppState;
  /** Open with the details form shown. */
  editing?: boolean;
  showToast: (toast: ToastMessage) => void;
  onRemoved: () => void;
}

function changedFields(before: Account, after: Partial<Account>): Partial<Account> {
  return Object.fromEntries(Object.entries(after).filter(([name, value]) => before[name as keyof Account] !== value));
}

function EditAccount({ account, existing, onSaved }: { account: Account; existing: readonly Account[]; onSaved: () => void }) {
  const [draft, setDraft] = useState<AccountDraft>({ ...account, label: accountLabel(account) });
  const [errors, setErrors] = useState<DraftError[]>([]);
  const custom = !account.siteId;
  useEffect(() => focusSoon(custom ? 'edit-name' : 'edit-label'), []);
  const save = async (event: Event) => {
    event.preventDefault();
    const found = checkDraft(draft, existing, account.id);
    setErrors(found);
    if (found.length) {
      focusSoon(firstInvalidField('edit', found, custom));
      return;
    }
    // An unchanged catalogue name keeps the stored label, so it still follows the language.
    const label = draft.label.trim() === accountLabel(account) ? account.label : draft.label.trim();
    // Only the fields the user changed in this form: the rest of the account may have changed meanwhile.
    await updateAccount(
      account,
      changedFields(account, {
        label,
        category: draft.category,
        tier: draft.tier,
        sharedPassword: draft.sharedPassword,
        customName: draft.customName,
        customDomain: draft.customDomain,
      }),
    );
    onSaved();
  };
  return (
    <form onSubmit={save} noValidate class="card" aria-label={t('accounts.edit')}>
      <AccountForm
        idPrefix="edit"
        draft={draft}
        errors={errors}
        custom={custom}
        onChange={(next) => {
          setDraft(next);
          if (errors.length) setErrors(checkDraft(next, existing, account.id));
        }}
      />
      <button type="submit" class="primary">
        {t('common.save')}
      </button>
    </form>
  );
}

export function AccountDetail({ account, state, editing: startEditing = false, showToast, onRemoved }: Props) {
  const [editing, setEditing] = useState(startEditing);
  useEffect(() => setEditing(startEditing), [startEditing]);
  const remove = async () => {
    const undo = await deleteAccount(account.id);
    showToast({ text: t('accounts.removed', { name: accountLabel(account) }), undo });
    onRemoved();
  };
  return (
    <div>
      <p>
        <a href={routes.accounts}>← {t('options.accounts')}</a>
      </p>
      <div class="row no-print">
        <button type="button" id="edit-account" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {t('accounts.edit')}
        </button>
        <button type="button" onClick={() => void remove()}>
          {t('common.remove')}
        </button>
      </div>
      {editing && (
        <EditAccount
          account={account}
          existing={state.accounts}
          onSaved={() => {
            setEditing(false);
            showToast({ text: t('accounts.saved') });
            focusSoon(`guide-${account.id}`);
          }}
        />
      )}
      <RecoveryEditor
        key={account.id}
        account={account}
        accounts={state.accounts}
        site={sites().find((site) => site.id === account.siteId)}
        onSave={async (recovery) => {
          await updateAccount(account, { recovery });
          showToast({ text: t('recovery.editor.saved', { account: accountLabel(account) }) });
        }}
      />
      <AccountGuide account={account} state={state} showToast={showToast} />
    </div>
  );
}
