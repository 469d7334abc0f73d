// What is wrong with a file, each problem on its own line, as plain text.
import type { BackupProblem } from '@/core/backup';
import { t } from '@/lib/i18n';
import { problemText } from './problemText';

const SHOWN = 20;

export function ProblemList({ problems }: { problems: BackupProblem[] }) {
  return (
    <>
      <ul>
        {problems.slice(0, SHOWN).map((problem, index) => (
          <li key={index}>{problemText(problem)}</li>
        ))}
      </ul>
      {problems.length > SHOWN && <p>{t('backup.more', { count: problems.length - SHOWN })}</p>}
    </>
  );
}
