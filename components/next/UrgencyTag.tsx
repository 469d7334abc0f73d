// "Urgent" only for an open leak's urgent work, "Past due" for work past its date; nothing otherwise (never red
// for a user who is only getting ready). Words, not colour alone.
import { t } from '@/lib/i18n';
import type { ItemView } from '@/lib/next';

export function UrgencyTag({ tag }: { tag: ItemView['tag'] }) {
  if (!tag) return null;
  return <span class="tag urgent">{t(tag === 'overdue' ? 'next.overdue' : 'next.urgent')}</span>;
}
