/**
 * The DOM events `<ab-registration>` dispatches (contract: "Events"). All bubble
 * and are composed. No detail ever carries the password.
 */
import type {ErrorCode} from './endpoint/errors.js';
import type {Outcome, Step} from './flow/steps.js';

export interface StepDetail {
  step: Step;
  previousStep: Step;
}

export interface CompleteDetail {
  outcome: Outcome;
  accountName: string;
  shopUrl: string;
}

export interface ShopDetail {
  shopUrl: string;
}

export interface CancelDetail {
  step: Step;
}

/** The hand-off: the punch-out start page Amazon's own pages continue from. */
export interface HandoffDetail {
  scenario: 'amazon-account' | 'business-account';
  url: string;
}

/** The dialog closed on `step`. */
export interface CloseDetail {
  step: Step;
}

export interface ErrorDetail {
  code: ErrorCode;
  status?: number;
  retryable: boolean;
}

export interface EventDetails {
  'ab-registration-step': StepDetail;
  'ab-registration-complete': CompleteDetail;
  'ab-registration-shop': ShopDetail;
  'ab-registration-cancel': CancelDetail;
  'ab-registration-handoff': HandoffDetail;
  'ab-registration-close': CloseDetail;
  'ab-registration-error': ErrorDetail;
}

export type AbRegistrationEventName = keyof EventDetails;

export type AbRegistrationEventMap = {
  [K in AbRegistrationEventName]: CustomEvent<EventDetails[K]>;
};

declare global {
  // Declaration merging adds the events to the DOM's maps: on the element, and
  // on document and window, where they arrive too (they bubble and are composed).
  /* eslint-disable @typescript-eslint/no-empty-object-type */
  interface HTMLElementEventMap extends AbRegistrationEventMap {}
  interface DocumentEventMap extends AbRegistrationEventMap {}
  interface WindowEventMap extends AbRegistrationEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}

/**
 * The one place events leave the element. Returns false when a cancelable
 * event was cancelled by the host.
 */
export function emit<K extends AbRegistrationEventName>(
  target: EventTarget,
  name: K,
  detail: EventDetails[K],
  cancelable = false
): boolean {
  return target.dispatchEvent(new CustomEvent(name, {detail, bubbles: true, composed: true, cancelable}));
}
