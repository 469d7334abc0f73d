// Notes must never hold a password, PIN or one-time code. This spots text that looks like one so the UI can
// warn before saving. A false alarm costs the user a click, so it looks for a secret's shape, not for the
// mere word "password": "changed my password at 14:30" is an ordinary note, "password: hunter2" is not.

/** Words that name a secret, in English and Chinese. ("code" alone is weaker: see CODE_DIGITS.) */
const SECRET_WORD = String.raw`(?:password|passwd|passcode|pwd|pw|pin|otp|cvv|cvc|(?:verification|security|one[- ]?time|sms|login|access|auth(?:entication)?|2fa|mfa)\s+code|密码|口令|验证码|动态码|校验码|安全码)(?![A-Za-z])`;
const BEFORE = String.raw`(?:^|[^A-Za-z])`;
/** What joins the word to its value: "password is x", "验证码是 x". */
const JOIN = String.raw`\s*(?:[:：=]|\bis\b|\bwas\b|是|为|為)\s*`;

/** "password: anything", "pwd=x", "密码：x": an explicit label with a value after it. */
const LABELLED = new RegExp(String.raw`${BEFORE}${SECRET_WORD}\s*[:：=]\s*([^\s,;，；。]{3,})`, 'i');
/** "the PIN is 4821", "password is Tr0ub4dor&3": a value that looks like a secret (not "is changed"). */
const STATED = new RegExp(String.raw`${BEFORE}${SECRET_WORD}${JOIN}(\S+)`, 'i');
/** "PIN 4821", "验证码 482913", "支付密码246810": a secret word directly followed by a code. */
const WORD_THEN_DIGITS = new RegExp(String.raw`${BEFORE}${SECRET_WORD}\s*\d{3,8}(?!\d)`, 'i');
/** "code 482913", "the code is 4821": a PIN-long or OTP-long number ("zip code 10001" has 5 digits). */
const CODE_DIGITS = /(?:^|[^A-Za-z])code(?:\s*(?:[:：=]|\bis\b|\bwas\b))?\s*(?:\d{4}|\d{6})(?!\d)/i;
/** A note that is only a PIN or a one-time code (4 or 6 digits: service numbers like 95588 have 5). */
const ONLY_CODE = /^(?:\d{4}|\d{6})$/;
/** Status words after "Password:" that are a note about the step, not its value. */
const STATUS = /^(?:changed|change|done|reset|updated?|new|old|same|ok|okay|n\/a|none|unchanged|rotated|已改|已修改|已更改|已更新|已重置|改了|改好了|修改了|没变|未改|无)$/i;

export function looksLikeSecret(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed) return false;
  if (ONLY_CODE.test(trimmed) || WORD_THEN_DIGITS.test(trimmed) || CODE_DIGITS.test(trimmed)) return true;
  const labelled = LABELLED.exec(trimmed)?.[1];
  if (labelled && !STATUS.test(labelled)) return true;
  const stated = STATED.exec(trimmed)?.[1];
  if (stated && secretShaped(stated)) return true;
  return trimmed.split(/\s+/).some(passwordShaped);
}

/** A value after "is": digits, or a mix of character kinds, not an ordinary word. */
function secretShaped(value: string): boolean {
  const token = value.replace(/[.,;!?。，；！？]+$/, '');
  return /^\d{3,}$/.test(token) || passwordShaped(token) || (/\d/.test(token) && /[A-Za-z]/.test(token) && token.length >= 4);
}

/**
 * A token shaped like a password: 8+ characters with lower case, a digit, and upper case or a symbol.
 * Times, dates, case numbers, web and mail addresses are not ("2026-118", "14:30", "REF-2026-ABC").
 */
function passwordShaped(token: string): boolean {
  if (token.length < 8 || /^https?:\/\//i.test(token) || token.includes('@')) return false;
  if (/^[\d\W_]+$/.test(token) || /^[A-Z\d\W_]+$/.test(token)) return false;
  if (/^\d{1,2}[:.]\d{2}(?:am|pm)?$/i.test(token)) return false;
  return /[a-z]/.test(token) && /\d/.test(token) && (/[A-Z]/.test(token) || /[^A-Za-z\d\s]/.test(token));
}
