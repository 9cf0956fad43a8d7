/**
 * Builds the spelling tables of the default languages before any test runs, once per install: the
 * first build takes tens of seconds (French), which no single test should pay inside its timeout.
 * Later runs find the tables in the cache and this takes a fraction of a second.
 */
import { loadResources } from '../../src/resources.js';

export default function setup(): void {
  loadResources();
}
