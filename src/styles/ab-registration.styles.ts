import {css} from 'lit';
import {controls} from './shared.styles.js';

/** The shadow root's styles; the theming API is the --ab-* custom properties. */
export const styles = [
  controls,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      max-width: var(--ab-max-width, 480px);
      font-family: var(--ab-font-family, 'Amazon Ember', Arial, sans-serif);
      font-size: 16px;
      line-height: 1.45;
      color: var(--ab-color-text, #0f1111);
    }
    :host([hidden]) {
      display: none;
    }
    .card {
      padding: var(--ab-space, 16px);
      background: var(--ab-color-bg, #fff);
      border: 1px solid var(--ab-color-border, #d5d9d9);
      border-radius: var(--ab-radius, 8px);
    }
    .card.tile-only {
      padding: 0;
      border: 0;
      background: transparent;
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
      font-weight: 700;
    }
    .option {
      display: grid;
      grid-template-columns: 24px 1fr;
      gap: 4px 8px;
      align-items: start;
      margin: 0 0 12px;
      padding: 12px;
      border: 1px solid var(--ab-color-border, #d5d9d9);
      border-radius: var(--ab-radius, 8px);
    }
    .option input {
      width: 20px;
      height: 20px;
      margin: 2px 0 0;
    }
    .option input:focus-visible {
      outline: 3px solid var(--ab-color-focus, #005a9e);
      outline-offset: 2px;
    }
    .option label {
      font-weight: 700;
    }
    .option .advice {
      grid-column: 2;
      font-size: 14px;
    }
    .option .advice p {
      margin: 0 0 6px;
    }
    .notice {
      font-size: 14px;
    }
    .tile {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      justify-content: center;
      width: 100%;
      min-height: 96px;
      padding: 16px 20px;
      font: inherit;
      text-align: start;
      cursor: pointer;
      color: var(--ab-color-tile-text, #fff);
      background: var(--ab-color-tile, #232f3e);
      border: 0;
      border-radius: var(--ab-radius, 8px);
    }
    .tile:focus-visible {
      outline: 3px solid var(--ab-color-focus, #005a9e);
      outline-offset: 3px;
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
      background: var(--ab-color-accent, #ff9900);
    }
    .tile .busy {
      font-size: 14px;
    }
    .tile-hint {
      margin: 8px 0 0;
      font-size: 14px;
      color: var(--ab-color-muted, #565959);
    }
    .support {
      margin: 16px 0 0;
      font-size: 13px;
      color: var(--ab-color-muted, #565959);
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
    }
  `,
];
