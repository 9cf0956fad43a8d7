/**
 * How to start a worker thread on a module of this package: its compiled `.js` file or, when running
 * from the `.ts` sources (tests, benchmarks under tsx), a bootstrap that registers tsx in the worker
 * first. `module` is the worker's URL beside the caller, written with a `.js` extension.
 */
export function workerEntry(module: URL): { entry: URL | string; eval: boolean } {
  if (!import.meta.url.endsWith('.ts')) return { entry: module, eval: false };
  const tsx = import.meta.resolve('tsx/esm/api');
  const source = module.href.replace(/\.js$/, '.ts');
  const boot = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(source)}); });`;
  return { entry: boot, eval: true };
}
