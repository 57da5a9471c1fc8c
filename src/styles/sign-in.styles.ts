import {css, unsafeCSS} from 'lit';
import {controls} from './shared.styles.js';

/**
 * The sign-in form lives in the light DOM (password managers must see it), so
 * its rules are adopted into the element's root node, each scoped under the
 * element's light-DOM container: they reach nothing else on the page.
 */
export const SIGN_IN_CLASS = 'ab-registration-sign-in';

const scope = unsafeCSS(`ab-registration > .${SIGN_IN_CLASS}`);

export const signInStyles = css`
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
    font-size: 14px;
  }
  ${scope} .label-row {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 4px 12px;
  }
`;
