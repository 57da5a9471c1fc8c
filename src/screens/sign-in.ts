import {msg} from '../localization.js';
import {html, nothing, type TemplateResult} from 'lit';
import type {Scenario} from '../endpoint/protocol.js';
import {assertNever} from '../flow/steps.js';
import {actionButton, errorSummary, field, formAlert, heading, serverProblem} from './common.js';
import type {ScreenContext} from './context.js';
import {passwordRequired, problemMessage} from './messages.js';

/** The guide's name for each situation: said on sign-in, offered on choose-scenario. */
export function scenarioLabel(scenario: Scenario): string {
  switch (scenario) {
    case 'new':
      return msg('This is a new email address for Amazon.', {id: 'scenario-new'});
    case 'amazon-account':
      return msg('The email address is currently linked to an Amazon.com account.', {id: 'scenario-amazon-account'});
    case 'business-account':
      return msg('You have a single-user Amazon Business account.', {id: 'scenario-business-account'});
    default:
      return assertNever(scenario);
  }
}

/** What the buyer signs in with, in the guide's words: said on sign-in, and before a hand-off. */
export function signInSentence(business: boolean): string {
  return business
    ? msg('Sign in to get started', {id: 'sign-in-heading-business'})
    : msg('Sign in to your Amazon.com account with the pre-filled email address.', {id: 'sign-in-heading-amazon'});
}

export function welcomeEmailHint(): string {
  return msg('Enter the email address the welcome email was sent to.', {id: 'hint-welcome-email'});
}

function isBusinessAccount(ctx: ScreenContext): boolean {
  return ctx.state.status === 'business-account';
}

/**
 * The shadow-root half of sign-in: heading and lead. The inputs are projected
 * from the light DOM through the slot (see signInForm).
 */
export function signInScreen(ctx: ScreenContext): TemplateResult {
  const business = isBusinessAccount(ctx);
  // Scenario 4's guide sentence is a heading already; scenarios 2-3's is a
  // whole sentence, so it leads under a short one.
  return html`
    ${heading(business ? signInSentence(true) : msg('Sign in to Amazon.com', {id: 'sign-in-heading'}))}
    ${business ? nothing : html`<p>${signInSentence(false)}</p>`}
    <p class="muted">${scenarioLabel(business ? 'business-account' : 'amazon-account')}</p>
    <slot name="sign-in"></slot>
  `;
}

/**
 * The light-DOM half of sign-in: a real form with username/current-password
 * autocomplete, so password managers and autofill can see it.
 */
export function signInForm(ctx: ScreenContext): TemplateResult {
  const business = isBusinessAccount(ctx);
  const {problems} = ctx;
  const identifierProblem = problems.identifier
    ? problemMessage(problems.identifier, business)
    : serverProblem(ctx, 'identifier');
  const passwordProblem = problems.password
    ? problems.password === 'required'
      ? passwordRequired()
      : problemMessage(problems.password)
    : serverProblem(ctx, 'password');
  // method="dialog": outside a dialog, a native submission (one the element's
  // handler never saw) goes nowhere, so no URL, history or log gets the form.
  return html`<form method="dialog" novalidate @submit=${ctx.actions.submitSignIn}>
    ${errorSummary(ctx, [
      ['identifier', identifierProblem],
      ['password', passwordProblem],
    ])}
    ${field(ctx, {
      name: 'identifier',
      label: business ? msg('Email or mobile phone number', {id: 'field-identifier'}) : msg('Email address', {id: 'field-email'}),
      type: business ? 'text' : 'email',
      inputmode: business ? 'text' : 'email',
      autocomplete: 'username',
      value: ctx.values.identifier ?? ctx.workEmail,
      problem: identifierProblem,
      hint: business ? welcomeEmailHint() : undefined,
    })}
    ${field(ctx, {
      name: 'password',
      label: msg('Password', {id: 'field-password'}),
      type: 'password',
      autocomplete: 'current-password',
      problem: passwordProblem,
      // Under the field: the tab order follows what is seen, identifier, password, then this link.
      after: html`<a class="forgot" href=${ctx.support.forgotPasswordUrl} target="_blank" rel="noopener noreferrer"
        >${msg('Forgot your password?', {id: 'forgot-password'})}</a
      >`,
    })}
    ${formAlert(ctx.state)}
    <div class="actions">
      ${actionButton(ctx, msg('Sign in', {id: 'sign-in'}), {
        calls: 'sign-in',
        busyLabel: msg('Signing in…', {id: 'busy-sign-in'}),
        onClick: ctx.actions.signInClick,
      })}
    </div>
  </form>`;
}
