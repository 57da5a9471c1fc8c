import {msg, str} from '../localization.js';
import {html, type TemplateResult} from 'lit';
import {errorSummary, field, formAlert, heading, isolate, nextLabel, serverProblem, submitButton} from './common.js';
import type {ScreenContext} from './context.js';
import {separateKeyPoint} from './link-choice.js';
import {problemMessage} from './messages.js';

export function businessSignInNote(email: string): string {
  return msg(str`You will be able to sign in to Amazon Business with the address ${isolate(email)}.`, {
    id: 'separate-sign-in-with',
  });
}

/** Scenario 3: a new personal email for the existing Amazon account, typed twice. */
export function separateEmailScreen(ctx: ScreenContext): TemplateResult {
  const {problems, values} = ctx;
  const personalProblem = problems.personalEmail ? problemMessage(problems.personalEmail) : serverProblem(ctx, 'personalEmail');
  const confirmProblem =
    problems.confirmEmail === 'required'
      ? msg('The re-entered email address is missing.', {id: 'problem-confirm-required'})
      : problems.confirmEmail && problemMessage(problems.confirmEmail);
  return html`
    ${heading(msg('Choose a new email', {id: 'separate-heading-short'}))}
    <p>${msg('Choose a new email for your existing Amazon account. Your password stays the same.', {id: 'separate-heading'})}</p>
    <p class="callout">${separateKeyPoint()}</p>
    <ul>
      <li>${msg('You will have two separate Amazon accounts.', {id: 'separate-two-accounts'})}</li>
      <li>
        ${msg('Your existing Amazon order history, payment options and addresses are not included in your business account.', {
          id: 'separate-not-included',
        })}
      </li>
      <li>${businessSignInNote(values.identifier?.trim() || ctx.workEmail)}</li>
    </ul>
    <form novalidate @submit=${ctx.actions.submitSeparate}>
      ${errorSummary(ctx, [
        ['personalEmail', personalProblem],
        ['confirmEmail', confirmProblem],
      ])}
      ${field(ctx, {
        name: 'personalEmail',
        label: msg('Enter email address', {id: 'field-new-email'}),
        type: 'email',
        inputmode: 'email',
        autocomplete: 'email',
        value: values.personalEmail,
        problem: personalProblem,
      })}
      ${field(ctx, {
        name: 'confirmEmail',
        label: msg('Re-enter email address', {id: 'field-confirm-email'}),
        type: 'email',
        inputmode: 'email',
        autocomplete: 'email',
        value: values.confirmEmail,
        problem: confirmProblem,
      })}
      ${formAlert(ctx.state)}
      <div class="actions">
        ${submitButton(ctx, nextLabel(), 'separate')}
        <button class="button" type="button" @click=${ctx.actions.back}>${msg('Back', {id: 'back'})}</button>
      </div>
    </form>
  `;
}
