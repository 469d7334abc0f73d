// One account: edit its details, remove it (with undo), and follow its guide.
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { checkDraft, type AccountDraft, type DraftError } from '@/core/accounts';
import type { Account, AppState } from '@/core/model';
import { deleteAccount, updateAccount } from '@/lib/actions';
import type { ToastMessage } from '../Toast';
import { AccountGuide } from '../guide/AccountGuide';
import { AccountForm } from './AccountForm';
import { RecoveryEditor } from '../recovery/RecoveryEditor';
import { SITES } from '@/data/catalogue';
import { routes } from '@/core/routes';

interface Props {
  account: Account;
  state: AppState;
  showToast: (toast: ToastMessage) => void;
  onRemoved: () => void;
}

function changedFields(before: Account, after: Partial<Account>): Partial<Account> {
  return Object.fromEntries(Object.entries(after).filter(([name, value]) => before[name as keyof Account] !== value));
}

function EditAccount({ account, existing, onSaved }: { account: Account; existing: readonly Account[]; onSaved: () => void }) {
  const [draft, setDraft] = useState<AccountDraft>({ ...account });
  const [errors, setErrors] = useState<DraftError[]>([]);
  const save = async (event: Event) => {
    event.preventDefault();
    const found = checkDraft(draft, existing, account.id);
    setErrors(found);
    if (found.length) return;
    // Only the fields the user changed in this form: the rest of the account may have changed meanwhile.
    await updateAccount(account, changedFields(account, { label: draft.label.trim(), category: draft.category, tier: draft.tier, sharedPassword: draft.sharedPassword, customName: draft.customName, customDomain: draft.customDomain }));
    onSaved();
  };
  return (
    <form onSubmit={save} noValidate class="card">
      <AccountForm idPrefix="edit" draft={draft} errors={errors} custom={!account.siteId} onChange={(next) => { setDraft(next); if (errors.length) setErrors(checkDraft(next, existing, account.id)); }} />
      <button type="submit" class="primary">{t('common.save')}</button>
    </form>
  );
}

export function AccountDetail({ account, state, showToast, onRemoved }: Props) {
  const [editing, setEditing] = useState(false);
  const remove = async () => {
    const undo = await deleteAccount(account.id);
    showToast({ text: t('accounts.removed', { name: account.label }), undo });
    onRemoved();
  };
  return (
    <div>
      <p><a href={routes.accounts}>← {t('options.accounts')}</a></p>
      <div class="row no-print">
        <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>{t('accounts.edit')}</button>
        <button type="button" onClick={() => void remove()}>{t('common.remove')}</button>
      </div>
      {editing && (
        <EditAccount account={account} existing={state.accounts} onSaved={() => { setEditing(false); showToast({ text: t('accounts.saved') }); }} />
      )}
      <RecoveryEditor key={account.id} account={account} accounts={state.accounts} site={SITES.find((site) => site.id === account.siteId)}
        onSave={async (recovery) => { await updateAccount(account, { recovery }); showToast({ text: t('recovery.editor.saved', { account: account.label }) }); }} />
      <AccountGuide account={account} state={state} showToast={showToast} />
    </div>
  );
}
