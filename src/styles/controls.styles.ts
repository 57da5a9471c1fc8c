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
  .alert ul {
    margin: 4px 0 0;
    padding-inline-start: 20px;
  }
  .summary a {
    color: var(--_error);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin: 16px 0 0;
  }
  .button {
    min-height: 40px;
    min-width: 44px;
    padding: 6px 16px;
    font: inherit;
    font-size: 14px;
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
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
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
  }
  @media (prefers-reduced-motion: reduce) {
    .button {
      transition: none;
    }
  }
`;
