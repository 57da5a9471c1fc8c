import {css} from 'lit';

/**
 * The palette, set once on the host: every rule below reads the internal
 * `--_*` variables, which take the public `--ab-*` custom properties first.
 * The light-DOM sign-in form inherits them from the host like any child.
 * `theme="dark"` forces the dark palette, `theme="auto"` follows the system.
 */
const light = css`
  --_text: var(--ab-color-text, #0f1111);
  --_muted: var(--ab-color-muted, #565959);
  --_bg: var(--ab-color-bg, #ffffff);
  --_border: var(--ab-color-border, #d5d9d9);
  --_field: var(--ab-color-field, #ffffff);
  --_field-border: var(--ab-color-field-border, #6f7373);
  --_primary: var(--ab-color-primary, #ffd814);
  --_primary-text: var(--ab-color-primary-text, #0f1111);
  --_primary-border: var(--ab-color-primary-border, #8c7400);
  --_secondary: var(--ab-color-secondary, #ffffff);
  --_link: var(--ab-color-link, #007185);
  --_error: var(--ab-color-error, #b12704);
  --_focus: var(--ab-color-focus, #005a9e);
  --_tile: var(--ab-color-tile, #232f3e);
  --_tile-text: var(--ab-color-tile-text, #ffffff);
  --_accent: var(--ab-color-accent, #ff9900);
  color-scheme: light;
`;

const dark = css`
  --_text: var(--ab-color-text, #eef1f1);
  --_muted: var(--ab-color-muted, #c2c8c8);
  --_bg: var(--ab-color-bg, #1b2027);
  --_border: var(--ab-color-border, #4c565e);
  --_field: var(--ab-color-field, #10151a);
  --_field-border: var(--ab-color-field-border, #9aa4a4);
  --_primary: var(--ab-color-primary, #ffd814);
  --_primary-text: var(--ab-color-primary-text, #0f1111);
  --_primary-border: var(--ab-color-primary-border, #ffd814);
  --_secondary: var(--ab-color-secondary, #2a3139);
  --_link: var(--ab-color-link, #6fd3e3);
  --_error: var(--ab-color-error, #ff9a8f);
  --_focus: var(--ab-color-focus, #8cc4ff);
  --_tile: var(--ab-color-tile, #37475a);
  --_tile-text: var(--ab-color-tile-text, #ffffff);
  --_accent: var(--ab-color-accent, #ff9900);
  color-scheme: dark;
`;

export const palette = css`
  :host {
    ${light}
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
`;

/**
 * Rules used by both the shadow root and the light-DOM sign-in form: fields,
 * buttons, alerts, focus. Written once, applied to two roots (see sign-in.styles.ts).
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
  .problem,
  .alert {
    margin: 0;
    font-size: 14px;
    color: var(--_error);
  }
  .alert {
    margin: 0 0 12px;
    padding: 8px 12px;
    border: 1px solid var(--_error);
    border-radius: var(--ab-radius, 4px);
  }
  .alert ul {
    margin: 4px 0 0;
    padding-inline-start: 20px;
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
  .field input:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_link);
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
