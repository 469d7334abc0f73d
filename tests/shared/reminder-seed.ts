// The stored state both the reminder unit tests and the reminder e2e tests start from: default settings,
// one critical mail account sharing a leaked password, and one open incident about it.
import { DEFAULT_SETTINGS } from '@/core/model';

const DAY = 86_400_000;

export function reminderSeed(created: number, language: 'en' | 'zh_CN' = 'en'): Record<string, unknown> {
  return {
    settings: { ...DEFAULT_SETTINGS, language },
    'account:gmail': {
      id: 'gmail',
      siteId: 'google',
      label: 'Personal mail',
      category: 'email',
      tier: 'critical',
      sharedPassword: true,
      createdAt: created - DAY,
      updatedAt: created - DAY,
    },
    'incident:leak1': {
      id: 'leak1',
      discoveredAt: created,
      source: 'Test shop',
      howLearned: 'breach-notice',
      leaked: ['password', 'email'],
      passwordReused: true,
      cardSecretsLeaked: false,
      region: 'other',
      accountIds: ['gmail'],
      createdAt: created,
      updatedAt: created,
    },
  };
}
