/**
 * Brings the build's inputs into a cache folder: Debian packages with `apt-get download` unpacked by
 * `dpkg-deb -x` (never installed, never committed), and npm packages at pinned versions installed into
 * a private prefix (they are build inputs only, not dependencies of syndiq).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Fetched {
  readonly name: string;
  readonly version: string;
  /** Folder the package's files are under. */
  readonly root: string;
}

export function fetchDebian(cache: string, name: string): Fetched {
  const debs = join(cache, 'debs');
  mkdirSync(debs, { recursive: true });
  let file = readdirSync(debs).find((f) => f.startsWith(`${name}_`) && f.endsWith('.deb'));
  if (!file) {
    execFileSync('apt-get', ['download', name], { cwd: debs, stdio: ['ignore', 'ignore', 'inherit'] });
    file = readdirSync(debs).find((f) => f.startsWith(`${name}_`) && f.endsWith('.deb'));
    if (!file) throw new Error(`apt-get download ${name} left no .deb in ${debs}`);
  }
  const root = join(cache, 'unpacked', name);
  if (!existsSync(root)) {
    mkdirSync(root, { recursive: true });
    execFileSync('dpkg-deb', ['-x', join(debs, file), root]);
  }
  const version = execFileSync('dpkg-deb', ['-f', join(debs, file), 'Version'], { encoding: 'utf8' }).trim();
  return { name, version, root };
}

export function fetchNpm(cache: string, packages: Readonly<Record<string, string>>): Map<string, Fetched> {
  const prefix = join(cache, 'npm');
  mkdirSync(prefix, { recursive: true });
  const wanted = Object.entries(packages).map(([n, v]) => `${n}@${v}`);
  const missing = Object.entries(packages).filter(([n, v]) => {
    const pj = join(prefix, 'node_modules', n, 'package.json');
    return !existsSync(pj) || (JSON.parse(readFileSync(pj, 'utf8')) as { version: string }).version !== v;
  });
  if (missing.length) {
    execFileSync(
      'npm',
      ['install', '--prefix', prefix, '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', ...wanted],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
  }
  const out = new Map<string, Fetched>();
  for (const [name, version] of Object.entries(packages)) {
    out.set(name, { name, version, root: join(prefix, 'node_modules', name) });
  }
  return out;
}

export function requireTool(tool: string, hint: string): void {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
  } catch {
    throw new Error(`${tool} is not installed: ${hint}`);
  }
}
