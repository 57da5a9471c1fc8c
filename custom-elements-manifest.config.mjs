// `npm run analyze`: the manifest describes the package as shipped. The
// analyzer reads the TypeScript sources; this plugin then points every module
// at the built file an app imports (dist/esm/), and keeps only what the
// package exports: the class, from `ab-registration`, and the tag's
// definition, from `ab-registration/define` (scripts/check-pack.mjs checks
// each path is in the tarball).
const CLASS_MODULE = 'dist/esm/index.js';
const DEFINE_MODULE = 'dist/esm/ab-registration.js';

function shippedPaths() {
  return {
    name: 'shipped-paths',
    packageLinkPhase({customElementsManifest: manifest}) {
      const source = manifest.modules.find((module) => module.path === 'src/AbRegistration.ts');
      const declaration = {name: 'AbRegistration', module: CLASS_MODULE};
      manifest.modules = [
        {
          kind: 'javascript-module',
          path: CLASS_MODULE,
          declarations: source.declarations,
          exports: [{kind: 'js', name: 'AbRegistration', declaration}],
        },
        {
          kind: 'javascript-module',
          path: DEFINE_MODULE,
          declarations: [],
          exports: [
            {kind: 'js', name: 'AbRegistration', declaration},
            {kind: 'custom-element-definition', name: 'ab-registration', declaration},
          ],
        },
      ];
    },
  };
}

export default {
  // package.json names custom-elements.json itself: the analyzer must not
  // rewrite that field, or scripts/check-manifest.mjs (which analyzes into a
  // scratch folder) would point it at the scratch copy.
  packagejson: false,
  globs: ['src/AbRegistration.ts'],
  litelement: true,
  plugins: [shippedPaths()],
};
