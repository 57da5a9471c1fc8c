import {css} from 'lit';
import {alert, links} from './shared.styles.js';

/** The fields' and buttons' colours (see `palette`): set on the host with the rest of the widget. */
export const controlPalette = css`
  :host {
    --_field: var(--ab-color-field, light-dark(#ffffff, #10151a));
    --_field-border: var(--ab-color-field-border, light-dark(#6f7373, #9aa4a4));
    --_primary: var(--ab-color-primary, #ffd814);
    --_primary-text: var(--ab-color-primary-text, #0f1111);
    /* Unless set, the border follows the primary colour: a darker shade of it (the default's is #8c7400-ish), itself on dark. */
    --_primary-border: var(--ab-color-primary-border, light-dark(color-mix(in srgb, var(--_primary) 55%, #000), var(--_primary)));
    --_secondary: var(--ab-color-secondary, light-dark(#ffffff, #2a3139));
  }
`;

/** The busy buttons' animations: at the top level of each sheet (a keyframes rule cannot be nested). */
export const keyframes = css`
  @keyframes ab-registration-show {
    to {
      opacity: 1;
    }
  }
  @keyframes ab-registration-hide {
    to {
      opacity: 0;
    }
  }
  @keyframes ab-registration-spin {
    to {
      transform: rotate(1turn);
    }
  }
`;

/**
 * Rules used by both the shadow root and the light-DOM sign-in form: fields,
 * buttons, alerts, links, focus. Written once, applied to two roots (see sign-in.styles.ts).
 * Pixel sizes on purpose: the host page's root font size must not resize the tile.
 */
export const controls = css`
  .field {
    display: grid;
    gap: 4px;
    margin: 0 0 12px;
  }
  .field label {
    font-weight: 700;
    font-size: 14px;
  }
  .field input {
    box-sizing: border-box;
    width: 100%;
    min-height: 40px;
    padding: 6px 8px;
    font: inherit;
    color: var(--_text);
    background: var(--_field);
    border: 1px solid var(--_field-border);
    border-radius: var(--ab-radius, 4px);
  }
  .field input[aria-invalid='true'] {
    border-color: var(--_error);
    box-shadow: 0 0 0 1px var(--_error);
  }
  .hint {
    margin: 0;
    font-size: 14px;
    color: var(--_muted);
  }
  ${alert}
  ${links}
  .problem {
    margin: 0;
    font-size: 14px;
    color: var(--_error);
  }
  /* "Error:", heard before the problem (a screen reader does not say a field is invalid), not seen. */
  .problem .error-label {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .alert ul {
    margin: 4px 0 0;
    padding-inline-start: 20px;
    /* Not the host's: a tile in a list item would otherwise get a nested list's circles. */
    list-style: disc;
  }
  /* The one error pattern: a bold title in a thick frame, each problem a link to its field. */
  .summary {
    margin: 0 0 16px;
    padding: 12px 14px;
    font-size: 15px;
    color: var(--_text);
    border: 3px solid var(--_error);
  }
  .summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .summary .summary-title {
    margin: 0;
    font-size: 16px;
    font-weight: 700;
  }
  .summary a {
    color: var(--_error);
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin: 16px 0 0;
  }
  .button {
    display: inline-grid;
    place-items: center;
    box-sizing: border-box;
    min-height: 44px;
    min-width: 44px;
    padding: 6px 16px;
    font: inherit;
    font-size: 15px;
    cursor: pointer;
    color: var(--_text);
    background: var(--_secondary);
    border: 1px solid var(--_field-border);
    border-radius: var(--ab-radius-button, 8px);
    transition: background-color 0.15s ease-out;
  }
  .button.primary {
    color: var(--_primary-text);
    background: var(--_primary);
    border-color: var(--_primary-border);
    font-weight: 700;
  }
  /* Under the pointer, and pressed: every button answers the hand that uses it. */
  .button:hover {
    background: color-mix(in srgb, var(--_secondary) 90%, var(--_text));
  }
  .button.primary:hover {
    background: color-mix(in srgb, var(--_primary) 88%, #000);
  }
  .button:active {
    background: color-mix(in srgb, var(--_secondary) 80%, var(--_text));
    transform: translateY(1px);
  }
  .button.primary:active {
    background: color-mix(in srgb, var(--_primary) 76%, #000);
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  /*
   * The label and the busy label share one cell. A busy button shows the busy
   * label only after 150 ms (a quick answer never flickers); the label fades
   * but stays, so the button's accessible name does not change.
   */
  .button > span {
    grid-area: 1 / 1;
  }
  .button .busy-label {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    opacity: 0;
    animation: ab-registration-show 0s 0.15s forwards;
  }
  .button.busy {
    opacity: 1;
  }
  .button.busy .button-label {
    animation: ab-registration-hide 0s 0.15s forwards;
  }
  .spinner {
    box-sizing: border-box;
    width: 16px;
    height: 16px;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: ab-registration-spin 0.8s linear infinite;
  }
  .button:focus-visible,
  .field input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .button,
    .field input {
      border: 1px solid ButtonText;
    }
    .button:focus-visible,
    .field input:focus-visible,
    a:focus-visible {
      outline-color: Highlight;
    }
    .alert {
      border-color: CanvasText;
    }
    /* Told apart without colour: an invalid field's frame is three times as thick. */
    .field input[aria-invalid='true'] {
      border: 3px solid CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .button {
      transition: none;
    }
    .button:active {
      transform: none;
    }
    /* A still ring: the busy label says it. */
    .spinner {
      animation: none;
      border-inline-end-color: currentColor;
      border-style: dotted;
    }
  }
  /* A phone: every action as wide as the screen, one under the other. */
  @media (max-width: 599.98px) {
    .actions > .button {
      flex: 1 1 100%;
    }
  }
`;
