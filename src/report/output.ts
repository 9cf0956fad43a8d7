/**
 * The two places report writers write to: memory (a file is the list of pieces it was written from)
 * and a folder on disk (each file through a small buffer, scratch pieces as hidden files beside them),
 * so a report of any size is never one string (V8 caps a string near 512 Mi characters) and never
 * held whole.
 */
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportOutput, TextSink } from './writer.js';

/** One file of the output folder, as the pieces it was written from. */
export interface ReportFile {
  name: string;
  parts: readonly string[];
}

class PartsSink implements TextSink {
  readonly parts: string[] = [];
  write(text: string): void {
    this.parts.push(text);
  }
}

export class MemoryOutput implements ReportOutput {
  readonly #files: { name: string; sink: PartsSink }[] = [];

  file(name: string): TextSink {
    const sink = new PartsSink();
    this.#files.push({ name, sink });
    return sink;
  }

  scratch(): TextSink {
    return new PartsSink();
  }

  copy(scratch: TextSink, into: TextSink): void {
    if (!(scratch instanceof PartsSink) || !(into instanceof PartsSink))
      throw new Error('MemoryOutput.copy: not pieces of this output');
    into.parts.push(...scratch.parts);
    scratch.parts.length = 0;
  }

  files(): ReportFile[] {
    return this.#files.map(({ name, sink }) => ({ name, parts: sink.parts }));
  }
}

/** Written with about a megabyte per system call. */
export const DEFAULT_BUFFER_CHARS = 1 << 20;

/** A file written through a buffer of pieces (synchronously: a check run's loop is synchronous). */
class BufferedFile implements TextSink {
  #fd: number | null;
  #pending: string[] = [];
  #size = 0;

  constructor(
    readonly path: string,
    readonly bufferChars: number,
  ) {
    this.#fd = openSync(path, 'w');
  }

  write(text: string): void {
    this.#pending.push(text);
    this.#size += text.length;
    if (this.#size >= this.bufferChars) this.flush();
  }

  writeBytes(bytes: Buffer): void {
    this.flush();
    writeSync(this.#open(), bytes);
  }

  flush(): void {
    if (this.#pending.length === 0) return;
    const text = this.#pending.join('');
    this.#pending = [];
    this.#size = 0;
    writeSync(this.#open(), text);
  }

  close(): void {
    if (this.#fd === null) return;
    try {
      this.flush();
    } finally {
      closeSync(this.#fd);
      this.#fd = null;
    }
  }

  #open(): number {
    if (this.#fd === null) throw new Error(`${this.path} is already closed`);
    return this.#fd;
  }
}

export class FolderOutput implements ReportOutput {
  readonly #open = new Set<BufferedFile>();
  #scratches = 0;

  /** @param bufferChars characters held per file before they are written (default about a megabyte) */
  constructor(
    readonly dir: string,
    readonly bufferChars = DEFAULT_BUFFER_CHARS,
  ) {}

  file(name: string): TextSink {
    const f = new BufferedFile(join(this.dir, name), this.bufferChars);
    this.#open.add(f);
    return f;
  }

  scratch(): TextSink {
    const f = new BufferedFile(join(this.dir, `.scratch-${++this.#scratches}`), this.bufferChars);
    this.#open.add(f);
    return f;
  }

  copy(scratch: TextSink, into: TextSink): void {
    if (!(scratch instanceof BufferedFile) || !(into instanceof BufferedFile))
      throw new Error('FolderOutput.copy: not files of this output');
    scratch.close();
    this.#open.delete(scratch);
    const fd = openSync(scratch.path, 'r');
    try {
      const chunk = Buffer.allocUnsafe(DEFAULT_BUFFER_CHARS);
      for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) into.writeBytes(chunk.subarray(0, n));
    } finally {
      closeSync(fd);
    }
    rmSync(scratch.path, { force: true });
  }

  /** Close every file still open (scratch pieces never copied are removed). */
  close(): void {
    for (const f of this.#open) {
      f.close();
      if (f.path.slice(this.dir.length + 1).startsWith('.scratch-')) rmSync(f.path, { force: true });
    }
    this.#open.clear();
  }
}
