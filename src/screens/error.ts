import {msg} from '../localization.js';
import {html, nothing, type TemplateResult} from 'lit';
import {isRetryable} from '../endpoint/errors.js';
import {actionButton, heading, restartLabel, retryLabel} from './common.js';
import type {ScreenContext} from './context.js';
import {errorMessage} from './messages.js';

/** A failed lookup/choose, or a configuration error: say what to do, offer what can help. */
export function errorScreen(ctx: ScreenContext): TemplateResult {
  const error = ctx.state.error ?? {code: 'unknown' as const};
  const canRetry = isRetryable(error.code) && ctx.state.retryRequest !== undefined;
  // A missing endpoint leaves nothing to try; a call the host configured wrongly (requestInit) can start over once fixed.
  const isConfig = error.code === 'config' && !ctx.state.retryRequest;
  return html`
    <div class="mark alert" aria-hidden="true"></div>
    ${heading(msg('Something went wrong', {id: 'error-heading'}))}
    <p class="message">${errorMessage(error.code, ctx.state.retryIn)}</p>
    ${
      isConfig
        ? nothing
        : html`<div class="actions">
            ${
              canRetry
                ? actionButton(ctx, retryLabel(), {
                    calls: ctx.state.retryRequest?.action,
                    type: 'button',
                    onClick: ctx.actions.retry,
                  })
                : nothing
            }
            <button class="button" type="button" @click=${ctx.actions.restart}>${restartLabel()}</button>
          </div>`
    }
  `;
}
