/**
 * The rule contract, modelled on ESLint: metadata first, one pure `check` function that returns
 * findings with a stable `messageId` and offsets relative to a field. The engine builds messages.
 */
import type { Alignment } from '../align/types.js';
import type { SyndiqConfig } from '../config/config.js';
import type { LanguageAnalysis } from '../lang/types.js';
import type { Article, Field, IssueKind, Original, Severity } from '../model.js';
import type { FieldText } from '../text/field.js';
import type { Resources } from '../resources.js';

export type RuleNeed = 'original' | 'alignment';

export interface RuleMeta {
  /** `group/name`, e.g. `fluency/repeated-word`. */
  id: string;
  kind: IssueKind;
  /** MQM dimension/type, e.g. `Linguistic conventions/Grammar`. */
  mqm: string;
  severity: Severity;
  /** One line on what the rule finds and what it leaves alone. */
  description: string;
  /** Rules that need an original or an alignment are skipped when there is none. */
  needs: RuleNeed[];
  /** Message templates by stable id; `{{name}}` is filled from a finding's `data`. */
  messages: Record<string, string>;
}

export interface Finding {
  messageId: string;
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

export interface RuleContext {
  article: Article;
  title: FieldText;
  body: FieldText;
  language: LanguageAnalysis;
  original: OriginalContext | null;
  alignment: Alignment | null;
  resources: Resources;
  config: SyndiqConfig;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): Finding[];
}
