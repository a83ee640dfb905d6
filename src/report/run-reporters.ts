import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { RunEvent } from '../engine/model.js';
import { ConsoleReporter } from './console.js';
import { JOURNAL_FILE, JournalReporter } from './journal.js';
import type { Reporter } from './reporter.js';
import { ReporterMultiplexer } from './reporter.js';
import { ResultsBuilder } from './results.js';
import type { ReportFiles, WriteReportsOptions } from './write.js';
import { writeReports } from './write.js';
import { HarnessError, isHarnessError } from '../errors.js';

/**
 * Collects the run and writes the report files when it ends; if the run is closed without a
 * runEnd (aborted), it writes them anyway from the cases that finished, marked unfinished.
 */
export class ReportFilesReporter implements Reporter {
  readonly name = 'report-files';
  private readonly builder = new ResultsBuilder();
  private seen = false;
  private written: ReportFiles | undefined;

  constructor(
    readonly outDir: string,
    private readonly options: WriteReportsOptions,
  ) {}

  /** The files written so far, once the run has ended or the reporter was closed. */
  get files(): ReportFiles | undefined {
    return this.written;
  }

  /** Synchronous except on runEnd, so frames and steps do not turn the pipeline asynchronous. */
  onEvent(event: RunEvent): void | Promise<void> {
    this.seen = true;
    this.builder.add(event);
    if (event.type === 'runEnd') return this.write();
  }

  async close(): Promise<void> {
    if (this.seen && !this.written) await this.write();
  }

  private async write(): Promise<void> {
    try {
      this.written = await writeReports(this.builder.build(), this.outDir, this.options);
    } catch (error) {
      if (isHarnessError(error)) throw error;
      throw new HarnessError('OCPPH_ERR_REPORT', `cannot write the reports in ${this.outDir}: ${(error as Error).message}`, { path: this.outDir }, { cause: error });
    }
  }
}

/**
 * Why the run's reports are incomplete, when a reporter failed (each failure names its file), else
 * undefined. The CLI turns this into exit 1 and prints no "Report: ..." line.
 */
export function reportFailure(reporters: ReporterMultiplexer): HarnessError | undefined {
  const failed = reporters.failures.filter((f) => f.reporter !== 'console');
  if (!failed.length) return undefined;
  const why = failed.map((f) => (f.error instanceof Error ? f.error.message : String(f.error))).join('; ');
  return new HarnessError('OCPPH_ERR_REPORT', `the run's reports are incomplete: ${why}`, { reporters: failed.map((f) => f.reporter) });
}

export interface RunReportersOptions {
  outDir: string;
  /** Where console progress goes; defaults to process.stdout, `false` for none. */
  console?: Writable | false;
  html: boolean;
  pdf: boolean;
  /** The cases the harness implements, for readiness (write.ts). */
  implemented: ReadonlySet<string> | undefined;
  /** Where a failing reporter is reported; defaults to process.stderr. */
  stderr?: Pick<Writable, 'write'>;
}

/** The reporters of a run: console progress, the journal, and the report files, behind one multiplexer. */
export function createRunReporters(options: RunReportersOptions): ReporterMultiplexer {
  const reporters: Reporter[] = [];
  const out = options.console === undefined ? process.stdout : options.console;
  if (out) reporters.push(new ConsoleReporter(out));
  reporters.push(new JournalReporter(join(options.outDir, JOURNAL_FILE)));
  reporters.push(new ReportFilesReporter(options.outDir, { html: options.html, pdf: options.pdf, implemented: options.implemented }));
  return new ReporterMultiplexer(reporters, options.stderr ? { stderr: options.stderr } : {});
}
