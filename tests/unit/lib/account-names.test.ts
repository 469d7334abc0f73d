// Names shown once and in the current language: a catalogue site's own name follows the language; a label the
// user typed stays as typed; the site is named beside a label only when it adds something.
import { describe, expect, it } from 'vitest';
import { setDictionaries } from '@/lib/i18n';
import { accountFullName, accountLabel, shownName } from '@/lib/account-names';
import { chinese, english } from '../setup';

const alipay = { siteId: 'alipay', label: 'Alipay' };

describe('account names', () => {
  it('shows a catalogue name in the current language, wherever only the label is known', () => {
    expect(shownName('Alipay')).toBe('Alipay');
    expect(shownName('支付宝')).toBe('Alipay');
    expect(shownName('Work mail')).toBe('Work mail');
    setDictionaries('zh_CN', chinese, english);
    expect(shownName('Alipay')).toBe('支付宝');
    expect(accountLabel(alipay)).toBe('支付宝');
    expect(accountLabel({ ...alipay, label: '我的钱包' })).toBe('我的钱包');
  });

  it('names the site beside the label only when it differs', () => {
    expect(accountFullName(alipay)).toBe('Alipay');
    expect(accountFullName({ ...alipay, label: 'Wallet' })).toBe('Wallet · Alipay');
  });
});
