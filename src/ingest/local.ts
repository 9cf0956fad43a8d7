/**
 * Local inputs on the file system, read so that no single entry can fail or hang the run:
 * - a folder is walked entry by entry: an unreadable sub-folder, a special file (FIFO, device,
 *   socket), a broken symbolic link or a link back into a folder already read is one InputError
 *   each, and the walk goes on; symbolic links are followed, with a guard against loops;
 * - a file is opened non-blocking and checked again once open (so a FIFO swapped in after the check
 *   cannot block a thread); a regular file is read up to the size it had when opened, so a file that
 *   keeps growing still ends; a FIFO is read against a deadline; devices and sockets are refused.
 * File system access goes through `LocalFs`, so tests can inject the faults root never sees
 * (permission denied on a folder, an I/O error half-way through a file).
 */
import { constants, createReadStream, type Dirent, fstat, open, close, type Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { Socket } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import type { InputError } from '../model.js';

/** The few file system calls local reading makes; `nodeFs` is the real one. */
export interface LocalFs {
  stat(path: string): Promise<Stats>;
  readdir(path: string): Promise<Dirent[]>;
  /** Open a file for reading without blocking (O_NONBLOCK), returning its descriptor and status. */
  open(path: string): Promise<{ fd: number; info: Stats }>;
  /** The bytes of an open regular file from 0 to `end` (exclusive), or of an open FIFO to its end. */
  stream(fd: number, info: Stats, end: number): Readable;
  close(fd: number): void;
}

const openAsync = promisify(open);
const fstatAsync = promisify(fstat);

export const nodeFs: LocalFs = {
  stat: (path) => stat(path),
  readdir: (path) => readdir(path, { withFileTypes: true }),
  async open(path) {
    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of blocking a libuv thread.
    // O_NOCTTY: a terminal opened as input never becomes the process's controlling terminal.
    const fd = await openAsync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
    try {
      return { fd, info: await fstatAsync(fd) };
    } catch (e) {
      close(fd, () => undefined);
      throw e;
    }
  },
  stream(fd, info, end) {
    // A pipe is read through libuv's event loop (as process.stdin is), so waiting on it costs no thread.
    if (info.isFIFO()) return new Socket({ fd, readable: true, writable: false });
    if (end <= 0) {
      close(fd, () => undefined);
      return Readable.from([]);
    }
    return createReadStream('', { fd, start: 0, end: end - 1, highWaterMark: 1 << 20 });
  },
  close: (fd) => close(fd, () => undefined),
};

/** How long a FIFO may take to reach its end (default 5 minutes). */
export const DEFAULT_READ_TIMEOUT_MS = 5 * 60_000;

export interface LocalOptions {
  /** File system calls (tests inject faults here). */
  fs?: LocalFs;
  /** Deadline for reading one FIFO (named pipe, process substitution) to its end, ms. */
  readTimeoutMs?: number;
}

/** A local input that cannot be read; the message says why (without the path: the caller names it). */
export class LocalReadError extends Error {}

/** "a FIFO (named pipe)", "a character device"…, or null for a regular file or a folder. */
export function specialFileKind(info: Stats | Dirent): string | null {
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return null;
}

export function describeIoError(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: cannot read';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'symbolic link loop';
    default:
      return `cannot read: ${err.message}`;
  }
}

export interface OpenedInput {
  stream: Readable;
  /** True for a FIFO: no size known, read against the deadline. */
  pipe: boolean;
  /** Size of a regular file when opened (0 for a pipe). */
  size: number;
}

/** Local files behind one set of options: open with the guards above, list folders, read capped. */
export class LocalFiles {
  readonly fs: LocalFs;
  readonly readTimeoutMs: number;

  constructor(options: LocalOptions = {}) {
    this.fs = options.fs ?? nodeFs;
    this.readTimeoutMs = options.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS;
  }

  /**
   * Open a file given by the user (a FIFO is allowed there: `<(zcat feed.jsonl.gz)`); throws
   * LocalReadError. A pipe that has not ended by the deadline fails its stream with the reason.
   */
  async open(path: string): Promise<OpenedInput> {
    let info: Stats;
    try {
      info = await this.fs.stat(path);
    } catch (e) {
      throw new LocalReadError(describeIoError(e as NodeJS.ErrnoException));
    }
    if (info.isDirectory()) throw new LocalReadError('is a directory');
    // Refused before opening: opening a device can itself act (rewind a tape, wait on a terminal).
    if (!info.isFile() && !info.isFIFO())
      throw new LocalReadError(`${specialFileKind(info) ?? 'not a file'}, not a regular file: not read`);
    let opened: { fd: number; info: Stats };
    try {
      opened = await this.fs.open(path);
    } catch (e) {
      throw new LocalReadError(describeIoError(e as NodeJS.ErrnoException));
    }
    const now = opened.info;
    if (!now.isFile() && !now.isFIFO()) {
      this.fs.close(opened.fd);
      throw new LocalReadError(`${specialFileKind(now) ?? 'not a file'}, not a regular file: not read`);
    }
    const stream = this.fs.stream(opened.fd, now, now.isFile() ? now.size : 0);
    if (now.isFIFO()) this.deadline(stream);
    return { stream, pipe: now.isFIFO(), size: now.isFile() ? now.size : 0 };
  }

  private deadline(stream: Readable): void {
    const seconds = Math.round(this.readTimeoutMs / 100) / 10;
    const timer = setTimeout(
      () => stream.destroy(new LocalReadError(`the pipe did not end within ${seconds} s; reading stopped`)),
      this.readTimeoutMs,
    );
    stream.once('close', () => clearTimeout(timer));
  }

  /** All bytes of a file, failing past `maxBytes` (checked before reading when the size is known). */
  async readBytes(path: string, maxBytes: number, tooBig: (size: number) => string): Promise<Buffer> {
    const { stream, size } = await this.open(path);
    if (size > maxBytes) {
      stream.destroy();
      throw new LocalReadError(tooBig(size));
    }
    const chunks: Buffer[] = [];
    let total = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > maxBytes) {
          stream.destroy();
          throw new LocalReadError(tooBig(total));
        }
        chunks.push(chunk);
      }
    } catch (e) {
      throw e instanceof LocalReadError ? e : new LocalReadError(describeIoError(e as NodeJS.ErrnoException));
    }
    return Buffer.concat(chunks);
  }

  /** The first bytes of a regular file (empty for a pipe: peeking would consume it). */
  async readHead(path: string, bytes: number): Promise<Buffer> {
    const { stream, pipe } = await this.open(path);
    if (pipe) {
      stream.destroy();
      return Buffer.alloc(0);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        chunks.push(chunk);
        total += chunk.length;
        if (total >= bytes) break;
      }
    } catch (e) {
      throw new LocalReadError(describeIoError(e as NodeJS.ErrnoException));
    } finally {
      stream.destroy();
    }
    return Buffer.concat(chunks).subarray(0, bytes);
  }

  /**
   * The input files of a folder and everything below it, sorted, plus one error per entry that
   * cannot be read or is not a regular file. `isInput` decides by name which regular files count.
   */
  async listFolder(dir: string, isInput: (name: string) => boolean): Promise<FolderListing> {
    const files: string[] = [];
    const errors: InputError[] = [];
    const seen = new Set<string>();
    try {
      seen.add(identity(await this.fs.stat(dir)));
    } catch (e) {
      return { files, errors: [{ input: dir, message: describeIoError(e as NodeJS.ErrnoException) }] };
    }
    // Real folders first, folders reached through links after: a link is then the one flagged as
    // the second path to a folder, never the folder itself.
    const pending = [dir];
    const linked: string[] = [];
    const linkedIds: string[] = [];
    for (;;) {
      let folder = pending.pop();
      if (folder === undefined) {
        folder = linked.shift();
        if (folder === undefined) break;
        const id = linkedIds.shift() as string;
        if (seen.has(id)) {
          errors.push({ input: folder, message: LINK_TO_FOLDER_READ });
          continue;
        }
        seen.add(id);
      }
      let entries: Dirent[];
      try {
        entries = await this.fs.readdir(folder);
      } catch (e) {
        errors.push({
          input: folder,
          message: `folder not read: ${describeIoError(e as NodeJS.ErrnoException)}`,
        });
        continue;
      }
      for (const entry of entries) {
        const path = join(folder, entry.name);
        let info: Stats | Dirent = entry;
        if (entry.isSymbolicLink() || entry.isDirectory()) {
          try {
            info = await this.fs.stat(path); // follows links; a folder's identity guards against loops
          } catch (e) {
            const why = describeIoError(e as NodeJS.ErrnoException);
            errors.push({
              input: path,
              message: entry.isSymbolicLink() ? `broken symbolic link: ${why}` : why,
            });
            continue;
          }
        }
        if (info.isDirectory()) {
          const id = identity(info as Stats);
          if (entry.isSymbolicLink()) {
            linked.push(path);
            linkedIds.push(id);
          } else if (!seen.has(id)) {
            seen.add(id);
            pending.push(path);
          }
        } else if (info.isFile()) {
          if (isInput(entry.name)) files.push(path);
        } else {
          errors.push({ input: path, message: `${specialFileKind(info)}, not a regular file: not read` });
        }
      }
    }
    files.sort();
    return { files, errors };
  }
}

export interface FolderListing {
  files: string[];
  errors: InputError[];
}

const LINK_TO_FOLDER_READ = 'symbolic link to a folder already read (a loop or a second path to it): skipped';

function identity(info: Stats): string {
  return `${info.dev}:${info.ino}`;
}
