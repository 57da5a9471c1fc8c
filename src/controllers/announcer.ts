/**
 * What a screen-reader user hears: two live regions (status and alert) in the
 * element's light DOM, where every screen reader hears them (regions inside a
 * shadow root are missed by some reader and browser pairs). Each carries its
 * aria-live politeness as well as its role: Firefox exposes a role="alert"
 * region filled after it was created without the live marker Orca listens for.
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
    this.status = region('status', 'polite');
    this.alert = region('alert', 'assertive');
    this.node.append(this.status, this.alert);
  }

  /**
   * Says `text` after `delay` ms (nothing, for an empty one). Emptied first, so
   * the same message twice is heard twice; whatever was still waiting to be
   * said is dropped, so nothing stale is heard after what replaced it.
   */
  say(kind: 'status' | 'alert', text: string, delay = ANNOUNCE_DELAY): void {
    this.status.textContent = '';
    this.alert.textContent = '';
    clearTimeout(this.timer);
    if (!text) return;
    this.timer = setTimeout(() => {
      (kind === 'alert' ? this.alert : this.status).textContent = text;
    }, delay);
  }
}

function region(role: 'status' | 'alert', live: 'polite' | 'assertive'): HTMLElement {
  const node = document.createElement('div');
  node.setAttribute('role', role);
  node.setAttribute('aria-live', live);
  node.setAttribute('aria-atomic', 'true');
  return node;
}
