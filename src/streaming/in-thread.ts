/** Checking on the calling thread, with the resources and the index built on the first article that needs them. */
import { buildOriginalsIndex } from '../match/index.js';
import { openIndexFile } from '../match/persistent.js';
import type { OriginalsIndex } from '../match/types.js';
import type { Article } from '../model.js';
import type { CheckOutcome } from '../parallel/pool.js';
import { checkArticle, type CheckDeps } from '../pipeline/check-article.js';
import type { Resources } from '../resources.js';
import { RULES } from '../rules/registry.js';
import { runResources, type CheckRunOptions } from '../run.js';

export interface InThreadChecker {
  check(article: Article): CheckOutcome;
  close(): void;
}

export function inThreadChecker(options: CheckRunOptions, originals: readonly Article[]): InThreadChecker {
  // Resources and the index are built on the first article the cache does not answer, so a run over
  // unchanged input costs only reading it.
  let index: OriginalsIndex | null = null;
  let deps: CheckDeps | null = null;
  let resources: Resources | undefined;
  const depsNow = (): CheckDeps => {
    if (deps) return deps;
    // resources first: the index glosses words through the word evidence they load
    resources ??= runResources(options, { preload: true });
    index ??= options.index
      ? openIndexFile(options.index, options.config)
      : buildOriginalsIndex(originals, options.config);
    deps = {
      index,
      resources,
      config: options.config,
      rules: options.rules ?? RULES,
      ...(options.timing ? { timing: options.timing } : {}),
      ...(options.baseline ? { baseline: options.baseline } : {}),
    };
    return deps;
  };
  return {
    check(article) {
      const d = depsNow();
      try {
        return { article, result: checkArticle(article, d) };
      } catch (e) {
        // A defect on one article must not lose the run; it is reported like a broken input.
        return {
          article,
          error: {
            input: article.input,
            message: `article "${article.id}" could not be checked: ${(e as Error).message}`,
          },
        };
      }
    },
    close: () => index?.close?.(),
  };
}
