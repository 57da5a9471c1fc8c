import {isServer, LitElement, nothing, type PropertyDeclarations, type TemplateResult} from 'lit';
import type {RegistrationView} from './controllers/registration-view.js';
import {DEFAULT_TIMEOUT, sendEarly, timeoutMs, type EarlyCall, type RequestExtras} from './endpoint/request.js';
import {emit} from './events.js';
import type {Step} from './flow/steps.js';
import {loadCore, loadedCore} from './lazy/core-loader.js';
import {loadWithin, type ChunkFailure} from './lazy/load-once.js';
import {
  getLocale,
  onLocaleChange,
  resolveLocale,
  setStrings,
  normalizeLocale,
  useLocale,
  useTileLocale,
  type StringOverrides,
} from './localization.js';
import {card, networkMessage, tileScreen, timeoutMessage} from './screens/tile.js';
import {HANDOFF_HOSTS} from './endpoint/safe-url.js';
import {restyle} from './styles/sheets.js';
import {tileStyles} from './styles/tile.styles.js';
import {supportFor} from './support.js';

let instances = 0;
/** Ids no page writes by accident: a host element with the same id would take a label or a summary link. */
const idPrefix = `ab-registration-${Math.random().toString(36).slice(2, 10)}`;
const connected = new Set<AbRegistration>();
/** The browser's languages; none on a server. */
const browserLanguages = (): readonly string[] => (isServer ? [] : navigator.languages);

/**
 * The "amazon business" tile of an eProcurement catalogue: it leads a buyer
 * through the one Amazon Business registration scenario that fits them, in
 * Canadian French or English, then sends them shopping.
 *
 * @summary Amazon Business registration tile for eProcurement catalogues.
 *
 * @attr {string} endpoint - URL of the host's registration endpoint (relative or absolute). Required.
 * @attr {string} email - The buyer's work email known to the eProcurement system; pre-fills sign-in.
 * @attr {string} lang - `fr-CA` or `en` (any `fr*` is fr-CA). Absent: the closest ancestor's, then the browser's.
 * @attr {'ca' | 'com'} marketplace - `ca` (default) or `com`: picks the customer-service defaults, never the language.
 * @attr {string} support-url - Overrides the marketplace's customer-service page; only `https:` URLs are used.
 * @attr {string} support-phone - Overrides the marketplace's customer-service phone number.
 * @attr {number} timeout - Milliseconds before an endpoint call is abandoned.
 * @attr {boolean} autostart - Skip the tile and look the email up at once.
 * @attr {'dialog' | 'inline'} presentation - `dialog` (default): the flow opens in a modal dialog; `inline`: it replaces the tile in place.
 * @attr {'self' | 'blank'} handoff-target - Hand-off mode: `self` (default) opens Amazon's start page in this tab, `blank` in a new one opened by the buyer's click.
 * @attr {'light' | 'dark' | 'auto'} theme - `light` (default), `dark`, or `auto` to follow the system.
 *
 * @fires {CustomEvent<StepDetail>} ab-registration-step - Every screen change: `{step, previousStep}`.
 * @fires {CustomEvent<CompleteDetail>} ab-registration-complete - The welcome screen is reached: `{outcome, accountName, shopUrl}`.
 * @fires {CustomEvent<ShopDetail>} ab-registration-shop - "Start shopping" (cancelable; otherwise the widget navigates): `{shopUrl}`.
 * @fires {CustomEvent<CancelDetail>} ab-registration-cancel - "Not now" on the invitation: `{step}`.
 * @fires {CustomEvent<HandoffDetail>} ab-registration-handoff - Hand-off mode: the start page is in (cancelable; otherwise the widget navigates): `{scenario, url}`.
 * @fires {CustomEvent<CloseDetail>} ab-registration-close - The dialog closed (close button, Esc, "Not now", or `close()`): `{step}`.
 * @fires {CustomEvent<ErrorDetail>} ab-registration-error - Every failed call or configuration error: `{code, status?, retryable}`.
 *
 * @slot logo - The Amazon Business artwork you are licensed to use (`<img slot="logo" alt="Amazon Business">`): on the tile and in the dialog's header. Without it, the plain label "amazon business".
 * @slot sign-in - Internal: the element fills it with its light-DOM sign-in form (password managers need it there).
 * @slot announce - Internal: the element fills it with its light-DOM live regions (heard by every screen reader).
 *
 * @csspart card - The frame around every screen.
 * @csspart tile - The "amazon business" tile button.
 * @csspart dialog - The modal dialog the flow opens in (dialog presentation).
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
 * @cssprop --ab-color-accent - The warning callouts' edge.
 */
export class AbRegistration extends LitElement {
  static override styles = tileStyles;

  /**
   * The public API: each property with its attribute (kebab-case) and type.
   * Written out here rather than as decorators, which cost the first file
   * about 400 B (issue #14); each one is documented where it is declared below.
   */
  static override properties: PropertyDeclarations = {
    endpoint: {},
    email: {},
    lang: {reflect: true},
    marketplace: {},
    supportUrl: {attribute: 'support-url'},
    supportPhone: {attribute: 'support-phone'},
    timeout: {type: Number},
    autostart: {type: Boolean},
    presentation: {reflect: true},
    theme: {reflect: true},
    strings: {attribute: false},
    requestInit: {attribute: false},
    handoffTarget: {attribute: 'handoff-target'},
    handoffHosts: {attribute: false},
  };

  /** URL of the host's registration endpoint (relative or absolute). Required. */
  endpoint = '';

  /**
   * `endpoint` made absolute when it is set (against the page's base URL then):
   * every call goes there, so a `<base>` the page gains later moves no call
   * (a password least of all) elsewhere.
   * @internal
   */
  endpointUrl = '';
  private resolvedFrom?: string;

  /** The buyer's work email known to the eProcurement system; pre-fills sign-in. */
  email = '';

  /** `fr-CA` or `en` (any `fr*` is fr-CA). Absent: the closest ancestor's, then the browser's. */
  override lang!: string;

  /** `ca` (default) or `com`: picks the customer-service defaults, never the language. */
  marketplace = 'ca';

  /** Overrides the marketplace's customer-service page; only `https:` URLs are used. */
  supportUrl = '';

  /** Overrides the marketplace's customer-service phone number. */
  supportPhone = '';

  /** Milliseconds before an endpoint call is abandoned. */
  timeout = DEFAULT_TIMEOUT;

  /** Skip the tile and look the email up at once (in dialog presentation, the dialog opens at once). */
  autostart = false;

  /**
   * `dialog` (the default): the tile fills the box the host gives it and the
   * flow opens over the page in a modal dialog. `inline`: the flow replaces the
   * tile in place, and the element grows.
   */
  presentation: 'dialog' | 'inline' = 'dialog';

  /** `light` (the default), `dark`, or `auto` to follow the system's `prefers-color-scheme`. */
  theme?: 'light' | 'dark' | 'auto';

  /**
   * Replacement messages by message id, per locale: `{'fr-CA': {'tile': '…'}, en: {…}}`.
   * `{0}`, `{1}` stand for a message's values. Page-wide, like the language.
   */
  strings?: StringOverrides;

  /** Extras merged into every request: `headers` (e.g. a CSRF token) and `credentials`. */
  requestInit?: RequestExtras;

  /**
   * Hand-off mode: `self` (the default) opens Amazon's start page in this tab;
   * `blank` in a new window or tab, opened by the buyer's click itself (so no
   * popup blocker stops it) and filled when the start page arrives.
   */
  handoffTarget: 'self' | 'blank' = 'self';

  /**
   * The host names a hand-off start page may be on (each with its subdomains,
   * on a label boundary); setting it replaces the list. Default: Amazon's own
   * sites, `['amazon.com', 'amazon.ca']`.
   */
  handoffHosts: readonly string[] = HANDOFF_HOSTS;

  /**
   * Everything past the tile (screens, flow, endpoint client), once its chunk is
   * in: fetched when the buyer shows intent (pointer, focus, touch), when the
   * tile has been on screen and the browser is idle, or on a click.
   */
  private view?: RegistrationView;
  /** A click before the view came: the `lookup` already under way. */
  private early?: EarlyCall;
  /** Clicked, and waiting for the view. */
  private waiting = false;
  /** Why the view could not be fetched after a click: said on the tile, which retries. */
  private failure?: ChunkFailure;
  private readonly uid = `${idPrefix}-${++instances}`;
  /** False until the first language is in: a French page never flashes English. */
  private languageReady = false;
  /** The parser attached a declarative shadow root: the tile a server rendered, hydrated as it is. */
  private readonly serverRendered: boolean;
  // Compared with what was last applied rather than read from `changed`, so
  // nothing depends on which update saw the change.
  private appliedStrings?: StringOverrides;
  private requestedLang?: string;
  /** The document the shadow root's sheets were made for. */
  private styledDocument?: Document;
  private sight?: IntersectionObserver;
  private stopListening?: () => void;

  /** @internal How "Start shopping" and a hand-off leave the page when the host does not cancel their event. */
  navigate = (url: string): void => window.location.assign(url);

  constructor() {
    super();
    this.serverRendered = !isServer && !!this.shadowRoot;
    for (const type of ['pointerenter', 'focusin', 'touchstart']) this.addEventListener(type, this.prefetch, {passive: true});
  }

  /** The current screen. */
  get step(): Step {
    return this.view?.step ?? 'start';
  }

  /**
   * Starts the flow as a click on the tile does, for a host with a launcher of
   * its own: opens the dialog (dialog presentation), or the flow in place.
   */
  open(): void {
    if (this.view) this.view.open();
    else this.clickBeforeView();
  }

  /** Closes the dialog (dialog presentation), or goes back to the tile in place. */
  close(): void {
    this.view?.close();
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
    // The widget's own locale (never the page's @lit/localize): each switch redraws it.
    this.stopListening = onLocaleChange(() => this.requestUpdate());
    this.requestedLang = this.lang;
    const locale = resolveLocale(this, browserLanguages(), this.lang);
    if (this.serverRendered && !this.hasUpdated) {
      // What a server rendered: the first render matches it (hydration), with no empty frame.
      useTileLocale(locale);
      this.languageReady = true;
    }
    void useLocale(locale).then(() => {
      this.languageReady = true;
      this.requestUpdate();
    });
    // Already fetched for another tile, or needed before any click: no wait.
    if (loadedCore() || this.autostart || !this.endpoint.trim()) this.prefetch();
    else this.watchSight();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    this.stopListening?.();
    this.sight?.disconnect();
    // A real removal (still detached a microtask later) abandons a click's lookup.
    queueMicrotask(() => {
      if (!this.isConnected && this.early) {
        this.early.abort.abort();
        this.early = undefined;
      }
    });
  }

  protected override willUpdate(): void {
    if (this.strings !== this.appliedStrings) {
      this.appliedStrings = this.strings;
      setStrings(this.strings);
      // Overrides are page-wide: every tile on the page shows them.
      for (const other of connected) if (other !== this) other.requestUpdate();
    }
    if (isServer) {
      // A server render (@lit-labs/ssr) is the tile, in the element's own `lang` (a server sees no ancestor's), English without one.
      useTileLocale(normalizeLocale(this.lang) ?? 'en');
      this.languageReady = true;
      return;
    }
    if (this.endpoint !== this.resolvedFrom) {
      this.resolvedFrom = this.endpoint;
      try {
        this.endpointUrl = new URL(this.endpoint, document.baseURI).href;
      } catch {
        this.endpointUrl = this.endpoint;
      }
    }
    if (this.lang !== this.requestedLang) {
      this.requestedLang = this.lang;
      void useLocale(resolveLocale(this, browserLanguages(), this.lang));
    }
    // An empty endpoint is the error step's to say.
    if (!this.view && !this.endpoint.trim()) this.prefetch();
  }

  protected override render(): TemplateResult | typeof nothing {
    // Updates (attribute reflection included) go on; only the screen waits for the language.
    if (!this.languageReady) return nothing;
    if (this.view) return this.view.render();
    const busy = this.waiting;
    return card(
      this.presentation === 'inline' ? 'tile-only' : 'launcher',
      busy,
      supportFor(this.marketplace, this.supportUrl, this.supportPhone),
      getLocale(),
      tileScreen({
        busy,
        locked: busy,
        hintId: `${this.uid}-tile-hint`,
        alert: this.failure && (this.failure === 'timeout' ? timeoutMessage() : networkMessage()),
        announce: true,
        onClick: this.clickBeforeView,
      })
    );
  }

  protected override updated(): void {
    if (this.languageReady) this.view?.updated();
  }

  /** Fetches the rest of the widget, and builds this tile's view once it is in. */
  private readonly prefetch = (): void => {
    if (this.view) return;
    this.sight?.disconnect();
    loadCore().then(
      () => this.attachView(),
      () => undefined
    );
  };

  /** The tile on screen, then an idle moment: time enough to fetch the rest before a click. */
  private watchSight(): void {
    if (this.sight || typeof IntersectionObserver === 'undefined') return;
    this.sight = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.sight?.disconnect();
      const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1));
      idle(this.prefetch);
    });
    this.sight.observe(this);
  }

  private attachView(): void {
    const core = loadedCore();
    if (this.view || !core || !this.isConnected) return;
    const {early} = this;
    this.early = undefined;
    this.waiting = false;
    this.failure = undefined;
    this.view = new core.RegistrationView(this, this.uid, early);
    this.requestUpdate();
  }

  /**
   * A click before the view came: the `lookup` goes at once, in parallel with
   * the fetch of the rest, which takes its answer. The rest failing, or taking
   * longer than `timeout`, is said on the tile; the next click tries again.
   */
  private readonly clickBeforeView = (): void => {
    if (this.waiting) return;
    this.waiting = true;
    this.failure = undefined;
    this.early = sendEarly(this.endpointUrl, {action: 'lookup', email: this.email.trim()}, this.requestInit);
    this.requestUpdate();
    loadWithin(loadCore, timeoutMs(this.timeout)).then(
      () => this.attachView(),
      (failure: ChunkFailure) => {
        this.early?.abort.abort();
        this.early = undefined;
        this.waiting = false;
        this.failure = failure;
        emit(this, 'ab-registration-error', {code: this.failure, retryable: true});
        this.requestUpdate();
      }
    );
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'ab-registration': AbRegistration;
  }
}
