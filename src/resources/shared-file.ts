/** Binary cache files: read whole into shared memory, written so that no reader sees half a file. */
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The whole file in one SharedArrayBuffer (typed arrays over it then cross to worker threads without
 * a copy), or null when it is absent or shrinks while being read.
 */
export function readFileShared(file: string): Uint8Array | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const size = fstatSync(fd).size;
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    let at = 0;
    while (at < size) {
      const n = readSync(fd, bytes, at, size - at, at);
      if (n === 0) return null;
      at += n;
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/**
 * Write a file beside its place and rename it into place: a reader never sees half a file and two
 * writers never mix. Throws what the file system says (callers decide whether that matters).
 */
export function writeFileAtomic(file: string, data: Uint8Array): void {
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(temp, data);
  renameSync(temp, file);
}
