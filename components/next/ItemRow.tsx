// One item of the priority in a short list: its title, whose it is, and one click to its page or to done.
// Styled by ./next.css, which each page showing rows loads: the popup in its popup.css, the dashboard with Overview.
import { labelled, t } from '@/lib/i18n';
import type { ItemView } from '@/lib/next';
import { UrgencyTag } from './UrgencyTag';
import { LangText } from '../LangText';

interface Props {
  view: ItemView;
  onDone?: () => void;
  onOpenPage?: (url: string) => void;
  /** A link to where it is shown in full, in place of buttons (the dashboard's Overview). */
  href?: string;
}

export function ItemRow({ view, onDone, onOpenPage, href }: Props) {
  return (
    <li class="item-row" data-item={view.id}>
      <div class="item-text">
        {(view.tag || view.context) && (
          <div class="item-meta small">
            {view.tag && (
              <>
                <UrgencyTag tag={view.tag} />{' '}
              </>
            )}
            {view.context && (
              <span class="muted">
                <LangText text={view.context} />
              </span>
            )}
          </div>
        )}
        <div class="item-title" title={view.title}>
          {href ? (
            <a href={href}>
              <LangText text={view.title} />
            </a>
          ) : (
            <LangText text={view.title} />
          )}
        </div>
      </div>
      {(onDone || (view.url && onOpenPage)) && (
        <div class="row">
          {view.url && onOpenPage && (
            <button
              type="button"
              class="small"
              onClick={() => onOpenPage(view.url!)}
              aria-label={labelled(t('guide.openPage'), view.title)}
            >
              ↗
            </button>
          )}
          {onDone && (
            <button type="button" class="small" onClick={onDone} aria-label={labelled(t('guide.markDone'), view.title)}>
              ✓ {t('guide.markDone')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
