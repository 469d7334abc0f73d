// Both languages carry every string, and every key is one the browser's i18n accepts.
import { describe, expect, it } from 'vitest';
import { chinese, english } from '../setup';

describe('locale files', () => {
  it('have the same keys in en and zh_CN', () => {
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
  });

  it('use only message names Chrome accepts ([A-Za-z0-9_])', () => {
    const bad = Object.keys(english).filter((key) => !/^[A-Za-z0-9_@]+$/.test(key));
    expect(bad).toEqual([]);
  });

  it('have no empty messages and no positional $ substitutions', () => {
    for (const dict of [english, chinese]) {
      const bad = Object.entries(dict).filter(([, { message }]) => !message.trim() || /\$\d/.test(message));
      expect(bad.map(([key]) => key)).toEqual([]);
    }
  });

  it('use the same named substitutions in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort();
    const mismatched = Object.keys(english).filter(
      (key) => chinese[key] && JSON.stringify(names(english[key]!.message)) !== JSON.stringify(names(chinese[key]!.message)),
    );
    expect(mismatched).toEqual([]);
  });
});
