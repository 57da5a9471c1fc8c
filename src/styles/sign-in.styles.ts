import {css, unsafeCSS} from 'lit';
import {controls} from './shared.styles.js';

/**
 * The sign-in form and the announcer live in the light DOM (password managers
 * and some screen readers need them there), so their rules are adopted into
 * the element's root node, each scoped under the element's own light-DOM
 * containers: they reach nothing else on the page.
 */
export const SIGN_IN_CLASS = 'ab-registration-sign-in';
export const ANNOUNCER_CLASS = 'ab-registration-announcer';

const scope = unsafeCSS(`ab-registration > .${SIGN_IN_CLASS}`);
const announcer = unsafeCSS(`ab-registration > .${ANNOUNCER_CLASS}`);

export const lightDomStyles = css`
  ${scope} {
    display: block;
  }
  ${scope} form {
    margin: 0;
  }
  @scope (${scope}) {
    ${controls}
  }
  ${scope} .forgot {
    display: inline-block;
    min-height: 24px;
    font-size: 14px;
  }
  ${scope} .label-row {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 4px 12px;
  }
  /* Heard, not seen. */
  ${announcer} {
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
`;
