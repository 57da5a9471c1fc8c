import {msg, str} from '../localization.js';
import {html, nothing, type TemplateResult} from 'lit';
import {errorSummary, formAlert, heading, isolate, nextLabel, problemLine, submitButton} from './common.js';
import type {ScreenContext} from './context.js';
import {radioOption} from './radio-option.js';
import {problemMessage} from './messages.js';

/** Scenario 3's key point, shown beside "No" and again on separate-email. */
export function separateKeyPoint(): string {
  return msg(
    'The email you enter here will be used to access your previous account, including existing order history and saved payments or shipping addresses.',
    {id: 'separate-key-point'}
  );
}

/** The guide's question: join the business account with the current Amazon account? */
export function linkQuestion(accountName: string): string {
  return msg(str`Would you like to join ${isolate(accountName)} with your current account?`, {id: 'link-question'});
}

/** The guide's two answers to that question: on link-choice and before a hand-off. */
export const yesLabel = (): string => msg('Yes, join this account.', {id: 'link-yes'});
export const noLabel = (): string => msg('No, I want to create a new account to use for Amazon Business.', {id: 'link-no'});

/** The guide's warning about "Yes" (scenario 2): never hidden, on link-choice and before a hand-off. */
export function convertWarning(): TemplateResult {
  return html`<p class="warning">
    <span class="warning-label">${msg('Warning:', {id: 'warning-label'})}</span>
    ${msg('Do NOT choose this option if you have made personal purchases on this account.', {id: 'scenario2-warning'})}
  </p>`;
}

/** The rest of the guide's advice about "Yes" (scenario 2). */
export function convertDetails(): TemplateResult {
  return html`<p class="lead">
      ${msg('Please convert your existing Amazon account into an Amazon Business account.', {id: 'scenario2-title'})}
    </p>
    <p>
      ${msg('Recommended only for users who have NOT made personal purchases on their account.', {id: 'scenario2-recommended'})}
    </p>
    <p>
      ${msg(
        "If you already have an Amazon account linked to your work email address and you use it only for business purchases, you will migrate that existing account to your organization's Amazon Business account.",
        {id: 'scenario2-explain'}
      )}
    </p>`;
}

/** The guide's advice about "No" (scenario 3). */
export function separateDetails(): TemplateResult {
  return html`<p class="lead">${msg('Create a new, separate business account.', {id: 'scenario3-title'})}</p>
    <p>
      ${msg(
        'If you have an existing Amazon account linked to your work email and you use it for both business and personal purchases, we will separate your personal order history from your work email.',
        {id: 'scenario3-explain'}
      )}
    </p>
    <p>${separateKeyPoint()}</p>`;
}

/**
 * Scenario 2 or 3: join the business account with the current Amazon account,
 * or keep it apart. Nothing is pre-selected. Each option shows its title, "Yes"
 * its warning too (read with it), and the rest of the guide's advice behind
 * "More details": the question, both titles and the warning fit a phone's
 * first screenful.
 */
export function linkChoiceScreen(ctx: ScreenContext): TemplateResult {
  const {accountName} = ctx.state;
  const choice = ctx.values.linkChoice;
  const problem = ctx.problems.linkChoice ? problemMessage(ctx.problems.linkChoice) : undefined;
  const problemId = ctx.id('link-problem');
  // The notice (the consequence of "Yes") is part of the question, the group's
  // name: heard on entering the group, as the guide puts it right under it.
  return html`
    ${heading(msg('Your existing Amazon account', {id: 'link-heading'}))}
    <form novalidate @submit=${ctx.actions.submitLink}>
      ${errorSummary(ctx, [['linkChoice-convert', problem]])}
      <fieldset aria-describedby=${problem ? problemId : nothing} aria-invalid=${problem ? 'true' : 'false'}>
        <legend>
          <span class="question">${linkQuestion(accountName)}</span>
          <span class="notice">
            ${msg('Your order history will be migrated and will be visible to your business account administrator.', {
              id: 'link-notice',
            })}
          </span>
        </legend>
        ${problem ? problemLine(problemId, problem) : nothing}
        ${radioOption(ctx, 'linkChoice', 'convert', choice === 'convert', yesLabel(), {
          warning: convertWarning(),
          details: convertDetails(),
        })}
        ${radioOption(ctx, 'linkChoice', 'separate', choice === 'separate', noLabel(), {details: separateDetails()})}
      </fieldset>
      ${formAlert(ctx.state)}
      <div class="actions">${submitButton(ctx, nextLabel(), 'convert')}</div>
    </form>
  `;
}
