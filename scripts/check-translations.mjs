// Fails when a user-visible string has no fr-CA translation, or a translation
// drops or invents a placeholder. Runs `lit-localize extract` first, so a new
// msg() that nobody translated shows up here as a unit without a <target>.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';

const file = 'locales/fr-CA.xlf';
execFileSync(process.execPath, ['node_modules/@lit/localize-tools/bin/lit-localize.js', 'extract'], {stdio: 'ignore'});
const xml = readFileSync(file, 'utf8');
const units = [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
const placeholders = (s) => [...s.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort().join(',');
const problems = [];
for (const [, id, body] of units) {
  const source = body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '';
  const target = body.match(/<target>([\s\S]*?)<\/target>/)?.[1];
  if (target === undefined || !target.trim()) problems.push(`${id}: no fr-CA translation`);
  else if (placeholders(source) !== placeholders(target)) problems.push(`${id}: placeholders differ from the English`);
}
if (units.length === 0) problems.push(`${file}: no strings found`);
if (problems.length) {
  console.error(`Missing or broken translations in ${file}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`${file}: all ${units.length} strings translated`);
