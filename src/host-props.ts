/**
 * What a host's template may set on `<ab-registration>` and listen to, for the
 * typings of frameworks that check templates (`ab-registration/vue`,
 * `ab-registration/svelte`). Types only.
 */
import type {RequestExtras} from './endpoint/client.js';
import type {EventDetails} from './events.js';
import type {StringOverrides} from './localization.js';
import type {Marketplace} from './support.js';

/** The element's properties; all but `strings`, `requestInit` and `handoffHosts` are also attributes (`support-url`, …). */
export interface AbRegistrationProps {
  endpoint?: string;
  email?: string;
  lang?: string;
  marketplace?: Marketplace;
  supportUrl?: string;
  supportPhone?: string;
  timeout?: number;
  autostart?: boolean;
  presentation?: 'dialog' | 'inline';
  theme?: 'light' | 'dark' | 'auto';
  strings?: StringOverrides;
  requestInit?: RequestExtras;
  handoffTarget?: 'self' | 'blank';
  handoffHosts?: readonly string[];
}

/** `ab-registration-complete` → `abRegistrationComplete`. */
type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/** Vue's listener props: `@ab-registration-complete` is `onAbRegistrationComplete`. */
export type VueListeners = {
  [K in keyof EventDetails as `on${Capitalize<Camel<K>>}`]?: (event: CustomEvent<EventDetails[K]>) => void;
};

/** Svelte 5's event attributes: `onab-registration-complete={…}`. */
export type SvelteListeners = {
  [K in keyof EventDetails as `on${K}`]?: (event: CustomEvent<EventDetails[K]>) => void;
};
