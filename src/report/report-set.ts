/**
 * The output folder as one unit: a run writes its whole report set into a new hidden folder beside
 * the output folder, then switches the output folder (a symbolic link) to it with one rename. A run
 * killed at any moment leaves the previous set whole and consistent (never a new report.json beside
 * an old junit.xml); readers of `out/report.json` see one set or the other.
 */
import { copyFile, lstat, mkdir, readdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Hidden folders holding report sets: `.latest.<pid>.<time>` beside `latest`. */
function setPrefix(outDir: string): string {
  return `.${basename(outDir)}.`;
}

async function kindOf(path: string): Promise<'missing' | 'link' | 'dir' | 'other'> {
  try {
    const s = await lstat(path);
    return s.isSymbolicLink() ? 'link' : s.isDirectory() ? 'dir' : 'other';
  } catch {
    return 'missing';
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Sets left by runs that died before switching (their process is gone), and the set replaced now. */
async function removeStale(
  parent: string,
  prefix: string,
  keep: string,
  replaced: string | null,
): Promise<void> {
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    if (!name.startsWith(prefix) || name === keep) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (name === replaced || (Number.isInteger(pid) && pid !== process.pid && !processAlive(pid)))
      await rm(join(parent, name), { recursive: true, force: true });
  }
}

/** A report set being written: files go into `dir`; `commit` switches the output folder to it. */
export interface PendingReportSet {
  dir: string;
  /**
   * Switch the output folder to the set, carrying over the previous set's files that `carryOver`
   * accepts (state other parts of a run keep there). Returns the paths of `names` as seen through it.
   */
  commit(names: readonly string[], carryOver?: (name: string) => boolean): Promise<string[]>;
  /** Remove the set without switching. */
  discard(): Promise<void>;
}

/**
 * Begin a new report set for `outDir`: a new hidden folder beside it. An output folder that is a real
 * folder (made by hand, or by an older syndiq) is moved aside into a hidden set at commit, once.
 */
export async function openReportSet(outDir: string): Promise<PendingReportSet> {
  const out = resolve(outDir);
  const parent = dirname(out);
  const prefix = setPrefix(out);
  await mkdir(parent, { recursive: true });
  const setName = `${prefix}${process.pid}.${Date.now()}`;
  const setDir = join(parent, setName);
  await mkdir(setDir);
  const discard = (): Promise<void> => rm(setDir, { recursive: true, force: true });
  return {
    dir: setDir,
    discard,
    async commit(names, carryOver = () => false) {
      try {
        const written = new Set(names);
        for (const name of await readdir(out).catch(() => [] as string[]))
          if (!written.has(name) && carryOver(name) && (await lstat(join(out, name))).isFile())
            await copyFile(join(out, name), join(setDir, name));
      } catch (e) {
        await discard();
        throw e;
      }
      let replaced: string | null = null;
      const kind = await kindOf(out);
      if (kind === 'link') replaced = basename(await readlink(out));
      else if (kind === 'dir') {
        replaced = `${prefix}${process.pid}.${Date.now()}.previous`;
        await rename(out, join(parent, replaced));
      } else if (kind === 'other') {
        await discard();
        throw new Error(`${outDir} exists and is not a folder`);
      }
      // the switch: a new link, renamed over the old one (rename replaces a link atomically)
      const link = join(parent, `${setName}.link`);
      await symlink(setName, link);
      await rename(link, out);
      await removeStale(parent, prefix, setName, replaced);
      return names.map((name) => join(outDir, name));
    },
  };
}
