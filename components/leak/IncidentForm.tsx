// "I had a leak": what leaked (first: it is what the person knows for sure), when, from where, where the user lives and which accounts it touches.
// Saving writes incident:<id> (and the "same password" flag of the accounts ticked for it), then opens the plan.
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { CATEGORIES, HOW_LEARNED, REGIONS, type AppState, type Incident } from '@/core/model';
import { effectiveRegion } from '@/core/regions';
import {
  checkIncidentDraft,
  draftFromIncident,
  emptyDraft,
  incidentFromDraft,
  type IncidentDraft,
  type IncidentError,
} from '@/core/incident-form';
import { camel } from '@/core/plan/task';
import { newIncidentId, saveIncidentWithAccounts } from '@/lib/leak-actions';
import { tk } from '@/lib/plan-text';
import type { ToastMessage } from '../Toast';
import { AccountChoices } from './AccountChoices';
import { LeakedChoices } from './LeakedChoices';
import { LeakedRoutes } from '../recovery/LeakedRoutes';
import { FormErrors } from './FormErrors';
import { focusElement, focusSoon } from '../focus';
import { routes } from '@/core/routes';

interface Props {
  state: AppState;
  uiLanguage: string;
  showToast: (toast: ToastMessage) => void;
  editing?: Incident;
}

const SUMMARY_ID = 'leak-form-errors';
const errorId = (error: IncidentError) => `leak-error-${error}`;
const fieldErrorId = (error: IncidentError) => `leak-field-error-${error}`;

/** Moves focus to the field an error is about (the summary's links do this). */
function focusField(error: IncidentError) {
  if (error === 'nothing-leaked') {
    const first = document.querySelector<HTMLElement>('#leak-leaked input');
    if (first) focusElement(first);
    return;
  }
  focusSoon(error.startsWith('discovered') ? 'leak-discovered' : error.startsWith('leaked') ? 'leak-leaked-on' : 'leak-source');
}

/** The message beside the field itself, so the mark is visible where the eye is, not only in the summary. */
function FieldError({ errors, which }: { errors: IncidentError[]; which: IncidentError[] }) {
  const shown = errors.filter((error) => which.includes(error));
  if (!shown.length) return null;
  return (
    <p id={fieldErrorId(which[0]!)} class="error small field-error">
      <span aria-hidden="true">⚠ </span>
      {shown.map((error) => tk(`leak.form.errors.${camel(error)}`)).join(' ')}
    </p>
  );
}

const sharedIds = (state: AppState) => state.accounts.filter((a) => a.sharedPassword).map((a) => a.id);

/** The accounts whose "same password" flag the draft changes. */
function changedAccounts(state: AppState, draft: IncidentDraft): Record<string, boolean> {
  if (!draft.leaked.includes('password') || !draft.passwordReused) return {};
  return Object.fromEntries(
    state.accounts
      .filter((account) => account.sharedPassword !== draft.sharedAccountIds.includes(account.id))
      .map((account) => [account.id, !account.sharedPassword]),
  );
}

export function IncidentForm({ state, uiLanguage, showToast, editing }: Props) {
  const [draft, setDraft] = useState<IncidentDraft>(() =>
    editing
      ? draftFromIncident(editing, sharedIds(state))
      : { ...emptyDraft(effectiveRegion(state.settings.region, uiLanguage), Date.now()), sharedAccountIds: sharedIds(state) },
  );
  const [errors, setErrors] = useState<IncidentError[]>([]);
  const [tried, setTried] = useState(false);
  const update = (change: Partial<IncidentDraft>) => {
    const next = { ...draft, ...change };
    setDraft(next);
    if (tried) setErrors(checkIncidentDraft(next, Date.now()));
  };
  const has = (error: IncidentError) => errors.includes(error);
  const invalid = (...which: IncidentError[]) => which.some(has) || undefined;
  /** The field's own message first, then its help. */
  const describedBy = (which: IncidentError[], help?: string) =>
    [which.some(has) ? fieldErrorId(which[0]!) : undefined, help].filter(Boolean).join(' ') || undefined;

  const submit = async (event: Event) => {
    event.preventDefault();
    const now = Date.now();
    const found = checkIncidentDraft(draft, now);
    setTried(true);
    setErrors(found);
    if (found.length) {
      // The summary may be far above the button: bring it into view and read it out.
      focusSoon(SUMMARY_ID);
      return;
    }
    const incident = incidentFromDraft(draft, editing?.id ?? newIncidentId(), now, editing);
    await saveIncidentWithAccounts(incident, changedAccounts(state, draft));
    showToast({ text: editing ? t('leak.updated') : t('leak.saved') });
    location.hash = routes.leak(incident.id);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="leak-form-title">
      <h2 id="leak-form-title">{editing ? t('leak.editTitle') : t('leak.newTitle')}</h2>
      <p class="muted">{t('leak.intro')}</p>
      {/* Money gone or a scammer on the line: the emergency card is one click away, inside the form itself. */}
      <p class="notice warn leak-emergency">
        <a href={routes.emergency}>{t('emergency.link')}</a>
      </p>
      <FormErrors id={SUMMARY_ID} errors={errors} idFor={errorId} onFix={focusField} />

      <div id="leak-leaked">
        <LeakedChoices draft={draft} accounts={state.accounts} invalid={has('nothing-leaked')} onChange={update} />
        <FieldError errors={errors} which={['nothing-leaked']} />
      </div>
      <LeakedRoutes draft={draft} accounts={state.accounts} onChange={update} />

      <label for="leak-discovered">{t('leak.form.discovered')}</label>
      <input
        id="leak-discovered"
        type="datetime-local"
        value={draft.discovered}
        required
        aria-invalid={invalid('discovered-invalid', 'discovered-future')}
        aria-describedby={describedBy(['discovered-invalid', 'discovered-future'])}
        onInput={(e) => update({ discovered: (e.currentTarget as HTMLInputElement).value })}
      />
      <FieldError errors={errors} which={['discovered-invalid', 'discovered-future']} />

      <label for="leak-leaked-on">{t('leak.form.leakedOn')}</label>
      <input
        id="leak-leaked-on"
        type="date"
        value={draft.leakedOn}
        aria-describedby={describedBy(['leaked-invalid', 'leaked-after-discovered'], 'leak-leaked-on-help')}
        aria-invalid={invalid('leaked-invalid', 'leaked-after-discovered')}
        onInput={(e) => update({ leakedOn: (e.currentTarget as HTMLInputElement).value })}
      />
      <FieldError errors={errors} which={['leaked-invalid', 'leaked-after-discovered']} />
      <p id="leak-leaked-on-help" class="muted small">
        {t('leak.form.leakedOnHelp')}
      </p>

      <label for="leak-source">{t('leak.form.source')}</label>
      <input
        id="leak-source"
        type="text"
        value={draft.source}
        maxLength={200}
        required
        size={40}
        aria-invalid={invalid('source-empty', 'source-too-long')}
        aria-describedby={describedBy(['source-empty', 'source-too-long'], 'leak-source-help')}
        onInput={(e) => update({ source: (e.currentTarget as HTMLInputElement).value })}
      />
      <FieldError errors={errors} which={['source-empty', 'source-too-long']} />
      <p id="leak-source-help" class="muted small">
        {t('leak.form.sourceHelp')}
      </p>

      <label for="leak-source-category">{t('leak.form.sourceCategory')}</label>
      <select
        id="leak-source-category"
        value={draft.sourceCategory}
        aria-describedby="leak-source-category-help"
        onChange={(e) => update({ sourceCategory: (e.currentTarget as HTMLSelectElement).value as IncidentDraft['sourceCategory'] })}
      >
        <option value="">{t('leak.form.sourceCategoryUnknown')}</option>
        {CATEGORIES.map((category) => (
          <option key={category} value={category}>
            {tk(`category.${category}`)}
          </option>
        ))}
      </select>
      <p id="leak-source-category-help" class="muted small">
        {t('leak.form.sourceCategoryHelp')}
      </p>

      <label for="leak-how">{t('leak.form.howLearned')}</label>
      <select
        id="leak-how"
        value={draft.howLearned}
        onChange={(e) => update({ howLearned: (e.currentTarget as HTMLSelectElement).value as IncidentDraft['howLearned'] })}
      >
        {HOW_LEARNED.map((how) => (
          <option key={how} value={how}>
            {tk(`leak.how.${camel(how)}`)}
          </option>
        ))}
      </select>

      <fieldset>
        <legend>{t('leak.form.region')}</legend>
        <p class="muted small">{t('leak.form.regionHelp')}</p>
        {REGIONS.map((region) => (
          <label class="inline" key={region}>
            <input type="radio" name="leak-region" value={region} checked={draft.region === region} onChange={() => update({ region })} />
            {tk(`leak.region.${region}`)}
          </label>
        ))}
      </fieldset>

      <AccountChoices
        legend={t('leak.form.accounts')}
        help={t('leak.form.accountsHelp')}
        accounts={state.accounts}
        chosen={draft.accountIds}
        onChange={(accountIds) => update({ accountIds })}
        idPrefix="leak-account"
      />

      <div class="row">
        <button type="submit" class="primary">
          {editing ? t('leak.form.saveEdit') : t('leak.form.save')}
        </button>
        <a class="button" href={editing ? routes.leak(editing.id) : routes.leaks}>
          {t('common.cancel')}
        </a>
      </div>
    </form>
  );
}
