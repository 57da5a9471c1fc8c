/**
 * Loads the later steps' chunk (screens and, on a French page, their fr-CA
 * strings) once. A failed load is forgotten, so the next attempt fetches again.
 */
import {loadLaterStrings} from '../localization.js';
import type {laterScreens} from './later.js';

type LaterScreens = typeof laterScreens;

let screens: LaterScreens | undefined;
let loading: Promise<void> | undefined;

/** The later screens, once loaded. */
export function loadedLaterScreens(): LaterScreens | undefined {
  return screens;
}

export function loadLater(): Promise<void> {
  loading ??= Promise.all([import('./later.js'), loadLaterStrings()]).then(
    ([module]) => {
      screens = module.laterScreens;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    }
  );
  return loading;
}
