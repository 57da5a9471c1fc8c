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
    /* The launcher takes its container's height (a grid cell), if it has one. */
    :host(:not([presentation='inline'])) {
      height: 100%;
    }
    .card {
      padding: var(--ab-space, 16px);
      background: var(--_bg);
      border: 1px solid var(--_border);
      border-radius: var(--ab-radius, 8px);
      /* The label's size follows the tile's width (cqi), from a grid cell to a banner. */
      container-type: inline-size;
    }
    .card.tile-only,
    .card.launcher {
      padding: 0 0 4px;
      border: 0;
      background: none;
    }
    .card.tile-only .support {
      padding: 0 4px;
    }
    /*
     * The launcher fills the host's box: as tall as a grid cell or a height the
     * host sets (min and max 100% win over 100px), else 100px.
     */
    .card.launcher {
      position: relative;
      height: 100%;
      padding: 0;
    }
    .launcher .tile {
      height: 100px;
      min-height: 100%;
      max-height: 100%;
      align-items: center;
      padding: 8px 12px;
      text-align: center;
    }
    /* The hint is the tile's accessible description only. */
    .launcher .tile-hint {
      display: none;
    }
    /* A message on a launcher covers it (a grid cell has no room beside it); a click still reaches the tile. */
    .launcher .alert {
      position: absolute;
      inset: 0;
      z-index: 1;
      margin: 0;
      overflow: auto;
      font-size: 13px;
      background: var(--_bg);
      pointer-events: none;
    }
    p {
      margin: 0 0 12px;
    }
    .tile {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      justify-content: center;
      gap: 4px;
      box-sizing: border-box;
      width: 100%;
      min-height: 96px;
      padding: 16px 20px;
      overflow: hidden;
      font: inherit;
      text-align: start;
      cursor: pointer;
      color: var(--_tile-text);
      background: var(--_tile);
      border: 1px solid var(--_tile);
      border-radius: var(--ab-radius, 8px);
    }
    /* Drawn inside the tile: a grid cell with overflow: hidden cannot cut it. */
    .tile:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: -3px;
      box-shadow: inset 0 0 0 6px var(--_tile-text);
    }
    /* Feedback under the pointer and when pressed: the tile is the page's one call to action. */
    .tile:hover {
      background: color-mix(in srgb, var(--_tile) 85%, var(--_tile-text));
    }
    .tile:active {
      background: color-mix(in srgb, var(--_tile) 75%, var(--_tile-text));
      transform: translateY(1px);
    }
    /* The plain label: the guide's word, in the widget's own type, no logo imitated. */
    .label {
      font-size: clamp(15px, 9cqi, 24px);
      line-height: 1.2;
    }
    ::slotted(img),
    ::slotted(svg) {
      display: block;
      max-width: 100%;
      max-height: 100%;
      object-fit: contain;
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
    /* The phone number (the line's second link) never breaks: the minifier would unquote an [href^='tel:'] selector into one the browser drops. */
    .support a + a {
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
    }
  `,
];
