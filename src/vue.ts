/**
 * `ab-registration/vue`: defines `<ab-registration>` and types it in Vue
 * templates (vue-tsc, Volar): `GlobalComponents['ab-registration']` knows its
 * properties (`:requestInit.prop`, `email`, …) and its events
 * (`@ab-registration-complete` receives a `CustomEvent<CompleteDetail>`).
 * Vue still needs `compilerOptions.isCustomElement` for the tag.
 */
import type {DefineComponent} from 'vue';
import type {AbRegistrationProps, VueListeners} from './host-props.js';
import './ab-registration.js';

declare module 'vue' {
  interface GlobalComponents {
    'ab-registration': DefineComponent<AbRegistrationProps & VueListeners>;
  }
}

export type * from './events.js';
export type {AbRegistrationProps} from './host-props.js';
