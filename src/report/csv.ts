import { readinessOf, type ReportResults } from './readiness.js';

export const CSV_FILE = 'compliance.csv';

export const CSV_COLUMNS = ['case', 'title', 'profile', 'M/C', 'condition', 'verdict', 'reason', 'requirement'] as const;

/**
 * RFC 4180 quoting, plus a leading apostrophe on text a spreadsheet would run as a formula
 * (=, +, -, @, tab, CR at the start): a reason quoting SUT text must stay text.
 */
export function csvField(value: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * compliance.csv for tender spreadsheets: one row per case and profile it belongs to.
 * UTF-8 with a BOM (so Excel reads accents right) and CRLF line ends.
 */
export function renderCsv(results: ReportResults): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const c of results.cases) {
    const requirement = c.verdict === 'FAIL' ? (c.requirement ?? '') : '';
    const base = { reason: c.reason ?? '', requirement };
    const memberships = c.profiles.length > 0 ? c.profiles : [undefined];
    for (const p of memberships) {
      rows.push([c.id, c.title, p?.profile ?? '', p ? (p.mandatory ? 'M' : 'C') : '', p && !p.mandatory ? (p.condition ?? '') : '', c.verdict, base.reason, base.requirement]);
    }
  }
  // Official cases that apply under the ICS but this harness does not implement: same figures as the readiness matrix.
  const reason = notImplementedReason(results);
  for (const r of readinessOf(results)) {
    for (const u of r.notCovered) rows.push([u.id, u.title, r.profile, u.mandatory ? 'M' : 'C', '', 'NOT_COVERED', reason, '']);
  }
  return '\ufeff' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** "not implemented in ocpp-harness 0.1" */
export function notImplementedReason(results: Pick<ReportResults, 'tool'>): string {
  const v = /^(\d+\.\d+)/.exec(results.tool.version)?.[1] ?? results.tool.version;
  return `not implemented in ${results.tool.name} ${v}`;
}
