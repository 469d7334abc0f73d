import { t } from '@/lib/i18n';
import type { Progress } from '@/core/guide';

/** A labelled bar plus the same facts in words (never colour alone). */
/** `label` names the bar for screen readers; `showLabel` false where a heading beside it already says it. */
export function ProgressBar({ label, progress, showLabel = true }: { label: string; progress: Progress; showLabel?: boolean }) {
  const done = progress.total > 0 && progress.closed === progress.total;
  return (
    <div class="progress">
      <div class="spread small">
        <span class={showLabel ? undefined : 'visually-hidden'}>{label}</span>
        <span>
          {done ? t('accounts.allDone') : t('accounts.progress', { closed: progress.closed, total: progress.total })}
          {!done && progress.minutesLeft > 0 && (
            <span class="muted"> · {t('accounts.minutesLeft', { minutes: progress.minutesLeft })}</span>
          )}
        </span>
      </div>
      <progress max={Math.max(progress.total, 1)} value={progress.closed} aria-label={label} />
    </div>
  );
}
