// Notes must never hold a password, PIN or one-time code. This spots text that looks like one so the UI can
// warn before saving. It errs towards warning: a false alarm costs a click, a stored password costs more.
const KEYWORDS = /(password|passwd|passcode|pwd|\bpin\b|otp|one[- ]time code|verification code|cvv|cvc|密码|口令|验证码|动态码|校验码)\s*[:：=是为]?\s*\S/i;
const DIGIT_CODE = /(^|[^\d])\d{4,8}([^\d]|$)/;
const MIXED_TOKEN = /(?=\S*[A-Za-z])(?=\S*\d)(?=\S*[^A-Za-z\d\s])\S{8,}/;

export function looksLikeSecret(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed) return false;
  if (KEYWORDS.test(trimmed)) return true;
  // A short note that is only a code or a mixed token ("483920", "Tr0ub4dor&3").
  if (trimmed.length <= 24 && (DIGIT_CODE.test(trimmed) && /^\S+$/.test(trimmed))) return true;
  return MIXED_TOKEN.test(trimmed) && !/^https?:\/\//i.test(trimmed) && !/@/.test(trimmed);
}
