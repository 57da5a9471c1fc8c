// A rollup plugin for the self-contained bundle: dist/integrity.json, the
// Subresource Integrity of every file it writes ({"ab-registration.bundle.js":
// "sha384-…", "core-….js": "sha384-…", …}), from the bytes as written (source
// maps are "hidden": no comment is appended after this hook).
// bin/ab-registration-integrity.mjs turns it into a page's tags.
import {createHash} from 'node:crypto';

export function integrity() {
  return {
    name: 'integrity',
    generateBundle(options, bundle) {
      const hashes = {};
      for (const file of Object.values(bundle).sort((a, b) => a.fileName.localeCompare(b.fileName))) {
        if (file.type !== 'chunk') continue;
        hashes[file.fileName] = `sha384-${createHash('sha384').update(file.code).digest('base64')}`;
      }
      this.emitFile({type: 'asset', fileName: 'integrity.json', source: `${JSON.stringify(hashes, null, 2)}\n`});
    },
  };
}
