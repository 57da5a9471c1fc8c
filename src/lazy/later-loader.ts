/**
 * Loads the later steps' chunk (screens and, on a French page, their fr-CA
 * strings) once. A failed load is forgotten, so the next attempt fetches again.
 * This module alone knows which steps and messages are in that chunk: the
 * flow and the screens do not.
 */
import type {FlowState} from '../flow/machine.js';
import type {Step} from '../flow/steps.js';
import {mergeFrench, wantFrench} from '../localization.js';
import {addMessages, BUILT_IN_ERRORS} from '../screens/messages.js';
import type * as Later from './later.js';
import {loadOnce} from './load-once.js';

/**
 * The steps past the tile and the sign-in step. Their screens and strings are
 * a chunk of their own, loaded when the flow first needs one: a page pays for
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
] as const satisfies readonly Step[];
export type LaterStep = (typeof LATER_STEPS)[number];

function isLaterStep(step: Step): step is LaterStep {
  return (LATER_STEPS as readonly Step[]).includes(step);
}

let later: typeof Later | undefined;

/** True when `state` shows something that lives in the later chunk: a later step, or an error not built into messages.ts. */
export function needsLater(state: FlowState): boolean {
  const code = state.error?.code;
  return isLaterStep(state.step) || (code !== undefined && !(BUILT_IN_ERRORS as readonly string[]).includes(code));
}

/** The later chunk's screen for `step` and the styles it needs, once the chunk is in. */
export function laterScreen(
  step: Step
): {screen: (typeof Later.laterScreens)[LaterStep]; styles: typeof Later.laterStyles} | undefined {
  return later && isLaterStep(step) ? {screen: later.laterScreens[step], styles: later.laterStyles} : undefined;
}

/** `handoff-target="blank"`: the hand-off's window, opened now (the hand-off screen, hence the chunk, is in). */
export function openHandoffWindow(): Window | null | undefined {
  return later?.openHandoffWindow();
}

/** True once the chunk is in. */
export function loadedLater(): boolean {
  return later !== undefined;
}

const frenchLater = loadOnce(() => import('../generated/locales/fr-CA-later.js').then(({templates}) => mergeFrench(templates)));

export const loadLater = loadOnce(() =>
  Promise.all([import('./later.js'), wantFrench(frenchLater)]).then(([module]) => {
    later = module;
    addMessages({error: module.laterErrorMessage, problem: module.laterProblemMessage});
  })
);
