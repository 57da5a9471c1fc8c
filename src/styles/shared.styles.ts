import {css} from 'lit';

/**
 * Rules used by both the shadow root and the light-DOM sign-in form: fields,
 * buttons, alerts. Written once, applied to two roots (see sign-in.styles.ts).
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
    min-height: 36px;
    padding: 6px 8px;
    font: inherit;
    color: var(--ab-color-text, #0f1111);
    background: var(--ab-color-field, #fff);
    border: 1px solid var(--ab-color-field-border, #888c8c);
    border-radius: var(--ab-radius, 4px);
  }
  .field input[aria-invalid='true'] {
    border-color: var(--ab-color-error, #b12704);
    box-shadow: 0 0 0 1px var(--ab-color-error, #b12704);
  }
  .hint {
    margin: 0;
    font-size: 14px;
    color: var(--ab-color-muted, #565959);
  }
  .problem,
  .alert {
    margin: 0;
    font-size: 14px;
    color: var(--ab-color-error, #b12704);
  }
  .alert {
    margin: 0 0 12px;
    padding: 8px 12px;
    border: 1px solid var(--ab-color-error, #b12704);
    border-radius: var(--ab-radius, 4px);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin: 16px 0 0;
  }
  .button {
    min-height: 36px;
    min-width: 24px;
    padding: 6px 16px;
    font: inherit;
    font-size: 14px;
    cursor: pointer;
    color: var(--ab-color-text, #0f1111);
    background: var(--ab-color-secondary, #fff);
    border: 1px solid var(--ab-color-field-border, #888c8c);
    border-radius: var(--ab-radius-button, 8px);
  }
  .button.primary {
    color: var(--ab-color-primary-text, #0f1111);
    background: var(--ab-color-primary, #ffd814);
    border-color: var(--ab-color-primary-border, #c7a600);
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  .button:focus-visible,
  .field input:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--ab-color-focus, #005a9e);
    outline-offset: 2px;
  }
  a {
    color: var(--ab-color-link, #007185);
  }
`;
