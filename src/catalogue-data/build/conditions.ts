import { evaluateCondition } from '../condition.js';

/**
 * Rewrites a Part 5 "Feature no." cell into an expression `evaluateCondition` reads, keeping its
 * meaning: ranges ("C-30 - C-35", "C-36-(or) C-39") spelt out as or-lists, ids missing their
 * prefix ("C35", "C.06.1", "10.1") completed, and the ISO 15118 profile named as the profile list does.
 */
export function normaliseCondition(cell: string): string {
  let s = cell.replace(/\s+/g, ' ').trim();
  s = s.replace(/\bC-(\d+)\s*-\s*(?:\(or\)\s*)?C-(\d+)\b/g, (_m, a: string, b: string) => orRange(Number(a), Number(b)));
  s = s.replace(/\bC\.?(\d{2})\.(\d)\b/g, 'C-$1.$2').replace(/\bC(\d{2})\b/g, 'C-$1');
  s = s.replace(/(^|[\s(])(\d{2}\.\d)\b/g, '$1C-$2');
  s = s.replace(/\bISO ?15118 support\b/gi, 'ISO 15118 Support');
  s = s.replace(/\bNot\b/g, 'NOT');
  // The errata's conversion breaks a word over a line ("Managem ent").
  s = s.replace(/\bManagem ent\b/g, 'Management');
  return s;
}

function orRange(from: number, to: number): string {
  const ids: string[] = [];
  for (let n = from; n <= to; n++) ids.push(`C-${String(n).padStart(2, '0')}`);
  return `(${ids.join(' or ')})`;
}

/** The feature ids an expression names (C-30, AQ-9, HFS-8...), for comparing with flattened sources. */
export function featureIds(expression: string): string[] {
  return [...new Set([...expression.matchAll(/\b([A-Z]{1,3})-(\d+(?:\.\d+)?)\b/g)].map((m) => `${m[1]}-${m[2]}`))].sort();
}

/** True when the expression parses (whatever it evaluates to). */
export function parses(expression: string): boolean {
  try {
    evaluateCondition(expression, new Set());
    return true;
  } catch {
    return false;
  }
}
