/** The screens of the widget, in the order a buyer can meet them (contract: "Step names"). */
export const STEPS = [
  'start',
  'choose-scenario',
  'sign-in',
  'link-choice',
  'separate-email',
  'join-official',
  'handoff',
  'welcome',
  'blocked',
  'error',
] as const;
export type Step = (typeof STEPS)[number];

/** How the buyer ended up in the business account (`ab-registration-complete`). */
export const OUTCOMES = ['created', 'member', 'converted', 'separated', 'joined'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** A compile-time guard for exhaustive switches: a forgotten case is a type error. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
