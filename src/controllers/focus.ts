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
  return !active || active === el.ownerDocument.body || within(el, active);
}

/** True when `node` is `el` or in it, its shadow root included. */
function within(el: HTMLElement, node: Node | null): boolean {
  for (; node; node = node.nodeType === 11 ? (node as ShadowRoot).host : node.parentNode) if (node === el) return true;
  return false;
}

/**
 * Before a new screen replaces the old: the page's caret or selection, if it
 * is in `el`, goes. Orca 43 follows the caret when the control it was on goes
 * away: left in the old screen, the caret fell onto the new heading, Orca
 * moved there without a word, and the heading then took focus unheard (the
 * screen-reader test, after Enter in a text field, and now and then after a
 * button). A selection on the host page is the buyer's and stays.
 */
export function dropSelectionWithin(el: HTMLElement): void {
  const selection = el.ownerDocument.getSelection();
  if (selection && within(el, selection.anchorNode)) selection.removeAllRanges();
}

/** A new screen: its heading (or the tile) takes focus, so screen readers land on it. */
export function focusStep(root: ParentNode): void {
  root.querySelector<HTMLElement>('[data-step-heading], [data-focus-target]')?.focus();
}
