import {msg, str} from '../localization.js';
import {html, nothing, type TemplateResult} from 'lit';
import {heading, isolate} from './common.js';
import type {ScreenContext} from './context.js';
import {businessSignInNote} from './separate-email.js';

/** Every scenario ends here: welcome, and "Start shopping". */
export function welcomeScreen(ctx: ScreenContext): TemplateResult {
  const {accountName, outcome, businessEmail} = ctx.state;
  return html`
    <div class="mark done" aria-hidden="true"></div>
    ${heading(msg('Welcome to Amazon Business!', {id: 'welcome-heading'}))}
    <p>${msg(str`You are now part of the ${isolate(accountName)} Amazon Business account.`, {id: 'welcome-member'})}</p>
    ${outcome === 'separated' && businessEmail ? html`<p>${businessSignInNote(businessEmail)}</p>` : nothing}
    <p>${msg('Click Start shopping, and off you go!', {id: 'welcome-click'})}</p>
    <div class="actions">
      <button class="button primary" type="button" part="shop-button" @click=${ctx.actions.shop}>
        ${msg('Start shopping', {id: 'shop'})}
      </button>
    </div>
  `;
}
