/**
 * Loads the later steps' chunk (screens and, on a French page, their fr-CA
 * strings) once. A failed load is forgotten, so the next attempt fetches again.
 */
import type {FlowState} from '../flow/machine.js';
import {isLaterStep} from '../flow/steps.js';
import {loadOnce} from '../load-once.js';
import {mergeFrench, wantFrench} from '../localization.js';
import type * as Later from './later.js';

let later: typeof Later | undefined;

/** The errors whose messages are in the first chunk (messages.ts); the rest are in the later one. */
export const CORE_ERRORS = ['network', 'timeout', 'config'] as const;

/** True when `state` shows something that lives in the later chunk: a later step, or another error. */
export function needsLater(state: FlowState): boolean {
  const code = state.error?.code;
  return isLaterStep(state.step) || (code !== undefined && !(CORE_ERRORS as readonly string[]).includes(code));
}

/** The later chunk's screens, styles and messages, once loaded. */
export function loadedLater(): typeof Later | undefined {
  return later;
}

const frenchLater = loadOnce(() => import('../generated/locales/fr-CA-later.js').then(({templates}) => mergeFrench(templates)));

export const loadLater = loadOnce(() =>
  Promise.all([import('./later.js'), wantFrench(frenchLater)]).then(([module]) => {
    later = module;
  })
);
