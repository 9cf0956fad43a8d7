/**
 * The config file's schema (zod): every key optional, unknown keys refused, values checked for range,
 * so a mistake is reported with the path of the bad key before any work is done.
 */
import type { z } from 'zod';
import { withZod, type Zod } from './zod.js';

function build(z: Zod) {
  const finite = z.number().finite();
  const score = finite.min(0).max(100);
  const nonNegative = finite.min(0);
  const positiveInt = z.number().int().positive();
  const text = z.string().min(1);

  const thresholds = z.strictObject({ review: score.optional(), fail: score.optional() });

  const feedSchema = z
    .strictObject({
      name: text,
      url: text.optional(),
      path: text.optional(),
      /** The language the feed's articles should be in (ISO 639-1). */
      lang: text.optional(),
      partner: text.optional(),
      /** Whether an input error in this feed raises an alert (default true). */
      alertOnInputErrors: z.boolean().optional(),
    })
    .refine((f) => (f.url === undefined) !== (f.path === undefined), {
      message: 'give exactly one of "url" or "path"',
    });

  const configFileSchema = z.strictObject({
    languages: z.array(text).min(1, 'list at least one language').optional(),
    expectedLanguages: z.array(text).optional(),
    feeds: z.array(feedSchema).optional(),
    originals: z.array(text).optional(),
    index: text.optional(),
    scoring: z
      .strictObject({
        points: z
          .strictObject({
            minor: nonNegative.optional(),
            major: nonNegative.optional(),
            critical: nonNegative.optional(),
          })
          .optional(),
        perWords: finite.positive().optional(),
        minWords: z
          .strictObject({ article: nonNegative.optional(), headline: nonNegative.optional() })
          .optional(),
        article: thresholds.optional(),
        headline: thresholds.optional(),
      })
      .optional(),
    rules: z.record(z.string(), z.enum(['minor', 'major', 'critical', 'off'])).optional(),
    alerts: z
      .strictObject({
        maxFailRate: finite.min(0).max(1).optional(),
        maxFailures: z.number().int().min(0).optional(),
        minMeanScore: score.optional(),
        failOnInputErrors: z.boolean().optional(),
        article: z
          .strictObject({ scoreBelow: score.optional(), critical: z.boolean().optional() })
          .optional(),
        feed: z
          .strictObject({
            meanScoreBelow: score.optional(),
            failPercentAbove: finite.min(0).max(100).optional(),
          })
          .optional(),
        trend: z.strictObject({ dropPoints: finite.positive(), lastRuns: positiveInt.optional() }).optional(),
      })
      .optional(),
    sinks: z
      .strictObject({
        alertsFile: z.boolean().optional(),
        webhook: z
          .strictObject({
            url: z.url({ protocol: /^https?$/ }),
            format: z.enum(['generic', 'slack']).optional(),
            timeoutSeconds: finite.positive().optional(),
            retries: z.number().int().min(0).max(10).optional(),
          })
          .optional(),
      })
      .optional(),
    cache: z.strictObject({ dir: text.optional() }).optional(),
    baseline: text.optional(),
    match: z.strictObject({ minConfidence: finite.min(0).max(1).optional() }).optional(),
    allowNetworks: z.array(text).optional(),
  });
  return { feedSchema, configFileSchema };
}

/** The schemas, built on first use (zod is read then). */
export const configSchemas = withZod(build);

export type ConfigFile = z.infer<ReturnType<typeof build>['configFileSchema']>;
