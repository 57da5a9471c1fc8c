import {nodeResolve} from '@rollup/plugin-node-resolve';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import {cpSync, rmSync, statSync} from 'node:fs';
import {integrity} from './scripts/integrity.mjs';
import {minifyPlugins} from './scripts/minify.mjs';
import {retryChunkImport} from './scripts/retry-chunk-import.mjs';
import {sizeBudget} from './scripts/size-budget.mjs';

// A stale locale chunk (old hash) must not linger beside the new bundle.
rmSync('dist', {recursive: true, force: true});
// Declarations from tsc (tsconfig.build.json) for npm users.
cpSync('build', 'dist/types', {recursive: true, filter: (path) => statSync(path).isDirectory() || path.endsWith('.d.ts')});

// tsc (tsconfig.build.json) compiles src/ to build/ first; rollup bundles that.
const onwarn = (warning, warn) => {
  // tsc's __decorate helper reads `this` at module level; harmless in ESM.
  if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
};

/**
 * The bundle is for browsers, but a server-rendered host (Next.js, @lit-labs/ssr)
 * may import it in Node: there Lit's class would extend a missing HTMLElement and
 * its templates would call a missing document. The entry shadows the three DOM
 * globals it touches while loading with inert stand-ins where they are missing
 * (the same objects in a browser), so the import loads, defines nothing and
 * changes nothing global.
 */
function loadsInNode() {
  return {
    name: 'loads-in-node',
    renderChunk(code, chunk) {
      if (!chunk.isEntry) return null;
      return (
        'const {HTMLElement = class {}, document = {createTreeWalker() {}}, customElements = {get: () => true}} = globalThis;\n' +
        code
      );
    },
  };
}

const bundle = {
  input: 'build/ab-registration.js',
  onwarn,
  // Keep the entry's exports on the entry itself: the fr-CA chunk imports `str`
  // from it, and without this rollup would move everything into a shared chunk.
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    // Node resolution without the "development" condition picks Lit's production build.
    nodeResolve(),
    retryChunkImport(),
    loadsInNode(),
    ...minifyPlugins(),
    sizeBudget(),
    // Last: the hashes of the files as written.
    integrity(),
  ],
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: 'ab-registration.bundle.js',
    chunkFileNames: '[name]-[hash].js',
    // Maps for local debugging, not referenced from the files that ship (the package leaves them out).
    sourcemap: 'hidden',
  },
};

/**
 * For npm users with their own bundler: ES modules with Lit left as a peer
 * import, the class side-effect-free (`index.js`) and the tag definition
 * (`ab-registration.js`) apart, the fr-CA strings a chunk of their own.
 */
const modules = {
  input: {
    index: 'build/index.js',
    'ab-registration': 'build/ab-registration.js',
    protocol: 'build/protocol.js',
    react: 'build/react.js',
    svelte: 'build/svelte.js',
    vue: 'build/vue.js',
  },
  onwarn,
  external: [/^lit(\/|$)/, /^@lit\//, /^react(\/|$)/],
  plugins: [minifyHTML({failOnError: true})],
  output: {
    dir: 'dist/esm',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: (chunk) => (/fr-CA/.test(chunk.name) ? 'locales/[name].js' : 'shared/[name].js'),
    // Maps for local debugging, not referenced from the files that ship (the package leaves them out).
    sourcemap: 'hidden',
  },
};

export default [bundle, modules];
