import {css} from 'lit';

/**
 * The palette, set once on the host: every rule reads the internal `--_*`
 * variables, which take the public `--ab-*` custom properties first. Each
 * default is a light-dark() pair, resolved by the host's color-scheme:
 * light unless `theme="dark"`, or `theme="auto"` and a dark system setting.
 * The light-DOM sign-in form inherits both from the host like any child.
 * The tile's colours are here, in the first file; the fields' and buttons'
 * are in `controlPalette` (controls.styles.ts), adopted with the rest of the widget.
 */
export const palette = css`
  :host {
    color-scheme: light;
    --_text: var(--ab-color-text, light-dark(#0f1111, #eef1f1));
    --_muted: var(--ab-color-muted, light-dark(#565959, #c2c8c8));
    --_bg: var(--ab-color-bg, light-dark(#ffffff, #1b2027));
    --_border: var(--ab-color-border, light-dark(#d5d9d9, #4c565e));
    --_link: var(--ab-color-link, light-dark(#007185, #6fd3e3));
    --_error: var(--ab-color-error, light-dark(#b12704, #ff9a8f));
    --_focus: var(--ab-color-focus, light-dark(#005a9e, #8cc4ff));
    --_tile: var(--ab-color-tile, light-dark(#232f3e, #37475a));
    --_tile-text: var(--ab-color-tile-text, #ffffff);
    --_accent: var(--ab-color-accent, #ff9900);
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
`;

/** A message about the whole form or the call: on the tile (before the rest has loaded), in forms, on sign-in. */
export const alert = css`
  .alert {
    margin: 0 0 12px;
    padding: 8px 12px;
    font-size: 14px;
    color: var(--_error);
    border: 2px solid var(--_error);
    border-inline-start-width: 6px;
    border-radius: var(--ab-radius, 4px);
  }
`;

/**
 * Links, in the shadow root from the first paint (the support line's look the
 * same before and after the rest arrives) and in the light-DOM form (controls).
 */
export const links = css`
  a {
    color: var(--_link);
  }
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
