/**
 * What a screen-reader user hears: two live regions (status and alert) in the
 * element's light DOM, where every screen reader hears them (regions inside a
 * shadow root are missed by some reader and browser pairs).
 */

/** Long enough for screen readers to notice the region was emptied. */
const ANNOUNCE_DELAY = 100;

export class Announcer {
  /** The light-DOM container, projected through the element's `announce` slot. */
  readonly node: HTMLElement;
  private readonly status: HTMLElement;
  private readonly alert: HTMLElement;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(className: string) {
    this.node = document.createElement('div');
    this.node.className = className;
    this.node.slot = 'announce';
    this.status = document.createElement('div');
    this.status.setAttribute('role', 'status');
    this.alert = document.createElement('div');
    this.alert.setAttribute('role', 'alert');
    this.node.append(this.status, this.alert);
  }

  /** Says `text` (nothing, for an empty one). Emptied first, so the same message twice is heard twice. */
  say(kind: 'status' | 'alert', text: string): void {
    this.status.textContent = '';
    this.alert.textContent = '';
    clearTimeout(this.timer);
    if (!text) return;
    this.timer = setTimeout(() => {
      (kind === 'alert' ? this.alert : this.status).textContent = text;
    }, ANNOUNCE_DELAY);
  }
}
