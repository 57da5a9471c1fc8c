import {localized} from '@lit/localize';
import {html, LitElement, nothing, render, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {RegistrationController} from './controllers/registration-controller.js';
import {DEFAULT_TIMEOUT, type RequestExtras} from './endpoint/client.js';
import {isOneOf, SCENARIOS} from './endpoint/protocol.js';
import {needsConfig, type FlowState} from './flow/machine.js';
import {isLaterStep, type Step} from './flow/steps.js';
import {hasProblems, validateSeparate, validateSignIn, type FormField, type Problems} from './flow/validate.js';
import {getLocale, resolveLocale, setStrings, useLocale, type StringOverrides} from './localization.js';
import {progress, summaryHeading, supportLine} from './screens/common.js';
import type {Actions, FormValues, ScreenContext} from './screens/context.js';
import {errorScreen} from './screens/error.js';
import {loadedLater} from './screens/later-loader.js';
import {busyMessage, errorMessage} from './screens/messages.js';
import {signInForm, signInScreen} from './screens/sign-in.js';
import {startScreen} from './screens/start.js';
import {adoptStyles, restyle} from './styles/adopt.js';
import {styles} from './styles/ab-registration.styles.js';
import {ANNOUNCER_CLASS, SIGN_IN_CLASS, lightDomStyles} from './styles/sign-in.styles.js';
import {supportFor} from './support.js';

let instances = 0;
/** Ids no page writes by accident: a host element with the same id would take a label or a summary link. */
const idPrefix = `ab-registration-${Math.random().toString(36).slice(2, 10)}`;
const connected = new Set<AbRegistration>();

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
 * @fires ab-registration-handoff - Hand-off mode: the start page is in (cancelable; otherwise the widget navigates): `{scenario, url}`.
 * @fires ab-registration-error - Every failed call or configuration error: `{code, status?, retryable}`.
 *
 * @slot sign-in - Internal: the element fills it with its light-DOM sign-in form (password managers need it there).
 * @slot announce - Internal: the element fills it with its light-DOM live regions (heard by every screen reader).
 *
 * @csspart card - The frame around every screen.
 * @csspart tile - The "amazon business" tile button.
 * @csspart support - The customer-service line.
 * @csspart shop-button - The "Start shopping" button.
 * @csspart progress - The step indicator above the heading ("Step 2 of 3").
 *
 * @cssprop --ab-font-family - Font of the whole widget.
 * @cssprop --ab-max-width - Widest the widget grows (480px).
 * @cssprop --ab-radius - Corner radius of the card, options and fields.
 * @cssprop --ab-radius-button - Corner radius of buttons.
 * @cssprop --ab-space - Card padding.
 * @cssprop --ab-color-text - Text colour.
 * @cssprop --ab-color-muted - Secondary text (hints, support line).
 * @cssprop --ab-color-bg - Card background.
 * @cssprop --ab-color-border - Card and option borders.
 * @cssprop --ab-color-field - Input background.
 * @cssprop --ab-color-field-border - Input and secondary button borders.
 * @cssprop --ab-color-primary - Primary button background.
 * @cssprop --ab-color-primary-text - Primary button text.
 * @cssprop --ab-color-primary-border - Primary button border.
 * @cssprop --ab-color-secondary - Secondary button background.
 * @cssprop --ab-color-link - Link colour.
 * @cssprop --ab-color-error - Error text and invalid field borders.
 * @cssprop --ab-color-focus - Focus ring and the chosen option.
 * @cssprop --ab-color-tile - Tile background.
 * @cssprop --ab-color-tile-text - Tile text.
 * @cssprop --ab-color-accent - The tile's smile.
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

  /** `light` (the default), `dark`, or `auto` to follow the system's `prefers-color-scheme`. */
  @property({reflect: true}) theme?: 'light' | 'dark' | 'auto';

  /**
   * Replacement messages by message id, per locale: `{'fr-CA': {'tile': '…'}, en: {…}}`.
   * `{0}`, `{1}` stand for a message's values. Page-wide, like the language.
   */
  @property({attribute: false}) strings?: StringOverrides;

  /** Extras merged into every request: `headers` (e.g. a CSRF token) and `credentials`. */
  @property({attribute: false}) requestInit?: RequestExtras;

  @state() private values: FormValues = EMPTY_VALUES;
  @state() private problems: Problems = {};

  private readonly controller = new RegistrationController(this);
  private readonly uid = `${idPrefix}-${++instances}`;
  private signInContainer?: HTMLElement;
  private announcer?: HTMLElement;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private renderedStep?: Step;
  private renderedBusy = false;
  private renderedError?: FlowState['error'];
  private focusProblem = false;
  /** False until the first language is in: a French page never flashes English. */
  private languageReady = false;
  /** What the last render() drew from; updated() finishes the same picture. */
  private rendered?: ScreenContext;
  // Compared with what was last applied rather than read from `changed`, so
  // nothing depends on which update saw the change.
  private appliedStrings?: StringOverrides;
  private requestedLang?: string;
  private renderedLocale?: string;
  private renderedCooling = false;
  /** The document the shadow root's sheets were made for. */
  private styledDocument?: Document;
  /** The window whose pagehide clears the password. */
  private pageWindow?: Window;
  /** Set when the sign-in form's submit event reached the element (see signInClick). */
  private submitHandled = false;

  /** The current screen. */
  get step(): Step {
    return this.controller.state.step;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    const doc = this.ownerDocument;
    if (this.styledDocument && this.styledDocument !== doc) {
      restyle(this.renderRoot as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
      this.requestUpdate();
    }
    this.styledDocument = doc;
    // The back/forward cache keeps the page as it was, typed password included: not ours.
    this.pageWindow = doc.defaultView ?? window;
    this.pageWindow.addEventListener('pagehide', this.forgetPassword);
    this.attachLightDom();
    this.requestedLang = this.lang;
    void useLocale(resolveLocale(this, navigator.languages, this.lang)).then(() => {
      this.languageReady = true;
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    this.pageWindow?.removeEventListener('pagehide', this.forgetPassword);
  }

  protected override willUpdate(): void {
    if (this.strings !== this.appliedStrings) {
      this.appliedStrings = this.strings;
      setStrings(this.strings);
      // Overrides are page-wide: every tile on the page shows them.
      for (const other of connected) if (other !== this) other.requestUpdate();
    }
    if (this.lang !== this.requestedLang) {
      this.requestedLang = this.lang;
      void useLocale(resolveLocale(this, navigator.languages, this.lang));
    }
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

  protected override render(): TemplateResult | typeof nothing {
    // Updates (attribute reflection included) go on; only the screen waits for the language.
    if (!this.languageReady) return nothing;
    const ctx = (this.rendered = this.screenContext());
    const {step} = ctx.state;
    return html`<div class="card ${step === 'start' ? 'tile-only' : ''}" part="card" lang=${getLocale()} aria-busy=${ctx.busy}>
        ${progress(step)} ${this.renderStep(step, ctx)} ${supportLine(ctx)}
      </div>
      <slot name="announce"></slot>`;
  }

  protected override updated(): void {
    if (!this.languageReady || !this.rendered) return;
    // The same context render() used: the light-DOM form matches the shadow root.
    const ctx = this.rendered;
    const locale = getLocale();
    if (this.signInContainer) {
      this.signInContainer.lang = locale;
      render(ctx.state.step === 'sign-in' ? signInForm(ctx) : nothing, this.signInContainer, {host: this});
      const form = this.signInContainer.querySelector('form');
      // A host helper's form.submit() goes through the submit event like Enter does, not around it.
      if (form) form.submit = () => form.requestSubmit();
    }
    if (this.announcer) this.announcer.lang = locale;
    // What the regions said in the old language is not left behind for a screen reader to find.
    if (this.renderedLocale !== undefined && this.renderedLocale !== locale) this.announce('status', '');
    this.renderedLocale = locale;
    const {step, error, coolingDown} = ctx.state;
    const stepChanged = this.renderedStep !== undefined && this.renderedStep !== step;
    const newError = error !== undefined && error !== this.renderedError;
    // A late answer never pulls focus out of the host page the buyer has moved on to.
    const mayFocus = focusIsWithin(this);
    if (stepChanged && mayFocus) {
      this.focusStep();
    } else if (mayFocus && (this.focusProblem || (error?.field && newError))) {
      // A field the buyer must fix (theirs or the endpoint's verdict) takes focus.
      this.focusFirstProblem();
    }
    // What a screen-reader user hears; the light-DOM live regions are heard by every reader.
    if (newError) {
      const message = errorMessage(error.code, ctx.state.retryIn);
      this.announce('alert', step === 'error' && stepChanged ? `${this.headingText()} ${message}` : message);
    } else if (this.focusProblem) {
      this.announce('alert', this.problemsText());
    } else if (this.renderedCooling && !coolingDown && error?.code === 'rate-limited') {
      // The countdown itself is only seen; its end is heard.
      this.announce('status', errorMessage(error.code, 0));
    } else if (stepChanged) {
      this.announce('status', this.headingText());
    } else if (ctx.busy && !this.renderedBusy) {
      this.announce('status', busyMessage());
    } else if (!ctx.busy && this.renderedBusy) {
      this.announce('status', '');
    }
    this.focusProblem = false;
    this.renderedStep = step;
    this.renderedError = error;
    this.renderedBusy = ctx.busy;
    this.renderedCooling = coolingDown === true;
  }

  private headingText(): string {
    return squash(this.renderRoot.querySelector('h2')?.textContent);
  }

  /** The problems on screen, as the summary reads them. */
  private problemsText(): string {
    const texts = [
      ...this.renderRoot.querySelectorAll('.problem'),
      ...(this.signInContainer?.querySelectorAll('.problem') ?? []),
    ].map((node) => squash(node.textContent));
    return texts.length > 1 ? `${summaryHeading(texts.length)} ${texts.join(' ')}` : (texts[0] ?? '');
  }

  /**
   * Says `text` through a light-DOM live region: live regions inside a shadow
   * root are missed by some screen reader and browser pairs. Emptied first so
   * the same message twice is heard twice.
   */
  private announce(kind: 'status' | 'alert', text: string): void {
    const regions = this.announcer?.children;
    if (!regions) return;
    const [status, alert] = [regions[0], regions[1]];
    status.textContent = '';
    alert.textContent = '';
    clearTimeout(this.announceTimer);
    if (!text) return;
    this.announceTimer = setTimeout(() => {
      (kind === 'alert' ? alert : status).textContent = text;
    }, ANNOUNCE_DELAY);
  }

  private renderStep(step: Step, ctx: ScreenContext): TemplateResult | typeof nothing {
    if (step === 'start') return startScreen(ctx);
    if (step === 'sign-in') return signInScreen(ctx);
    if (step === 'error') return errorScreen(ctx);
    // The controller enters a later step only once its chunk is in.
    const later = loadedLater();
    if (!isLaterStep(step) || !later) return nothing;
    adoptStyles(this.renderRoot, later.laterStyles);
    return later.laterScreens[step](ctx);
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

  /**
   * The light-DOM children: the container the sign-in form renders into, and
   * the announcer's two live regions, each projected through its slot.
   */
  private attachLightDom(): void {
    if (!this.signInContainer) {
      this.signInContainer = lightChild(SIGN_IN_CLASS, 'sign-in');
      this.announcer = lightChild(ANNOUNCER_CLASS, 'announce');
      const status = document.createElement('div');
      status.setAttribute('role', 'status');
      const alert = document.createElement('div');
      alert.setAttribute('role', 'alert');
      this.announcer.append(status, alert);
    }
    for (const child of [this.signInContainer, this.announcer!]) {
      if (child.parentNode !== this) this.appendChild(child);
    }
    // The light-DOM children's scoped rules, in the document or shadow root the element lives in.
    adoptStyles(this.getRootNode(), lightDomStyles);
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

  /** Clears every password input: the page is going away or into the back/forward cache. */
  private readonly forgetPassword = (): void => {
    for (const input of this.signInContainer?.querySelectorAll('input') ?? []) if (input.type === 'password') input.value = '';
  };

  /** Validates and sends the sign-in form; the password is read from its input here and nowhere else. */
  private signIn(form: HTMLFormElement): void {
    this.submitHandled = true;
    const identifierInput = form.querySelector<HTMLInputElement>('input[name="identifier"]')!;
    const passwordInput = form.querySelector<HTMLInputElement>('input[type="password"]')!;
    // Autofill may fill inputs without an input event: the form is the truth at submit.
    this.values = {...this.values, identifier: identifierInput.value};
    if (this.busy || this.showProblems(validateSignIn(identifierInput.value, passwordInput.value))) return;
    this.controller.send({type: 'sign-in', identifier: identifierInput.value.trim(), password: passwordInput.value});
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
      // The password input alone has no name: no form submission or FormData can carry it.
      const name = (input.name || 'password') as FormField;
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
    submitHandoff: (event: SubmitEvent) => {
      event.preventDefault();
      if (!this.busy) this.controller.send({type: 'handoff'});
    },
    retry: () => this.controller.send({type: 'retry'}),
    restart: () => this.controller.send({type: 'restart'}),
  };
}

/** Long enough for screen readers to notice the region was emptied. */
const ANNOUNCE_DELAY = 100;

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function lightChild(className: string, slot: string): HTMLElement {
  const child = document.createElement('div');
  child.className = className;
  child.slot = slot;
  return child;
}

/**
 * True when focus is in `el` (its shadow root or its light DOM) or nowhere in
 * particular (the body): only then may the widget move it.
 */
function focusIsWithin(el: HTMLElement): boolean {
  let active = el.ownerDocument.activeElement;
  while (active && active !== el && active.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active || active === el.ownerDocument.body) return true;
  for (let node: Node | null = active; node; node = node.nodeType === 11 ? (node as ShadowRoot).host : node.parentNode) {
    if (node === el) return true;
  }
  return false;
}

declare global {
  interface HTMLElementTagNameMap {
    'ab-registration': AbRegistration;
  }
}
