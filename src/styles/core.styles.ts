import {css} from 'lit';
import {controlPalette, controls, keyframes} from './controls.styles.js';

/**
 * The shadow root's rules past the tile (fields, buttons, the step indicator,
 * outcome marks), adopted with the rest of the widget. The theming API is the
 * --ab-* custom properties (shared.styles.ts).
 */
export const coreStyles = css`
  ${keyframes}
  ${controlPalette}
  ${controls}
  h2 {
    margin: 0 0 12px;
    font-size: 20px;
    line-height: 1.3;
  }
  /* Headings take focus only so screen readers land on the new screen; they are not controls. */
  h2:focus {
    outline: none;
  }
  .alert p {
    margin: 0;
  }
  .muted {
    color: var(--_muted);
  }
  /* Where the buyer is: quiet words, and a bar of three for the eye. */
  .progress {
    display: flex;
    align-items: center;
    gap: 8px;
    margin: 0 0 6px;
    font-size: 13px;
    color: var(--_muted);
  }
  .bar {
    display: flex;
    gap: 3px;
  }
  .bar i {
    width: 18px;
    height: 4px;
    border-radius: 2px;
    background: var(--_border);
  }
  .bar i.on {
    background: var(--_link);
  }
  /* An outcome at a glance (decorative; the heading says it): here the error's "!", the later chunk's check and stop. */
  .mark {
    box-sizing: border-box;
    width: 32px;
    height: 32px;
    margin: 0 0 8px;
    border-radius: 50%;
    position: relative;
  }
  .mark.alert {
    display: grid;
    place-items: center;
    background: var(--_error);
    color: var(--_bg);
    font:
      700 22px/1 Arial,
      sans-serif;
  }
  .mark.alert::after {
    content: '!';
  }
  /* The dialog's first moment, while the lookup is out: shown after 150 ms, as a busy button is. */
  .waiting {
    display: flex;
    align-items: center;
    gap: 10px;
    min-height: 44px;
    opacity: 0;
    animation: ab-registration-show 0s 0.15s forwards;
  }
  /*
   * The dialog (dialog presentation): a card up to 480 px wide over the page,
   * a full-screen sheet on a phone. Its header holds the logo and the close
   * button and stays in view as the step scrolls.
   */
  .dialog {
    box-sizing: border-box;
    width: min(480px, calc(100% - 32px));
    max-width: none;
    max-height: calc(100% - 32px);
    padding: 0;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--ab-radius, 8px);
    overflow: auto;
    overscroll-behavior: contain;
  }
  .dialog::backdrop {
    background: rgb(15 17 17 / 0.6);
  }
  .dialog-header {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 12px;
    padding: 6px 8px 6px 16px;
    background: var(--_bg);
    border-bottom: 1px solid var(--_border);
  }
  .dialog-logo {
    display: flex;
    align-items: center;
    min-width: 0;
    height: 32px;
  }
  .dialog-logo .label {
    font-size: 17px;
  }
  .dialog-logo > :is(img, svg) {
    max-height: 32px;
    max-width: 100%;
    width: auto;
  }
  .dialog .card {
    border: 0;
    border-radius: 0;
  }
  .button.close {
    display: inline-flex;
    gap: 6px;
    align-items: center;
    min-height: 40px;
    padding: 6px 10px;
    font-weight: 400;
    background: none;
    border-color: transparent;
  }
  .button.close:hover {
    background: color-mix(in srgb, var(--_text) 8%, transparent);
  }
  .button.close:active {
    background: color-mix(in srgb, var(--_text) 16%, transparent);
  }
  .close-mark {
    position: relative;
    width: 14px;
    height: 14px;
  }
  .close-mark::before,
  .close-mark::after {
    content: '';
    position: absolute;
    left: 6px;
    top: -1px;
    width: 2px;
    height: 16px;
    background: currentColor;
    transform: rotate(45deg);
  }
  .close-mark::after {
    transform: rotate(-45deg);
  }
  /* A phone: the dialog is a sheet over the whole screen. */
  @media (max-width: 599.98px) {
    .dialog {
      width: 100%;
      height: 100%;
      max-height: none;
      margin: 0;
      border: 0;
      border-radius: 0;
    }
  }
  @media (forced-colors: active) {
    .dialog {
      border: 2px solid CanvasText;
    }
    .mark,
    .bar i {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .bar i:not(.on) {
      background: GrayText;
    }
    .mark.alert {
      color: Canvas;
    }
  }
`;
