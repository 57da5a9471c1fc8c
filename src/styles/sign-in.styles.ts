import {css} from 'lit';
import {controls, keyframes} from './controls.styles.js';

/**
 * The sign-in form and the announcer live in the light DOM (password managers
 * and some screen readers need them there), so their rules are adopted into
 * the element's root node, each scoped under the element's own light-DOM
 * containers: they reach nothing else on the page.
 */
export const SIGN_IN_CLASS = 'ab-registration-sign-in';
export const ANNOUNCER_CLASS = 'ab-registration-announcer';
// The rules below name both classes literally (a selector built from these
// constants could not be minified): keep them in step.

/**
 * Page CSS must not reach these light-DOM children, nor theirs reach the page:
 * every element first reverts to the browser's defaults (beating the page's
 * type and class selectors), then the widget's own rules, nested under the
 * container so they weigh more than the revert, apply. Only page rules with an
 * id or !important can still get in.
 */
export const lightDomStyles = css`
  ${keyframes}
  ab-registration > .ab-registration-sign-in,
  ab-registration > .ab-registration-sign-in :is(form, div, p, ul, li, label, input, button, a, span, h3),
  ab-registration > .ab-registration-announcer,
  ab-registration > .ab-registration-announcer div {
    all: revert;
  }
  ab-registration > .ab-registration-sign-in {
    display: block;
    margin: 0;
    padding: 0;
    ${controls}
    & form {
      display: block;
      margin: 0;
    }
    & .forgot {
      justify-self: start;
      display: inline-block;
      min-height: 24px;
      font-size: 14px;
    }
  }
  /* Heard, not seen. */
  ab-registration > .ab-registration-announcer {
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
