/**
 * Loads the later steps' chunk (screens and, on a French page, their fr-CA
 * strings) once. A failed load is forgotten, so the next attempt fetches again.
 */
import {loadLaterStrings} from '../localization.js';
import type * as Later from './later.js';

let later: typeof Later | undefined;
let loading: Promise<void> | undefined;

/** The later chunk's screens and styles, once loaded. */
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
