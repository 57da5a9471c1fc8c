import {css} from 'lit';

/**
 * The later steps' own rules (lists, radio options with their advice), in the
 * later chunk: adopted into a widget's shadow root when it first shows one.
 */
export const laterStyles = css`
  ul {
    margin: 0 0 12px;
    padding-inline-start: 20px;
  }
  li {
    margin: 0 0 4px;
  }
  fieldset {
    margin: 0 0 12px;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin: 0 0 8px;
  }
  /* Link-choice's question, then its notice: together the group's name. */
  legend .question {
    display: block;
    font-size: 17px;
    font-weight: 700;
    line-height: 1.35;
  }
  legend .notice {
    display: block;
    margin: 6px 0 0;
  }
  .option {
    display: grid;
    grid-template-columns: 24px 1fr;
    gap: 4px 8px;
    align-items: start;
    margin: 0 0 12px;
    padding: 12px;
    border: 1px solid var(--_border);
    border-radius: var(--ab-radius, 8px);
  }
  .option:has(input:checked) {
    border-color: var(--_focus);
    box-shadow: 0 0 0 1px var(--_focus);
  }
  .option input {
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--_focus);
  }
  /* :focus too: after an arrow key moves between radios, WebKit stops matching :focus-visible. */
  .option input:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* An option reads as its title, then its advice in smaller, quieter text. */
  .option label {
    font-weight: 700;
    padding-top: 1px;
  }
  .option .advice,
  .handoff-answers dd {
    font-size: 14px;
    color: var(--_muted);
  }
  /* Under its title, the advice takes the option's whole width (a phone has none to spare). */
  .option .advice {
    grid-column: 1 / -1;
    line-height: 1.4;
  }
  .option .advice p,
  .more p {
    margin: 6px 0 0;
  }
  .option .warning {
    margin: 0;
  }
  /* "More details": the guide's advice a buyer opens when they want it. */
  .more {
    margin: 6px 0 0;
    font-size: 14px;
    color: var(--_muted);
  }
  .more > summary {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    min-height: 24px;
    cursor: pointer;
    color: var(--_link);
    text-decoration: underline;
    list-style: none;
  }
  .more > summary::-webkit-details-marker {
    display: none;
  }
  .more > summary::before {
    content: '';
    width: 6px;
    height: 6px;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: rotate(-45deg);
  }
  .more[open] > summary::before {
    transform: rotate(45deg);
  }
  .more > summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* A phone: the hand-off's one action stays in view at the bottom of the sheet. */
  @media (max-width: 599.98px) {
    .dialog .actions.sticky {
      position: sticky;
      bottom: 0;
      margin: 16px calc(-1 * var(--ab-space, 16px)) 0;
      padding: 12px var(--ab-space, 16px);
      background: var(--_bg);
      border-top: 1px solid var(--_border);
    }
  }
  .advice .lead,
  dd .lead {
    color: var(--_text);
  }
  .notice {
    font-size: 14px;
  }
  .warning,
  .callout {
    color: var(--_text);
    padding: 6px 10px;
    border-inline-start: 4px solid var(--_accent);
    border-radius: 0 4px 4px 0;
    background: light-dark(#fff4e0, #3b2d14);
  }
  .callout {
    border-inline-start-color: var(--_link);
    background: light-dark(#eef6f7, #1d2b31);
  }
  .warning-label {
    font-weight: 700;
  }
  /* The outcomes at a glance (see .mark): a check when registered, a stop sign when blocked. */
  .mark.done {
    background: light-dark(#067d62, #3ccf9b);
  }
  .mark.done::after {
    content: '';
    position: absolute;
    left: 11px;
    top: 6px;
    width: 8px;
    height: 15px;
    border: solid var(--_bg);
    border-width: 0 3px 3px 0;
    transform: rotate(45deg);
  }
  .mark.stop {
    background: var(--_error);
  }
  .mark.stop::after {
    content: '';
    position: absolute;
    left: 8px;
    top: 14px;
    width: 16px;
    height: 4px;
    background: var(--_bg);
  }
  a.button {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }
  @media (forced-colors: active) {
    .mark.done::after {
      border-color: Canvas;
    }
    .mark.stop::after {
      background: Canvas;
    }
  }
  .handoff-steps {
    margin: 0 0 12px;
    padding-inline-start: 20px;
  }
  .handoff-steps > li {
    margin: 0 0 8px;
  }
  .handoff-steps p {
    margin: 0 0 6px;
  }
  .handoff-steps .hint {
    color: var(--_muted);
    font-size: 14px;
  }
  .handoff-answers {
    margin: 8px 0 0;
  }
  .handoff-answers dt {
    font-weight: 700;
    margin: 8px 0 4px;
  }
  .handoff-answers dd {
    margin: 0;
    padding-inline-start: 10px;
    border-inline-start: 3px solid var(--_border);
  }
  .handoff-answers dd p {
    margin: 0 0 6px;
  }
  @media (forced-colors: active) {
    .option {
      border-color: CanvasText;
    }
    .option:has(input:checked) {
      border-color: Highlight;
      box-shadow: 0 0 0 1px Highlight;
    }
    .option input:focus {
      outline-color: Highlight;
    }
  }
`;
