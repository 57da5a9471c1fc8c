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

/**
 * The steps past the tile and the sign-in step. Their screens and strings are a
 * chunk of their own, loaded when the flow first needs one: a page pays for
 * the tile and the sign-in step only.
 */
export const LATER_STEPS = [
  'choose-scenario',
  'link-choice',
  'separate-email',
  'join-official',
  'handoff',
  'welcome',
  'blocked',
] as const;
export type LaterStep = (typeof LATER_STEPS)[number];

export function isLaterStep(step: Step): step is LaterStep {
  return (LATER_STEPS as readonly Step[]).includes(step);
}
