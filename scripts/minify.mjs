// How the shipped bundle is minified (rollup.config.mjs), shared with the bench
// (bench/run.mjs), so that what the bench weighs is what ships.
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';

/** Whitespace and comments out of html`` and css`` templates (Lit's own plugin), then terser. */
export function minifyPlugins() {
  return [
    minifyHTML({failOnError: true}),
    terser({
      ecma: 2022,
      module: true,
      compress: {passes: 2},
      format: {comments: false},
    }),
  ];
}
