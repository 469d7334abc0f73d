// What the map points out: mailboxes to harden first, rings of mailboxes, accounts with no way back,
// routes lost with a deleted account, and accounts not on the map yet.
import { t, currentLanguage } from '@/lib/i18n';
import { formatDate } from '@/core/format';
import { joinList } from '@/core/language';
import type { RecoveryMap } from '@/core/recovery/map';
import { accountLabel } from '@/lib/account-names';

export function RecoveryNotices({ map }: { map: RecoveryMap }) {
  const lang = currentLanguage();
  const list = (names: string[]) => joinList(names, lang);
  const items: { key: string; text: string }[] = [
    ...map.hubs
      .filter((hub) => hub.hardenFirst)
      .map((hub) => ({ key: `h:${hub.key}`, text: `${hub.label}: ${t('recovery.map.hardenFirst', { count: hub.money })}` })),
    ...map.cycles.map((ring) => ({
      key: `c:${ring.map((a) => a.id).join()}`,
      text: t('recovery.map.cycle', { names: list(ring.map((a) => accountLabel(a))) }),
    })),
    ...map.noRecovery.map((item) => ({ key: `n:${item.account.id}`, text: t('recovery.map.noRecovery', { account: item.account.label }) })),
    ...map.lost.map((lost) => ({
      key: `l:${lost.account.id}:${lost.at}:${lost.label}`,
      text: t('recovery.map.lost', { account: lost.account.label, mailbox: lost.label, date: formatDate(lost.at, lang) }),
    })),
  ];
  return (
    <>
      {items.length > 0 && (
        <section class="notice warn" aria-labelledby="recovery-notices">
          <h2 id="recovery-notices">{t('recovery.map.notices')}</h2>
          <ul>
            {items.map((item) => (
              <li key={item.key}>{item.text}</li>
            ))}
          </ul>
        </section>
      )}
      {map.unmapped.length > 0 && (
        <p class="muted">{t('recovery.map.unmapped', { names: list(map.unmapped.map((item) => accountLabel(item.account))) })}</p>
      )}
    </>
  );
}
