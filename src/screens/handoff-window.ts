/**
 * `handoff-target="blank"`: the window for Amazon's start page, opened in the
 * buyer's click (later, a popup blocker would stop it), with no way back to the
 * host page (`opener`), saying in the page's language what is coming until the
 * start page arrives. In the later chunk, with the hand-off screen.
 */
import {getLocale, msg} from '../localization.js';

export function openHandoffWindow(): Window | null {
  const win = window.open('', '_blank');
  if (!win) return null;
  win.opener = null;
  try {
    const doc = win.document;
    doc.documentElement.lang = getLocale();
    doc.title = msg('Opening Amazon Business…', {id: 'handoff-opening'});
    doc.body.textContent = doc.title;
  } catch {
    // Not ours to write (a browser that gave it another origin): it stays blank until the start page.
  }
  return win;
}
