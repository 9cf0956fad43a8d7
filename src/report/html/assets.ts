/**
 * The browser side of the HTML report: `report-ui/app.js` and `report-ui/style.css`, inlined into every
 * report.html. They sit beside `src/` and `dist/` (the same two levels up from this module in both), so
 * no build step copies them.
 */
import { readFileSync } from 'node:fs';

const UI_DIR = new URL('../../../report-ui/', import.meta.url);

export interface UiAssets {
  script: string;
  style: string;
}

let loaded: UiAssets | null = null;

/** Read once per process: they are part of the program, not of the input. */
export function uiAssets(): UiAssets {
  return (loaded ??= {
    script: readFileSync(new URL('app.js', UI_DIR), 'utf8'),
    style: readFileSync(new URL('style.css', UI_DIR), 'utf8'),
  });
}
