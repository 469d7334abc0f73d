// The recovery map as a list: the same hubs, accounts and states as the picture, for reading and printing.
import { t } from '@/lib/i18n';
import type { Hub } from '@/core/recovery/map';
import { accountHref, hubTitle, statusLabel } from './status';
import { LangText } from '../LangText';
import { accountLabel } from '@/lib/account-names';

export function RecoveryList({ hubs }: { hubs: readonly Hub[] }) {
  return (
    <section aria-labelledby="recovery-list-title">
      <h2 id="recovery-list-title">{t('recovery.map.list')}</h2>
      {hubs.map((hub) => (
        <section key={hub.key} class="card" aria-labelledby={`hub-${hub.key.replace(/[^A-Za-z0-9_-]/g, '_')}`}>
          <h3 id={`hub-${hub.key.replace(/[^A-Za-z0-9_-]/g, '_')}`}>
            {hub.route.kind === 'mailbox' ? <a href={accountHref(hub.route.accountId)}>{hubTitle(hub)}</a> : hubTitle(hub)}
          </h3>
          {hub.self && <p class="muted small">{statusLabel(hub.self)}</p>}
          {hub.hardenFirst && (
            <p>
              <span class="tag warn">{t('recovery.map.hardenFirst', { count: hub.money })}</span>
            </p>
          )}
          {hub.dependents.length === 0 ? (
            <p class="muted">{t('recovery.map.nothingHangs')}</p>
          ) : (
            <ul>
              {hub.dependents.map((item) => (
                <li key={item.account.id}>
                  <a href={accountHref(item.account.id)}>
                    <LangText text={accountLabel(item.account)} />
                  </a>{' '}
                  · <span class={`map-status ${item.status}`}>{statusLabel(item)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </section>
  );
}
