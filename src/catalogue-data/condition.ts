import { HarnessError } from '../errors.js';

/**
 * Evaluates a Part 5 feature condition such as
 * "(C-30 or C-31 or C-34) and (Local Authorization List Management or C-49)" or "NOT C-13"
 * against the features and profiles the ICS claims. Words between operators form one name.
 */
export function evaluateCondition(expression: string, claimed: ReadonlySet<string>): boolean {
  const tokens = tokenize(expression);
  let pos = 0;
  const peek = () => tokens[pos];
  const parseOr = (): boolean => {
    let v = parseAnd();
    while (peek() === 'or') { pos += 1; const r = parseAnd(); v = v || r; }
    return v;
  };
  const parseAnd = (): boolean => {
    let v = parseNot();
    while (peek() === 'and') { pos += 1; const r = parseNot(); v = v && r; }
    return v;
  };
  const parseNot = (): boolean => {
    if (peek() === 'not') { pos += 1; return !parseNot(); }
    return parseAtom();
  };
  const parseAtom = (): boolean => {
    const t = peek();
    if (t === '(') {
      pos += 1;
      const v = parseOr();
      if (peek() !== ')') throw bad(expression, 'missing )');
      pos += 1;
      return v;
    }
    if (t === undefined || t === ')' || t === 'and' || t === 'or') throw bad(expression, `unexpected ${t ?? 'end'}`);
    pos += 1;
    return claimed.has(t.toLowerCase());
  };
  const result = parseOr();
  if (pos !== tokens.length) throw bad(expression, `unexpected ${tokens[pos] ?? ''}`);
  return result;
}

/** The feature / profile names a condition mentions (lower case), e.g. for comparing two conditions. */
export function conditionNames(expression: string): string[] {
  return [...new Set(tokenize(expression).filter((t) => !['and', 'or', 'not', '(', ')'].includes(t)))];
}

function bad(expression: string, why: string): HarnessError {
  return new HarnessError('OCPPH_ERR_CATALOGUE', `cannot read condition '${expression}': ${why}`);
}

function tokenize(expression: string): string[] {
  const raw = expression.replace(/([()])/g, ' $1 ').split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let name: string[] = [];
  const flush = () => { if (name.length) { out.push(name.join(' ').toLowerCase()); name = []; } };
  for (const w of raw) {
    const lw = w.toLowerCase();
    if (lw === 'and' || lw === 'or' || lw === 'not' || w === '(' || w === ')') {
      flush();
      out.push(lw);
    } else {
      name.push(w);
    }
  }
  flush();
  return out;
}
