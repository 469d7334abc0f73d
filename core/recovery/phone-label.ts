// A phone is named by a label the user chooses ("main phone, ends 1234"), never by its number: a label
// that holds a whole number (11+ digits, the length of a mainland mobile number and of most international
// ones) or a secret gets the notes' warning, and is saved only after the user says it is fine.
import { looksLikeSecret } from '../secrets';

export type LabelWarning = 'full-number' | 'secret';

export const MAX_PHONE_DIGITS = 10;

export function phoneLabelWarning(label: string): LabelWarning | undefined {
  const digits = label.replace(/\D/g, '').length;
  if (digits > MAX_PHONE_DIGITS) return 'full-number';
  if (looksLikeSecret(label)) return 'secret';
  return undefined;
}

/** Labels compare as the user sees them: trimmed, inner spaces collapsed. */
export const normaliseLabel = (label: string) => label.trim().replace(/\s+/g, ' ');
