import {css} from 'lit';
import {controls, palette} from './shared.styles.js';

/** The shadow root's styles; the theming API is the --ab-* custom properties. */
export const styles = [
  palette,
  controls,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      max-width: var(--ab-max-width, 480px);
      font-family: var(--ab-font-family, 'Amazon Ember', Arial, sans-serif);
      font-size: 16px;
      line-height: 1.45;
      color: var(--_text);
      overflow-wrap: anywhere;
      /* Inherited text properties the page may have set on an ancestor. */
      font-style: normal;
      font-weight: 400;
      letter-spacing: normal;
      word-spacing: normal;
      text-align: start;
      text-indent: 0;
      text-transform: none;
      white-space: normal;
    }
    :host([hidden]) {
      display: none;
    }
    .card {
      padding: var(--ab-space, 16px);
      background: var(--_bg);
      border: 1px solid var(--_border);
      border-radius: var(--ab-radius, 8px);
    }
    .card.tile-only {
      padding: 0 0 4px;
      border: 0;
    }
    .card.tile-only .support {
      padding: 0 4px;
    }
    h2 {
      margin: 0 0 12px;
      font-size: 20px;
      line-height: 1.3;
    }
    /* Headings take focus only so screen readers land on the new screen; they are not controls. */
    h2:focus {
      outline: none;
    }
    p {
      margin: 0 0 12px;
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
    .tile {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      justify-content: center;
      box-sizing: border-box;
      width: 100%;
      min-height: 96px;
      padding: 16px 20px;
      font: inherit;
      text-align: start;
      cursor: pointer;
      color: var(--_tile-text);
      background: var(--_tile);
      border: 1px solid var(--_tile);
      border-radius: var(--ab-radius, 8px);
    }
    .tile:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 3px;
    }
    /* Feedback under the pointer and when pressed: the tile is the page's one call to action. */
    .tile:hover {
      background: color-mix(in srgb, var(--_tile) 85%, var(--_tile-text));
    }
    .tile:active {
      background: color-mix(in srgb, var(--_tile) 75%, var(--_tile-text));
      transform: translateY(1px);
    }
    .wordmark {
      font-size: 24px;
      font-weight: 700;
      letter-spacing: -0.5px;
    }
    .wordmark::after {
      content: '';
      display: block;
      width: 64px;
      height: 3px;
      margin-top: 2px;
      border-radius: 2px;
      background: var(--_accent);
    }
    .tile .busy {
      font-size: 14px;
    }
    .tile-hint {
      margin: 8px 4px 0;
      font-size: 14px;
      color: var(--_muted);
    }
    .support {
      margin: 16px 0 0;
      font-size: 14px;
      color: var(--_muted);
    }
    .support a[href^='tel:'] {
      white-space: nowrap;
    }
    @media (forced-colors: active) {
      .card {
        border-color: CanvasText;
      }
      .tile {
        border-color: ButtonText;
      }
      .tile:focus-visible {
        outline-color: Highlight;
      }
      .wordmark::after {
        background: CanvasText;
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
  `,
];
