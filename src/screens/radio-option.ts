import {html, nothing, type TemplateResult} from 'lit';
import {moreDetails} from './common.js';
import type {ScreenContext} from './context.js';

export interface OptionAdvice {
  /** Always shown, under the title, and read with the option: the one thing a buyer must not miss. */
  warning?: TemplateResult;
  /** The rest of the guide's advice, behind a disclosure of its own (a phone has no room for it all). */
  details?: TemplateResult;
}

/**
 * One choice of a radio group, with the guide's advice beside it. Native
 * radios: arrow keys move between them.
 */
export function radioOption(
  ctx: ScreenContext,
  name: 'scenario' | 'linkChoice',
  value: string,
  checked: boolean,
  label: string,
  {warning, details}: OptionAdvice = {}
): TemplateResult {
  const id = ctx.id(`${name}-${value}`);
  const warningId = warning ? `${id}-warning` : '';
  return html`<div class="option">
    <input
      type="radio"
      id=${id}
      name=${name}
      value=${value}
      aria-describedby=${warningId || nothing}
      .checked=${checked}
      @change=${ctx.actions.input}
    />
    <label for=${id}>${label}</label>
    ${
      warning || details
        ? html`<div class="advice">
            ${warning ? html`<div id=${warningId}>${warning}</div>` : nothing} ${details ? moreDetails(details) : nothing}
          </div>`
        : nothing
    }
  </div>`;
}
