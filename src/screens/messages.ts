/**
 * Messages shared by several screens: endpoint errors, field problems, the
 * busy state. Called during render only, so they follow the active locale.
 */
import {msg} from '../localization.js';
import type {ErrorCode} from '../endpoint/errors.js';
import type {FieldProblem} from '../flow/validate.js';
import {networkMessage, timeoutMessage} from './tile.js';

/** The errors whose messages are written here: those a page must be able to tell before anything else loads (no network, no endpoint). */
export const BUILT_IN_ERRORS = ['network', 'timeout', 'config'] as const satisfies readonly ErrorCode[];
export type BuiltInError = (typeof BUILT_IN_ERRORS)[number];
export type BuiltInProblem = Extract<FieldProblem, 'required' | 'email' | 'too-long'>;

/** The other messages (error-messages.ts), added when their module is in; nothing asks for them before. */
export interface MoreMessages {
  error(code: Exclude<ErrorCode, BuiltInError>, retryAfter?: number): string;
  problem(problem: Exclude<FieldProblem, BuiltInProblem>): string;
}
let more: MoreMessages | undefined;

export function addMessages(messages: MoreMessages): void {
  more = messages;
}

/** An endpoint error's message: the built-in ones here, the rest from the added messages. */
export function errorMessage(code: ErrorCode, retryAfter?: number): string {
  switch (code) {
    case 'network':
      return networkMessage();
    case 'timeout':
      return timeoutMessage();
    case 'config':
      return msg(
        'This registration tile is not set up correctly (its endpoint or its request settings). Contact the administrator of your eProcurement system.',
        {id: 'error-config'}
      );
    default:
      // Not reached before they are added: what could not come is a network failure.
      return more?.error(code, retryAfter) ?? errorMessage('network');
  }
}

/** A field's problem: the sign-in step's here, the other steps' in error-messages.ts. */
export function problemMessage(problem: FieldProblem, identifierIsPhoneOrEmail = false): string {
  switch (problem) {
    case 'required':
      return identifierIsPhoneOrEmail
        ? msg('Your email or mobile phone number is missing.', {id: 'problem-identifier-required'})
        : msg('The email address is missing.', {id: 'problem-email-required'});
    case 'email':
      return msg('This is not a valid email address. Example: name@example.com.', {id: 'problem-email-invalid'});
    case 'too-long':
      return msg('This entry is too long.', {id: 'problem-too-long'});
    default:
      // Only the screens that come with the added messages ask for these.
      return more?.problem(problem) ?? '';
  }
}

export function passwordRequired(): string {
  return msg('Your password is missing.', {id: 'problem-password-required'});
}

/** Said when the dialog closes: where the buyer is now (the focus on the tile alone is not always spoken). */
export function closedMessage(): string {
  return msg('Registration closed. You are back on the amazon business tile.', {id: 'dialog-closed'});
}

export {busyMessage} from './tile.js';
