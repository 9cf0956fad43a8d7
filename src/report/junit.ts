/**
 * `junit.xml`: one test case per article (fail and review are failures) so CI systems show
 * republishing quality like test results. Inputs are garbled by definition: what XML forbids (and
 * what would act in a CI log that prints the failure text) is shown as a visible escape.
 */
import type { ArticleResult, RunReport } from '../model.js';
import { FeedLookup } from '../alert/feeds.js';
import type { FeedConfig } from '../config/config.js';
import { showControls } from './safe-text.js';
import {
  fileText,
  replayReport,
  type ReportOutput,
  type ReportWriter,
  type RunFooter,
  type RunHeader,
  type TextSink,
} from './writer.js';

interface XmlNode {
  name: string;
  attributes?: Record<string, string | number>;
  children?: XmlNode[];
  text?: string;
}

// showControls leaves only characters XML 1.0 allows (it shows C0 controls, lone surrogates and
// U+FFFE/U+FFFF as escapes); then the markup characters.
function escapeText(s: string): string {
  return showControls(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return escapeText(s)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

function serialize(node: XmlNode, indent = ''): string {
  const attrs = Object.entries(node.attributes ?? {})
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
  if (!node.children?.length && node.text === undefined) return `${indent}<${node.name}${attrs}/>`;
  if (node.text !== undefined)
    return `${indent}<${node.name}${attrs}>${escapeText(node.text)}</${node.name}>`;
  const inner = node.children!.map((c) => serialize(c, indent + '  ')).join('\n');
  return `${indent}<${node.name}${attrs}>\n${inner}\n${indent}</${node.name}>`;
}

function testCase(a: ArticleResult, feeds: FeedLookup): XmlNode {
  const node: XmlNode = {
    name: 'testcase',
    // The feed, as CI dashboards group test cases by class: the configured name, else the feed itself.
    attributes: { classname: feeds.nameOf(a), name: `${a.id}: ${a.title}`, time: 0 },
    children: [],
  };
  if (a.verdict !== 'pass') {
    const details = a.issues
      .map(
        (i) => `${i.severity} ${i.kind} ${i.rule} ${i.field}[${i.start},${i.end}] "${i.text}": ${i.message}`,
      )
      .join('\n');
    node.children!.push({
      name: 'failure',
      attributes: {
        type: a.verdict,
        message: `${a.verdict}: score ${a.score}, headline ${a.headline.verdict} (${a.headline.score}), ${a.issues.length} issue(s)`,
      },
      text: details,
    });
  }
  return node;
}

export const JUNIT_FILE = 'junit.xml';

export class JunitWriter implements ReportWriter {
  #startedAt = '';
  #feeds = new FeedLookup([]);
  #failures = 0;
  #count = 0;
  #output: ReportOutput | null = null;
  /** The articles' test cases, written as they come; the file opens with the totals. */
  #cases: TextSink | null = null;

  begin(header: RunHeader, output: ReportOutput): void {
    this.#output = output;
    this.#cases = output.scratch();
    this.#startedAt = header.run.startedAt;
    const config = header.run.config as { feeds?: FeedConfig[] } | null;
    this.#feeds = new FeedLookup(Array.isArray(config?.feeds) ? config.feeds : []);
  }

  article(result: ArticleResult): void {
    if (result.verdict !== 'pass') this.#failures++;
    this.#count++;
    this.#cases!.write(`${serialize(testCase(result, this.#feeds), '    ')}\n`);
  }

  end({ errors, finishedAt }: RunFooter): void {
    const output = this.#output;
    if (!output) throw new Error('JunitWriter: end() before begin()');
    const errorCases = errors.map((e, k) =>
      serialize(
        {
          name: 'testcase',
          attributes: {
            classname: this.#feeds.feedOf(e.input)?.name ?? e.input,
            name: `input error ${k + 1}`,
            time: 0,
          },
          children: [
            {
              name: 'error',
              attributes: { message: `${e.input}${e.line ? `:${e.line}` : ''}: ${e.message}` },
            },
          ],
        },
        '    ',
      ),
    );
    // `tests` counts every test case written, input errors included; `time` is the run's wall time.
    const seconds = (Date.parse(finishedAt) - Date.parse(this.#startedAt)) / 1000;
    const counts = {
      tests: this.#count + errorCases.length,
      failures: this.#failures,
      errors: errors.length,
      time: Number.isFinite(seconds) && seconds >= 0 ? seconds.toFixed(3) : '0',
    };
    const open = (node: XmlNode, indent: string): string => serialize(node, indent).replace(/\/>$/, '>');
    const file = output.file(JUNIT_FILE);
    for (const line of [
      '<?xml version="1.0" encoding="UTF-8"?>',
      open({ name: 'testsuites', attributes: { name: 'syndiq', ...counts } }, ''),
      open(
        { name: 'testsuite', attributes: { name: 'syndiq check', ...counts, timestamp: this.#startedAt } },
        '  ',
      ),
    ])
      file.write(`${line}\n`);
    output.copy(this.#cases!, file);
    for (const line of [...errorCases, '  </testsuite>', '</testsuites>']) file.write(`${line}\n`);
  }
}

export function renderJunit(report: RunReport): string {
  return fileText(replayReport(report, [new JunitWriter()])[0]!);
}
