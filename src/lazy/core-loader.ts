/**
 * Loads the rest of the widget (core.ts, and on a French page its fr-CA
 * strings) once, when a tile shows intent or comes into view, or on a click.
 * A failed load is forgotten, so the next attempt fetches again. In the first
 * file: the element calls it.
 */
import {mergeFrench, wantFrench} from '../localization.js';
import type * as Core from './core.js';
import {loadOnce} from './load-once.js';

let core: typeof Core | undefined;

/** The chunk's exports, once loaded. */
export function loadedCore(): typeof Core | undefined {
  return core;
}

const frenchCore = loadOnce(() => import('../generated/locales/fr-CA.js').then(({templates}) => mergeFrench(templates)));

export const loadCore = loadOnce(() =>
  Promise.all([import('./core.js'), wantFrench(frenchCore)]).then(([module]) => {
    core = module;
  })
);
