/**
 * The modal dialog the flow opens in (dialog presentation): a real `<dialog>`
 * shown with showModal() (top layer, the page behind it inert), the page's
 * scroll locked without moving it, Esc and the close button closing it (a
 * click on the backdrop does not: it would lose work), the vendor's logo
 * or the plain label in its header.
 */
import {msg} from '../localization.js';
import {html, nothing, type ReactiveController, type TemplateResult} from 'lit';
import type {AbRegistration} from '../AbRegistration.js';
import {tileLabel} from '../screens/tile.js';
import {HEADING_ID} from '../screens/common.js';

/** What the last sync did to the `<dialog>`. */
export type DialogChange = 'opened' | 'closed' | undefined;

export class DialogController implements ReactiveController {
  /** The flow is shown in the dialog (wanted; the `<dialog>` follows at the next sync). */
  isOpen = false;
  /** Copies of the host's slotted logo for the header, made at each opening. */
  private logo?: Node[];
  private unlockScroll?: () => void;

  /** `requestClose`: Esc or the close button; the view decides what closing does. */
  constructor(
    private readonly host: AbRegistration,
    private readonly requestClose: () => void
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved, or put back: the dialog opens again where it now is.
    if (this.isOpen) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.unlockScroll?.();
    this.unlockScroll = undefined;
  }

  open(): void {
    if (this.isOpen) return;
    this.isOpen = true;
    // The logo lives in the tile's slot; the header shows a copy of it (a node is in one place only).
    const logo = [...this.host.children].filter((child) => child.slot === 'logo');
    this.logo = logo.length ? logo.map((node) => node.cloneNode(true)) : undefined;
    this.host.requestUpdate();
  }

  close(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.host.requestUpdate();
  }

  /** After a render: shows or closes the `<dialog>` to match `isOpen`; says which it did. */
  sync(dialog: HTMLDialogElement | null): DialogChange {
    const show = this.isOpen && dialog !== null && dialog.isConnected;
    if (show && !dialog.open) {
      dialog.showModal();
      this.unlockScroll ??= lockScroll(this.host.ownerDocument);
      return 'opened';
    }
    if (!show) {
      this.unlockScroll?.();
      this.unlockScroll = undefined;
      if (dialog?.open) {
        dialog.close();
        return 'closed';
      }
    }
    return undefined;
  }

  /** The dialog around `content` (the step's card), labelled by the step's heading. */
  render(content: unknown, lang: string): TemplateResult {
    return html`<dialog
      class="dialog"
      part="dialog"
      lang=${lang}
      aria-labelledby=${HEADING_ID}
      @cancel=${this.handleCancel}
      @close=${this.handleClosed}
    >
      <div class="dialog-header">
        <span class="dialog-logo">${this.logo ?? html`<span class="label">${tileLabel()}</span>`}</span>
        <button class="button close" type="button" @click=${this.requestClose}>
          <span class="close-mark" aria-hidden="true"></span>${msg('Close', {id: 'dialog-close'})}
        </button>
      </div>
      ${content} ${this.isOpen ? html`<slot name="announce"></slot>` : nothing}
    </dialog>`;
  }

  /** Esc: closed the widget's way (events, focus), not the browser's. */
  private readonly handleCancel = (event: Event): void => {
    event.preventDefault();
    this.requestClose();
  };

  /**
   * Closed some other way (a browser that will not be stopped twice): the
   * widget follows. The event comes a task later: the close it reports may
   * be an earlier one, with the dialog open again since.
   */
  private readonly handleClosed = (event: Event): void => {
    if (this.isOpen && !(event.target as HTMLDialogElement).open) this.requestClose();
  };
}

let locks = 0;
let restore: (() => void) | undefined;

/**
 * Locks the page's scroll while a dialog is open. Where the page had a scroll
 * bar, its gutter stays, so nothing on the page moves sideways. Style set
 * through CSSOM, which a strict style-src allows.
 */
function lockScroll(doc: Document): () => void {
  if (locks++ === 0) {
    const root = doc.documentElement;
    const {overflow, scrollbarGutter} = root.style;
    const hadScrollbar = (doc.defaultView?.innerWidth ?? 0) > root.clientWidth;
    root.style.overflow = 'hidden';
    if (hadScrollbar) root.style.scrollbarGutter = 'stable';
    restore = () => {
      root.style.overflow = overflow;
      root.style.scrollbarGutter = scrollbarGutter;
    };
  }
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (--locks === 0) restore?.();
  };
}
