// Facts about the two languages the extension speaks, defined once (issue 17): how each is tagged for the page
// and for Intl, and how a list of names is joined in it.
export type Lang = 'en' | 'zh_CN';

/** The BCP 47 tag for <html lang> and an element's lang attribute. */
export const htmlLang = (lang: Lang) => (lang === 'zh_CN' ? 'zh-CN' : 'en');

/** The locale for Intl formatting: British English writes dates day-first ("29 Nov 2026"). */
export const intlLocale = (lang: Lang) => (lang === 'zh_CN' ? 'zh-CN' : 'en-GB');

/** Names listed side by side ("Gmail, Alipay"; in Chinese with the enumeration comma: "邮箱、支付宝"). */
export const joinList = (items: readonly string[], lang: Lang) => items.join(lang === 'zh_CN' ? '、' : ', ');

/** Items joined as a sentence does it ("A, B and C"; "A、B和C"). */
export const joinAnd = (items: readonly string[], lang: Lang) =>
  new Intl.ListFormat(intlLocale(lang), { type: 'conjunction' }).format(items);
