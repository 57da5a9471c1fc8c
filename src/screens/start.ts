import {msg} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import type {ScreenContext} from './context.js';
import {busyMessage, errorMessage} from './messages.js';

/** The "amazon business" tile (scenario 1: a click is all a new buyer needs). */
export function startScreen(ctx: ScreenContext): TemplateResult {
  const {error} = ctx.state;
  const hintId = ctx.id('tile-hint');
  return html`
    ${error ? html`<p class="alert">${errorMessage(error.code, ctx.state.retryIn)}</p>` : nothing}
    <button
      class="tile"
      part="tile"
      type="button"
      data-focus-target
      aria-describedby=${hintId}
      aria-disabled=${ctx.locked ? 'true' : 'false'}
      @click=${ctx.actions.start}
    >
      <span class="wordmark">${msg('amazon business', {id: 'tile'})}</span>
      ${ctx.busy ? html`<span class="busy">${busyMessage()}</span>` : nothing}
    </button>
    <p class="tile-hint" id=${hintId}>
      ${msg('Just click the amazon business tile in your eProcurement system to start shopping!', {id: 'scenario1-click'})}
    </p>
  `;
}
