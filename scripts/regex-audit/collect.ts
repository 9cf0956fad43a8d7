/**
 * Every regular expression written in the TypeScript sources: `/literals/` and `RegExp(...)` /
 * `new RegExp(...)` calls, read with the TypeScript compiler's parser (not with a regular expression
 * over the text, which would miss or invent patterns in strings, comments and templates). A RegExp
 * built from a value known only at run time is listed as dynamic: it cannot be audited here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundPattern {
  file: string;
  line: number;
  /** The pattern source and flags; null source for a RegExp built at run time. */
  source: string | null;
  flags: string;
  /** The code as written, for a dynamic pattern's listing. */
  code: string;
}

/** Every `.ts` file under `dir` (declaration files left out), sorted. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

/** A string the compiler can read without running code: a literal or a template without holes. */
function constantString(node: ts.Expression | undefined): string | null {
  if (!node) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return constantString(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const l = constantString(node.left);
    const r = constantString(node.right);
    return l !== null && r !== null ? l + r : null;
  }
  return null;
}

function isRegExpCall(node: ts.Node): node is ts.CallExpression | ts.NewExpression {
  return (
    (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'RegExp'
  );
}

/** The patterns of one file's text. */
export function patternsIn(file: string, text: string): FoundPattern[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: FoundPattern[] = [];
  const lineOf = (node: ts.Node): number => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text;
      const slash = literal.lastIndexOf('/');
      out.push({
        file,
        line: lineOf(node),
        source: literal.slice(1, slash),
        flags: literal.slice(slash + 1),
        code: literal,
      });
    } else if (isRegExpCall(node)) {
      const [pattern, flags] = node.arguments ?? [];
      // new RegExp(/x/, 'g'): the literal is visited on its own
      if (!(pattern && ts.isRegularExpressionLiteral(pattern))) {
        const source = constantString(pattern);
        const f = flags === undefined ? '' : constantString(flags);
        out.push({
          file,
          line: lineOf(node),
          source: f === null ? null : source,
          flags: f ?? '',
          code: node.getText(sf),
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The patterns of every source file under `dir`, file paths relative to `root`. */
export function collectPatterns(dir: string, root: string = process.cwd()): FoundPattern[] {
  return sourceFiles(dir).flatMap((f) => patternsIn(relative(root, f), readFileSync(f, 'utf8')));
}
