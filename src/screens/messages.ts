/**
 * Messages shared by several screens: endpoint errors, field problems, the
 * busy state. Called during render only, so they follow the active locale.
 */
import {msg, str} from '@lit/localize';
import type {ErrorCode} from '../endpoint/errors.js';
import {assertNever} from '../flow/steps.js';
import type {FieldProblem} from '../flow/validate.js';

export function errorMessage(code: ErrorCode, retryAfter?: number): string {
  switch (code) {
    case 'network':
      return msg("We couldn't reach the registration service. Check your connection, then try again.", {id: 'error-network'});
    case 'timeout':
      return msg('The registration service took too long to answer. Try again.', {id: 'error-timeout'});
    case 'unavailable':
      return msg('The registration service is temporarily unavailable. Try again in a few minutes.', {id: 'error-unavailable'});
    case 'rate-limited':
      return retryAfter
        ? msg(str`Too many attempts. Wait ${retryAfter} s, then try again.`, {id: 'error-rate-limited-seconds'})
        : msg('Too many attempts. Wait a moment, then try again.', {id: 'error-rate-limited'});
    case 'protocol':
      return msg('The registration service sent an answer that cannot be used. Try again later or contact customer service.', {
        id: 'error-protocol',
      });
    case 'config':
      return msg(
        'This registration tile is not set up correctly: it has no endpoint. Contact the administrator of your eProcurement system.',
        {id: 'error-config'}
      );
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

export function problemMessage(problem: FieldProblem, identifierIsPhoneOrEmail = false): string {
  switch (problem) {
    case 'required':
      return identifierIsPhoneOrEmail
        ? msg('Enter your email or mobile phone number.', {id: 'problem-identifier-required'})
        : msg('Enter an email address.', {id: 'problem-email-required'});
    case 'email':
      return msg('Enter a valid email address, such as name@example.com.', {id: 'problem-email-invalid'});
    case 'too-long':
      return msg('This entry is too long.', {id: 'problem-too-long'});
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

export function passwordRequired(): string {
  return msg('Enter your password.', {id: 'problem-password-required'});
}

export function busyMessage(): string {
  return msg('Please wait…', {id: 'busy'});
}
