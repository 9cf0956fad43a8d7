/** A rule made for a test: the meta every rule needs, with only what the test cares about given. */
import type { Rule, RuleMeta } from '../../src/rules/types.js';

export function testRule(
  id: RuleMeta['id'],
  check: Rule['check'],
  options: { needs?: RuleMeta['needs']; messages?: RuleMeta['messages'] } = {},
): Rule {
  return {
    meta: {
      id,
      kind: 'markup',
      mqm: 'Accuracy/Mistranslation',
      severity: 'minor',
      description: 'test',
      needs: options.needs ?? [],
      messages: options.messages ?? { hit: 'hit' },
    },
    check,
  };
}
