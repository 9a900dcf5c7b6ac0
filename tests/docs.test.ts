import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

// Every export of the package is documented in TSDoc: a summary and a short @example (the API
// reference, `npm run docs`, is generated from them).
const root = fileURLToPath(new URL('..', import.meta.url));

function exportsOf(entry: string): { name: string; summary: string; examples: number }[] {
  const program = ts.createProgram([entry], { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(entry);
  const module = file && checker.getSymbolAtLocation(file);
  if (!module) throw new Error(`no module at ${entry}`);
  return checker.getExportsOfModule(module).map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const docs = (target.declarations ?? []).flatMap((d) => ts.getJSDocCommentsAndTags(d)).filter(ts.isJSDoc);
    const summary = docs.map((d) => ts.getTextOfJSDocComment(d.comment) ?? '').join(' ').trim();
    const examples = docs.flatMap((d) => d.tags ?? []).filter((t) => t.tagName.text === 'example').length;
    return { name: symbol.name, summary, examples };
  });
}

describe('the API documentation', () => {
  const found = exportsOf(path.join(root, 'src', 'index.ts'));

  it('finds the exports', () => {
    expect(found.length).toBeGreaterThan(50);
    expect(found.map((e) => e.name)).toEqual(expect.arrayContaining(['extract', 'createExtractor', 'extractMany', 'toHtml', 'ExtractionSchema', 'Extraction']));
  });

  it('gives every export a summary and an example', () => {
    expect({
      'no summary': found.filter((e) => e.summary.length < 10).map((e) => e.name),
      'no example': found.filter((e) => e.examples === 0).map((e) => e.name),
    }).toEqual({ 'no summary': [], 'no example': [] });
  });
});
