// `package.json` names custom-elements.json itself: the analyzer must not
// rewrite that field, or scripts/check-manifest.mjs (which analyzes into a
// scratch folder) would point it at the scratch copy.
export default {packagejson: false};
