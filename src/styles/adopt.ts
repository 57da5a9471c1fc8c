/**
 * Adds a stylesheet to a document or shadow root, made for that document
 * (sheets.ts): the rest of the widget's rules, the later steps' and the
 * light-DOM form's.
 */
import type {CSSResult} from 'lit';
import {sheetFor} from './sheets.js';

/**
 * Adds `styles` to the document or shadow root `root`, once; a node of any other
 * kind is left alone. Told apart by node type: a node of an iframe's realm fails
 * `instanceof Document`.
 */
export function adoptStyles(root: Node, styles: CSSResult): void {
  const isDocument = root.nodeType === 9;
  if (!isDocument && !(root.nodeType === 11 && 'host' in root)) return;
  const target = root as Document | ShadowRoot;
  const sheet = sheetFor(styles, isDocument ? (root as Document) : root.ownerDocument!);
  if (sheet && !target.adoptedStyleSheets.includes(sheet)) target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
}
