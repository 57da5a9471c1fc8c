/**
 * `ab-registration/svelte`: defines `<ab-registration>` and types it in Svelte 5
 * markup (svelte-check): `SvelteHTMLElements['ab-registration']` knows its
 * attributes, its properties (`requestInit={…}`) and its events
 * (`onab-registration-complete={…}` receives a `CustomEvent<CompleteDetail>`).
 */
import type {AbRegistration} from './AbRegistration.js';
import type {AbRegistrationProps, SvelteListeners} from './host-props.js';
// Loads svelte/elements' types, which the augmentation below extends (an augmentation alone does not).
export type {SvelteHTMLElements} from 'svelte/elements';
import './ab-registration.js';

// Inside the augmentation, `HTMLAttributes` is svelte/elements' own.
declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'ab-registration': Omit<HTMLAttributes<AbRegistration>, keyof AbRegistrationProps> &
      AbRegistrationProps &
      SvelteListeners & {'support-url'?: string; 'support-phone'?: string; 'handoff-target'?: 'self' | 'blank'};
  }
}

export type * from './events.js';
export type {AbRegistrationProps} from './host-props.js';
