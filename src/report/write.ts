import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunResults } from '../engine/model.js';
import { HarnessError } from '../errors.js';
import { CSV_FILE, renderCsv } from './csv.js';
import { HTML_FILE, renderHtml } from './html/render.js';
import { JUNIT_FILE, renderJunit } from './junit.js';
import { PDF_FILE, renderPdf } from './pdf.js';
import { redactSecrets } from './redact.js';
import { computeReadiness, scopeOf, type ReportResults } from './readiness.js';

export const RESULTS_FILE = 'results.json';

export interface WriteReportsOptions {
  html: boolean;
  pdf: boolean;
  /**
   * `${version}/${id}` of the cases the harness implements (the caller knows its catalogue:
   * engine/catalogue.ts builtInImplemented); undefined counts every absent case as not covered.
   */
  implemented: ReadonlySet<string> | undefined;
}

/** Paths of the files written, by kind. */
export interface ReportFiles {
  results: string;
  junit: string;
  csv: string;
  html?: string;
  pdf?: string;
}

/** Writes through a temporary file and a rename, so a reader never sees half a report. */
function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text, 'utf8');
    renameSync(tmp, path);
  } catch (error) {
    throw new HarnessError('OCPPH_ERR_REPORT', `cannot write ${path}: ${(error as Error).message}`, { path }, { cause: error });
  }
}

/**
 * Writes results.json, junit.xml, compliance.csv and, as asked, report.html and report.pdf
 * (the PDF needs the HTML and is printed from it). Every writer sees redacted results.
 */
export async function writeReports(input: RunResults, outDir: string, options: WriteReportsOptions): Promise<ReportFiles> {
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (error) {
    throw new HarnessError('OCPPH_ERR_REPORT', `cannot create the report folder ${outDir}: ${(error as Error).message}`, { path: outDir }, { cause: error });
  }
  const { implemented } = options;
  const redacted = redactSecrets(input);
  // One readiness for every file, over the official cases that apply under the ICS.
  const results: ReportResults = { ...redacted, readiness: computeReadiness(redacted.cases, { unfinished: redacted.unfinished === true, scopes: scopeOf(redacted, implemented) }) };
  const files: ReportFiles = { results: join(outDir, RESULTS_FILE), junit: join(outDir, JUNIT_FILE), csv: join(outDir, CSV_FILE) };
  writeAtomic(files.results, `${JSON.stringify(results, null, 2)}\n`);
  writeAtomic(files.junit, renderJunit(results));
  writeAtomic(files.csv, renderCsv(results));
  if (options.html || options.pdf) {
    files.html = join(outDir, HTML_FILE);
    writeAtomic(files.html, renderHtml(results));
  }
  if (options.pdf && files.html) {
    files.pdf = join(outDir, PDF_FILE);
    await renderPdf(files.html, files.pdf);
  }
  return files;
}
