import {html, nothing, type TemplateResult} from 'lit';
import {actionButton, heading, retryLabel} from './common.js';
import type {ScreenContext} from './context.js';
import {busyMessage, errorMessage} from './messages.js';
import {tileLabel, tileScreen} from './tile.js';

/**
 * The start step once the rest of the widget is in. In place of the tile
 * (inline presentation): the tile, with why the last attempt failed above it.
 * In the dialog: its first moment (the lookup on its way), or the flow back at
 * its start (an expired session), with a new lookup a click away.
 */
export function startScreen(ctx: ScreenContext): TemplateResult {
  const {error, retryIn} = ctx.state;
  const alert = error ? errorMessage(error.code, retryIn) : undefined;
  if (!ctx.inDialog) {
    return tileScreen({
      busy: ctx.busy,
      locked: ctx.locked,
      hintId: ctx.id('tile-hint'),
      alert,
      onClick: ctx.actions.launch,
    });
  }
  return html`
    ${heading(tileLabel())}
    ${
      ctx.busy
        ? html`<p class="waiting"><span class="spinner"></span>${busyMessage()}</p>`
        : html`${alert ? html`<p class="alert">${alert}</p>` : nothing}
            <div class="actions">${actionButton(ctx, retryLabel(), {type: 'button', onClick: ctx.actions.start})}</div>`
    }
  `;
}
