#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm run build`, run by `prepare`).
import { launch } from '../dist/cli/launch.js';

await launch(process.argv.slice(2));
