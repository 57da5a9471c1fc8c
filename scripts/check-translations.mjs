// Fails when a user-visible string has no fr-CA translation or no id of its
// own, or a translation drops or invents a placeholder. Runs `lit-localize
// extract` into a scratch copy first (the tracked locales/fr-CA.xlf is only
// read), so a new msg() that nobody translated shows up here as a unit
// without a <target>, and a stale locales/fr-CA.xlf as a difference.
// Also keeps docs/strings.md (the message ids a host can override) current:
// `node scripts/check-translations.mjs --write` rewrites it.
import {execFileSync} from 'node:child_process';
import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';

const file = 'locales/fr-CA.xlf';
const doc = 'docs/strings.md';
// The widget's own list (src/localization.ts), read rather than repeated.
const NOT_OVERRIDABLE = [
  ...(/const NOT_OVERRIDABLE = new Set\(\[([^\]]*)\]\)/.exec(readFileSync('src/localization.ts', 'utf8'))?.[1] ?? '').matchAll(
    /'([\w-]+)'/g
  ),
].map((m) => m[1]);
if (!NOT_OVERRIDABLE.length) fail('src/localization.ts has no NOT_OVERRIDABLE set');

/** `lit-localize extract` with the project's config, its XLIFF written to a scratch directory. */
function extracted() {
  const scratch = mkdtempSync(join(tmpdir(), 'ab-localize-'));
  try {
    const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
    config.inputFiles = config.inputFiles.map((glob) => resolve(glob));
    config.tsConfig = resolve('tsconfig.json');
    config.output = {...config.output, outputDir: join(scratch, 'out')};
    config.interchange = {...config.interchange, xliffDir: scratch};
    copyFileSync(file, join(scratch, 'fr-CA.xlf'));
    writeFileSync(join(scratch, 'lit-localize.json'), JSON.stringify(config));
    execFileSync(
      process.execPath,
      ['node_modules/@lit/localize-tools/bin/lit-localize.js', 'extract', '--config', join(scratch, 'lit-localize.json')],
      {
        stdio: 'ignore',
      }
    );
    return readFileSync(join(scratch, 'fr-CA.xlf'), 'utf8');
  } finally {
    rmSync(scratch, {recursive: true, force: true});
  }
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

const xml = extracted();
if (xml !== readFileSync(file, 'utf8')) {
  fail(`${file} is out of date with the sources: run npm run localize:extract, then translate what it adds`);
}
const units = [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
const placeholders = (s) =>
  [...s.matchAll(/<x id="(\d+)"/g)]
    .map((m) => m[1])
    .sort()
    .join(',');
const problems = [];
const rows = [];
const plain = (s) =>
  s
    .replace(/<x id="(\d+)" equiv-text="([^"]*)"\/>/g, (_, n, equiv) => {
      // Markup placeholders: a whole link, a link's start, a link's end; else a value.
      if (/^&lt;a[\s\S]*&lt;\/a&gt;$/.test(equiv)) return '[link]';
      if (/^&lt;a/.test(equiv)) return '[';
      if (/^&lt;\/a/.test(equiv)) return ']';
      return `{${n}}`;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
for (const [, id, body] of units) {
  const source = body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '';
  const target = body.match(/<target>([\s\S]*?)<\/target>/)?.[1];
  // An id lit-localize made up (a hash): that msg() has no id, and the widget's own msg() (localization.ts) looks messages up by id only.
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id) || /^[sh][0-9a-f]{16}$/.test(id)) problems.push(`${id}: give this msg() an id`);
  if (target === undefined || !target.trim()) problems.push(`${id}: no fr-CA translation`);
  else if (placeholders(source) !== placeholders(target)) problems.push(`${id}: placeholders differ from the English`);
  rows.push(
    `| \`${id}\`${NOT_OVERRIDABLE.includes(id) ? ' (not overridable: has links)' : ''} | ${plain(source)} | ${plain(target ?? '')} |`
  );
}
if (units.length === 0) problems.push(`${file}: no strings found`);
if (problems.length) {
  console.error(`Missing or broken translations in ${file}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

const markdown = `# Messages and their ids

Every string the widget shows or announces, by message id, in both languages
(generated from \`${file}\` by \`node scripts/check-translations.mjs --write\`;
\`npm test\` fails when this page is stale). A host replaces any of them with the
element's \`strings\` property; \`{0}\`, \`{1}\` stand for the message's values
(an account name, an email, a number of seconds) in the order shown here:

\`\`\`js
tile.strings = {
  'fr-CA': {'tile': 'Amazon Business pour ACME', 'welcome-member': 'Bienvenue dans {0}!'},
  en: {'tile': 'Amazon Business for ACME'},
};
\`\`\`

Overrides are plain text (never markup) and page-wide, like the language.

| id | en | fr-CA |
| --- | --- | --- |
${rows.join('\n')}
`;
let current = '';
try {
  current = readFileSync(doc, 'utf8');
} catch {
  // written below, or reported as stale
}
if (process.argv.includes('--write')) {
  writeFileSync(doc, markdown);
} else if (current !== markdown) {
  console.error(`${doc} is out of date with ${file}: run node scripts/check-translations.mjs --write`);
  process.exit(1);
}
console.log(`${file}: all ${units.length} strings translated; ${doc} current`);
