// Length limits of an objection's text, apart from objection.ts so the resident's form
// can use them without downloading the request schemas (zod) and the working-day
// calendar on the public page.

export const OBJECTION_MIN_CHARS = 5;
export const OBJECTION_MAX_CHARS = 500;
