// Runs after `lit-localize build`: splits each generated locale module in two.
// The messages of the later steps' screens (the modules src/screens/later.ts
// imports) move to `<locale>-later.ts`, loaded with those screens; the rest
// (tile, sign-in, errors, support line) stays in `<locale>.ts`.
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';

const DIR = 'src/generated/locales';
const laterSource = readFileSync('src/screens/later.ts', 'utf8');
const laterModules = [...laterSource.matchAll(/^import \{[^}]*\} from '\.\/([\w-]+)\.js';$/gm)].map((m) => m[1]);
const laterIds = new Set(
  laterModules.flatMap((name) =>
    [...readFileSync(`src/screens/${name}.ts`, 'utf8').matchAll(/\bid: '([\w-]+)'/g)].map((m) => m[1])
  )
);
if (laterModules.length === 0 || laterIds.size === 0)
  throw new Error('split-locale: no later screens found in src/screens/later.ts');

const ENTRY = /^\s*'([\w-]+)': /;
for (const file of readdirSync(DIR).filter((name) => name.endsWith('.ts') && !name.endsWith('-later.ts'))) {
  const lines = readFileSync(`${DIR}/${file}`, 'utf8').split('\n');
  const open = lines.findIndex((line) => /export const templates = \{/.test(line));
  const close = lines.findLastIndex((line) => /^\s*\};\s*$/.test(line));
  if (open < 0 || close < open) throw new Error(`split-locale: ${file} is not a lit-localize runtime module`);
  // An entry runs from its `'id': ` line to the line before the next entry.
  const entries = [];
  for (const line of lines.slice(open + 1, close)) {
    const id = line.match(ENTRY)?.[1];
    if (id) entries.push({id, lines: [line.trim()]});
    else if (entries.length) entries.at(-1).lines.push(line);
    else if (line.trim()) throw new Error(`split-locale: ${file}: unexpected line ${line}`);
  }
  const head = lines.slice(0, open).join('\n');
  const write = (name, chosen) => {
    const body = chosen.map((e) => e.lines.join('\n')).join('\n');
    // An import neither half uses would fail noUnusedLocals.
    const imports = head.replace(/^\s*import \{(html|str)\} from .*$/gm, (line, tag) => (body.includes(`${tag}\``) ? line : ''));
    writeFileSync(`${DIR}/${name}`, `${imports}\n    export const templates = {\n${body}\n    };\n`);
  };
  write(
    file,
    entries.filter((e) => !laterIds.has(e.id))
  );
  write(
    file.replace(/\.ts$/, '-later.ts'),
    entries.filter((e) => laterIds.has(e.id))
  );
  const later = entries.filter((e) => laterIds.has(e.id)).length;
  console.log(`${DIR}/${file}: ${entries.length - later} messages; ${file.replace(/\.ts$/, '-later.ts')}: ${later}`);
}
