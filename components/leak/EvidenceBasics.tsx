// The first fields of every piece of evidence: what kind, when, and from whom (a number, an address or an
// account). Shared by the evidence form on a leak's page and the "suspicious call or message" form.
import { t } from '@/lib/i18n';
import { EVIDENCE_KINDS, type Evidence } from '@/core/model';
import { camel } from '@/core/plan/task';
import { tk } from '@/lib/plan-text';
import { NoteField } from '../NoteField';

interface Props {
  /** Prefix of the fields' ids: <base>-kind, <base>-at, <base>-from. */
  base: string;
  kind: Evidence['kind'];
  onKind: (kind: Evidence['kind']) => void;
  /** The datetime-local text as typed. */
  when: string;
  onWhen: (when: string) => void;
  whenInvalid: boolean;
  from: string;
  onFrom: (from: string) => void;
  onFromReady: (ready: boolean) => void;
}

export function EvidenceBasics({ base, kind, onKind, when, onWhen, whenInvalid, from, onFrom, onFromReady }: Props) {
  const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  return (
    <>
      <div class="row">
        <div>
          <label for={`${base}-kind`}>{t('evidence.kind.label')}</label>
          <select id={`${base}-kind`} value={kind} onChange={(e) => onKind(value(e) as Evidence['kind'])}>
            {EVIDENCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {tk(`evidence.kind.${camel(k)}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for={`${base}-at`}>{t('evidence.at')}</label>
          <input id={`${base}-at`} type="datetime-local" value={when} aria-invalid={whenInvalid} onInput={(e) => onWhen(value(e))} />
        </div>
      </div>
      <NoteField
        id={`${base}-from`}
        label={t('evidence.from')}
        singleLine
        size={40}
        maxLength={200}
        value={from}
        onChange={onFrom}
        onReadyChange={onFromReady}
      />
    </>
  );
}
