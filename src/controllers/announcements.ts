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
   * Says what changed, one message at a time, most urgent first: a new error,
   * the problems a submit found, the end of a wait, the new step's heading,
   * a call under way.
   */
  speak(changes: Changes, now: Shown & {retryIn?: number}, texts: {heading(): string; problems?: string}): void {
    this.announcer.node.lang = now.locale;
    const say = this.announcer.say.bind(this.announcer);
    // What the regions said in the old language is not left behind for a screen reader to find.
    if (changes.localeChanged) say('status', '');
    if (changes.newError && now.error) {
      const message = errorMessage(now.error.code, now.retryIn);
      say('alert', now.step === 'error' && changes.stepChanged ? `${texts.heading()} ${message}` : message);
    } else if (texts.problems !== undefined) {
      say('alert', texts.problems);
    } else if (changes.cooled) {
      // The countdown itself is only seen; its end is heard.
      say('status', errorMessage('rate-limited', 0));
    } else if (changes.stepChanged) {
      say('status', texts.heading());
    } else if (changes.busyStarted) {
      say('status', busyMessage());
    } else if (changes.busyEnded) {
      say('status', '');
    }
  }
}
