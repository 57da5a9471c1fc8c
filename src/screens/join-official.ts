import {msg, str} from '../localization.js';
import {html, type TemplateResult} from 'lit';
import {actionButton, formAlert, heading, isolate, submitButton} from './common.js';
import type {ScreenContext} from './context.js';

/** The guide's bullets about joining the official account, Business Prime refund last: on join-official and before a hand-off. */
export function joinBullets(): TemplateResult {
  return html`<ul>
    <li>${msg('You will be part of a group in which your administrator defines your role.', {id: 'join-group'})}</li>
    <li>${msg('Your order history from the unofficial account will be kept in the official account.', {id: 'join-history'})}</li>
    <li>${msg('You will keep signing in with the same email and password.', {id: 'join-same-sign-in'})}</li>
    <li>${msg("The official account's administrators will be able to see your order history.", {id: 'join-admins'})}</li>
    <li>${msg('You will receive a prorated refund of your Business Prime membership.', {id: 'join-prime-refund'})}</li>
  </ul>`;
}

/** Scenario 4: the invitation to join the organisation's official account. */
export function joinOfficialScreen(ctx: ScreenContext): TemplateResult {
  const inviterEmail = isolate(ctx.state.invitation?.inviterEmail ?? '');
  const organizationName = isolate(ctx.state.invitation?.organizationName ?? '');
  const {support} = ctx;
  return html`
    ${heading(msg('Join the official account', {id: 'join-heading'}))}
    <p>
      ${msg(str`You've been invited by ${inviterEmail} to join the official account of ${organizationName}.`, {
        id: 'join-lead',
      })}
    </p>
    ${joinBullets()}
    <p class="notice">
      ${msg(
        html`If this account is not associated with ${organizationName}, we encourage you to go to your
          <a href=${support.accountSettingsUrl} target="_blank" rel="noopener noreferrer">account settings</a> and change the
          email address you use to access this account so that it is no longer associated with ${support.domain}.`,
        {id: 'join-not-yours'}
      )}
    </p>
    <form novalidate @submit=${ctx.actions.submitJoin}>
      ${formAlert(ctx.state)}
      <div class="actions">
        ${submitButton(ctx, msg('Join', {id: 'join'}), 'join')}
        ${actionButton(ctx, msg('Not now', {id: 'not-now'}), {
          calls: 'decline',
          primary: false,
          type: 'button',
          onClick: ctx.actions.decline,
        })}
      </div>
    </form>
  `;
}
