// custom-elements.json is generated from the class JSDoc (`npm run analyze`);
// this fails when the committed one is stale.
import {execSync} from 'node:child_process';
import {readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';

// The analyzer takes --outdir relative to the working directory.
const dir = '.cem-check';
try {
  execSync(`npm run --silent analyze -- --outdir ${dir}`, {stdio: 'ignore'});
  const fresh = readFileSync(join(dir, 'custom-elements.json'), 'utf8');
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {
    // missing counts as stale
  }
  if (fresh !== committed) {
    console.error('custom-elements.json is out of date with the class JSDoc: run `npm run analyze` and commit it.');
    process.exit(1);
  }
  console.log('custom-elements.json matches the source');
} finally {
  rmSync(dir, {recursive: true, force: true});
}
