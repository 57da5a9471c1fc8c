/**
 * Everything past the tile, for one element: the screens it renders, what the
 * buyer has typed, the light-DOM sign-in form, what is announced and where
 * focus goes, and the actions the screens call. The element creates it once
 * this chunk is in (core-loader.ts) and hands it its render and updated calls;
 * the flow's effects run in RegistrationController.
 */
import {nothing, render, type ReactiveController, type TemplateResult} from 'lit';
import type {AbRegistration} from '../AbRegistration.js';
import type {EarlyCall} from '../endpoint/request.js';
import {isOneOf, SCENARIOS} from '../endpoint/protocol.js';
import {needsConfig, type FlowState} from '../flow/machine.js';
import {isLaterStep, type Step} from '../flow/steps.js';
import {hasProblems, validateSeparate, validateSignIn, type FormField, type Problems} from '../flow/validate.js';
import {getLocale} from '../localization.js';
import {progress, summaryHeading} from '../screens/common.js';
import type {Actions, FormValues, ScreenContext} from '../screens/context.js';
import {errorScreen} from '../screens/error.js';
import {loadedLater} from '../screens/later-loader.js';
import {busyMessage, errorMessage} from '../screens/messages.js';
import {signInForm, signInScreen} from '../screens/sign-in.js';
import {startScreen} from '../screens/start.js';
import {card} from '../screens/tile.js';
import {adoptStyles} from '../styles/adopt.js';
import {coreStyles} from '../styles/core.styles.js';
import {ANNOUNCER_CLASS, SIGN_IN_CLASS, lightDomStyles} from '../styles/sign-in.styles.js';
import {supportFor} from '../support.js';
import {Announcer} from './announcer.js';
import {focusFirstProblem, focusIsWithin, focusStep} from './focus.js';
import {RegistrationController} from './registration-controller.js';

const EMPTY_VALUES: FormValues = {personalEmail: '', confirmEmail: ''};

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export class RegistrationView implements ReactiveController {
  readonly controller: RegistrationController;
  private values: FormValues = EMPTY_VALUES;
  private problems: Problems = {};
  private readonly signInContainer: HTMLElement;
  private readonly announcer = new Announcer(ANNOUNCER_CLASS);
  private renderedStep?: Step;
  private renderedBusy = false;
  private renderedError?: FlowState['error'];
  private renderedLocale?: string;
  private renderedCooling = false;
  private focusProblem = false;
  /** What the last render() drew from; updated() finishes the same picture. */
  private rendered?: ScreenContext;
  /** Set when the sign-in form's submit event reached the element (see signInClick). */
  private submitHandled = false;
  /** The window whose pagehide clears the password. */
  private pageWindow?: Window;
  private autostarted = false;

  /**
   * `early`: the tile was clicked before this chunk came, and its `lookup` is
   * already under way; the flow starts at once and takes that answer.
   */
  constructor(
    private readonly host: AbRegistration,
    private readonly uid: string,
    early?: EarlyCall
  ) {
    this.signInContainer = document.createElement('div');
    this.signInContainer.className = SIGN_IN_CLASS;
    this.signInContainer.slot = 'sign-in';
    this.controller = new RegistrationController(host);
    host.addController(this);
    if (early) {
      this.controller.early = early;
      this.actions.start();
    }
  }

  get step(): Step {
    return this.controller.state.step;
  }

  hostConnected(): void {
    // The back/forward cache keeps the page as it was, typed password included: not ours.
    this.pageWindow = this.host.ownerDocument.defaultView ?? window;
    this.pageWindow.addEventListener('pagehide', this.forgetPassword);
    for (const child of [this.signInContainer, this.announcer.node]) {
      if (child.parentNode !== this.host) this.host.appendChild(child);
    }
    // The light-DOM children's scoped rules, in the document or shadow root the element lives in.
    adoptStyles(this.host.getRootNode(), lightDomStyles);
  }

  hostDisconnected(): void {
    this.pageWindow?.removeEventListener('pagehide', this.forgetPassword);
  }

  hostUpdate(): void {
    // A new screen starts with no complaints (set here, before render, to avoid a second render).
    if (this.renderedStep !== undefined && this.renderedStep !== this.controller.state.step) this.problems = {};
    const flow = this.controller.state;
    if (needsConfig(this.host.endpoint)) {
      if (flow.error?.code !== 'config') this.controller.send({type: 'config-error'});
    } else if (flow.error?.code === 'config') {
      this.controller.send({type: 'restart'});
    } else if (!this.autostarted && this.host.autostart) {
      this.controller.send({type: 'start', email: this.host.email.trim()});
    }
    this.autostarted = true;
  }

  render(): TemplateResult {
    // Adopted on every render: a move to another document gives the shadow root the element's own sheets only.
    adoptStyles(this.host.renderRoot, coreStyles);
    const ctx = (this.rendered = this.screenContext());
    const {step} = ctx.state;
    return card(step === 'start', ctx.busy, ctx.support, getLocale(), this.renderStep(step, ctx), progress(step));
  }

  updated(): void {
    if (!this.rendered) return;
    // The same context render() used: the light-DOM form matches the shadow root.
    const ctx = this.rendered;
    const locale = getLocale();
    this.signInContainer.lang = locale;
    render(ctx.state.step === 'sign-in' ? signInForm(ctx) : nothing, this.signInContainer, {host: this.host});
    const form = this.signInContainer.querySelector('form');
    // A host helper's form.submit() goes through the submit event like Enter does, not around it.
    if (form) form.submit = () => form.requestSubmit();
    this.announcer.node.lang = locale;
    // What the regions said in the old language is not left behind for a screen reader to find.
    if (this.renderedLocale !== undefined && this.renderedLocale !== locale) this.announcer.say('status', '');
    this.renderedLocale = locale;
    const {step, error, coolingDown} = ctx.state;
    const stepChanged = this.renderedStep !== undefined && this.renderedStep !== step;
    const newError = error !== undefined && error !== this.renderedError;
    const mayFocus = focusIsWithin(this.host);
    if (stepChanged && mayFocus) {
      focusStep(this.host.renderRoot);
    } else if (mayFocus && (this.focusProblem || (error?.field && newError))) {
      // A field the buyer must fix (theirs or the endpoint's verdict) takes focus.
      focusFirstProblem(this.signInContainer, this.host.renderRoot);
    }
    const say = this.announcer.say.bind(this.announcer);
    if (newError) {
      const message = errorMessage(error.code, ctx.state.retryIn);
      say('alert', step === 'error' && stepChanged ? `${this.headingText()} ${message}` : message);
    } else if (this.focusProblem) {
      say('alert', this.problemsText());
    } else if (this.renderedCooling && !coolingDown && error?.code === 'rate-limited') {
      // The countdown itself is only seen; its end is heard.
      say('status', errorMessage(error.code, 0));
    } else if (stepChanged) {
      say('status', this.headingText());
    } else if (ctx.busy && !this.renderedBusy) {
      say('status', busyMessage());
    } else if (!ctx.busy && this.renderedBusy) {
      say('status', '');
    }
    this.focusProblem = false;
    this.renderedStep = step;
    this.renderedError = error;
    this.renderedBusy = ctx.busy;
    this.renderedCooling = coolingDown === true;
  }

  private headingText(): string {
    return squash(this.host.renderRoot.querySelector('h2')?.textContent);
  }

  /** The problems on screen, as the summary reads them. */
  private problemsText(): string {
    const texts = [
      ...this.host.renderRoot.querySelectorAll('.problem'),
      ...this.signInContainer.querySelectorAll('.problem'),
    ].map((node) => squash(node.textContent));
    return texts.length > 1 ? `${summaryHeading(texts.length)} ${texts.join(' ')}` : (texts[0] ?? '');
  }

  private renderStep(step: Step, ctx: ScreenContext): TemplateResult | typeof nothing {
    if (step === 'start') return startScreen(ctx);
    if (step === 'sign-in') return signInScreen(ctx);
    if (step === 'error') return errorScreen(ctx);
    // The controller enters a later step only once its chunk is in.
    const later = loadedLater();
    if (!isLaterStep(step) || !later) return nothing;
    adoptStyles(this.host.renderRoot, later.laterStyles);
    return later.laterScreens[step](ctx);
  }

  private screenContext(): ScreenContext {
    const state: FlowState = this.controller.state;
    const {host} = this;
    return {
      state,
      values: this.values,
      problems: this.problems,
      busy: state.pending !== undefined,
      locked: state.pending !== undefined || state.coolingDown === true,
      workEmail: host.email,
      support: supportFor(host.marketplace, host.supportUrl, host.supportPhone),
      id: (name) => `${this.uid}-${name}`,
      actions: this.actions,
    };
  }

  private set(values: FormValues, problems = this.problems): void {
    this.values = values;
    this.problems = problems;
    this.host.requestUpdate();
  }

  private showProblems(problems: Problems): boolean {
    this.set(this.values, problems);
    this.focusProblem = hasProblems(problems);
    return this.focusProblem;
  }

  /** Clears every password input: the page is going away or into the back/forward cache. */
  private readonly forgetPassword = (): void => {
    for (const input of this.signInContainer.querySelectorAll('input')) if (input.type === 'password') input.value = '';
  };

  /** Validates and sends the sign-in form; the password is read from its input here and nowhere else. */
  private signIn(form: HTMLFormElement): void {
    this.submitHandled = true;
    const identifierInput = form.querySelector<HTMLInputElement>('input[name="identifier"]')!;
    const passwordInput = form.querySelector<HTMLInputElement>('input[type="password"]')!;
    // Autofill may fill inputs without an input event: the form is the truth at submit.
    this.set({...this.values, identifier: identifierInput.value});
    if (this.busy || this.showProblems(validateSignIn(identifierInput.value, passwordInput.value))) return;
    this.controller.send({type: 'sign-in', identifier: identifierInput.value.trim(), password: passwordInput.value});
  }

  private get busy(): boolean {
    const {pending, coolingDown} = this.controller.state;
    return pending !== undefined || coolingDown === true;
  }

  private readonly actions: Actions = {
    start: () => {
      if (!this.busy) this.controller.send({type: 'start', email: this.host.email.trim()});
    },
    input: (event: Event) => {
      const input = event.target as HTMLInputElement;
      // The password input alone has no name: no form submission or FormData can carry it.
      const name = (input.name || 'password') as FormField;
      let {values} = this;
      if (name === 'scenario') {
        if (isOneOf(SCENARIOS, input.value)) values = {...values, scenario: input.value};
      } else if (name === 'linkChoice') {
        values = {...values, linkChoice: input.value === 'separate' ? 'separate' : 'convert'};
      } else if (name === 'identifier' || name === 'personalEmail' || name === 'confirmEmail') {
        values = {...values, [name]: input.value};
      }
      // The password is never copied out of its input.
      const {[name]: _fixed, ...rest} = this.problems;
      this.set(values, this.problems[name] ? rest : this.problems);
    },
    submitChoose: (event: SubmitEvent) => {
      event.preventDefault();
      const {scenario} = this.values;
      if (this.busy || this.showProblems(scenario ? {} : {scenario: 'choice'}) || !scenario) return;
      this.controller.send({type: 'choose', scenario});
    },
    submitSignIn: (event: SubmitEvent) => {
      event.preventDefault();
      this.signIn(event.currentTarget as HTMLFormElement);
    },
    signInClick: (event: Event) => {
      // Enter clicks the submit button too. If a host script stops the submit
      // event before it reaches the form, the click still signs in.
      const form = (event.currentTarget as HTMLButtonElement).form;
      this.submitHandled = false;
      setTimeout(() => {
        if (form && !this.submitHandled && !event.defaultPrevented && form.isConnected) this.signIn(form);
      });
    },
    submitLink: (event: SubmitEvent) => {
      event.preventDefault();
      const choice = this.values.linkChoice;
      if (this.busy || this.showProblems(choice ? {} : {linkChoice: 'choice'}) || !choice) return;
      this.controller.send({type: 'link', choice});
    },
    submitSeparate: (event: SubmitEvent) => {
      event.preventDefault();
      const {personalEmail, confirmEmail, identifier} = this.values;
      const workEmail = identifier?.trim() || this.host.email;
      if (this.busy || this.showProblems(validateSeparate(personalEmail, confirmEmail, workEmail))) return;
      this.controller.send({type: 'separate', personalEmail: personalEmail.trim()});
    },
    back: () => this.controller.send({type: 'back'}),
    submitJoin: (event: SubmitEvent) => {
      event.preventDefault();
      if (!this.busy) this.controller.send({type: 'join'});
    },
    decline: () => {
      if (!this.busy) this.controller.send({type: 'decline'});
    },
    shop: () => this.controller.send({type: 'shop'}),
    submitHandoff: (event: SubmitEvent) => {
      event.preventDefault();
      if (!this.busy) this.controller.send({type: 'handoff'});
    },
    retry: () => this.controller.send({type: 'retry'}),
    restart: () => this.controller.send({type: 'restart'}),
  };
}
