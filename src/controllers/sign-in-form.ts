/**
 * The sign-in step's light-DOM half: a real `<form>` with username and
 * current-password inputs, in the element's light DOM and projected through
 * its `sign-in` slot, where password managers and autofill can see it. The
 * password is read from its input at submit, here and nowhere else, and
 * cleared whenever the page may keep it (pagehide, the dialog closing).
 */
import {nothing, render, type ReactiveController} from 'lit';
import type {AbRegistration} from '../AbRegistration.js';
import type {ScreenContext} from '../screens/context.js';
import {signInForm} from '../screens/sign-in.js';
import {adoptStyles} from '../styles/adopt.js';
import {SIGN_IN_CLASS, lightDomStyles} from '../styles/sign-in.styles.js';

export class SignInForm implements ReactiveController {
  readonly node: HTMLElement;
  /** Set when the form's submit event reached the element (see click). */
  private submitHandled = false;
  /** The window whose pagehide clears the password. */
  private pageWindow?: Window;

  /** `submit`: called with the identifier and the password, once per submit (Enter, the button, a host's form.submit()). */
  constructor(
    private readonly host: AbRegistration,
    private readonly submit: (identifierInput: HTMLInputElement, passwordInput: HTMLInputElement) => void
  ) {
    this.node = document.createElement('div');
    this.node.className = SIGN_IN_CLASS;
    this.node.slot = 'sign-in';
    host.addController(this);
  }

  hostConnected(): void {
    // The back/forward cache keeps the page as it was, typed password included: not ours.
    this.pageWindow = this.host.ownerDocument.defaultView ?? window;
    this.pageWindow.addEventListener('pagehide', this.forgetPassword);
    // The light-DOM children's scoped rules, in the document or shadow root the element lives in.
    adoptStyles(this.host.getRootNode(), lightDomStyles);
  }

  /** Into the host's light DOM (the view says when: the flow's first opening, and every connection after it). */
  mount(): void {
    if (this.node.parentNode !== this.host) this.host.appendChild(this.node);
  }

  hostDisconnected(): void {
    this.pageWindow?.removeEventListener('pagehide', this.forgetPassword);
  }

  /** Draws the form on the sign-in step, nothing on the others (the same context the shadow root was drawn from). */
  update(ctx: ScreenContext, lang: string): void {
    this.node.lang = lang;
    render(ctx.state.step === 'sign-in' ? signInForm(ctx) : nothing, this.node, {host: this.host});
    const form = this.node.querySelector('form');
    // A host helper's form.submit() goes through the submit event like Enter does, not around it.
    if (form) form.submit = () => form.requestSubmit();
  }

  /** Clears every password input. */
  readonly forgetPassword = (): void => {
    for (const input of this.node.querySelectorAll('input')) if (input.type === 'password') input.value = '';
  };

  /** The form's submit event. */
  readonly handleSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.send(event.currentTarget as HTMLFormElement);
  };

  /**
   * The submit button's click. Enter clicks it too. If a host script stops the
   * submit event before it reaches the form, the click still signs in.
   */
  readonly handleClick = (event: Event): void => {
    const form = (event.currentTarget as HTMLButtonElement).form;
    this.submitHandled = false;
    setTimeout(() => {
      if (form && !this.submitHandled && !event.defaultPrevented && form.isConnected) this.send(form);
    });
  };

  private send(form: HTMLFormElement): void {
    this.submitHandled = true;
    this.submit(
      form.querySelector<HTMLInputElement>('input[name="identifier"]')!,
      form.querySelector<HTMLInputElement>('input[type="password"]')!
    );
  }
}
