// Recognising sites without the Public Suffix List: a host's labels are walked from the most specific, so a
// site claiming a host (mail.qq.com) wins over the site claiming its registrable domain (qq.com).
import { describe, expect, it } from 'vitest';
import { accountsForUrl, hostOf, hostSuffixes, httpsOrigin, searchSites, siteForHost, siteForUrl } from '@/core/sites';
import type { SearchableSite } from '@/data/schema';

const site = (id: string, domains: string[], hosts?: string[]): SearchableSite => ({
  id,
  names: { en: id, zh_CN: id },
  aliases: [],
  category: 'other',
  regions: ['cn'],
  domains,
  ...(hosts ? { hosts } : {}),
});
const SITES = [
  site('qq', ['qq.com']),
  site('qq-mail', ['foxmail.com'], ['mail.qq.com']),
  site('wechat', ['wechat.com'], ['weixin.qq.com', 'wx.qq.com']),
  site('amazon', ['amazon.co.uk', 'amazon.com']),
];

describe('hostOf', () => {
  it.each([
    ['https://Mail.QQ.com:443/cgi-bin?x=1', 'mail.qq.com'],
    ['mail.qq.com', 'mail.qq.com'],
    ['mail.qq.com/path', 'mail.qq.com'],
    ['example.com:8080/x', 'example.com'],
    ['http://www.example.co.uk./', 'www.example.co.uk'],
    ['  qq.com  ', 'qq.com'],
  ])('%s -> %s', (input, host) => {
    expect(hostOf(input)).toBe(host);
  });

  it.each([
    '',
    'chrome://settings/',
    'about:blank',
    'file:///tmp/x.html',
    'https://192.168.1.1/',
    'https://localhost/',
    'com',
    'not a host',
  ])('is undefined for %j', (input) => {
    expect(hostOf(input)).toBeUndefined();
  });
});

describe('siteForHost', () => {
  it('walks from the most specific label down to the registrable domain, never the top-level domain', () => {
    expect(hostSuffixes('a.mail.qq.com')).toEqual(['a.mail.qq.com', 'mail.qq.com', 'qq.com']);
  });

  it.each([
    ['mail.qq.com', 'qq-mail', 'mail.qq.com'],
    ['set.mail.qq.com', 'qq-mail', 'mail.qq.com'],
    ['wx.qq.com', 'wechat', 'wx.qq.com'],
    ['weixin.qq.com', 'wechat', 'weixin.qq.com'],
    ['wx2.qq.com', 'qq', 'qq.com'],
    ['im.qq.com', 'qq', 'qq.com'],
    ['qq.com', 'qq', 'qq.com'],
    ['www.amazon.co.uk', 'amazon', 'amazon.co.uk'],
  ])('%s is %s (claim %s)', (host, id, claim) => {
    const found = siteForHost(host, SITES);
    expect(found?.site.id).toBe(id);
    expect(found?.claim).toBe(claim);
  });

  it('does not match look-alikes or bare suffixes', () => {
    expect(siteForHost('notqq.com', SITES)).toBeUndefined();
    expect(siteForHost('qq.com.evil.example', SITES)).toBeUndefined();
    expect(siteForHost('co.uk', SITES)).toBeUndefined();
  });
});

describe('siteForUrl and accountsForUrl', () => {
  const accounts = [
    { id: 'a-qq', siteId: 'qq' },
    { id: 'a-mail', siteId: 'qq-mail' },
    { id: 'a-shop', customDomain: 'example.co.uk' },
    { id: 'a-other', customDomain: 'other.example' },
  ];
  const ids = (url: string) => accountsForUrl(url, accounts, SITES).map((account) => account.id);

  it('gives the account of the more specific claim only', () => {
    expect(siteForUrl('https://mail.qq.com/', SITES)?.id).toBe('qq-mail');
    expect(ids('https://mail.qq.com/')).toEqual(['a-mail']);
    expect(ids('https://im.qq.com/')).toEqual(['a-qq']);
    expect(ids('https://wx.qq.com/')).toEqual([]);
  });

  it('matches a custom site on its domain and subdomains, not on a look-alike', () => {
    expect(ids('https://shop.example.co.uk/cart')).toEqual(['a-shop']);
    expect(ids('https://example.co.uk/')).toEqual(['a-shop']);
    expect(ids('https://badexample.co.uk/')).toEqual([]);
    expect(ids('chrome://extensions/')).toEqual([]);
  });
});

describe('httpsOrigin and search', () => {
  it('makes an https origin of a custom domain, and none of something that is not one', () => {
    expect(httpsOrigin('Shop.Example.com')).toBe('https://shop.example.com');
    expect(httpsOrigin('http://shop.example.com/login')).toBe('https://shop.example.com');
    expect(httpsOrigin('localhost')).toBeUndefined();
  });

  it('finds the site that claims a typed host first', () => {
    expect(searchSites('mail.qq.com', SITES)[0]?.id).toBe('qq-mail');
    expect(searchSites('qq.com', SITES)[0]?.id).toBe('qq');
    expect(searchSites('www.amazon.co.uk', SITES)[0]?.id).toBe('amazon');
  });
});
