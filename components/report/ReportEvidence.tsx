// The report's evidence list: when, what kind, from whom, what happened, and the file the user keeps.
import { t, currentLanguage } from '@/lib/i18n';
import { formatDateTime } from '@/core/format';
import { camel } from '@/core/plan/task';
import type { Evidence } from '@/core/model';
import { tk } from '@/lib/plan-text';
import { LangText } from '../LangText';

export function ReportEvidence({ items }: { items: Evidence[] }) {
  if (!items.length) return <p>{t('report.evidenceEmpty')}</p>;
  const lang = currentLanguage();
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('report.when')}</th>
          <th scope="col">{t('report.kind')}</th>
          <th scope="col">{t('report.from')}</th>
          <th scope="col">{t('report.what')}</th>
          <th scope="col">{t('report.file')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td class="when">{formatDateTime(item.at, lang)}</td>
            <td class="kind">{tk(`evidence.kind.${camel(item.kind)}`)}</td>
            <td>
              <KeepNumbers text={item.from} />
            </td>
            <td class="prewrap">
              <KeepNumbers text={item.summary} />
            </td>
            <td>
              <KeepNumbers text={item.fileName} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A phone, account or ID number (a Chinese ID may end in X) never breaks across lines; the words around it still
 *  wrap, and runs in the other language carry their `lang` (LangText). */
export function KeepNumbers({ text }: { text: string }) {
  const parts = text.split(/(\+?\d[\d\s-]{4,}[\dXx])/);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 ? (
          <span key={index} class="nobr">
            {part}
          </span>
        ) : (
          <LangText key={index} text={part} />
        ),
      )}
    </>
  );
}
