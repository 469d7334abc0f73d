// What usually resets an account, for the user to confirm in the account's recovery editor (nothing is
// saved until they do). Mainland platforms register and reset by SMS to the bound mobile number (real-name
// registration by phone number: Cybersecurity Law of the PRC, art. 24); banks, payment apps and carriers
// everywhere reset by SMS to the phone on file; WhatsApp and Telegram are phone-number accounts; a mailbox's
// recovery is its recovery phone; most other sites reset by a link to the email address.
// Catalogue fields used: category, regions (data/sites/*.json). Checked 2026-12-01.
import type { SiteSummary } from '@/data/schema';
import type { Account } from '../model';
import { mailboxes, phoneLabels } from './links';

const PHONE_ACCOUNTS = new Set(['whatsapp', 'telegram']);
const PHONE_CATEGORIES = new Set(['banking', 'payment', 'telecom', 'email']);

export interface RecoverySuggestion {
  /** Resets by SMS to a phone: the label to suggest (the user's first phone label), if they have one. */
  phone: boolean;
  phoneLabel?: string;
  /** Resets by email: the mailbox to suggest when the user has exactly one (else they choose). */
  mailbox: boolean;
  mailboxId?: string;
}

export function suggestRecovery(
  account: Account,
  site: Pick<SiteSummary, 'id' | 'category' | 'regions'> | undefined,
  accounts: readonly Account[],
): RecoverySuggestion {
  const mainland = !!site && site.regions.includes('cn');
  const phone = mainland || PHONE_CATEGORIES.has(account.category) || (!!site && PHONE_ACCOUNTS.has(site.id));
  const mailbox = !mainland && account.category !== 'email' && !(site && PHONE_ACCOUNTS.has(site.id));
  const suggestion: RecoverySuggestion = { phone, mailbox };
  const firstPhone = phoneLabels(accounts)[0];
  if (phone && firstPhone) suggestion.phoneLabel = firstPhone;
  const boxes = mailboxes(accounts).filter((box) => box.id !== account.id);
  if (mailbox && boxes.length === 1) suggestion.mailboxId = boxes[0]!.id;
  return suggestion;
}
