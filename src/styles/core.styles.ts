import {css} from 'lit';
import {controlPalette, controls} from './controls.styles.js';

/**
 * The shadow root's rules past the tile (fields, buttons, the step indicator,
 * outcome marks), adopted with the rest of the widget. The theming API is the
 * --ab-* custom properties (shared.styles.ts).
 */
export const coreStyles = css`
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
  @media (forced-colors: active) {
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
