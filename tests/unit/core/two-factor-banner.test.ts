// The guide's one line on two-step verification: a PIN or password the user sets wins, then the strongest
// method, then "none" only when a source says so, else "unknown".
import { describe, expect, it } from 'vitest';
import { twoFactorBanner } from '@/core/two-factor-banner';
import { chinese, english } from '../setup';

describe('twoFactorBanner', () => {
  it.each([
    [{ twoFactor: ['sms', 'call'] as const, twoFactorSecret: 'pin' as const }, 'guide.twoFactorSecret.pin', undefined],
    [{ twoFactor: [] as const, twoFactorSecret: 'password' as const }, 'guide.twoFactorSecret.password', undefined],
    [{ twoFactor: ['sms', 'totp', 'u2f'] as const }, 'guide.twoFactorBest', 'guide.method.u2f'],
    [{ twoFactor: ['sms', 'custom-software'] as const }, 'guide.twoFactorBest', 'guide.method.customSoftware'],
    [{ twoFactor: ['custom-hardware'] as const }, 'guide.twoFactorBest', 'guide.method.customHardware'],
    [{ twoFactor: [] as const, twoFactorUnknown: true as const }, 'guide.twoFactorUnknown', undefined],
    [{ twoFactor: [] as const }, 'guide.twoFactorNone', undefined],
  ])('%j -> %s', (site, key, methodKey) => {
    const banner = twoFactorBanner({ ...site, twoFactor: [...site.twoFactor] });
    expect(banner.key).toBe(key);
    expect(banner.methodKey).toBe(methodKey);
    for (const dict of [english, chinese]) {
      expect(dict[key.replaceAll('.', '_')]?.message).toBeTruthy();
      if (methodKey) expect(dict[methodKey.replaceAll('.', '_')]?.message).toBeTruthy();
    }
  });

  it('gives the why of every method, the app prompt and hardware tokens included', () => {
    for (const method of ['u2f', 'totp', 'customSoftware', 'customHardware', 'sms', 'call', 'email']) {
      expect(english[`guide_method_${method}`]!.message, method).toMatch(/\(.{15,}\)/);
      expect(chinese[`guide_method_${method}`]!.message, method).toMatch(/（.{6,}）/);
    }
  });
});
