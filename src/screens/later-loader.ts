/**
 * Loads the later steps' chunk (screens and, on a French page, their fr-CA
 * strings) once. A failed load is forgotten, so the next attempt fetches again.
 */
import type {FlowState} from '../flow/machine.js';
import {isLaterStep} from '../flow/steps.js';
import {loadLaterStrings} from '../localization.js';
import type * as Later from './later.js';

let later: typeof Later | undefined;
let loading: Promise<void> | undefined;

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

export function loadLater(): Promise<void> {
  loading ??= Promise.all([import('./later.js'), loadLaterStrings()]).then(
    ([module]) => {
      later = module;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    }
  );
  return loading;
}
