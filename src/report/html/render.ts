import { createHash } from 'node:crypto';
import Handlebars from 'handlebars';
import { summarize } from '../../engine/model.js';
import { VERDICTS } from '../../domain/verdict.js';
import type { CaseResult, RunResults } from '../../engine/model.js';
import type { Verdict } from '../../domain/verdict.js';
import { offendingFrameIndex } from '../frames.js';
import { readinessOf } from '../readiness.js';
import type { ProfileReadiness, ReadinessCounts, ReportResults } from '../readiness.js';
import { claimedVsShown } from '../claims.js';
import { redactSecrets } from '../redact.js';
import { reportClient } from './client.js';
import type { ClientDetail, ClientIndex } from './client-model.js';
import { REPORT_CSS } from './styles.js';
import { REPORT_TEMPLATE } from './template.js';

export const HTML_FILE = 'report.html';

const VERDICT_TEXT: Record<Verdict, string> = {
  PASS: 'Passed',
  FAIL: 'Failed',
  INCONCLUSIVE: 'Inconclusive',
  NOT_APPLICABLE: 'Not applicable',
  ERROR: 'Error',
};

const VERDICT_BADGE: Record<Verdict, string> = {
  PASS: 'PASS',
  FAIL: 'FAIL',
  INCONCLUSIVE: 'INCONCLUSIVE',
  NOT_APPLICABLE: 'N/A',
  ERROR: 'ERROR',
};

const READINESS_CLASS: Record<ProfileReadiness['readiness'], string> = {
  Ready: 'Ready',
  'Not ready': 'NotReady',
  Incomplete: 'Incomplete',
  'Not assessed': 'NotAssessed',
};

/** OCPP 2.x functional blocks, so a reader sees "B - Provisioning" rather than "B". */
const BLOCKS_2X: Record<string, string> = {
  A: 'Security',
  B: 'Provisioning',
  C: 'Authorization',
  D: 'Local Authorization List Management',
  E: 'Transactions',
  F: 'Remote Control',
  G: 'Availability',
  H: 'Reservation',
  I: 'Tariff and Cost',
  J: 'Meter Values',
  K: 'Smart Charging',
  L: 'Firmware Management',
  M: 'ISO 15118 Certificate Management',
  N: 'Diagnostics',
  O: 'Display Message',
  P: 'Data Transfer',
  Q: 'Bidirectional Power Transfer',
  R: 'DER Control',
  S: 'Battery Swapping',
};

function blockLabel(block: string, version: string): string {
  const name = version !== '1.6' ? BLOCKS_2X[block] : undefined;
  return name ? `${block} - ${name}` : block;
}

/**
 * JSON that is safe inside `<script type="application/json">`: no `<` at all (so neither
 * `</script>` nor `<!--` can appear) and no U+2028/U+2029.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

let compiled: HandlebarsTemplateDelegate | undefined;
let clientScript: string | undefined;

function template(): HandlebarsTemplateDelegate {
  compiled ??= Handlebars.create().compile(REPORT_TEMPLATE);
  return compiled;
}

/** The client script: the function's own source, called once. */
function script(): string {
  clientScript ??= `(${reportClient.toString()})();`;
  if (/<\/script|<!--/i.test(clientScript)) throw new Error('report client script must not contain </script or <!--');
  return clientScript;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return iso;
  return `${new Date(t).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const m = Math.floor(ms / 60_000);
  const s = Math.round((ms % 60_000) / 1000);
  return m < 60 ? `${m} min ${s} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

function humanize(key: string): string {
  const words = key.replace(/[_-]+/g, ' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : formatValue(v))).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** ICS as label/value rows; nested objects one level deep become "Parent > child". */
function icsRows(ics: Record<string, unknown> | undefined): { label: string; value: string }[] {
  if (!ics) return [];
  const rows: { label: string; value: string }[] = [];
  for (const [key, value] of Object.entries(ics)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) rows.push({ label: `${humanize(key)} \u203a ${humanize(k)}`, value: formatValue(v) });
    } else {
      rows.push({ label: humanize(key), value: formatValue(value) });
    }
  }
  return rows;
}

function overallStatus(matrix: readonly ProfileReadiness[], results: RunResults): { cls: string; text: string } {
  const assessed = matrix.filter((r) => r.readiness !== 'Not assessed');
  const ready = assessed.filter((r) => r.readiness === 'Ready').length;
  const notReady = assessed.filter((r) => r.readiness === 'Not ready').length;
  if (results.cases.length === 0) return { cls: 'incomplete', text: 'No test case was run' };
  if (assessed.length === 0) return { cls: 'incomplete', text: 'No profile could be assessed' };
  const of = `${ready} of ${assessed.length} assessed profile${assessed.length === 1 ? '' : 's'} ready`;
  if (notReady > 0) return { cls: 'notready', text: `${of} \u00b7 ${notReady} not ready` };
  if (ready === assessed.length) return { cls: 'ready', text: `All ${assessed.length} assessed profile${assessed.length === 1 ? '' : 's'} ready` };
  return { cls: 'incomplete', text: of };
}

function matrixCells(counts: ReadinessCounts, side: 'mandatory' | 'conditional') {
  const cols: [keyof ReadinessCounts, string][] = [
    ['passed', 'passed'],
    ['failed', 'failed'],
    ['notRun', 'notrun'],
    ['notApplicable', 'na'],
    ['notCovered', 'notcovered'],
  ];
  return cols.map(([key, column], i) => {
    const value = counts[key];
    const cls = [value === 0 ? 'zero' : 'pos', column, i === 0 ? 'first-of-group' : ''].filter(Boolean).join(' ');
    return { column: `${side}-${column}`, value, cls };
  });
}

function searchText(c: CaseResult, block: string): string {
  const parts = [c.id, c.title, c.reason ?? '', c.verdict === 'FAIL' ? (c.requirement ?? '') : '', block, ...c.covers, ...c.profiles.map((p) => p.profile)];
  return parts.join(' \u0001 ').toLowerCase();
}

function detail(c: CaseResult, block: string): ClientDetail {
  const t0 = Date.parse(c.startedAt);
  return {
    id: c.id,
    role: c.sutRole,
    verdict: c.verdict,
    reason: c.reason ?? null,
    requirement: c.verdict === 'FAIL' ? (c.requirement ?? null) : null,
    startedAt: c.startedAt,
    t0: Number.isFinite(t0) ? t0 : (c.frames[0]?.t ?? c.steps[0]?.t ?? 0),
    durationMs: c.durationMs,
    block,
    profiles: c.profiles.map((p) => [p.profile, p.mandatory ? 1 : 0, p.condition ?? null]),
    covers: c.covers,
    catches: c.catches,
    steps: c.steps.map((s) => [s.t, s.outcome, s.text]),
    adv: (c.advisories ?? []).map((a) => [a.text, a.requirement ?? null, a.frame ?? -1]),
    frames: c.frames.map((f) => [f.t, f.dir, f.action ?? null, f.raw, f.findings && f.findings.length > 0 ? f.findings : null, f.offending ? 1 : 0]),
    off: offendingFrameIndex(c) ?? -1,
  };
}

export interface HtmlOptions {
  /** Defaults to now; fixed in tests. */
  generatedAt?: Date;
}

/** report.html: one self-contained file. The static shell is Handlebars; case details are JSON rendered on expand. */
export function renderHtml(input: ReportResults, options: HtmlOptions = {}): string {
  const results: ReportResults = { ...redactSecrets(input), ...(input.readiness ? { readiness: input.readiness } : {}) };
  const sut = results.sut;
  const matrix = readinessOf(results);
  const blocks = results.cases.map((c) => blockLabel(c.block, c.version));

  // Frames marked offending on a FAIL with an explicit index: the index wins, the mark follows it.
  const cases = results.cases.map((c) => {
    const off = offendingFrameIndex(c);
    return off === undefined || c.frames[off]?.offending ? c : { ...c, frames: c.frames.map((f, i) => (i === off ? { ...f, offending: true } : f)) };
  });

  const byVerdict = summarize(cases).byVerdict;
  const total = cases.length;
  const index: ClientIndex = {
    cases: cases.map((c, i) => ({ id: c.id, v: c.verdict, b: blocks[i]!, p: c.profiles.map((p) => p.profile), s: searchText(c, blocks[i]!) })),
  };
  const detailBlocks = cases.map((c, i) => `<script type="application/json" id="case-data-${i}">${jsonForScript(detail(c, blocks[i]!))}</script>\n`).join('');
  const js = script();
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${sha256(js)}'`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  const headline = [sut.vendor, sut.model].filter(Boolean).join(' ') || sut.stationId || sut.endpoint || 'Unidentified SUT';
  const mixed = new Set(cases.map((c) => c.sutRole)).size > 1;
  const roleText = mixed
    ? 'Both: some cases test a charging station, others a CSMS'
    : sut.role === 'CS'
      ? 'Charging station (the harness played the CSMS)'
      : 'CSMS (the harness played the charging station)';
  const unfinished = results.unfinished
    ? `${total} ${results.planned !== undefined ? `of ${results.planned} planned ` : ''}case${total === 1 ? '' : 's'} finished before the run stopped; the report shows the finished cases only.`
    : '';
  const versions = [...new Set([sut.version, ...cases.map((c) => c.version)])].join(', ');
  const profiles = [...new Set(cases.flatMap((c) => c.profiles.map((p) => p.profile)))];

  const view = {
    pageTitle: `OCPP conformance report - ${headline}`,
    csp,
    css: REPORT_CSS,
    script: js,
    tool: results.tool,
    generatedAt: formatDate((options.generatedAt ?? new Date()).toISOString()),
    sutHeadline: `${headline} \u00b7 ${mixed ? 'Charging station and CSMS' : sut.role === 'CS' ? 'Charging station' : 'CSMS'} \u00b7 OCPP ${versions}`,
    overall: overallStatus(matrix, results),
    unfinished,
    run: { started: formatDate(results.startedAt) || 'unknown' },
    sutRows: [
      { label: 'Vendor', value: sut.vendor ?? '', testid: 'sut-vendor', cls: '' },
      { label: 'Model', value: sut.model ?? '', testid: 'sut-model', cls: '' },
      { label: 'Firmware', value: sut.firmwareVersion ?? '', testid: 'sut-firmware', cls: 'mono' },
      { label: 'Serial number', value: sut.serialNumber ?? '', testid: 'sut-serial', cls: 'mono' },
      { label: 'Station id', value: sut.stationId ?? '', testid: 'sut-station', cls: 'mono' },
      { label: 'Role', value: roleText, testid: 'sut-role', cls: '' },
      { label: 'OCPP version', value: versions, testid: 'sut-version', cls: '' },
      { label: 'Endpoint', value: sut.endpoint ?? '', testid: 'sut-endpoint', cls: 'mono' },
    ],
    runRows: [
      { label: 'Started', value: formatDate(results.startedAt) || 'unknown', testid: 'run-started', cls: '' },
      { label: 'Finished', value: results.unfinished ? 'did not finish' : formatDate(results.finishedAt), testid: 'run-finished', cls: '' },
      { label: 'Duration', value: formatDuration(Date.parse(results.finishedAt) - Date.parse(results.startedAt)), testid: 'run-duration', cls: '' },
      { label: 'Test cases', value: results.planned !== undefined && results.planned !== total ? `${total} of ${results.planned} planned` : String(total), testid: 'run-cases', cls: '' },
      { label: 'Harness', value: `${results.tool.name} ${results.tool.version}`, testid: 'run-harness', cls: '' },
    ],
    ics: icsRows(results.ics),
    config: results.config && Object.keys(results.config).length > 0 ? JSON.stringify(results.config, null, 2) : '',
    summary: {
      total,
      tiles: VERDICTS.map((v) => ({ verdict: v, label: VERDICT_TEXT[v], count: byVerdict[v], pct: total ? ((byVerdict[v] * 100) / total).toFixed(2) : '0' })),
    },
    matrix: matrix.map((r) => ({
      profile: r.profile,
      label: r.label,
      cells: [...matrixCells(r.mandatory, 'mandatory'), ...matrixCells(r.conditional, 'conditional')],
      readiness: r.readiness,
      readinessCls: READINESS_CLASS[r.readiness],
      explanation: r.explanation,
      notCovered: r.notCovered.map((u) => ({ id: u.id, title: u.title, mc: u.mandatory ? 'M' : 'C' })),
    })),
    claims: claimedVsShown(results).map((c) => ({ ...c, kindLabel: c.kind === 'profile' ? 'Profile' : 'Feature', claimedText: c.claimed ? 'Claimed' : 'Not claimed' })),
    filters: {
      verdicts: VERDICTS.filter((v) => byVerdict[v] > 0).map((v) => ({ value: v, label: VERDICT_TEXT[v], count: byVerdict[v] })),
      profiles: profiles.map((p) => ({ value: p, label: p })),
      blocks: [...new Set(blocks)].sort().map((b) => ({ value: b, label: b })),
    },
    cases: cases.map((c, i) => ({
      i,
      id: c.id,
      title: c.title,
      verdict: c.verdict,
      verdictLabel: VERDICT_BADGE[c.verdict],
      reason: c.verdict === 'PASS' ? '' : c.reason,
      profiles: c.profiles.map((p) => ({ name: p.profile, mc: p.mandatory ? 'M' : 'C', tip: p.mandatory ? 'mandatory' : `conditional${p.condition ? `: ${p.condition}` : ''}` })),
      duration: formatDuration(c.durationMs),
    })),
    indexJson: jsonForScript(index),
    detailBlocks,
  };
  return template()(view);
}
