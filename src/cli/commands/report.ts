import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { loadResults } from '../../report/results.js';
import { writeReports } from '../../report/write.js';
import { builtInImplemented } from '../../engine/catalogue.js';

export interface ReportCommandOptions {
  out?: string;
  pdf?: boolean;
}

/**
 * Rebuilds results.json, junit.xml, compliance.csv and report.html (and report.pdf with --pdf)
 * from a journal.jsonl (even one a killed run left behind) or a results.json.
 * Returns the files written; throws HarnessError (OCPPH_ERR_REPORT, OCPPH_ERR_BROWSER).
 */
export async function runReportCommand(input: string, options: ReportCommandOptions, out: Pick<NodeJS.WritableStream, 'write'> = process.stdout): Promise<void> {
  const results = loadResults(input);
  const outDir = resolve(options.out ?? dirname(input));
  const files = await writeReports(results, outDir, { html: true, pdf: options.pdf === true, implemented: await builtInImplemented() });
  const finished = results.unfinished ? ` (unfinished run: ${results.cases.length}${results.planned !== undefined ? ` of ${results.planned}` : ''} cases)` : '';
  out.write(`report: ${results.cases.length} case(s) from ${input}${finished}\n`);
  for (const path of Object.values(files)) out.write(`  ${path}\n`);
}

export function registerReportCommand(program: Command): void {
  program
    .command('report')
    .description('rebuild results.json, junit.xml, compliance.csv and report.html (and PDF) from a journal.jsonl or results.json')
    .argument('<input>', 'journal.jsonl (also from a killed run) or results.json')
    .option('-o, --out <dir>', 'output directory (default: the input file\'s directory)')
    .option('--pdf', 'also print report.pdf with the system Chromium', false)
    .action(async (input: string, options: ReportCommandOptions) => {
      await runReportCommand(input, options);
    });
}
