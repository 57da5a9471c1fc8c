// Runs after `lit-localize build`: splits each generated locale module in three.
// The tile's messages (src/screens/tile.ts: the tile, its hint, the support
// line, the busy and network messages) move to `<locale>-tile.ts`, imported by
// the first file itself; the later steps' screens and errors (the modules the
// later chunk's entry, src/lazy/later.ts, imports or re-exports) move to
// `<locale>-later.ts`, loaded with that chunk; the rest (sign-in, the flow's
// core messages) stays in `<locale>.ts`, loaded with the rest of the widget.
// A message id that a module outside the later chunk also uses stays out of
// `-later`: a screen drawn before that chunk arrives must find its French.
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';

const DIR = 'src/generated/locales';
const MARK = '// Split by scripts/split-locale.mjs.';
const LATER_ENTRY = 'src/lazy/later.ts';
const idsOf = (file) => [...readFileSync(file, 'utf8').matchAll(/\bid: '([\w-]+)'/g)].map((m) => m[1]);
const laterSource = readFileSync(LATER_ENTRY, 'utf8');
const laterModules = [...laterSource.matchAll(/^(?:import|export) \{[^}]*\} from '\.\.\/([\w/-]+)\.js';$/gm)].map(
  (m) => `src/${m[1]}.ts`
);
const sources = readdirSync('src', {recursive: true})
  .filter((f) => f.endsWith('.ts') && !f.startsWith('generated'))
  .map((f) => `src/${f}`);
const elsewhere = new Set(sources.filter((f) => f !== LATER_ENTRY && !laterModules.includes(f)).flatMap(idsOf));
const laterIds = new Set(laterModules.flatMap(idsOf).filter((id) => !elsewhere.has(id)));
if (laterModules.length === 0 || laterIds.size === 0) fail(`no later screens found in ${LATER_ENTRY}`);
const tileIds = new Set(idsOf('src/screens/tile.ts'));
if (tileIds.size === 0) fail('no tile messages found in src/screens/tile.ts');

// A later module that core code imports is bundled with the core, and its
// strings would be missing on a French page until the later chunk came.
for (const file of sources) {
  if (file === LATER_ENTRY || laterModules.includes(file)) continue;
  const source = readFileSync(file, 'utf8');
  const imported = laterModules.filter((m) => source.includes(`/${m.split('/').at(-1).replace(/\.ts$/, '')}.js'`));
  if (imported.length) fail(`${file} imports ${imported.join(', ')} (a later screen): move what it needs to a core module`);
}

for (const file of readdirSync(DIR).filter((name) => name.endsWith('.ts') && !/-(later|tile)\.ts$/.test(name))) {
  const laterFile = file.replace(/\.ts$/, '-later.ts');
  const tileFile = file.replace(/\.ts$/, '-tile.ts');
  const {head, entries} = parse(file);
  // Run twice without lit-localize in between: the other parts are already apart.
  for (const part of [laterFile, tileFile]) {
    if (head.includes(MARK) && existsSync(`${DIR}/${part}`)) {
      entries.push(...parse(part).entries.filter((e) => !entries.some((c) => c.id === e.id)));
    }
  }
  const tile = entries.filter((e) => tileIds.has(e.id));
  const later = entries.filter((e) => laterIds.has(e.id));
  const core = entries.filter((e) => !tileIds.has(e.id) && !laterIds.has(e.id));
  write(file, head, core);
  write(laterFile, head, later);
  write(tileFile, head, tile);
  console.log(`${DIR}/${file}: ${core.length} messages; ${tileFile}: ${tile.length}; ${laterFile}: ${later.length}`);
}

/** The module's entries: each runs from its `'id': ` line to the line before the next one. */
function parse(file) {
  const lines = readFileSync(`${DIR}/${file}`, 'utf8').split('\n');
  const open = lines.findIndex((line) => /export const templates = \{/.test(line));
  const close = lines.findLastIndex((line) => /^\s*\};\s*$/.test(line));
  if (open < 0 || close < open) fail(`${file} is not a lit-localize runtime module`);
  const entries = [];
  for (const line of lines.slice(open + 1, close)) {
    const id = line.match(/^\s*'([\w-]+)': /)?.[1];
    if (id) entries.push({id, lines: [line.trim()]});
    else if (entries.length) entries.at(-1).lines.push(line);
    else if (line.trim()) fail(`${file}: unexpected line ${line}`);
  }
  return {head: lines.slice(0, open).join('\n'), entries};
}

function write(file, head, entries) {
  const body = entries.map((e) => e.lines.join('\n')).join('\n');
  // An import the half does not use would fail noUnusedLocals.
  const imports = head
    .replace(MARK, '')
    .replace(/^\s*import \{(html|str)\} from .*$/gm, (line, tag) => (body.includes(`${tag}\``) ? line : ''))
    // The widget's own str`` (localization.ts): no module of @lit/localize's runtime is bundled.
    .replace(/from '@lit\/localize';/g, "from '../../localization.js';");
  writeFileSync(`${DIR}/${file}`, `${MARK}${imports}\n    export const templates = {\n${body}\n    };\n`);
}

function fail(message) {
  console.error(`split-locale: ${message}`);
  process.exit(1);
}
