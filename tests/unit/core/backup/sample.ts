// A small, realistic state and its backup, for tests that break one thing at a time.
import { buildBackup, backupText, type Backup } from '@/core/backup';
import { DEFAULT_SETTINGS, type AppState } from '@/core/model';

export const NOW = 1_764_000_000_000;

export const sampleState = (): AppState => ({
  settings: { ...DEFAULT_SETTINGS, language: 'zh_CN' },
  accounts: [
    {
      id: 'a1',
      siteId: 'google',
      label: 'Personal mail',
      category: 'email',
      tier: 'critical',
      sharedPassword: true,
      createdAt: NOW,
      updatedAt: NOW,
    },
    {
      id: 'a2',
      customName: '社区论坛',
      customDomain: 'bbs.example.cn',
      label: '论坛',
      category: 'social',
      tier: 'other',
      sharedPassword: false,
      createdAt: NOW + 1,
      updatedAt: NOW + 1,
    },
  ],
  steps: {
    a1: {
      'change-password': { status: 'done', at: NOW + 5 },
      devices: { status: 'snoozed', at: NOW + 6, until: NOW + 86_400_000, note: 'ask IT' },
    },
  },
  incidents: [
    {
      id: 'i1',
      discoveredAt: NOW,
      source: 'Shop X breach notice',
      howLearned: 'breach-notice',
      leaked: ['email', 'phone'],
      passwordReused: true,
      cardSecretsLeaked: false,
      region: 'cn',
      accountIds: ['a1'],
      createdAt: NOW,
      updatedAt: NOW,
    },
  ],
  tasks: { i1: { 'call-bank': { status: 'done', at: NOW + 7, note: 'case no. 2026-118' } } },
  evidence: [
    {
      id: 'e1',
      incidentId: 'i1',
      kind: 'call',
      at: NOW + 8,
      from: '+86 21 5555 0000',
      summary: 'Caller knew my order number',
      fileName: '',
      createdAt: NOW + 8,
      updatedAt: NOW + 8,
    },
  ],
});

export const sampleBackup = (): Backup => buildBackup(sampleState(), NOW, '0.1.0');
export const sampleText = () => backupText(sampleBackup());

/** The sample backup with a change made to its parsed form, back as text. */
export function editedText(edit: (backup: Backup & Record<string, unknown>) => void): string {
  const backup = JSON.parse(sampleText()) as Backup & Record<string, unknown>;
  edit(backup);
  return JSON.stringify(backup);
}
