import type { CaseResult } from '../engine/model.js';
import { describeFrame, offendingFrameIndex } from './frames.js';
import { NO_PROFILE, readinessOf, type ReportResults, type UncoveredCase } from './readiness.js';
import { notImplementedReason } from './csv.js';

export const JUNIT_FILE = 'junit.xml';

/**
 * Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/FFFF).
 * SUT text can contain them; they become U+FFFD so the file stays well-formed.
 */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlText(text: string): string {
  return text.replace(XML_INVALID, '\ufffd').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

function seconds(ms: number): string {
  return (Math.max(0, ms) / 1000).toFixed(3);
}

function caseBody(c: CaseResult): string {
  const lines: string[] = [];
  if (c.verdict === 'FAIL' && c.requirement) lines.push(`Requirement: ${c.requirement}`);
  if (c.reason) lines.push(`Reason: ${c.reason}`);
  const off = offendingFrameIndex(c);
  if (off !== undefined) {
    const frame = c.frames[off]!;
    lines.push(`Offending frame ${describeFrame(frame, off, c.sutRole)}:`, frame.raw);
    if (frame.findings?.length) lines.push(...frame.findings.map((f) => `  finding: ${f}`));
  }
  return lines.join('\n');
}

function stepsText(c: CaseResult): string {
  const t0 = Date.parse(c.startedAt);
  return c.steps.map((s) => `${Number.isFinite(t0) ? `+${s.t - t0} ms` : new Date(s.t).toISOString()} [${s.outcome}] ${s.text}`).join('\n');
}

function testcase(c: CaseResult, profile: string): string {
  const name = `${c.id} ${c.title}`;
  let xml = `    <testcase classname="${xmlAttr(profile)}" name="${xmlAttr(name)}" time="${seconds(c.durationMs)}"`;
  const body = caseBody(c);
  let inner = '';
  switch (c.verdict) {
    case 'PASS':
      break;
    case 'FAIL':
      inner = `      <failure message="${xmlAttr(c.reason)}" type="${xmlAttr(c.requirement ?? 'FAIL')}">${xmlText(body)}</failure>\n`;
      break;
    case 'ERROR':
      inner = `      <error message="${xmlAttr(c.reason)}" type="ERROR">${xmlText(body)}</error>\n`;
      break;
    case 'INCONCLUSIVE':
    case 'NOT_APPLICABLE':
      inner = `      <skipped message="${xmlAttr(`${c.verdict}: ${c.reason}`)}"/>\n`;
      break;
  }
  if (c.verdict === 'FAIL' || c.verdict === 'ERROR' || c.verdict === 'INCONCLUSIVE') {
    const steps = stepsText(c);
    if (steps) inner += `      <system-out>${xmlText(steps)}</system-out>\n`;
  }
  xml += inner ? `>\n${inner}    </testcase>\n` : '/>\n';
  return xml;
}

/** JUnit XML: one testsuite per profile, one testcase per case in each of its profiles. */
export function renderJunit(results: ReportResults): string {
  const suites = new Map<string, CaseResult[]>();
  for (const c of results.cases) {
    const profiles = c.profiles.length > 0 ? c.profiles.map((p) => p.profile) : [NO_PROFILE];
    for (const p of new Set(profiles)) {
      let list = suites.get(p);
      if (!list) suites.set(p, (list = []));
      list.push(c);
    }
  }
  // A skipped test per official case that applies but is not implemented, in its profile's suite.
  const uncovered = new Map<string, UncoveredCase[]>();
  for (const r of readinessOf(results)) {
    if (!r.notCovered.length) continue;
    uncovered.set(r.profile, [...(uncovered.get(r.profile) ?? []), ...r.notCovered]);
    if (!suites.has(r.profile)) suites.set(r.profile, []);
  }
  const reason = notImplementedReason(results);
  const sut = results.sut;
  const props = Object.entries({
    'sut.role': sut.role,
    'sut.version': sut.version,
    'sut.vendor': sut.vendor,
    'sut.model': sut.model,
    'sut.firmwareVersion': sut.firmwareVersion,
    'sut.serialNumber': sut.serialNumber,
    'sut.endpoint': sut.endpoint,
    'run.unfinished': results.unfinished ? 'true' : undefined,
  })
    .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '')
    .map(([k, v]) => `      <property name="${xmlAttr(k)}" value="${xmlAttr(v)}"/>\n`)
    .join('');
  const total = { tests: 0, failures: 0, errors: 0, skipped: 0, ms: 0 };
  let body = '';
  for (const [profile, cases] of suites) {
    const missing = uncovered.get(profile) ?? [];
    const n = {
      tests: cases.length + missing.length,
      failures: cases.filter((c) => c.verdict === 'FAIL').length,
      errors: cases.filter((c) => c.verdict === 'ERROR').length,
      skipped: cases.filter((c) => c.verdict === 'INCONCLUSIVE' || c.verdict === 'NOT_APPLICABLE').length + missing.length,
      ms: cases.reduce((a, c) => a + c.durationMs, 0),
    };
    total.tests += n.tests;
    total.failures += n.failures;
    total.errors += n.errors;
    total.skipped += n.skipped;
    total.ms += n.ms;
    body +=
      `  <testsuite name="${xmlAttr(profile)}" tests="${n.tests}" failures="${n.failures}" errors="${n.errors}" skipped="${n.skipped}" time="${seconds(n.ms)}" timestamp="${xmlAttr(results.startedAt)}">\n` +
      (props ? `    <properties>\n${props}    </properties>\n` : '') +
      cases.map((c) => testcase(c, profile)).join('') +
      missing.map((u) => `    <testcase classname="${xmlAttr(profile)}" name="${xmlAttr(`${u.id} ${u.title}`)}" time="0.000">\n      <skipped message="${xmlAttr(`${reason} (${u.mandatory ? 'mandatory' : 'conditional'} case)`)}"/>\n    </testcase>\n`).join('') +
      '  </testsuite>\n';
  }
  const name = `${results.tool.name} ${results.tool.version}`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="${xmlAttr(name)}" tests="${total.tests}" failures="${total.failures}" errors="${total.errors}" skipped="${total.skipped}" time="${seconds(total.ms)}">\n` +
    body +
    '</testsuites>\n'
  );
}
