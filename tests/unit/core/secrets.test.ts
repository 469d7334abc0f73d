import { describe, expect, it } from 'vitest';
import { looksLikeSecret } from '@/core/secrets';

describe('looksLikeSecret warns about', () => {
  it.each([
    'password: hunter2',
    'Password: summer',
    'pwd=Summer2024',
    'my password is Tr0ub4dor&3',
    'new password was Qwer1234',
    'PIN 4821',
    'pin: 0000',
    'the PIN is 9921',
    'OTP 482913',
    'verification code 482913',
    'SMS code: 7391',
    'the code is 739201',
    'code 4821',
    'CVV 123',
    '482913',
    '4821',
    'Tr0ub4dor&3',
    'hunter2!x',
    'changed it to Winter#2026 today',
    '验证码：482913',
    '验证码是482913',
    '验证码 482913',
    '动态码739201',
    '密码是abc12345',
    '支付密码 246810',
    '登录密码：Qwer1234!',
    '新密码为 Zx9k!pq',
    '口令=letmein',
  ])('%s', (note) => {
    expect(looksLikeSecret(note)).toBe(true);
  });
});

describe('looksLikeSecret stays quiet about ordinary notes', () => {
  it.each([
    '',
    '   ',
    'called the bank at 14:30',
    'case no. 2026-118',
    'Police report 2026-118 filed at the station',
    'changed my password yesterday',
    'Password changed, two-step verification on',
    'Password: changed',
    'password: done 2026-12-01',
    'the password is changed now',
    'forgot which email the password reset goes to',
    'Bank said to wait for the verification code SMS',
    'zip code 10001',
    'Ticket #48213 opened with support',
    'Got an SMS at 09:15 from 106900000000',
    'Hotline 95588, asked to freeze the card',
    '10086',
    'Amount ¥1,299.00 refunded on 2026-12-03',
    'REF-2026-ABC',
    'https://accounts.google.com/security-checkup?hl=en2',
    'write to abuse-team2@example.com',
    'pinned the guide tab',
    'spinning up a new email, then 2FA',
    '已修改密码，开启了两步验证',
    '密码已改',
    '密码：已修改',
    '短信验证码没收到，客服说明天再试',
    '客服电话 95588，工号 1024',
    '报案回执编号 2026-118',
    '下午 14:30 去营业厅补办了 SIM 卡',
  ])('%s', (note) => {
    expect(looksLikeSecret(note)).toBe(false);
  });
});
