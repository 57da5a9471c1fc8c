/**
 * Constructed stylesheets belong to the document they were made in: a sheet of
 * one document cannot be adopted by another (an iframe's), and a shadow root
 * moved there loses the ones it had. These helpers make one sheet per
 * document for each CSSResult, so the element can follow its node wherever it goes.
 * In the first file: the tile restyles itself after a move. Adding sheets
 * (adopt.ts) is the rest of the widget's.
 */
import type {CSSResult, CSSResultOrNative} from 'lit';

const sheets = new WeakMap<Document, Map<CSSResult, CSSStyleSheet>>();

/** The sheet of `styles` that `doc` may adopt (the widget's styles are all `css` results). */
export function sheetFor(styles: CSSResultOrNative, doc: Document): CSSStyleSheet | undefined {
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

/** Gives a shadow root that moved to another document the sheets of that document, in place of the ones it lost. */
export function restyle(root: ShadowRoot, styles: CSSResultOrNative[]): void {
  const doc = root.ownerDocument;
  root.adoptedStyleSheets = styles.map((s) => sheetFor(s, doc)).filter((s): s is CSSStyleSheet => s !== undefined);
}
