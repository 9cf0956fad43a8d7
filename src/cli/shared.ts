/** What several commands share: the config option and its loading. */
import { ConfigError, DEFAULT_CONFIG, loadConfig, type SyndiqConfig } from '../config/config.js';
import { CliError, EXIT } from './exit-codes.js';

export async function configFrom(path: string | undefined): Promise<SyndiqConfig> {
  if (!path) return structuredClone(DEFAULT_CONFIG);
  try {
    return await loadConfig(path);
  } catch (e) {
    if (e instanceof ConfigError) throw new CliError(`syndiq: ${e.message}`, EXIT.usage);
    throw e;
  }
}

/** Where command output goes; injectable so tests can capture it. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: Output = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
};
