/**
 * Everything past the tile, for one element: it draws the current step (in
 * place of the tile, or in the dialog) and wires the controllers that each do
 * one job:
 *
 * - RegistrationController: the flow's effects (endpoint calls, events, navigation);
 * - FormState: what the buyer typed and the problems a submit found;
 * - SignInForm: sign-in's light-DOM form, where password managers see it;
 * - DialogController: the modal dialog (dialog presentation);
 * - Announcements: what is heard after each render; focus.ts: where focus goes.
 *
 * The element creates it once this chunk is in (lazy/core-loader.ts) and hands
 * it its render and updated calls.
 */
import {html, nothing, type ReactiveController, type TemplateResult} from 'lit';
import type {AbRegistration} from '../AbRegistration.js';
import type {EarlyCall} from '../endpoint/request.js';
import {emit} from '../events.js';
import {needsConfig} from '../flow/machine.js';
import {placeOnPath} from '../flow/path.js';
import type {Step} from '../flow/steps.js';
import {validateSeparate, validateSignIn} from '../flow/validate.js';
import {laterScreen} from '../lazy/later-loader.js';
import {getLocale} from '../localization.js';
import {progress} from '../screens/common.js';
import type {Actions, ScreenContext} from '../screens/context.js';
import type {Support} from '../support.js';
import {errorScreen} from '../screens/error.js';
import {closedMessage, errorMessage} from '../screens/messages.js';
import {signInScreen} from '../screens/sign-in.js';
import {startScreen} from '../screens/start.js';
import {card, tileScreen} from '../screens/tile.js';
import {adoptStyles} from '../styles/adopt.js';
import {coreStyles} from '../styles/core.styles.js';
import {supportFor} from '../support.js';
import {Announcements} from './announcements.js';
import {DialogController} from './dialog.js';
import {dropSelectionWithin, focusIsWithin, focusStep} from './focus.js';
import {FormState} from './form-state.js';
import {RegistrationController} from './registration-controller.js';
import {SignInForm} from './sign-in-form.js';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * The `lang` the widget's nodes carry for `locale`. Firefox exposes the page's
 * language as it was at load for text whose `lang` is written as the page's
 * `<html lang>` is now: once a host switched both, a screen reader read the
 * English with a French voice. The same language written another way is
 * exposed as written.
 */
function exposedLang(locale: string, support: Support, doc: Document): string {
  if (doc.documentElement.lang !== locale) return locale;
  return locale === 'en' ? (support.domain.endsWith('com') ? 'en-US' : 'en-CA') : 'fr-ca';
}

export class RegistrationView implements ReactiveController {
  readonly controller: RegistrationController;
  private readonly form: FormState;
  private readonly signInForm: SignInForm;
  private readonly dialog: DialogController;
  private readonly announcements = new Announcements();
  /** What the last render() drew from; updated() finishes the same picture. */
  private rendered?: ScreenContext;
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
    this.form = new FormState(host);
    this.signInForm = new SignInForm(host, this.signIn);
    this.dialog = new DialogController(host, () => this.close());
    this.controller = new RegistrationController(host, (step) => this.putAway(step));
    host.addController(this);
    if (early) {
      this.controller.early = early;
      this.actions.launch();
    }
  }

  get step(): Step {
    return this.controller.state.step;
  }

  /** The flow is drawn in the dialog: dialog presentation (the default). */
  private get inDialog(): boolean {
    return this.host.presentation !== 'inline';
  }

  /** The tile, or the host's own launcher (`open()`). */
  open(): void {
    this.actions.launch();
  }

  /**
   * Esc, the close button, or the host's `close()`. In the dialog: the call in
   * flight is abandoned, the password cleared, and the next opening resumes
   * this step with everything else typed. In place: back to the tile.
   */
  close(): void {
    if (!this.inDialog) {
      if (this.step !== 'start') this.controller.send({type: 'restart'});
      return;
    }
    if (!this.dialog.isOpen) return;
    this.controller.abandon();
    this.putAway(this.step);
  }

  /** The dialog closes on `step` (also after "Not now": the flow's `dismiss`). */
  private putAway(step: Step): void {
    if (!this.dialog.isOpen) return;
    this.signInForm.forgetPassword();
    this.dialog.close();
    emit(this.host, 'ab-registration-close', {step});
  }

  /**
   * The light-DOM children (the live regions, the sign-in form) join the host
   * when the buyer first opens the flow, not before: until then the element's
   * children are the page's own (React hydrating server-rendered HTML fails on
   * children it did not render).
   */
  private mountLightDom(): void {
    this.mounted = true;
    if (this.announcements.announcer.node.parentNode !== this.host) this.host.appendChild(this.announcements.announcer.node);
    this.signInForm.mount();
  }

  private mounted = false;

  hostConnected(): void {
    if (this.mounted) this.mountLightDom();
    // The page's language is part of how the widget writes its own (exposedLang).
    this.pageLang.observe(this.host.ownerDocument.documentElement, {attributeFilter: ['lang']});
  }

  hostDisconnected(): void {
    this.pageLang.disconnect();
  }

  private readonly pageLang = new MutationObserver(() => this.host.requestUpdate());

  hostUpdate(): void {
    // A new screen starts with no complaints (cleared here, before render, to
    // avoid a second render), and with no caret left in the old one.
    if (this.rendered && this.rendered.state.step !== this.controller.state.step) {
      this.form.clearProblems();
      dropSelectionWithin(this.host);
    }
    const flow = this.controller.state;
    if (needsConfig(this.host.endpoint)) {
      if (flow.error?.code !== 'config') this.controller.send({type: 'config-error'});
    } else if (flow.error?.code === 'config' && flow.step === 'error' && !flow.retryRequest) {
      // The endpoint came. (A call's own configuration error, a refused requestInit, stays until the buyer moves on:
      // on the error step it has the lookup to retry; on a form step it keeps the buyer's screen.)
      this.controller.send({type: 'restart'});
    } else if (!this.autostarted && this.host.autostart) {
      this.actions.launch();
    }
    this.autostarted = true;
  }

  render(): TemplateResult {
    // Adopted on every render: a move to another document gives the shadow root the element's own sheets only.
    adoptStyles(this.host.renderRoot, coreStyles);
    const ctx = (this.rendered = this.screenContext());
    const {state} = ctx;
    const lang = exposedLang(getLocale(), ctx.support, this.host.ownerDocument);
    const steps = progress(placeOnPath(state, ctx.values.linkChoice));
    if (!ctx.inDialog) {
      const kind = state.step === 'start' ? 'tile-only' : 'screen';
      return card(kind, ctx.busy, ctx.support, lang, this.renderStep(ctx), steps, html`<slot name="announce"></slot>`);
    }
    // A configuration error is the integrator's: said on the tile itself, where they look.
    const config = state.error?.code === 'config' ? errorMessage('config') : undefined;
    const launcher = tileScreen({
      busy: false,
      locked: false,
      hintId: ctx.id('tile-hint'),
      alert: config,
      onClick: this.actions.launch,
    });
    const flow = card('screen', ctx.busy, ctx.support, lang, this.renderStep(ctx), steps);
    // The live regions are in the dialog while it is open (a modal makes the rest inert), beside the tile otherwise.
    const regions = this.dialog.isOpen ? nothing : html`<slot name="announce"></slot>`;
    return card('launcher', false, ctx.support, lang, launcher, nothing, html`${this.dialog.render(flow, lang)}${regions}`);
  }

  updated(): void {
    const ctx = this.rendered;
    if (!ctx) return;
    const lang = getLocale();
    const root = this.host.renderRoot;
    const exposed = exposedLang(lang, ctx.support, this.host.ownerDocument);
    this.signInForm.update(ctx, exposed);
    this.announcements.announcer.node.lang = exposed;
    const problemsFound = this.form.problemsFound;
    this.form.problemsFound = false;
    const mayFocus = focusIsWithin(this.host);
    const {step, error, coolingDown, retryIn} = ctx.state;
    const dialog = ctx.inDialog ? root.querySelector('dialog') : null;
    const dialogChange = this.dialog.sync(dialog);
    const shown = {step, busy: ctx.busy, error, cooling: coolingDown === true, locale: lang};
    const changes = this.announcements.compare(shown);
    // The step's own root: the dialog, or the shadow root in place of the tile.
    const screen = dialog ?? root;
    if (dialogChange === 'opened') {
      focusStep(screen);
    } else if (dialogChange === 'closed') {
      root.querySelector<HTMLElement>('.tile')?.focus();
    } else if (changes.stepChanged && mayFocus) {
      focusStep(screen);
    }
    // A failed submit's problems are said, focus left where the buyer is (the
    // field they were in, or the button): heard once, from the alert region.
    this.announcements.speak(changes, {...shown, retryIn}, problemsFound ? this.problemsText() : undefined, {
      heading: () => squash(screen.querySelector('h2')?.textContent),
    });
    // Closed (or, inline, back to the tile from a step): where the buyer is now, said.
    if (dialogChange === 'closed' || (!ctx.inDialog && changes.stepChanged && step === 'start'))
      this.announcements.announcer.say('status', closedMessage());
  }

  /** The problems on screen, as the summary reads them. */
  private problemsText(): string {
    const summary = this.signInForm.node.querySelector('[data-summary]') ?? this.host.renderRoot.querySelector('[data-summary]');
    return [...(summary?.querySelectorAll('p, li') ?? [])].map((node) => squash(node.textContent)).join(' ');
  }

  private renderStep(ctx: ScreenContext): TemplateResult | typeof nothing {
    const {step} = ctx.state;
    if (step === 'start') return startScreen(ctx);
    if (step === 'sign-in') return signInScreen(ctx);
    if (step === 'error') return errorScreen(ctx);
    // The controller enters a later step only once its chunk is in.
    const later = laterScreen(step);
    if (!later) return nothing;
    adoptStyles(this.host.renderRoot, later.styles);
    return later.screen(ctx);
  }

  private screenContext(): ScreenContext {
    const {state} = this.controller;
    const {host} = this;
    return {
      state,
      values: this.form.values,
      problems: this.form.problems,
      busy: state.pending !== undefined,
      locked: state.pending !== undefined || state.coolingDown === true,
      workEmail: host.email,
      support: supportFor(host.marketplace, host.supportUrl, host.supportPhone),
      inDialog: this.inDialog,
      newWindow: host.handoffTarget === 'blank',
      id: (name) => `${this.uid}-${name}`,
      actions: this.actions,
    };
  }

  /** Validates and sends the sign-in form (SignInForm reads the inputs at submit). */
  private readonly signIn = (identifierInput: HTMLInputElement, passwordInput: HTMLInputElement): void => {
    // Autofill may fill inputs without an input event: the form is the truth at submit.
    this.form.set({...this.form.values, identifier: identifierInput.value});
    if (this.busy || this.form.show(validateSignIn(identifierInput.value, passwordInput.value))) return;
    this.controller.send({type: 'sign-in', identifier: identifierInput.value.trim(), password: passwordInput.value});
  };

  private get busy(): boolean {
    const {pending, coolingDown} = this.controller.state;
    return pending !== undefined || coolingDown === true;
  }

  private readonly actions: Actions = {
    launch: () => {
      this.mountLightDom();
      if (this.inDialog) this.dialog.open();
      if (this.step === 'start' && !this.busy) this.actions.start();
    },
    start: () => {
      if (!this.busy) this.controller.send({type: 'start', email: this.host.email.trim()});
    },
    input: (event: Event) => this.form.input(event),
    submitChoose: (event: SubmitEvent) => {
      event.preventDefault();
      const {scenario} = this.form.values;
      if (this.busy || this.form.show(scenario ? {} : {scenario: 'choice'}) || !scenario) return;
      this.controller.send({type: 'choose', scenario});
    },
    submitSignIn: (event: SubmitEvent) => this.signInForm.handleSubmit(event),
    signInClick: (event: Event) => this.signInForm.handleClick(event),
    submitLink: (event: SubmitEvent) => {
      event.preventDefault();
      const choice = this.form.values.linkChoice;
      if (this.busy || this.form.show(choice ? {} : {linkChoice: 'choice'}) || !choice) return;
      this.controller.send({type: 'link', choice});
    },
    submitSeparate: (event: SubmitEvent) => {
      event.preventDefault();
      const {personalEmail, confirmEmail, identifier} = this.form.values;
      const workEmail = identifier?.trim() || this.host.email;
      if (this.busy || this.form.show(validateSeparate(personalEmail, confirmEmail, workEmail))) return;
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
    restart: () => {
      const {step} = this;
      this.controller.send({type: 'restart'});
      // In the dialog, "Start over" goes back to where it all starts: the tile.
      this.putAway(step);
    },
  };
}
