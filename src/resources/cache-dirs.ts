/** Where tables built from installed packages are kept between runs. */
import { homedir } from 'node:os';
import { dirname, join, sep } from 'node:path';

/**
 * The folders to keep a package's built table in when no folder is named, in order of preference:
 * `node_modules/.cache/syndiq` beside the installed package (the usual home of build caches; every
 * working folder shares it), then the user's own cache folder for an install that cannot be written.
 */
export function defaultCacheDirs(packageDir: string): string[] {
  const home = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const modules = packageDir.lastIndexOf(`${sep}node_modules${sep}`);
  const beside =
    modules >= 0 ? packageDir.slice(0, modules + `${sep}node_modules`.length) : dirname(packageDir);
  return [join(beside, '.cache', 'syndiq'), join(home, 'syndiq')];
}
