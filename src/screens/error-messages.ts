/**
 * The messages of errors and problems a buyer meets only once the endpoint has
 * answered or on the later steps, in the later chunk (see messages.ts).
 */
import {msg, str} from '../localization.js';
import type {ErrorCode} from '../endpoint/errors.js';
import {assertNever} from '../flow/steps.js';
import type {FieldProblem} from '../flow/validate.js';
import type {BuiltInError, BuiltInProblem} from './messages.js';

export function laterErrorMessage(code: Exclude<ErrorCode, BuiltInError>, retryAfter?: number): string {
  switch (code) {
    case 'unavailable':
      return msg('The registration service is temporarily unavailable. Try again in a few minutes.', {id: 'error-unavailable'});
    case 'rate-limited':
      // `retryAfter` counts down while the buyer waits; 0 once the wait is over.
      if (retryAfter === 0) return msg('You can try again now.', {id: 'error-rate-limited-ready'});
      return retryAfter
        ? msg(str`Too many attempts. Wait ${retryAfter} s, then try again.`, {id: 'error-rate-limited-seconds'})
        : msg('Too many attempts. Wait a moment, then try again.', {id: 'error-rate-limited'});
    case 'protocol':
      return msg('The registration service sent an answer that cannot be used. Try again later or contact customer service.', {
        id: 'error-protocol',
      });
    case 'invalid-email':
      return msg('This email address is not valid. Check it, then try again.', {id: 'error-invalid-email'});
    case 'invalid-credentials':
      return msg('Your email, mobile phone number or password is incorrect.', {id: 'error-invalid-credentials'});
    case 'email-taken':
      return msg('This email address is already used by another Amazon account. Choose another one.', {id: 'error-email-taken'});
    case 'session-expired':
      return msg('Your session has expired. Start again from the amazon business tile.', {id: 'error-session-expired'});
    case 'unknown':
      return msg('Something went wrong. Try again, or contact customer service.', {id: 'error-unknown'});
    default:
      return assertNever(code);
  }
}

export function laterProblemMessage(problem: Exclude<FieldProblem, BuiltInProblem>): string {
  switch (problem) {
    case 'mismatch':
      return msg("The two email addresses don't match.", {id: 'problem-mismatch'});
    case 'same-as-work':
      return msg('Choose an email address other than your work email.', {id: 'problem-same-as-work'});
    case 'choice':
      return msg('Choose one of the options.', {id: 'problem-choice'});
    default:
      return assertNever(problem);
  }
}
