// Fails when a relative link or image in the README or docs/ points at nothing,
// in the repository or inside the npm package: a README read in node_modules
// (or on the registry's page) must not show broken images or dead links.
import {execFileSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {dirname, join, normalize} from 'node:path';

const docs = [
  'README.md',
  ...readdirSync('docs')
    .filter((n) => n.endsWith('.md'))
    .map((n) => `docs/${n}`),
];

/** What `npm pack` would put in the tarball, without running its build. */
const packed = new Set(
  JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {encoding: 'utf8'}))[0].files.map(
    (f) => f.path
  )
);

const problems = [];
for (const file of docs) {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:|^#/i.test(target)) continue;
    const path = normalize(join(dirname(file), target.split('#')[0]));
    if (!existsSync(path)) problems.push(`${file}: ${target} does not exist`);
    else if (packed.has(file) && !packed.has(path))
      problems.push(`${file}: ${target} is not in the npm package (package.json "files")`);
  }
}

if (problems.length) {
  console.error(`Broken links:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Links: every relative link in ${docs.length} documents resolves, in the repository and in the package.`);
