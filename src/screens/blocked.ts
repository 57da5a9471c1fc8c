import {msg} from '@lit/localize';
import {html, type TemplateResult} from 'lit';
import {heading} from './common.js';
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

/** The endpoint says this buyer cannot register here; explain why and who can help. */
export function blockedScreen(ctx: ScreenContext): TemplateResult {
  return html`
    ${heading(msg('Registration cannot continue', {id: 'blocked-heading'}))}
    <p>${reasonMessage(ctx.state.reason)}</p>
  `;
}
