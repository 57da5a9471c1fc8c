// `npm pack --json` is read by tools (release scripts, size checkers): its
// stdout must be the JSON alone. The pack's own build (prepack) writes its log
// to stderr. Fails with one line when stdout does not parse.
import {execFileSync} from 'node:child_process';

const out = execFileSync('npm', ['pack', '--dry-run', '--json'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']});
let packed;
try {
  packed = JSON.parse(out);
} catch {
  console.error(`npm pack --json: stdout is not JSON alone; it starts with ${JSON.stringify(out.slice(0, 80))}`);
  process.exit(1);
}
const [{files, size}] = packed;
console.log(`npm pack --json: JSON alone on stdout; ${files.length} files, ${size} B packed`);
