/**
 * Messages shared by several screens: endpoint errors, field problems, the
 * busy state. Called during render only, so they follow the active locale.
 */
import {msg} from '@lit/localize';
import type {ErrorCode} from '../endpoint/errors.js';
import type {FieldProblem} from '../flow/validate.js';
import {loadedLater} from './later-loader.js';
import {networkMessage, timeoutMessage} from './tile.js';

/**
 * An endpoint error's message. Only the errors a page must be able to tell
 * without the later chunk (`CORE_ERRORS`: no network, no endpoint) are here;
 * the controller shows any other once that chunk is in (error-messages.ts).
 */
export function errorMessage(code: ErrorCode, retryAfter?: number): string {
  switch (code) {
    case 'network':
      return networkMessage();
    case 'timeout':
      return timeoutMessage();
    case 'config':
      return msg(
        'This registration tile is not set up correctly: it has no endpoint. Contact the administrator of your eProcurement system.',
        {id: 'error-config'}
      );
    default:
      // Not reached before the chunk is in: a chunk that cannot come is a network failure.
      return loadedLater()?.laterErrorMessage(code, retryAfter) ?? errorMessage('network');
  }
}

/** A field's problem: the sign-in step's here, the later steps' in error-messages.ts. */
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
    default:
      // Only the later steps' screens ask for these, and they come with that chunk.
      return loadedLater()?.laterProblemMessage(problem) ?? '';
  }
}

export function passwordRequired(): string {
  return msg('Enter your password.', {id: 'problem-password-required'});
}

export {busyMessage} from './tile.js';
