import {msg} from '../localization.js';
import {html, type TemplateResult} from 'lit';
import {formAlert, heading, moreDetails, submitButton} from './common.js';
import type {ScreenContext} from './context.js';
import {joinBullets} from './join-official.js';
import {convertDetails, convertWarning, linkQuestion, noLabel, separateDetails, yesLabel} from './link-choice.js';
import {scenarioLabel, signInSentence, welcomeEmailHint} from './sign-in.js';

/**
 * Hand-off mode (scenarios 2-4): the vendor's endpoint has only its punch-out,
 * so Amazon's own pages sign the buyer in and ask the guide's questions. This
 * screen tells the buyer, in the guide's words, what those pages will ask and
 * what each answer means (the warning in view, the rest behind "More
 * details"); the button, always in view on a phone, fetches the single-use
 * start page.
 */
export function handoffScreen(ctx: ScreenContext): TemplateResult {
  const business = ctx.state.status === 'business-account';
  // One form around it all: the button, kept in view at the bottom of a phone's
  // sheet (position: sticky), can only stick within its form's box.
  return html`
    ${heading(msg('Continue on Amazon Business', {id: 'handoff-heading'}))}
    <form novalidate @submit=${ctx.actions.submitHandoff}>
      <p>${scenarioLabel(business ? 'business-account' : 'amazon-account')}</p>
      <p>
        ${
          ctx.newWindow
            ? msg('To finish, Amazon Business opens its own pages in a new window. Here is what they will ask you.', {
                id: 'handoff-lead-blank',
              })
            : msg('To finish, Amazon Business opens its own pages in this window. Here is what they will ask you.', {
                id: 'handoff-lead',
              })
        }
      </p>
      <ol class="handoff-steps">
        <li>
          <p>${signInSentence(business)}</p>
          ${business ? html`<p class="hint">${welcomeEmailHint()}</p>` : ''}
        </li>
        ${
          business
            ? html`<li>
                <p>
                  ${msg(
                    "If your administrator has invited you, Amazon Business will then offer to join your organization's official account:",
                    {
                      id: 'handoff-invited-if',
                    }
                  )}
                </p>
                ${moreDetails(joinBullets())}
                <p class="hint">
                  ${msg(
                    'If Amazon Business says that your email address already belongs to another business account, that account must be deregistered first: contact your administrator or Amazon Business Customer Service.',
                    {id: 'handoff-other-account'}
                  )}
                </p>
              </li>`
            : html`<li>
                <p>${msg('You will then be asked:', {id: 'handoff-asked'})} ${linkQuestion(ctx.state.accountName)}</p>
                <dl class="handoff-answers">
                  <dt>${yesLabel()}</dt>
                  <dd>${convertWarning()} ${moreDetails(convertDetails())}</dd>
                  <dt>${noLabel()}</dt>
                  <dd>${moreDetails(separateDetails())}</dd>
                </dl>
              </li>`
        }
      </ol>
      <p class="notice">
        ${msg('You do not type your password here: only Amazon asks for it, on its own pages.', {id: 'handoff-no-password'})}
      </p>
      ${formAlert(ctx.state)}
      <div class="actions sticky">
        ${submitButton(ctx, msg('Continue to Amazon Business', {id: 'handoff-continue'}), 'handoff')}
      </div>
    </form>
  `;
}
