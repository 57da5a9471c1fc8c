// A rollup plugin for the self-contained bundle: fails the build when
//  - the first file (all a catalogue page loads to draw the tile, in either
//    language, and all it ever loads while the tile stays out of sight) passes
//    its gzip -9 budget, or holds code of the flow, the endpoint client, the
//    validation, the sign-in step or the view (they belong to the core chunk);
//  - what a French page loads to reach sign-in (the first file, the core chunk
//    and its fr-CA strings) passes its budget.
// It names the biggest modules when a budget is passed, and reports the later
// steps' chunks beside them.
import {gzipSync} from 'node:zlib';

/**
 * The budgets, in bytes of gzip -9: ratchets just above today's sizes (issue
 * #14), so they can only shrink. The floor (a minimal Lit + @lit/localize
 * element, `npm run bench`) is about 7.1 KB.
 */
export const TILE_BUDGET = 11150; // 10.89 KB: the element, Lit, the widget's own msg() runtime (no @lit/localize runtime since #21), the tile, its styles and both languages' tile strings, the stand-ins that let Node import it (16 B, #21), retry URLs an import map can give integrity (21 B, #21), a server-rendered tile that hydrates with no empty frame (66 B, #21), the hand-off properties handoffTarget and handoffHosts with its default list (63 B, #22), a host's string override that does not fit its message yields to the built-in one instead of breaking every tile (24 B, #23), the endpoint resolved when it is set so a later <base> moves no call, and an early lookup whose requestInit the browser refuses rejects instead of throwing (66 B, #23)
export const SIGN_IN_BUDGET = 24930; // 24.35 KB: the tile's file, the core chunk (the dialog and its controllers since #19, what a screen reader hears since #20), its light-DOM children added only when the flow opens (#21), and its fr-CA strings, the hand-off host check and window handling in core (247 B, #22), the tile file's override check and endpoint resolution (90 B, #23), and in core: requestInit checked as a config error naming the header, answers read at most 64 KiB, an answered call never sent again (a password least of all), a blocked screen's actions matching its message, the later chunk prefetched once on arrival at sign-in, an error list that keeps its own bullets in a host's list item (437 B, #23)

/** Source modules that must never be in the first file (paths under build/, from tsc). */
export const NOT_IN_TILE = [
  /\/build\/flow\//,
  /\/build\/endpoint\/(client|parse|errors)\.js$/,
  /\/build\/screens\/(sign-in|common|messages|error|start)\.js$/,
  /\/build\/lazy\/(core|later|later-loader)\.js$/,
  /\/build\/controllers\//,
  /\/build\/styles\/(core|controls|sign-in|later)\.styles\.js$/,
];

const gzip = (chunk) => gzipSync(chunk.code, {level: 9}).length;

export function sizeBudget({tile = TILE_BUDGET, signIn = SIGN_IN_BUDGET} = {}) {
  return {
    name: 'size-budget',
    generateBundle(_options, bundle) {
      const all = Object.values(bundle).filter((c) => c.type === 'chunk');
      const entry = all.find((c) => c.isEntry);
      const toSignIn = [entry, ...all.filter((c) => c.name === 'core' || c.name === 'fr-CA')];
      const misplaced = Object.keys(entry.modules).filter((id) => NOT_IN_TILE.some((pattern) => pattern.test(id)));
      if (misplaced.length) {
        this.error(
          `The first file holds code past the tile: ${misplaced.map((id) => id.replace(`${process.cwd()}/`, '')).join(', ')}`
        );
      }
      const tileSize = gzip(entry);
      const signInSize = toSignIn.reduce((sum, c) => sum + gzip(c), 0);
      const report = toSignIn.map((c) => `${c.fileName} ${gzip(c)} B`).join(' + ');
      const later = all.filter((c) => !toSignIn.includes(c)).map((c) => `${c.fileName} ${gzip(c)} B`);
      const over = [
        tileSize > tile && `the tile's file is ${tileSize} B gzip -9, budget ${tile} B`,
        signInSize > signIn && `a French page to sign-in loads ${signInSize} B gzip -9 (${report}), budget ${signIn} B`,
      ].filter(Boolean);
      if (!over.length) {
        this.info?.(
          `Tile: ${tileSize} B gzip -9 (budget ${tile} B). French page to sign-in: ${report} = ${signInSize} B (budget ${signIn} B). Later steps: ${later.join(', ')}`
        );
        return;
      }
      const modules = toSignIn
        .flatMap((c) =>
          Object.entries(c.modules).map(([id, m]) => [m.renderedLength, `${c.name}: ${id.replace(`${process.cwd()}/`, '')}`])
        )
        .sort((a, b) => b[0] - a[0])
        .slice(0, 10)
        .map(([length, id]) => `  ${String(length).padStart(6)} B  ${id}`);
      this.error(`Size budget exceeded: ${over.join('; ')}.\nBiggest contributors (before minification):\n${modules.join('\n')}`);
    },
  };
}
