/**
 * Checks made before any request, so the buyer hears about a typo at once and
 * the endpoint only sees plausible input. Pure; returns codes, the screens
 * turn them into localized messages.
 */

export const MAX_EMAIL = 254;
export const MAX_PASSWORD = 1024;

export type FieldProblem = 'required' | 'email' | 'too-long' | 'mismatch' | 'same-as-work' | 'choice';

/** One field name per input the widget renders. */
export type FormField = 'identifier' | 'password' | 'personalEmail' | 'confirmEmail' | 'scenario' | 'linkChoice';

export type Problems = Partial<Record<FormField, FieldProblem>>;

// One @, no spaces, a dot in the domain; letters of any script (international domains and addresses).
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/u;

export function emailProblem(raw: string): FieldProblem | undefined {
  const value = raw.trim();
  if (!value) return 'required';
  if (value.length > MAX_EMAIL) return 'too-long';
  return EMAIL.test(value) ? undefined : 'email';
}

export function validateSignIn(identifier: string, password: string): Problems {
  const problems: Problems = {};
  const id = identifier.trim();
  if (!id) problems.identifier = 'required';
  else if (id.length > MAX_EMAIL) problems.identifier = 'too-long';
  // Passwords are taken as typed: spaces may be part of them.
  if (!password) problems.password = 'required';
  else if (password.length > MAX_PASSWORD) problems.password = 'too-long';
  return problems;
}

/** The new personal email of scenario 3: valid, typed twice alike, and not the work email. */
export function validateSeparate(personalEmail: string, confirmEmail: string, workEmail: string): Problems {
  const problems: Problems = {};
  const first = emailProblem(personalEmail);
  if (first) problems.personalEmail = first;
  else if (sameEmail(personalEmail, workEmail)) problems.personalEmail = 'same-as-work';
  if (!confirmEmail.trim()) problems.confirmEmail = 'required';
  else if (!first && !sameEmail(personalEmail, confirmEmail)) problems.confirmEmail = 'mismatch';
  return problems;
}

export function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function hasProblems(problems: Problems): boolean {
  return Object.keys(problems).length > 0;
}
