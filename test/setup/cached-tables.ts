/**
 * Builds the cached tables (the default languages' spelling tables and the language model) before
 * any test runs, once per install: the first build takes tens of seconds (French), which no single
 * test should pay. Later runs find the tables in the cache and this takes a fraction of a second.
 */
import { loadResources } from '../../src/resources.js';

export default function setup(): void {
  loadResources();
}
