import {html, nothing, type TemplateResult} from 'lit';
import type {ScreenContext} from './context.js';

/**
 * One choice of a radio group, with optional advice read with it
 * (aria-describedby). Native radios: arrow keys move between them.
 */
export function radioOption(
  ctx: ScreenContext,
  name: 'scenario' | 'linkChoice',
  value: string,
  checked: boolean,
  label: string,
  advice?: TemplateResult
): TemplateResult {
  const id = ctx.id(`${name}-${value}`);
  const adviceId = advice ? `${id}-advice` : '';
  return html`<div class="option">
    <input
      type="radio"
      id=${id}
      name=${name}
      value=${value}
      aria-describedby=${adviceId || nothing}
      .checked=${checked}
      @change=${ctx.actions.input}
    />
    <label for=${id}>${label}</label>
    ${advice ? html`<div class="advice" id=${adviceId}>${advice}</div>` : nothing}
  </div>`;
}
