// The popup's one screen, drawn from its view (core/popup-view.ts) whichever way that view was made: ready-made
// by the background (quick.tsx) or computed here from the whole state (App.tsx, which adds the current site).
import type { ComponentChildren } from 'preact';
import { t } from '@/lib/i18n';
import type { PopupItem, PopupView } from '@/core/popup-view';
import { routes } from '@/core/routes';
import { ProgressBar } from '@/components/ProgressBar';
import { focusInPlaceOf } from '@/components/focus';
import { NextCard } from '@/components/next/NextCard';
import { LeakLead } from '@/components/next/LeakLead';
import { ItemRow } from '@/components/next/ItemRow';

/** At most three items on the first screen: the next one as a card, two more as rows, then "see all". */
const MORE_ROWS = 2;

export interface PopupActions {
  onDone: (item: PopupItem) => void;
  onOpenPage: (url: string) => void;
  onOpenDashboard: (hash?: string) => void;
}

interface Props extends PopupActions {
  view: PopupView;
  /** The website in the tab (the full app only), and the items it lists, which the rows below then skip. */
  site?: { section: ComponentChildren; itemIds: ReadonlySet<string> };
  toast: ComponentChildren;
}

export function Popup({ view, site, toast, onDone, onOpenPage, onOpenDashboard }: Props) {
  const { leak } = view;
  const lead = view.open.find((item) => item.id === view.leadId);
  const done = (item: PopupItem) => {
    // Focus moves on to the item that takes this one's place (or the heading, when none is left).
    focusInPlaceOf(item.id, () => document.querySelector('main h1'));
    onDone(item);
  };
  const rest = view.open.filter((item) => item.id !== view.leadId && !site?.itemIds.has(item.id));
  const card = (item: PopupItem) => <NextCard view={item} headingLevel={leak ? 3 : 2} onDone={() => done(item)} onOpenPage={onOpenPage} />;
  return (
    <main class="page popup-main">
      <div class="spread">
        <h1>{t('popup.title')}</h1>
        <button type="button" class="small" onClick={() => onOpenDashboard(view.accountCount || leak ? '' : routes.accounts)}>
          {t('common.openDashboard')}
        </button>
      </div>
      <div class="row popup-actions">
        {leak ? (
          <button type="button" class={lead ? undefined : 'primary'} onClick={() => onOpenDashboard(routes.leak(leak.id))}>
            {t('next.continue')}
          </button>
        ) : (
          <button type="button" class={lead ? undefined : 'primary'} onClick={() => onOpenDashboard(routes.newLeak)}>
            {t('common.hadLeak')}
          </button>
        )}
        <button type="button" class="link emergency-link" onClick={() => onOpenDashboard(routes.emergency)}>
          {t('emergency.link')}
        </button>
        <button type="button" class="link small" onClick={() => onOpenDashboard(routes.section('suspicious'))}>
          {t('scams.popup')}
        </button>
      </div>
      {leak && <LeakLead leak={leak}>{leak.next && card(leak.next)}</LeakLead>}
      {!leak && lead && (
        <>
          <p class="muted small calm">{t('next.mostImportant')}</p>
          {card(lead)}
        </>
      )}
      {site?.section}
      {!leak && view.accountCount === 0 && <p>{t('popup.nothingYet')}</p>}
      {rest.length > 0 && (
        <section aria-labelledby="next-steps">
          <h2 id="next-steps" class="small-heading">
            {t('popup.nextSteps')}
          </h2>
          <ul class="plain">
            {rest.slice(0, MORE_ROWS).map((item) => (
              <ItemRow key={item.id} view={item} onDone={() => done(item)} onOpenPage={onOpenPage} />
            ))}
          </ul>
          {view.openCount > MORE_ROWS + 1 && (
            <button type="button" class="link" onClick={() => onOpenDashboard(routes.overview)}>
              {t('next.more', { n: view.openCount })}
            </button>
          )}
        </section>
      )}
      {leak && (
        <button type="button" class="link small" onClick={() => onOpenDashboard(routes.newLeak)}>
          {t('next.newLeak')}
        </button>
      )}
      {/* While a leak is open its own progress stands above; the accounts' progress would push the rest down. */}
      {!leak && view.accountCount > 0 && <ProgressBar label={t('popup.progress')} progress={view.progress} />}
      {toast}
    </main>
  );
}
