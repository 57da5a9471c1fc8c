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

/**
 * A failed submit: the error summary (the light-DOM form's first), else the
 * first invalid field; a radio group's first radio.
 */
export function focusProblems(...roots: ParentNode[]): void {
  for (const root of roots) {
    const summary = root.querySelector<HTMLElement>('[data-summary]');
    if (summary) {
      summary.focus();
      return;
    }
  }
  for (const root of roots) {
    const invalid = root.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!invalid) continue;
    const target = invalid.matches('fieldset') ? invalid.querySelector<HTMLElement>('input') : invalid;
    target?.focus();
    return;
  }
}
