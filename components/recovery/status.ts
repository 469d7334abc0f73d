// One wording for an account's state on the map, shared by the picture and the list (never colour alone).
import { t } from '@/lib/i18n';
import { routes } from '@/core/routes';
import type { AccountStatus, Hub, MapAccount } from '@/core/recovery/map';

export const STATUS_MARK: Record<AccountStatus, string> = { 'leaked-password': '⚠', open: '○', secured: '✓' };

export function statusLabel(item: MapAccount): string {
  if (item.status === 'leaked-password') return t('recovery.map.status.leakedPassword');
  if (item.status === 'open') return t('recovery.map.status.open', { count: item.openSteps });
  return t('recovery.map.status.secured');
}

export const hubTitle = (hub: Hub) =>
  hub.route.kind === 'phone' ? t('recovery.map.phoneHub', { label: hub.label }) : t('recovery.map.mailboxHub', { label: hub.label });

export const accountHref = (id: string) => routes.account(id);
