/** What several commands share: the config option and its loading. */
import {
  ConfigError,
  DEFAULT_CONFIG,
  findConfigFile,
  loadConfig,
  type SyndiqConfig,
} from '../config/config.js';
import { RULES } from '../rules/registry.js';
import { CliError, EXIT } from './exit-codes.js';

/** The config from `--config`, else `syndiq.config.json` / `.yaml` in the working folder, else defaults. */
export async function configFrom(path: string | undefined): Promise<SyndiqConfig> {
  const file = path ?? findConfigFile();
  if (!file) return structuredClone(DEFAULT_CONFIG);
  try {
    return await loadConfig(file, { ruleIds: RULES.map((r) => r.meta.id) });
  } catch (e) {
    if (e instanceof ConfigError)
      throw new CliError(
        e.message
          .split('\n')
          .map((l) => `syndiq: ${l}`)
          .join('\n'),
        EXIT.usage,
      );
    throw e;
  }
}

/** Where command output goes; injectable so tests can capture it. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** True when `err` is an interactive terminal (progress bars). */
  isTTY?: boolean;
}

export const processOutput: Output = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  isTTY: Boolean(process.stderr.isTTY),
};
