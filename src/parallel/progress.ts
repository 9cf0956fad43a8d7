/**
 * Where a check is, readable from another thread: a worker writes the stage it enters (language,
 * match, align, one rule, score) into a shared buffer, so when an article runs over its time budget
 * the runner can name the stage that ran out without asking the (busy) worker.
 */
import type { Rule } from '../rules/types.js';

const FIXED_STAGES = ['idle', 'language identification', 'matching', 'alignment'] as const;
export type FixedStage = (typeof FIXED_STAGES)[number];
const RULE_BASE = 100;

export class StageTracker {
  readonly #cells: Int32Array;

  /** `buffer`: a SharedArrayBuffer from `StageTracker.buffer()`, shared with the other thread. */
  constructor(buffer: SharedArrayBuffer) {
    this.#cells = new Int32Array(buffer);
  }

  static buffer(): SharedArrayBuffer {
    return new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  }

  enter(stage: FixedStage): void {
    Atomics.store(this.#cells, 0, FIXED_STAGES.indexOf(stage));
  }

  enterRule(index: number): void {
    Atomics.store(this.#cells, 0, RULE_BASE + index);
  }

  /** The current stage by name ("rule fluency/nonword"), given the rules in the order the worker runs them. */
  describe(rules: readonly Pick<Rule, 'meta'>[]): string {
    const code = Atomics.load(this.#cells, 0);
    if (code >= RULE_BASE) return `rule ${rules[code - RULE_BASE]?.meta.id ?? '?'}`;
    return FIXED_STAGES[code] ?? 'idle';
  }
}

/** The rules as a tracked pipeline runs them: each marks its stage before it starts. */
export function trackedRules(rules: readonly Rule[], tracker: StageTracker | null): Rule[] {
  return rules.map((rule, i) => ({
    ...rule,
    check(ctx) {
      tracker?.enterRule(i);
      return rule.check(ctx);
    },
  }));
}
