/**
 * The rule contract, modelled on ESLint: metadata first, one pure `check` function that returns
 * findings with a stable `messageId` and offsets relative to a field. The engine builds messages.
 */
import type { Alignment } from '../align/types.js';
import type { SyndiqConfig } from '../config/config.js';
import type { LanguageAnalysis } from '../lang/types.js';
import type { Article, Field, IssueKind, MqmType, Original, Severity } from '../model.js';
import type { FieldText } from '../text/field.js';
import type { Resources } from '../resources.js';

export type RuleNeed = 'original' | 'alignment';

/** The folders rules live in: a rule id is `<group>/<name>` and its file is `src/rules/<group>/<name>.ts`. */
export type RuleGroup = 'fidelity' | 'fluency' | 'language' | 'markup';
export const RULE_GROUPS: readonly RuleGroup[] = ['fidelity', 'fluency', 'language', 'markup'];

export interface RuleMeta<M extends string = string> {
  /** `group/name`, e.g. `fluency/repeated-word`; the group is the rule's folder. */
  id: `${RuleGroup}/${string}`;
  kind: IssueKind;
  /** MQM Core 2.0 `Dimension/Type`, e.g. `Linguistic conventions/Grammar`. */
  mqm: MqmType;
  severity: Severity;
  /** One line on what the rule finds and what it leaves alone. */
  description: string;
  /** Rules that need an original or an alignment are skipped when there is none. */
  needs: RuleNeed[];
  /** Message templates by stable id; `{{name}}` is filled from a finding's `data`. */
  messages: Record<M, string>;
  /** True when the rule's findings may carry a `suggestion` (a replacement); the engine enforces it. */
  hasSuggestions?: boolean;
  /**
   * Rules that split one question between them and how: e.g. a name checked against the original
   * (`fidelity/name-mismatch`) versus a name checked on its own (`fluency/name-form`).
   */
  splitWith?: { rule: string; division: string };
}

export interface Finding<M extends string = string> {
  messageId: M;
  data?: Record<string, string | number>;
  field: Field;
  start: number;
  end: number;
  suggestion?: string;
  /** Overrides the rule's default severity for this finding (e.g. a critical number change). */
  severity?: Severity;
}

export interface OriginalContext {
  record: Original;
  lang: string;
  title: FieldText;
  body: FieldText;
}

/**
 * A per-article analysis shared by rules (words of a field, numbers, site-chrome lines …), computed
 * lazily the first time a rule asks for it and kept for the rest of the article, as ESLint's
 * `SourceCode` does. Defined in helper modules (`src/analysis/`), never inside a rule.
 */
export interface Analysis<T> {
  readonly name: string;
  compute(ctx: RuleContext): T;
}

export function defineAnalysis<T>(name: string, compute: (ctx: RuleContext) => T): Analysis<T> {
  return { name, compute };
}

export interface RuleContext {
  article: Article;
  title: FieldText;
  body: FieldText;
  language: LanguageAnalysis;
  original: OriginalContext | null;
  alignment: Alignment | null;
  resources: Resources;
  config: SyndiqConfig;
  /** The value of a shared analysis for this article, computed on first use. */
  use<T>(analysis: Analysis<T>): T;
}

export interface TypedRule<M extends string> {
  meta: RuleMeta<M>;
  check(ctx: RuleContext): Finding<M>[];
}

/** A rule as the engine sees it (message ids erased to strings). */
export type Rule = TypedRule<string>;

/**
 * Declare a rule: `check` may only report message ids declared in `meta.messages`
 * (checked by the compiler).
 */
export function defineRule<M extends string>(rule: TypedRule<M>): Rule {
  return rule as unknown as Rule;
}
