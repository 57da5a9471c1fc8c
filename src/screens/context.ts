import type {Scenario} from '../endpoint/protocol.js';
import type {FlowState} from '../flow/machine.js';
import type {FormField, Problems} from '../flow/validate.js';
import type {Support} from '../support.js';

/** What the buyer has typed or picked; kept by the element across screens and languages. */
export interface FormValues {
  /** Undefined until the buyer edits it: sign-in shows the `email` attribute then. */
  identifier?: string;
  personalEmail: string;
  confirmEmail: string;
  scenario?: Scenario;
  linkChoice?: 'convert' | 'separate';
}

export interface Actions {
  /** The tile: opens the dialog (dialog presentation) and looks the email up, unless the flow is already under way. */
  launch(): void;
  start(): void;
  input(event: Event): void;
  submitChoose(event: SubmitEvent): void;
  submitSignIn(event: SubmitEvent): void;
  signInClick(event: Event): void;
  submitLink(event: SubmitEvent): void;
  submitSeparate(event: SubmitEvent): void;
  back(): void;
  submitJoin(event: SubmitEvent): void;
  decline(): void;
  shop(): void;
  submitHandoff(event: SubmitEvent): void;
  retry(): void;
  restart(): void;
}

/** Everything a screen renders from. Screens are functions of this, nothing else. */
export interface ScreenContext {
  state: FlowState;
  values: FormValues;
  /** Problems found by the last submit attempt on this screen. */
  problems: Problems;
  /** A call is in flight: announced, and every action that calls is ignored. */
  busy: boolean;
  /** Busy, or waiting out a 429's Retry-After: buttons that call are shown disabled. */
  locked: boolean;
  workEmail: string;
  support: Support;
  /** The flow is drawn inside the dialog (dialog presentation), not in place of the tile. */
  inDialog: boolean;
  /** `handoff-target="blank"`: Amazon's pages open in a new window. */
  newWindow: boolean;
  /** An id unique to this element instance, for label/description links in the light DOM. */
  id(name: FormField | string): string;
  actions: Actions;
}
