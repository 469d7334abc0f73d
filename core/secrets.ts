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
/**
 * "code 482913", "the code is 4821": a PIN-long or OTP-long number ("zip code 10001" has 5 digits). Not when the
 * code is a place's or a parcel's: "area code 0755", "postal code 1010".
 */
const CODE_DIGITS =
  /(?:^|[^A-Za-z])(?<!(?:area|zip|postal|post|country|dial(?:ling)?|region|promo|coupon|discount|tracking|order|reference|ref|product|error|status)\s)code(?:\s*(?:[:：=]|\bis\b|\bwas\b))?\s*(?:\d{4}|\d{6}|\d{8})(?!\d)/i;
/** A note that is only a PIN or a one-time code: 4, 6 or 8 digits, or 6 in two groups ("482 913"). Service
 *  numbers like 95588 have 5. */
const ONLY_CODE = /^(?:\d{4}|\d{6}|\d{8}|\d{3}[ -]\d{3})$/;
/** A pasted verification message: "G-482913 is your Google verification code", "482913 is your code". */
const CODE_MESSAGE = /(?:^|[^A-Za-z\d])(?:[A-Z]-)?\d{4,8}\s+is\s+your\b[^.]{0,40}\bcode\b|(?:^|[^A-Za-z\d])G-\d{6}(?!\d)/i;
/** "密码 abc123", "password abc123": a secret word, a space, then a value with letters and digits. */
const WORD_THEN_VALUE = new RegExp(String.raw`${BEFORE}${SECRET_WORD}\s+(\S+)`, 'i');
/**
 * Status words after "Password:" that are a note about the step, not its value ("Password: pending").
 * A value with no Latin letter or digit at all ("密码：还没改") is never a password either: see labelledValue.
 */
const STATUS =
  /^(?:changed|change|done|reset|updated?|new|old|same|ok|okay|n\/a|none|unchanged|rotated|pending|todo|to-?do|tbd|later|soon|next|waiting|unknown|forgot|forgotten|expired|weak|strong|saved|stored|set|sent|required|needed|missing)$/i;
/** Roots of the passwords people choose most ("letmein123", "abc123", "woaini520"): a root with digits is one. */
const COMMON_ROOT = /(?:pass(?:word|wd)?|letmein|qwert|asdf|zxcv|abc|admin|welcome|iloveyou|woaini)/i;

export function looksLikeSecret(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed) return false;
  if (ONLY_CODE.test(trimmed) || WORD_THEN_DIGITS.test(trimmed) || CODE_DIGITS.test(trimmed) || CODE_MESSAGE.test(trimmed)) return true;
  const labelled = LABELLED.exec(trimmed)?.[1];
  if (labelled && labelledValue(labelled)) return true;
  const stated = STATED.exec(trimmed)?.[1];
  if (stated && secretShaped(stated)) return true;
  const following = WORD_THEN_VALUE.exec(trimmed)?.[1];
  if (following && /\d/.test(following) && /[A-Za-z]/.test(following) && secretShaped(following)) return true;
  const tokens = trimmed.split(/\s+/);
  // A note that is one word of letters then 3+ digits is a password too ("letmein123", "zhangsan1990").
  if (tokens.length === 1 && /^[a-z]{4,}\d{3,}$/.test(trimmed)) return true;
  return tokens.some((token) => passwordShaped(token) || commonPassword(token));
}

/** The value after "password:": a secret unless it is a status word or has no Latin letter or digit at all. */
function labelledValue(value: string): boolean {
  const token = value.replace(/[.,;!?。，；！？]+$/, '');
  return !STATUS.test(token) && /[A-Za-z\d]/.test(token);
}

/** A value after "is": digits, or a mix of character kinds, not an ordinary word. */
function secretShaped(value: string): boolean {
  const token = value.replace(/[.,;!?。，；！？]+$/, '');
  return /^\d{3,}$/.test(token) || passwordShaped(token) || (/\d/.test(token) && /[A-Za-z]/.test(token) && token.length >= 4);
}

/** A mail address ("abuse-team2@example.com") is not a password; "P@ssw0rd" and "Abc@123456" have no domain. */
const EMAIL = /^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/;
/** Symbols people put in passwords; "-", "_", "." and "/" also join product names and versions ("Wi-Fi6E"). */
const PASSWORD_SYMBOL = /[!@#$%^&*+=?~|\\<>{}()[\]'"`,;]/;

/**
 * A token shaped like a password: 8+ characters with lower case, a digit and a password symbol. Product
 * names ("iPhone15Pro"), times, dates, case numbers, web and mail addresses are not ("2026-118", "14:30",
 * "REF-2026-ABC").
 */
function passwordShaped(token: string): boolean {
  const word = token.replace(/[.,;!?。，；！？]+$/, '');
  if (word.length < 8 || /^https?:\/\//i.test(word) || EMAIL.test(word)) return false;
  if (/^[\d\W_]+$/.test(word) || /^[A-Z\d\W_]+$/.test(word)) return false;
  if (/^\d{1,2}[:.]\d{2}(?:am|pm)?$/i.test(word)) return false;
  return /[a-z]/.test(word) && /\d/.test(word) && PASSWORD_SYMBOL.test(word);
}

/** One of the commonest passwords with digits or a symbol added: "abc123", "Admin@2024", "passw0rd". */
function commonPassword(token: string): boolean {
  const word = token.replace(/[.,;!?。，；！？]+$/, '');
  if (word.length < 6 || EMAIL.test(word) || /^https?:\/\//i.test(word)) return false;
  return (
    COMMON_ROOT.test(word.replace(/0/g, 'o').replace(/@/g, 'a')) &&
    /[a-z]/.test(word) &&
    /\d/.test(word) &&
    /^[A-Za-z\d!@#$%^&*+=?~.]+$/.test(word)
  );
}
