import type { Writable } from 'node:stream';
import { emptyByVerdict } from '../engine/model.js';
import { VERDICTS } from '../domain/verdict.js';
import type { CaseInfo, CaseResult, RunEvent } from '../engine/model.js';
import type { Verdict } from '../domain/verdict.js';
import { computeReadiness, type ProfileReadiness } from './readiness.js';
import type { Reporter } from './reporter.js';

/** Short, fixed-width labels so the ids line up: `PASS  TC_B_01_CS  Cold boot ... (123 ms)`. */
export const VERDICT_LABEL: Record<Verdict, string> = {
  PASS: 'PASS',
  FAIL: 'FAIL',
  INCONCLUSIVE: 'INCON',
  NOT_APPLICABLE: 'N/A',
  ERROR: 'ERROR',
};

const COLOR: Record<Verdict, string> = {
  PASS: '\x1b[32m',
  FAIL: '\x1b[31m',
  INCONCLUSIVE: '\x1b[33m',
  NOT_APPLICABLE: '\x1b[90m',
  ERROR: '\x1b[35m',
};
/** The console sees only the cases run, so it never says "Ready" (see readiness.ts for that). */
const RUN_OUTCOME: Record<ProfileReadiness['readiness'], string> = {
  Ready: 'all passed',
  'Not ready': 'failed',
  Incomplete: 'incomplete',
  'Not assessed': 'not assessed',
};
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';
const BOLD = '\x1b[1m';
const CLEAR_LINE = '\r\x1b[2K';

export interface ConsoleReporterOptions {
  /** Defaults to the stream's isTTY: a live progress line and colours on a terminal, plain lines otherwise. */
  tty?: boolean;
  /** Defaults to tty && !NO_COLOR. */
  color?: boolean;
}

type WritableLike = Pick<Writable, 'write'> & { isTTY?: boolean; columns?: number };

/** Strips control characters so SUT text cannot move the cursor or recolour the terminal. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}

export class ConsoleReporter implements Reporter {
  readonly name = 'console';
  private readonly tty: boolean;
  private readonly color: boolean;
  private planned = 0;
  private done = 0;
  private idWidth = 0;
  private progressShown = false;
  private readonly cases: CaseResult[] = [];
  private startedAt = 0;

  constructor(
    private readonly out: WritableLike,
    options: ConsoleReporterOptions = {},
  ) {
    this.tty = options.tty ?? out.isTTY === true;
    this.color = options.color ?? (this.tty && !process.env.NO_COLOR);
  }

  onEvent(event: RunEvent): void {
    switch (event.type) {
      case 'runBegin':
        this.planned = event.planned.length;
        this.startedAt = Date.parse(event.startedAt) || Date.now();
        this.idWidth = Math.max(0, ...event.planned.map((c) => c.id.length));
        this.write(this.paint(BOLD, `ocpp-harness ${clean(event.tool.version)}: ${this.planned} case(s), SUT ${event.sut.role} OCPP ${event.sut.version}`) + (event.sut.endpoint ? ` at ${clean(event.sut.endpoint)}` : '') + '\n');
        break;
      case 'caseBegin':
        if (this.tty) this.progress(event.info);
        break;
      case 'caseEnd':
        this.caseEnd(event.result);
        break;
      case 'runEnd':
        this.summary(Date.parse(event.finishedAt) - this.startedAt);
        break;
      default:
        break;
    }
  }

  async close(): Promise<void> {
    this.clearProgress();
  }

  private progress(info: CaseInfo): void {
    const width = this.out.columns ?? 100;
    const line = `[${this.done + 1}/${this.planned || '?'}] RUN   ${info.id}  ${clean(info.title)}`;
    this.write(CLEAR_LINE + this.paint(DIM, line.slice(0, Math.max(20, width - 1))));
    this.progressShown = true;
  }

  private clearProgress(): void {
    if (!this.progressShown) return;
    this.write(CLEAR_LINE);
    this.progressShown = false;
  }

  private caseEnd(result: CaseResult): void {
    this.done += 1;
    this.cases.push(result);
    this.clearProgress();
    const label = this.paint(COLOR[result.verdict], VERDICT_LABEL[result.verdict].padEnd(6));
    let line = `${label}${result.id.padEnd(this.idWidth)}  ${clean(result.title)} ${this.paint(DIM, `(${Math.round(result.durationMs)} ms)`)}\n`;
    if (result.verdict !== 'PASS' && result.reason) {
      const requirement = result.verdict === 'FAIL' && result.requirement ? ` [${clean(result.requirement)}]` : '';
      line += `${' '.repeat(6)}${this.paint(DIM, `${clean(result.reason)}${requirement}`)}\n`;
    }
    // Advisories are not failures: listed under the case, whatever its verdict.
    for (const a of result.advisories ?? []) {
      line += `${' '.repeat(6)}${this.paint(DIM, `advisory: ${clean(a.text)}${a.requirement ? ` [${clean(a.requirement)}]` : ''}`)}\n`;
    }
    this.write(line);
  }

  private summary(elapsedMs: number): void {
    const total = emptyByVerdict();
    for (const c of this.cases) total[c.verdict] += 1;
    const parts = VERDICTS.filter((v) => total[v] > 0).map((v) => this.paint(COLOR[v], `${VERDICT_LABEL[v]} ${total[v]}`));
    const secs = Number.isFinite(elapsedMs) ? ` in ${(elapsedMs / 1000).toFixed(1)} s` : '';
    let out = `\n${this.paint(BOLD, `${this.cases.length} case(s)${secs}`)}: ${parts.join('  ') || 'nothing run'}\n`;
    const rows = computeReadiness(this.cases);
    if (rows.length > 0) {
      const width = Math.max(7, ...rows.map((r) => r.label.length));
      // Over the cases run only: certification readiness (every official case that applies) is in the report files.
      out += `\n${'Profile'.padEnd(width)}  ${'Mandatory'.padEnd(21)}  ${'Conditional'.padEnd(21)}  Cases run\n`;
      out += `${''.padEnd(width)}  ${'pass fail  n/r  n/a'.padEnd(21)}  ${'pass fail  n/r  n/a'.padEnd(21)}\n`;
      for (const r of rows) {
        const m = r.mandatory;
        const c = r.conditional;
        const cells = (x: typeof m) => [x.passed, x.failed, x.notRun, x.notApplicable].map((n) => String(n).padStart(4)).join(' ').padEnd(21);
        const readyColor = r.readiness === 'Ready' ? COLOR.PASS : r.readiness === 'Not ready' ? COLOR.FAIL : COLOR.INCONCLUSIVE;
        out += `${clean(r.label).padEnd(width)}  ${cells(m)}  ${cells(c)}  ${this.paint(readyColor, RUN_OUTCOME[r.readiness])}\n`;
      }
      out += 'Certification readiness, over every official case that applies whether run or not, is in report.html and results.json.\n';
    }
    this.write(out);
  }

  private paint(code: string, text: string): string {
    return this.color ? `${code}${text}${RESET}` : text;
  }

  private write(text: string): void {
    this.out.write(text);
  }
}
