/**
 * Transducers printed by lttoolbox's `lt-print` (AT&T text: `from to input output weight`, a final
 * state as `state weight`, sections separated by `--`), enumerated into their input:output strings.
 * Used on Apertium's compiled bilingual dictionary. Arcs reading digits are pruned (they spell number
 * patterns that would enumerate without end), and so are cycles.
 */
export interface AttPath {
  readonly input: string;
  readonly output: string;
}

interface Arc {
  readonly to: number;
  readonly input: string;
  readonly output: string;
}

const EPSILON = 'ε';

export function parseAttSections(
  text: string,
  file: string,
): Map<number, Arc[]>[] & { finals: Set<number>[] } {
  const sections: Map<number, Arc[]>[] = [new Map()];
  const finals: Set<number>[] = [new Set()];
  text.split('\n').forEach((line, i) => {
    if (!line) return;
    if (line === '--') {
      sections.push(new Map());
      finals.push(new Set());
      return;
    }
    const f = line.split('\t');
    const arcs = sections.at(-1)!;
    if (f.length <= 2 || (f.length === 3 && f[2] === '')) {
      finals.at(-1)!.add(Number(f[0]));
      return;
    }
    const [from, to, input, output] = f;
    if (to === undefined || input === undefined || output === undefined || Number.isNaN(Number(from))) {
      throw new Error(`${file}:${i + 1}: not an AT&T arc or final state`);
    }
    let list = arcs.get(Number(from));
    if (!list) arcs.set(Number(from), (list = []));
    list.push({
      to: Number(to),
      input: input === EPSILON ? '' : input,
      output: output === EPSILON ? '' : output,
    });
  });
  return Object.assign(sections, { finals });
}

export function enumerateAtt(text: string, file: string, limit = 5_000_000): AttPath[] {
  const sections = parseAttSections(text, file);
  const out: AttPath[] = [];
  sections.forEach((arcs, k) => {
    const finals = sections.finals[k]!;
    const onPath = new Set<number>();
    const walk = (state: number, input: string, output: string): void => {
      if (out.length >= limit) throw new Error(`${file}: more than ${limit} paths`);
      if (finals.has(state)) out.push({ input, output });
      onPath.add(state);
      for (const arc of arcs.get(state) ?? []) {
        if (onPath.has(arc.to) || /^\d$/.test(arc.input)) continue;
        walk(arc.to, input + arc.input, output + arc.output);
      }
      onPath.delete(state);
    };
    walk(0, '', '');
  });
  return out;
}
