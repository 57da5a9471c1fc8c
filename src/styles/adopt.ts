/**
 * Constructed stylesheets belong to the document they were made in: a sheet of
 * one document cannot be adopted by another (an iframe's), and a shadow root
 * moved there loses the ones it had. These helpers make one sheet per
 * document for each CSSResult, so the element can follow its node wherever it goes.
 */
import type {CSSResult, CSSResultOrNative} from 'lit';

const sheets = new WeakMap<Document, Map<CSSResult, CSSStyleSheet>>();

/** The sheet of `styles` that `doc` may adopt (the widget's styles are all `css` results). */
function sheetFor(styles: CSSResultOrNative, doc: Document): CSSStyleSheet | undefined {
  const result = styles as CSSResult;
  if (doc === document) return result.styleSheet;
  const View = doc.defaultView;
  if (!View) return undefined;
  const made = sheets.get(doc) ?? new Map<CSSResult, CSSStyleSheet>();
  sheets.set(doc, made);
  let sheet = made.get(result);
  if (!sheet) {
    sheet = new View.CSSStyleSheet();
    sheet.replaceSync(result.cssText);
    made.set(result, sheet);
  }
  return sheet;
}

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

/** Gives a shadow root that moved to another document the sheets of that document, in place of the ones it lost. */
export function restyle(root: ShadowRoot, styles: CSSResultOrNative[]): void {
  const doc = root.ownerDocument;
  root.adoptedStyleSheets = styles.map((s) => sheetFor(s, doc)).filter((s): s is CSSStyleSheet => s !== undefined);
}
