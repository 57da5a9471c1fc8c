import {msg} from '../localization.js';
import {html, nothing, type TemplateResult} from 'lit';
import {heading, restartLabel} from './common.js';
import type {ScreenContext} from './context.js';

function reasonMessage(reason: string | undefined): string {
  switch (reason) {
    case 'multi-user-admin':
      return msg(
        'Your email is used by an administrator of a multi-user Amazon Business account. Contact your administrator to be added to this account.',
        {id: 'blocked-multi-user-admin'}
      );
    case 'other-business-account':
      return msg(
        'Your email already belongs to another Amazon Business account. Leave that account first, then come back to this tile.',
        {id: 'blocked-other-business-account'}
      );
    default:
      // An unknown reason is never shown as endpoint text.
      return msg('Your account cannot be registered from here. Contact customer service for help.', {id: 'blocked-other'});
  }
}

/**
 * The endpoint says this buyer cannot register here: the screen marks the
 * state, explains why, and offers the next thing to do (leave the other
 * account in the account settings, or ask customer service), then the tile
 * again; an administrator's account is their administrator's to sort out.
 */
export function blockedScreen(ctx: ScreenContext): TemplateResult {
  const {support} = ctx;
  const {reason} = ctx.state;
  const otherAccount = reason === 'other-business-account';
  // What the message tells the buyer to do, as the primary action; for an administrator's account that is
  // to contact their administrator, which no link here can do: the tile again is all there is.
  const admin = reason === 'multi-user-admin';
  return html`
    <div class="mark stop" aria-hidden="true"></div>
    ${heading(msg('Registration cannot continue', {id: 'blocked-heading'}))}
    <p>${reasonMessage(reason)}</p>
    <div class="actions">
      ${
        admin
          ? nothing
          : html`<a
              class="button primary"
              href=${otherAccount ? support.accountSettingsUrl : support.url}
              target="_blank"
              rel="noopener noreferrer"
              >${
                otherAccount
                  ? msg('Open your Amazon account settings', {id: 'blocked-settings'})
                  : msg('Contact customer service', {id: 'blocked-contact'})
              }</a
            >`
      }
      <button class=${admin ? 'button primary' : 'button'} type="button" @click=${ctx.actions.restart}>${restartLabel()}</button>
    </div>
  `;
}
