// Dev-only: counts the hand-set rules in a source folder (default src/core/knowledge/answer): regex
// literals and `new RegExp` calls; hand-set numeric constants (numeric literals other than 0, 1 and -1
// outside array indices, plus numbers in .json data files beside the code); word lists (array
// literals of 3+ strings, or a string of 3+ words that is split). Parsed with the TypeScript scanner.
// Usage: npx tsx bench/dev/count-rules.ts [DIR]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const dir = process.argv[2] ?? 'src/core/knowledge/answer';
let regexes = 0;
let numbers = 0;
let lists = 0;
let dataNumbers = 0;
for (const f of readdirSync(dir).sort()) {
  const file = path.join(dir, f);
  if (f.endsWith('.json')) {
    const count = (v: unknown): number => (typeof v === 'number' ? 1 : Array.isArray(v) ? v.reduce((a: number, x) => a + count(x), 0) : v && typeof v === 'object' ? Object.values(v).reduce((a: number, x) => a + count(x), 0) : 0);
    dataNumbers += count(JSON.parse(readFileSync(file, 'utf8')));
    continue;
  }
  if (!f.endsWith('.ts')) continue;
  const src = ts.createSourceFile(f, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const visit = (n: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(n)) regexes++;
    else if (ts.isNewExpression(n) && n.expression.getText() === 'RegExp') regexes++;
    else if (ts.isNumericLiteral(n)) {
      const v = Number(n.text);
      const index = ts.isElementAccessExpression(n.parent) && n.parent.argumentExpression === n;
      if (![0, 1].includes(v) && !index) numbers++;
    } else if (ts.isArrayLiteralExpression(n) && n.elements.filter((e) => ts.isStringLiteralLike(e)).length >= 3) lists++;
    else if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'split' && ts.isStringLiteralLike(n.expression.expression) && n.expression.expression.text.split(/\s+/).length >= 3) lists++;
    ts.forEachChild(n, visit);
  };
  visit(src);
}
console.log(`${dir}: ${regexes} regexes, ${numbers} numeric constants in code (+${dataNumbers} in data files), ${lists} word lists`);
