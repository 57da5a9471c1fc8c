import {localized} from '@lit/localize';
import {html, LitElement, nothing, render, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {keyed} from 'lit/directives/keyed.js';
import {RegistrationController} from './controllers/registration-controller.js';
import {DEFAULT_TIMEOUT, type RequestExtras} from './endpoint/client.js';
import {isOneOf, SCENARIOS} from './endpoint/protocol.js';
import {needsConfig, type FlowState} from './flow/machine.js';
import {assertNever, type Step} from './flow/steps.js';
import {hasProblems, validateSeparate, validateSignIn, type FormField, type Problems} from './flow/validate.js';
import {getLocale, resolveLocale, useLocale} from './localization.js';
import {blockedScreen} from './screens/blocked.js';
import {chooseScenarioScreen} from './screens/choose-scenario.js';
import {supportLine} from './screens/common.js';
import type {Actions, FormValues, ScreenContext} from './screens/context.js';
import {errorScreen} from './screens/error.js';
import {joinOfficialScreen} from './screens/join-official.js';
import {linkChoiceScreen} from './screens/link-choice.js';
import {busyMessage} from './screens/messages.js';
import {separateEmailScreen} from './screens/separate-email.js';
import {signInForm, signInScreen} from './screens/sign-in.js';
import {startScreen} from './screens/start.js';
import {welcomeScreen} from './screens/welcome.js';
import {styles} from './styles/ab-registration.styles.js';
import {SIGN_IN_CLASS, signInStyles} from './styles/sign-in.styles.js';
import {supportFor} from './support.js';

let instances = 0;

const EMPTY_VALUES: FormValues = {personalEmail: '', confirmEmail: ''};

/**
 * The "amazon business" tile of an eProcurement catalogue: it leads a buyer
 * through the one Amazon Business registration scenario that fits them, in
 * Canadian French or English, then sends them shopping.
 *
 * @summary Amazon Business registration tile for eProcurement catalogues.
 *
 * @fires ab-registration-step - Every screen change: `{step, previousStep}`.
 * @fires ab-registration-complete - The welcome screen is reached: `{outcome, accountName, shopUrl}`.
 * @fires ab-registration-shop - "Start shopping" (cancelable; otherwise the widget navigates): `{shopUrl}`.
 * @fires ab-registration-cancel - "Not now" on the invitation: `{step}`.
 * @fires ab-registration-error - Every failed call or configuration error: `{code, status?, retryable}`.
 *
 * @slot sign-in - Filled by the element itself with the light-DOM sign-in form (password managers need it there).
 *
 * @csspart card - The frame around every screen.
 * @csspart tile - The "amazon business" tile button.
 * @csspart support - The customer-service line.
 * @csspart shop-button - The "Start shopping" button.
 *
 * @cssprop --ab-font-family - Font of the whole widget.
 * @cssprop --ab-color-text - Text colour.
 * @cssprop --ab-color-bg - Card background.
 * @cssprop --ab-color-border - Card and option borders.
 * @cssprop --ab-color-primary - Primary button background.
 * @cssprop --ab-color-link - Link colour.
 * @cssprop --ab-color-error - Error text and invalid field borders.
 * @cssprop --ab-color-focus - Focus ring.
 * @cssprop --ab-color-tile - Tile background.
 * @cssprop --ab-radius - Corner radius.
 * @cssprop --ab-space - Card padding.
 */
@localized()
export class AbRegistration extends LitElement {
  static override styles = styles;

  /** URL of the host's registration endpoint (relative or absolute). Required. */
  @property() endpoint = '';

  /** The buyer's work email known to the eProcurement system; pre-fills sign-in. */
  @property() email = '';

  /** `fr-CA` or `en` (any `fr*` is fr-CA). Absent: the closest ancestor's, then the browser's. */
  @property({reflect: true}) override lang!: string;

  /** `ca` (default) or `com`: picks the customer-service defaults, never the language. */
  @property() marketplace = 'ca';

  /** Overrides the marketplace's customer-service page; only `https:` URLs are used. */
  @property({attribute: 'support-url'}) supportUrl = '';

  /** Overrides the marketplace's customer-service phone number. */
  @property({attribute: 'support-phone'}) supportPhone = '';

  /** Milliseconds before an endpoint call is abandoned. */
  @property({type: Number}) timeout = DEFAULT_TIMEOUT;

  /** Skip the tile and look the email up at once. */
  @property({type: Boolean}) autostart = false;

  /** Extras merged into every request: `headers` (e.g. a CSRF token) and `credentials`. */
  @property({attribute: false}) requestInit?: RequestExtras;

  @state() private values: FormValues = EMPTY_VALUES;
  @state() private problems: Problems = {};

  private readonly controller = new RegistrationController(this);
  private readonly uid = `ab-registration-${++instances}`;
  private signInContainer?: HTMLElement;
  private renderedStep?: Step;
  private renderedError?: FlowState['error'];
  private focusProblem = false;

  /** The current screen. */
  get step(): Step {
    return this.controller.state.step;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.attachSignInContainer();
    void useLocale(resolveLocale(this, navigator.languages, this.lang));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') && this.hasUpdated) void useLocale(resolveLocale(this, navigator.languages, this.lang));
    // A new screen starts with no complaints (set here, not in updated(), to avoid a second render).
    if (this.renderedStep !== undefined && this.renderedStep !== this.controller.state.step) this.problems = {};
    const flow = this.controller.state;
    if (needsConfig(this.endpoint)) {
      if (flow.error?.code !== 'config') this.controller.send({type: 'config-error'});
    } else if (flow.error?.code === 'config') {
      this.controller.send({type: 'restart'});
    } else if (!this.hasUpdated && this.autostart) {
      this.controller.send({type: 'start', email: this.email.trim()});
    }
  }

  protected override render(): TemplateResult {
    const ctx = this.screenContext();
    const {step} = ctx.state;
    return html`<div class="card ${step === 'start' ? 'tile-only' : ''}" part="card" lang=${getLocale()} aria-busy=${ctx.busy}>
        ${keyed(step, this.renderStep(step, ctx))} ${supportLine(ctx)}
      </div>
      <div class="sr-only" role="status">${ctx.busy ? busyMessage() : nothing}</div>`;
  }

  protected override updated(): void {
    const ctx = this.screenContext();
    if (this.signInContainer) {
      render(ctx.state.step === 'sign-in' ? signInForm(ctx) : nothing, this.signInContainer, {host: this});
    }
    const step = ctx.state.step;
    if (this.renderedStep !== undefined && this.renderedStep !== step) {
      this.focusStep();
    } else if (this.focusProblem || (ctx.state.error?.field && ctx.state.error !== this.renderedError)) {
      // A field the buyer must fix (theirs or the endpoint's verdict) takes focus.
      this.focusFirstProblem();
    }
    this.focusProblem = false;
    this.renderedStep = step;
    this.renderedError = ctx.state.error;
  }

  private renderStep(step: Step, ctx: ScreenContext): TemplateResult {
    switch (step) {
      case 'start':
        return startScreen(ctx);
      case 'choose-scenario':
        return chooseScenarioScreen(ctx);
      case 'sign-in':
        return signInScreen(ctx);
      case 'link-choice':
        return linkChoiceScreen(ctx);
      case 'separate-email':
        return separateEmailScreen(ctx);
      case 'join-official':
        return joinOfficialScreen(ctx);
      case 'welcome':
        return welcomeScreen(ctx);
      case 'blocked':
        return blockedScreen(ctx);
      case 'error':
        return errorScreen(ctx);
      default:
        return assertNever(step);
    }
  }

  private screenContext(): ScreenContext {
    const state: FlowState = this.controller.state;
    return {
      state,
      values: this.values,
      problems: this.problems,
      busy: state.pending !== undefined,
      locked: state.pending !== undefined || state.coolingDown === true,
      workEmail: this.email,
      support: supportFor(this.marketplace, this.supportUrl, this.supportPhone),
      id: (name) => `${this.uid}-${name}`,
      actions: this.actions,
    };
  }

  /** The light-DOM child the sign-in form renders into, projected through the `sign-in` slot. */
  private attachSignInContainer(): void {
    if (!this.signInContainer) {
      this.signInContainer = document.createElement('div');
      this.signInContainer.className = SIGN_IN_CLASS;
      this.signInContainer.slot = 'sign-in';
    }
    if (this.signInContainer.parentNode !== this) this.appendChild(this.signInContainer);
    adoptSignInStyles(this.getRootNode());
  }

  private focusStep(): void {
    const target = this.renderRoot.querySelector<HTMLElement>('[data-step-heading], [data-focus-target]');
    target?.focus();
  }

  private focusFirstProblem(): void {
    const invalid =
      this.signInContainer?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!invalid) return;
    const target = invalid.matches('fieldset') ? invalid.querySelector<HTMLElement>('input') : invalid;
    target?.focus();
  }

  private showProblems(problems: Problems): boolean {
    this.problems = problems;
    this.focusProblem = hasProblems(problems);
    return this.focusProblem;
  }

  private get busy(): boolean {
    const {pending, coolingDown} = this.controller.state;
    return pending !== undefined || coolingDown === true;
  }

  private readonly actions: Actions = {
    start: () => {
      if (!this.busy) this.controller.send({type: 'start', email: this.email.trim()});
    },
    input: (event: Event) => {
      const input = event.target as HTMLInputElement;
      const name = input.name as FormField;
      if (name === 'scenario') {
        if (isOneOf(SCENARIOS, input.value)) this.values = {...this.values, scenario: input.value};
      } else if (name === 'linkChoice') {
        this.values = {...this.values, linkChoice: input.value === 'separate' ? 'separate' : 'convert'};
      } else if (name === 'identifier' || name === 'personalEmail' || name === 'confirmEmail') {
        this.values = {...this.values, [name]: input.value};
      }
      // The password is never copied out of its input.
      if (this.problems[name]) {
        const {[name]: _fixed, ...rest} = this.problems;
        this.problems = rest;
      }
    },
    submitChoose: (event: SubmitEvent) => {
      event.preventDefault();
      const {scenario} = this.values;
      if (this.busy || this.showProblems(scenario ? {} : {scenario: 'choice'}) || !scenario) return;
      this.controller.send({type: 'choose', scenario});
    },
    submitSignIn: (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      const identifierInput = form.elements.namedItem('identifier') as HTMLInputElement;
      const passwordInput = form.elements.namedItem('password') as HTMLInputElement;
      // Autofill may fill inputs without an input event: the form is the truth at submit.
      this.values = {...this.values, identifier: identifierInput.value};
      if (this.busy || this.showProblems(validateSignIn(identifierInput.value, passwordInput.value))) return;
      this.controller.send({type: 'sign-in', identifier: identifierInput.value.trim(), password: passwordInput.value});
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
      const workEmail = identifier?.trim() || this.email;
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
    retry: () => this.controller.send({type: 'retry'}),
    restart: () => this.controller.send({type: 'restart'}),
  };
}

const adopted = new WeakSet<Document | ShadowRoot>();

/** Adds the sign-in form's scoped rules to the document or shadow root the element lives in, once. */
function adoptSignInStyles(root: Node): void {
  if (!(root instanceof Document || root instanceof ShadowRoot) || adopted.has(root)) return;
  const sheet = signInStyles.styleSheet;
  if (!sheet) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  adopted.add(root);
}

declare global {
  interface HTMLElementTagNameMap {
    'ab-registration': AbRegistration;
  }
}
