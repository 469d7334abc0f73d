// An open leak, first: its name, how far along ("3 of 19"), and its next task as a card.
import type { ComponentChildren } from 'preact';
import { t } from '@/lib/i18n';
import type { LeakView } from '@/lib/next';

interface Props {
  /** What the lead shows of an open leak (the popup's stored view has no more than this). */
  leak: Pick<LeakView, 'id' | 'name' | 'closed' | 'total' | 'next'>;
  headingLevel?: 2 | 3;
  /** The next task's card (NextCard), built by the page with the actions it offers. */
  children?: ComponentChildren;
}

export function LeakLead({ leak, headingLevel = 2, children }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const id = `leak-lead-${leak.id}`;
  return (
    <section class="leak-lead" aria-labelledby={id}>
      <p class="muted small leak-lead-label">{t('next.leakLabel')}</p>
      <Heading id={id}>{leak.name}</Heading>
      <div class="spread small">
        <span>{t('next.leakProgress', { closed: leak.closed, total: leak.total })}</span>
      </div>
      <progress
        max={Math.max(leak.total, 1)}
        value={leak.closed}
        aria-label={t('next.leakProgress', { closed: leak.closed, total: leak.total })}
      />
      {leak.next ? children : <p>{t('next.allLeakDone')}</p>}
    </section>
  );
}
