/**
 * Runs rules over a prepared article and turns their findings into report issues:
 * checks offsets, fills message templates, applies configured severities, sorts deterministically.
 */
import type { Field, Issue, RuleFailure } from '../model.js';
import { resolveIssues } from './resolve.js';
import type { Finding, Rule, RuleContext } from './types.js';

export class RuleError extends Error {
  override name = 'RuleError';
}

function fieldText(ctx: RuleContext, field: Field): string | null {
  switch (field) {
    case 'title':
      return ctx.title.text;
    case 'body':
      return ctx.body.text;
    case 'original.title':
      return ctx.original?.title.text ?? null;
    case 'original.body':
      return ctx.original?.body.text ?? null;
  }
}

/** Fill `{{name}}` placeholders from `data`. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, key: string) => (key in data ? String(data[key]) : m));
}

/** Turn one finding into an issue, validating it against the rule's metadata. */
export function toIssue(rule: Rule, finding: Finding, ctx: RuleContext): Issue {
  const { meta } = rule;
  const template = meta.messages[finding.messageId];
  if (template === undefined)
    throw new RuleError(`${meta.id}: unknown messageId "${finding.messageId}" (declare it in meta.messages)`);
  const text = fieldText(ctx, finding.field);
  if (text === null)
    throw new RuleError(`${meta.id}: reported on ${finding.field}, which this article does not have`);
  const { start, end } = finding;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end)
    throw new RuleError(
      `${meta.id}: bad range [${start}, ${end}) for ${finding.field} of length ${text.length}`,
    );
  const configured = ctx.config.rules[meta.id];
  const severity = configured && configured !== 'off' ? configured : (finding.severity ?? meta.severity);
  const issue: Issue = {
    rule: meta.id,
    messageId: finding.messageId,
    kind: meta.kind,
    mqm: meta.mqm,
    severity,
    field: finding.field,
    start,
    end,
    text: text.slice(start, end),
    message: formatMessage(template, finding.data),
  };
  if (finding.suggestion !== undefined) issue.suggestion = finding.suggestion;
  return issue;
}

/**
 * Where a run's time went (milliseconds), for `--timing`: each rule's total and its slowest article,
 * each article's whole check, each resource's load.
 */
export class RuleTiming {
  readonly totals = new Map<string, number>();
  /** Each rule's slowest article. */
  readonly worst = new Map<string, { ms: number; article: string }>();
  /** Each checked article's whole check (language, match, alignment, rules, score), in order. */
  readonly articles: { article: string; ms: number; cpuMs?: number }[] = [];
  /** Resources loaded for the run, in order. */
  readonly resources: { name: string; ms: number }[] = [];
  /** Time from the process's start to the first article's result, when one was checked. */
  firstResultMs: number | undefined;
  /** The process's CPU time (user + system, ms) at the first article's result. */
  firstResultCpuMs: number | undefined;
  /** CPU time (ms) spent loading the resources, all of them. */
  resourcesCpuMs = 0;
  /** Time spent in each pipeline stage (language, match, align, rules, score), same switch. */
  readonly stages = new Map<string, number>();
  /** CPU time (user + system, ms) of each stage: wall time misleads on a busy machine. */
  readonly stagesCpu = new Map<string, number>();

  add(rule: string, ms: number, article = ''): void {
    this.totals.set(rule, (this.totals.get(rule) ?? 0) + ms);
    const worst = this.worst.get(rule);
    if (!worst || ms > worst.ms) this.worst.set(rule, { ms, article });
  }

  addArticle(article: string, ms: number, cpuMs?: number): void {
    this.articles.push(cpuMs === undefined ? { article, ms } : { article, ms, cpuMs });
    // performance.now() counts from the process's start
    if (this.firstResultMs === undefined) {
      this.firstResultMs = performance.now();
      this.firstResultCpuMs = processCpuMs();
    }
  }

  addResource(name: string, ms: number): void {
    this.resources.push({ name, ms });
  }

  addResourcesCpu(ms: number): void {
    this.resourcesCpuMs += ms;
  }

  addStage(stage: string, ms: number, cpuMs?: number): void {
    this.stages.set(stage, (this.stages.get(stage) ?? 0) + ms);
    if (cpuMs !== undefined) this.stagesCpu.set(stage, (this.stagesCpu.get(stage) ?? 0) + cpuMs);
  }
}

/** The process's CPU time so far (user + system, every thread), in milliseconds. */
export function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export interface RuleRun {
  issues: Issue[];
  /** Rules that threw (or reported a malformed finding): only their findings are missing. */
  failures: (RuleFailure & { error: Error })[];
}

function isEnabled(rule: Rule, ctx: RuleContext): boolean {
  if (ctx.config.rules[rule.meta.id] === 'off') return false;
  if (rule.meta.needs.includes('original') && !ctx.original) return false;
  if (rule.meta.needs.includes('alignment') && !ctx.alignment) return false;
  return true;
}

/** One rule's issues, or the error that stopped it: a rule's findings are kept all or none. */
function runOne(rule: Rule, ctx: RuleContext): Issue[] {
  const issues: Issue[] = [];
  for (const finding of rule.check(ctx)) {
    if (finding.suggestion !== undefined && !rule.meta.hasSuggestions)
      throw new RuleError(`${rule.meta.id}: made a suggestion without declaring meta.hasSuggestions`);
    issues.push(toIssue(rule, finding, ctx));
  }
  return issues;
}

/**
 * Run every enabled rule whose needs are met; identical issues (same rule, field and span) are kept once,
 * then overlapping and repeated findings are resolved into one finding each (`resolveIssues`). A rule
 * that throws loses only its own findings: the failure is returned with the rule's id.
 */
export function runRuleSet(rules: readonly Rule[], ctx: RuleContext, timing?: RuleTiming): RuleRun {
  const issues: Issue[] = [];
  const failures: RuleRun['failures'] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    if (!isEnabled(rule, ctx)) continue;
    const started = timing ? performance.now() : 0;
    let found: Issue[] = [];
    try {
      found = runOne(rule, ctx);
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      failures.push({ rule: rule.meta.id, message: error.message, error });
    }
    if (timing) timing.add(rule.meta.id, performance.now() - started, ctx.article.id);
    for (const issue of found) {
      const key = `${issue.rule}\u0000${issue.messageId}\u0000${issue.field}\u0000${issue.start}\u0000${issue.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      issues.push(issue);
    }
  }
  return { issues: resolveIssues(issues), failures };
}

/** Run rules strictly: the first rule failure is thrown (for tests and tools that want to see it). */
export function runRules(rules: readonly Rule[], ctx: RuleContext): Issue[] {
  const { issues, failures } = runRuleSet(rules, ctx);
  if (failures[0]) throw failures[0].error;
  return issues;
}
