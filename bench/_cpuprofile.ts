/**
 * Summarise a V8 `.cpuprofile` (from `node --cpu-prof`) by self time: the top functions and the top
 * files. Run: node --import tsx bench/_cpuprofile.ts PROFILE [--top 40]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

const [path] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!path) {
  console.error('usage: bench/_cpuprofile.ts PROFILE [--top N]');
  process.exit(2);
}
const topAt = process.argv.indexOf('--top');
const top = topAt > 0 ? Number(process.argv[topAt + 1]) : 40;
const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;

// Self time per node: the sampling interval after each sample belongs to the node sampled.
const selfUs = new Map<number, number>();
const samples = profile.samples ?? [];
const deltas = profile.timeDeltas ?? [];
for (let i = 0; i < samples.length; i++) {
  const dt = deltas[i + 1] ?? 0;
  selfUs.set(samples[i]!, (selfUs.get(samples[i]!) ?? 0) + Math.max(0, dt));
}
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

/** A short file name: the part after node_modules/ or the project's src/. */
function shortFile(url: string): string {
  if (!url) return '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) return url.slice(nm + 'node_modules/'.length);
  const src = url.search(/\/(src|dist)\//);
  return src >= 0 ? url.slice(src + 1) : url.replace(/^file:\/\//, '');
}

const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
for (const node of profile.nodes) {
  const us = selfUs.get(node.id) ?? 0;
  if (!us) continue;
  const f = node.callFrame;
  const file = shortFile(f.url);
  const fn = `${f.functionName || '(anonymous)'}  ${file}:${f.lineNumber + 1}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  byFile.set(file, (byFile.get(file) ?? 0) + us);
}

function print(title: string, rows: Map<string, number>): void {
  console.log(`\n${title}`);
  for (const [name, us] of [...rows].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(
      `${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${name}`,
    );
}

console.log(`${path}: ${(total / 1e6).toFixed(1)} s sampled`);
print('self time by function', byFunction);
print('self time by file', byFile);

// `--callers NAME`: where the self time of functions named NAME comes from (their callers' names).
const callersAt = process.argv.indexOf('--callers');
if (callersAt > 0) {
  const wanted = process.argv[callersAt + 1];
  const parent = new Map<number, ProfileNode>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  const callers = new Map<string, number>();
  for (const n of profile.nodes) {
    if (n.callFrame.functionName !== wanted) continue;
    const us = selfUs.get(n.id) ?? 0;
    // the chain of three callers above, so a shared helper shows who really asks
    const chain: string[] = [];
    let p = parent.get(n.id);
    while (p && chain.length < 3) {
      if (p.callFrame.functionName !== wanted)
        chain.push(
          `${p.callFrame.functionName || '(anon)'}@${shortFile(p.callFrame.url)}:${p.callFrame.lineNumber + 1}`,
        );
      p = parent.get(p.id);
    }
    const key = chain.join(' < ');
    callers.set(key, (callers.get(key) ?? 0) + us);
  }
  void byId;
  print(`callers of ${wanted}`, callers);
}

// `--inclusive`: time with callees, per function (each sample counted once per function on its stack).
if (process.argv.includes('--inclusive')) {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inclusive = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      const name = `${f.functionName || '(anonymous)'}  ${shortFile(f.url)}:${f.lineNumber + 1}`;
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + us);
    }
  }
  print('inclusive time by function', inclusive);
}

// `--under NAME`: the inclusive time of each function called (at any depth) beneath functions named NAME,
// so one rule's or analysis's cost can be split by what it calls.
const underAt = process.argv.indexOf('--under');
if (underAt > 0) {
  const wanted = process.argv[underAt + 1];
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const below = new Map<string, number>();
  let within = 0;
  for (const [id, us] of selfUs) {
    const chain: string[] = [];
    let inside = false;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      if (f.functionName === wanted) {
        inside = true;
        break;
      }
      chain.push(`${f.functionName || '(anonymous)'}  ${shortFile(f.url)}:${f.lineNumber + 1}`);
    }
    if (!inside) continue;
    within += us;
    for (const name of new Set(chain)) below.set(name, (below.get(name) ?? 0) + us);
  }
  console.log(`\nunder ${wanted}: ${(within / 1000).toFixed(0)} ms`);
  print(`inclusive time beneath ${wanted}`, below);
}
