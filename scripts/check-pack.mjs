// The npm package as a vendor gets it (`npm run check:pack`, after the build):
// - `npm pack --json` prints its JSON alone on stdout (release scripts and size
//   checkers parse it; the pack's build writes its log to stderr);
// - the tarball stays under its budget (the README's screenshots ship with it);
// - no shipped file points at a file that is not shipped (a source map, say);
// - a LICENSE and the CHANGELOG ship;
// - installed from the tarball into an empty project, every export imports in
//   Node (server rendering imports them there) without throwing.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';

/** The packed tarball's budget, bytes (gzip). */
export const PACK_BUDGET = 600 * 1024;

const problems = [];
let out;
try {
  out = execFileSync('npm', ['pack', '--dry-run', '--json'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']});
} catch {
  console.error('npm pack --dry-run failed: its build (prepack) failed; run npm run build to see why');
  process.exit(1);
}
let packed;
try {
  packed = JSON.parse(out);
} catch {
  console.error(`npm pack --json: stdout is not JSON alone; it starts with ${JSON.stringify(out.slice(0, 80))}`);
  process.exit(1);
}
const [{files, size}] = packed;
const shipped = new Set(files.map((f) => f.path));

if (size > PACK_BUDGET) problems.push(`the tarball is ${size} B, over its budget of ${PACK_BUDGET} B`);
for (const required of ['LICENSE', 'CHANGELOG.md', 'README.md'])
  if (!shipped.has(required)) problems.push(`${required} is not in the package`);
for (const path of shipped) {
  if (!/\.(m?js|d\.ts)$/.test(path)) continue;
  const map = /[#@] sourceMappingURL=(\S+)\s*$/.exec(readFileSync(path, 'utf8'))?.[1];
  if (map && !map.startsWith('data:') && !shipped.has(join(path, '..', map)))
    problems.push(`${path} points at ${map}, which is not shipped`);
}

// The manifest describes what ships: its modules are files in the tarball, its events typed.
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
for (const module of manifest.modules) {
  if (!shipped.has(module.path)) problems.push(`custom-elements.json points at ${module.path}, which is not shipped`);
  for (const declaration of module.declarations ?? [])
    for (const event of declaration.events ?? [])
      if (!/^CustomEvent<\w+Detail>$/.test(event.type?.text ?? ''))
        problems.push(`custom-elements.json: ${event.name} has no CustomEvent<…Detail> type`);
}

// Installed into an empty project from the tarball, as a vendor's app would.
const dir = mkdtempSync(join(tmpdir(), 'ab-pack-'));
try {
  execFileSync('npm', ['pack', '--pack-destination', dir, '--ignore-scripts', '--silent'], {stdio: 'ignore'});
  const {name, version, exports} = JSON.parse(readFileSync('package.json', 'utf8'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({name: 'host', private: true, type: 'module'}));
  // React too (ab-registration/react's optional peer), the version the tests use.
  const installed = (pkg) => JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version;
  const react = ['react', 'react-dom'].map((pkg) => `${pkg}@${installed(pkg)}`);
  execFileSync(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', `./${name}-${version}.tgz`, ...react],
    {
      cwd: dir,
      stdio: 'ignore',
    }
  );
  for (const entry of Object.keys(exports)) {
    // ab-registration/angular needs @angular/core (test/hosts/run.mjs with AB_HOSTS_ANGULAR builds an app with it).
    if (entry.endsWith('.json') || entry === './angular') continue;
    const specifier = join(name, entry);
    try {
      execFileSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(specifier)});`], {
        cwd: dir,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
    } catch (error) {
      const why =
        error.stderr
          .toString()
          .split('\n')
          .findLast((line) => /^\w*Error\b/.test(line)) ?? 'failed';
      problems.push(`import('${specifier}') in Node, installed from the tarball: ${why.trim()}`);
    }
  }
  // Server rendering with the React wrapper (what Next.js does on its server): the attributes are in the HTML.
  const ssr = `import {createElement} from 'react';
import {renderToString} from 'react-dom/server';
import {AbRegistration} from '${name}/react';
console.log(renderToString(createElement(AbRegistration, {endpoint: '/ab', email: 'a@b.ca', lang: 'fr-CA', requestInit: {credentials: 'include'}, onComplete() {}})));`;
  try {
    const html = execFileSync(process.execPath, ['--input-type=module', '-e', ssr], {cwd: dir, encoding: 'utf8'}).trim();
    if (html !== '<ab-registration endpoint="/ab" email="a@b.ca" lang="fr-CA"></ab-registration>')
      problems.push(`ab-registration/react rendered on a Node server: ${html}`);
  } catch (error) {
    problems.push(`ab-registration/react rendered on a Node server threw: ${error.stderr}`);
  }
  // A host's Lit template, checked by lit-analyzer as in a Lit app's editor or CI:
  // every documented attribute is known, and a misspelled one is not.
  writeFileSync(
    join(dir, 'host.ts'),
    `import 'ab-registration/define';
import {html} from 'lit';
export const page = html\`<ab-registration endpoint="/ab" email="a@b.ca" lang="fr-CA" marketplace="ca" support-url="https://help.example" support-phone="1 800" timeout="9000" autostart presentation="inline" theme="auto" suport-url="typo"></ab-registration>\`;
`
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({compilerOptions: {module: 'nodenext', moduleResolution: 'nodenext', strict: true, skipLibCheck: true}})
  );
  let analyzed = '';
  try {
    analyzed = execFileSync(
      process.execPath,
      [
        resolve('node_modules/lit-analyzer/cli.js'),
        'host.ts',
        '--rules.no-unknown-attribute',
        'error',
        '--rules.no-unknown-tag-name',
        'error',
      ],
      {cwd: dir, encoding: 'utf8'}
    );
  } catch (error) {
    analyzed = `${error.stdout}`;
  }
  const unknown = [...analyzed.matchAll(/Unknown (?:attribute '([\w-]+)'|tag <([\w-]+)>)/g)].map(
    (match) => match[1] ?? `<${match[2]}>`
  );
  if (unknown.join() !== 'suport-url')
    problems.push(`lit-analyzer in a host app: unknown attributes ${JSON.stringify(unknown)}, expected only "suport-url"`);
  // The integrity command as a vendor runs it (npx, through node_modules/.bin): the shipped hashes, in the tags.
  try {
    const tags = execFileSync('npx', ['--no-install', 'ab-registration-integrity', '/static/ab/'], {cwd: dir, encoding: 'utf8'});
    const hashes = JSON.parse(readFileSync(join(dir, 'node_modules', name, 'dist/integrity.json'), 'utf8'));
    const want = [
      `src="/static/ab/ab-registration.bundle.js" integrity="${hashes['ab-registration.bundle.js']}"`,
      ...Object.entries(hashes).map(([file, hash]) => `"/static/ab/${file}": "${hash}"`),
    ];
    const missing = want.filter((text) => !tags.includes(text));
    if (missing.length) problems.push(`npx ab-registration-integrity's tags lack ${missing.join(', ')}`);
  } catch (error) {
    problems.push(`npx ab-registration-integrity failed: ${error.stderr ?? error.message}`);
  }
} finally {
  rmSync(dir, {recursive: true, force: true});
}

if (problems.length) {
  console.error(`npm package:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `npm package: JSON alone on stdout; ${files.length} files, ${size} B packed (budget ${PACK_BUDGET}); ` +
    'every export imports in Node from an install (ab-registration/angular: with Angular, in test/hosts); ab-registration/react renders on a Node server; ' +
    'npx ab-registration-integrity prints the shipped hashes; lit-analyzer in a host app knows every attribute; ' +
    'the manifest points at shipped files, its events typed'
);
