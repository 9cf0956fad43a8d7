/** The README's rule table is the rules' metadata: `npm run rules:table` rewrites it after a change. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  README,
  readRuleTable,
  renderRuleTable,
  replaceRuleTable,
  ruleTableRows,
} from '../../scripts/rules-table.js';
import { RULES } from '../../src/rules/registry.js';

describe('README rule table', () => {
  it('lists every rule as its metadata describes it (run npm run rules:table when this fails)', () => {
    expect(readRuleTable(readFileSync(README, 'utf8'))).toEqual(ruleTableRows());
  });

  it('would notice a rule whose description changed', () => {
    const rows = ruleTableRows();
    const changed = ruleTableRows(
      RULES.map((r, k) => (k === 0 ? { ...r, meta: { ...r.meta, description: 'something else' } } : r)),
    );
    const readme = replaceRuleTable(
      `x\n<!-- rules-table:start (npm run rules:table writes this table from the rules' meta) -->\n<!-- rules-table:end -->\n`,
      renderRuleTable(rows),
    );
    expect(readRuleTable(readme)).toEqual(rows);
    expect(readRuleTable(readme)).not.toEqual(changed);
  });
});
