// Length limits of an objection's text, apart from objection.ts so the resident's form
// can use them without downloading the request schemas (zod) and the working-day
// calendar on the public page.

export const OBJECTION_MIN_CHARS = 5;
export const OBJECTION_MAX_CHARS = 500;

/**
 * A mainland mobile number for the call-back, digits only: the rule the server checks, so
 * the phone form and the kiosk keypad can say "not valid" before sending.
 */
export const MOBILE_NUMBER_PATTERN = /^1[3-9]\d{9}$/;

/** Digits of a mainland mobile number (spaces and dashes the resident typed are ignored). */
export const MOBILE_NUMBER_DIGITS = 11;

export function isMobileNumber(digits: string): boolean {
  return MOBILE_NUMBER_PATTERN.test(digits);
}
