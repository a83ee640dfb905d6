/** The import graph of the sources, read from the text of the .ts files (type imports included). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function tsFiles(dir: string): string[] {
  const full = path.join(ROOT, dir);
  return readdirSync(full, { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    return e.isDirectory() ? tsFiles(rel) : e.name.endsWith('.ts') ? [rel] : [];
  });
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

/** Relative imports of a file, resolved to repository paths of .ts files (`src/ocpp/peer.ts`). */
export function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(IMPORT)]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? '')
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)).replace(/\.js$/, '.ts'));
}

/** Strongly connected components with more than one file (or a file importing itself): the import cycles. */
export function cycles(files: readonly string[], edgesOf: (file: string) => string[] = importsOf): string[][] {
  const edges = new Map(files.map((f) => [f, edgesOf(f)]));
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  // Iterative Tarjan: the graph is small, but recursion depth should not depend on it.
  for (const start of files) {
    if (idx.has(start)) continue;
    const work: Array<{ node: string; next: number }> = [{ node: start, next: 0 }];
    idx.set(start, index); low.set(start, index); index += 1; stack.push(start); onStack.add(start);
    while (work.length) {
      const top = work[work.length - 1]!;
      const targets = (edges.get(top.node) ?? []).filter((t) => edges.has(t));
      if (top.next < targets.length) {
        const t = targets[top.next++]!;
        if (!idx.has(t)) {
          idx.set(t, index); low.set(t, index); index += 1; stack.push(t); onStack.add(t);
          work.push({ node: t, next: 0 });
        } else if (onStack.has(t)) {
          low.set(top.node, Math.min(low.get(top.node)!, idx.get(t)!));
        }
        continue;
      }
      work.pop();
      if (work.length) { const parent = work[work.length - 1]!.node; low.set(parent, Math.min(low.get(parent)!, low.get(top.node)!)); }
      if (low.get(top.node) === idx.get(top.node)) {
        const scc: string[] = [];
        let n: string;
        do { n = stack.pop()!; onStack.delete(n); scc.push(n); } while (n !== top.node);
        if (scc.length > 1 || (edges.get(top.node) ?? []).includes(top.node)) out.push(scc.sort());
      }
    }
  }
  return out.sort((a, b) => a[0]!.localeCompare(b[0]!));
}
