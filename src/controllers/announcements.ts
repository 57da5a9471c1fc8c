/**
 * What a screen-reader user hears after each render, decided from what changed
 * since the render before: a new step, a new error, problems a submit found,
 * a call starting or ending, a Retry-After wait ending, a language switch.
 * The live regions themselves are the Announcer's (announcer.ts).
 */
import type {FlowState} from '../flow/machine.js';
import type {Step} from '../flow/steps.js';
import {busyMessage, errorMessage} from '../screens/messages.js';
import {ANNOUNCER_CLASS} from '../styles/sign-in.styles.js';
import {Announcer} from './announcer.js';

/** What one render showed. */
export interface Shown {
  step: Step;
  busy: boolean;
  error?: FlowState['error'];
  cooling: boolean;
  locale: string;
}

/** How a render differs from the one before it. */
export interface Changes {
  stepChanged: boolean;
  /** An error that was not on show before. */
  newError: boolean;
  busyStarted: boolean;
  busyEnded: boolean;
  /** A 429's wait is over. */
  cooled: boolean;
  localeChanged: boolean;
}

export class Announcements {
  readonly announcer = new Announcer(ANNOUNCER_CLASS);
  private last?: Shown;

  /** Records what this render showed; returns how it differs from the last one. */
  compare(now: Shown): Changes {
    const last = this.last;
    this.last = now;
    return {
      stepChanged: last !== undefined && last.step !== now.step,
      newError: now.error !== undefined && now.error !== last?.error,
      busyStarted: now.busy && !last?.busy,
      busyEnded: !now.busy && last?.busy === true,
      cooled: last?.cooling === true && !now.cooling && now.error?.code === 'rate-limited',
      localeChanged: last !== undefined && last.locale !== now.locale,
    };
  }

  /**
   * Says what changed, each thing once, most urgent first. Errors are said in
   * the alert region and move no focus: a new error (arriving on the error
   * step, with its heading), or the `problems` a submit found. A new step's
   * heading is heard as it takes focus and not said again. The end of a
   * Retry-After wait is said in the status region; "please wait" only once a
   * call has taken a second (a quicker answer would make it stale).
   */
  speak(changes: Changes, now: Shown & {retryIn?: number}, problems: string | undefined, texts: {heading(): string}): void {
    const say = this.announcer.say.bind(this.announcer);
    if (changes.newError && now.error) {
      // Arriving on the error step, its heading too: an alert cuts the focus move's own announcement short.
      const message = errorMessage(now.error.code, now.retryIn);
      say('alert', now.step === 'error' && changes.stepChanged ? `${texts.heading()} ${message}` : message);
    } else if (problems) {
      say('alert', problems);
    } else if (changes.stepChanged || changes.busyEnded || changes.localeChanged) {
      // Heard through the focus move, or over: whatever the regions still held is dropped.
      say('status', '');
    } else if (changes.cooled) {
      // The countdown itself is only seen; its end is heard.
      say('status', errorMessage('rate-limited', 0));
    } else if (changes.busyStarted) {
      say('status', busyMessage(), BUSY_DELAY);
    }
  }
}

/** How long a call runs before "please wait" is said. */
const BUSY_DELAY = 1000;
