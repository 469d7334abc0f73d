// The next item as a card: what to do, whose it is, the first line of how, its page, then "Done".
// Styled by ./next.css, which each page showing the card loads: the popup in its popup.css, the dashboard with Overview.
import { labelled, t } from '@/lib/i18n';
import type { ItemView } from '@/lib/next';
import { UrgencyTag } from './UrgencyTag';
import { LangText } from '../LangText';

/** The first line of a how-to (up to its first line break): the card has room for one. */
const firstLine = (text: string) => text.split('\n')[0]!.trim();

interface Props {
  view: ItemView;
  /** The card's own heading ("Next step"); its level fits the page. */
  headingLevel?: 2 | 3;
  onDone?: () => void;
  onOpenPage?: (url: string) => void;
  /** Where the item is shown in full (its plan or guide), when there is no Done button here. */
  href?: string;
  hrefLabel?: string;
}

export function NextCard({ view, headingLevel = 2, onDone, onOpenPage, href, hrefLabel }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const how = firstLine(view.how);
  const headingId = `next-${view.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return (
    <section class="card next-card" aria-labelledby={headingId} data-item={view.id}>
      <Heading id={headingId} class="next-label">
        {t('next.next')} <UrgencyTag tag={view.tag} />
      </Heading>
      <p class="next-title">
        {view.context && (
          <span class="muted small">
            <LangText text={view.context} /> ·{' '}
          </span>
        )}
        <strong>
          <LangText text={view.title} />
        </strong>
      </p>
      {how && (
        <p class="small one-line" title={view.how}>
          <LangText text={how} />
        </p>
      )}
      <div class="row">
        {view.url && onOpenPage && (
          <button type="button" onClick={() => onOpenPage(view.url!)} aria-label={labelled(t('guide.openPage'), view.title)}>
            {t('guide.openPage')} ↗
          </button>
        )}
        {view.url && !onOpenPage && (
          <a
            class="button"
            href={view.url}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={labelled(t('guide.openPage'), view.title)}
          >
            {t('guide.openPage')} ↗
          </a>
        )}
        {onDone && (
          <button type="button" class="primary" onClick={onDone} aria-label={labelled(t('guide.markDone'), view.title)}>
            {t('guide.markDone')}
          </button>
        )}
        {href && (
          <a class="button primary" href={href}>
            {hrefLabel ?? t('leak.plan.goTo')}
          </a>
        )}
      </div>
    </section>
  );
}
