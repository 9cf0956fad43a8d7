/** Writes a committed table: `#` header lines naming source and licence, then the rows, gzipped. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';

export function writeTable(path: string, header: readonly string[], rows: Iterable<string>): number {
  const lines = [...header.map((h) => `# ${h}`), ...rows];
  const text = `${lines.join('\n')}\n`;
  mkdirSync(dirname(path), { recursive: true });
  const data = path.endsWith('.gz') ? gzipSync(text, { level: 9 }) : Buffer.from(text);
  writeFileSync(path, data);
  return data.length;
}
