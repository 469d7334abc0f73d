// The report's timeline: one dated row per event, oldest first.
import { t, currentLanguage } from '@/lib/i18n';
import { formatDate, formatDateTime } from '@/core/format';
import { camel } from '@/core/plan/task';
import type { TimelineEntry } from '@/core/plan/timeline';
import { reportTaskTitle, tk } from '@/lib/plan-text';
import { statusText } from '../guide/StatusTag';
import { KeepNumbers } from './ReportEvidence';

function describe(entry: TimelineEntry): string {
  switch (entry.kind) {
    case 'leaked':
      return t('report.events.leaked');
    case 'discovered':
      return t('report.events.discovered');
    case 'recorded':
      return t('report.events.recorded');
    case 'closed':
      return t('report.events.closed');
    case 'evidence':
      return t('report.events.evidence', { kind: tk(`evidence.kind.${camel(entry.evidence.kind)}`), summary: entry.evidence.summary });
    case 'task':
      if (entry.status === 'snoozed')
        return t('report.events.snoozed', {
          task: reportTaskTitle(entry.task),
          date: formatDate(entry.until ?? entry.at, currentLanguage()),
        });
      return t('report.events.task', { task: reportTaskTitle(entry.task), status: statusText(entry.status, undefined) });
  }
}

export function ReportTimeline({ entries }: { entries: TimelineEntry[] }) {
  const lang = currentLanguage();
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('report.date')}</th>
          <th scope="col">{t('report.event')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry, index) => (
          <tr key={index}>
            <td class="when">{entry.kind === 'leaked' ? formatDate(entry.at, lang) : formatDateTime(entry.at, lang)}</td>
            <td>
              <KeepNumbers text={describe(entry)} />
              {entry.kind === 'task' && entry.note && (
                <div class="note">
                  {t('leak.task.notePrefix')} {entry.note}
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
