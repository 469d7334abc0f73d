// Stored data and backup files for the backup, concurrency and hardening tests (relative imports only:
// Playwright loads these without the bundler's aliases).
import { backupText, buildBackup, stateToRecords } from '../../core/backup';
import { CURRENT_SCHEMA } from '../../core/migrations';
import { DEFAULT_SETTINGS, type AppState } from '../../core/model';
import { T, accountRecord } from './fixtures';

/** What the browser holds before an import. */
export const storedState = (): AppState => ({
  settings: { ...DEFAULT_SETTINGS },
  accounts: [
    accountRecord('a1', 'Personal mail'),
    {
      id: 'a2',
      customName: 'Forum',
      customDomain: 'forum.example',
      label: 'Old forum',
      category: 'social',
      tier: 'other',
      sharedPassword: true,
      createdAt: T + 1,
      updatedAt: T + 1,
    },
  ],
  steps: {
    a1: { 'change-password': { status: 'done', at: T + 10 } },
    a2: { 'change-password': { status: 'pending', at: T, note: 'ask admin' } },
  },
  incidents: [
    {
      id: 'i1',
      discoveredAt: T,
      source: 'Courier platform breach',
      howLearned: 'breach-notice',
      leaked: ['phone', 'address'],
      passwordReused: false,
      cardSecretsLeaked: false,
      region: 'cn',
      accountIds: ['a1'],
      createdAt: T,
      updatedAt: T,
    },
  ],
  tasks: {},
  evidence: [
    {
      id: 'e1',
      incidentId: 'i1',
      kind: 'call',
      at: T + 5,
      from: '+86 21 5555 0100',
      summary: 'Fake courier refund call',
      fileName: '',
      createdAt: T + 5,
      updatedAt: T + 5,
    },
  ],
});

/** The same person's backup from another day: a1 renamed later, a3 added, a2 not in it. */
export const backedUpState = (): AppState => {
  const state = storedState();
  return {
    ...state,
    accounts: [
      accountRecord('a1', 'Personal mail (restored)', { updatedAt: T + 1000 }),
      accountRecord('a3', 'Work mail', { createdAt: T + 2 }),
    ],
    steps: { a1: { 'change-password': { status: 'done', at: T + 10 }, devices: { status: 'done', at: T + 20 } } },
  };
};

export const rawStorage = (state: AppState): Record<string, unknown> => ({ schema: CURRENT_SCHEMA, ...stateToRecords(state) });
export const backupFile = (state: AppState) => backupText(buildBackup(state, T + 5000, '0.1.0'));

/** The good backup, edited as parsed JSON and written back. */
export function editedBackup(edit: (file: { records: Record<string, Record<string, unknown>> } & Record<string, unknown>) => void): string {
  const file = JSON.parse(backupFile(backedUpState()));
  edit(file);
  return JSON.stringify(file, null, 2);
}
