// The message for one problem with a backup file, in the user's language.
import type { BackupProblem } from '@/core/backup';
import { MAX_BACKUP_BYTES } from '@/core/backup/format';
import { t, type MessageKey } from '@/lib/i18n';

const TYPES = new Set(['string', 'number', 'int', 'boolean', 'object', 'array']);

export function problemText(problem: BackupProblem): string {
  const detail =
    problem.code === 'wrongType' && TYPES.has(problem.detail ?? '')
      ? t(`backup.type.${problem.detail}` as MessageKey)
      : (problem.detail ?? '');
  return t(`backup.problem.${problem.code}`, {
    field: problem.field ?? '',
    detail,
    limit: MAX_BACKUP_BYTES / 1024 / 1024,
  });
}
