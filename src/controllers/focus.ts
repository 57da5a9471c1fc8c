/**
 * Where focus goes after a screen change or a failed submit, and when the
 * widget may move it at all.
 */

/**
 * True when focus is in `el` (its shadow root or its light DOM) or nowhere in
 * particular (the body): only then may the widget move it. A late answer never
 * pulls focus out of the host page the buyer has moved on to.
 */
export function focusIsWithin(el: HTMLElement): boolean {
  let active = el.ownerDocument.activeElement;
  while (active && active !== el && active.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active || active === el.ownerDocument.body) return true;
  for (let node: Node | null = active; node; node = node.nodeType === 11 ? (node as ShadowRoot).host : node.parentNode) {
    if (node === el) return true;
  }
  return false;
}

/** A new screen: its heading (or the tile) takes focus, so screen readers land on it. */
export function focusStep(root: ParentNode): void {
  root.querySelector<HTMLElement>('[data-step-heading], [data-focus-target]')?.focus();
}
