import {css} from 'lit';
import {alert, links, palette} from './shared.styles.js';

/**
 * What the tile needs and nothing more: the element's static styles, in the
 * first file. The rest of the widget's rules (core.styles.ts) are adopted
 * into the shadow root when the rest of the widget arrives.
 * Pixel sizes on purpose: the host page's root font size must not resize the tile.
 */
export const tileStyles = [
  palette,
  alert,
  links,
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
    p {
      margin: 0 0 12px;
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
    }
  `,
];
