import path from 'node:path';
import type { Command } from 'commander';
import { resolveConfig } from '../../config/config.js';
import { runSession, TOOL } from '../../session/session.js';
import { referenceIcs } from '../../session/reference.js';
import { createRunReporters } from '../../report/run-reporters.js';
import { summarize, type CaseResult, type OcppVersion, type RunEvent } from '../../engine/model.js';
import { loadCatalogue } from '../../engine/catalogue.js';
import { caseInfoOf } from '../../engine/testcase.js';

/**
 * The quick start: the harness plays the CSMS against the reference station and the station
 * against the reference CSMS, for each version with cases, and writes one report.
 */
export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('Run the harness in both roles against the built-in reference simulators and write reports/demo/.')
    .option('-o, --out <dir>', 'output folder', 'reports/demo')
    .option('--pdf', 'also print the report to PDF (needs Chromium)')
    .action(async (flags: { out: string; pdf?: boolean }) => {
      const outDir = path.resolve(flags.out);
      const reporters = createRunReporters({ outDir, console: process.stdout, html: true, pdf: Boolean(flags.pdf) });
      const emit = (e: RunEvent) => reporters.onEvent(e);
      const catalogue = await loadCatalogue();
      const versions = (['2.0.1', '1.6'] as OcppVersion[]).filter((v) => catalogue.cases.some((c) => c.version === v && !c.removed));
      const all: CaseResult[] = [];
      try {
        await emit({
          type: 'runBegin', startedAt: new Date().toISOString(), tool: TOOL,
          sut: { role: 'CS', version: versions[0] ?? '2.0.1', vendor: 'ocpp-harness', model: 'reference simulators (demo)', endpoint: '127.0.0.1 (in-process)' },
          config: { demo: true, versions, roles: ['CS', 'CSMS'], profiles: ['Core'] },
          planned: catalogue.cases.filter((c) => versions.includes(c.version) && !c.removed && c.profiles.some((p) => p.profile === 'Core')).map(caseInfoOf),
        });
        for (const version of versions) {
          for (const sut of ['cs', 'csms'] as const) {
            process.stdout.write(`\n== OCPP ${version}, ${sut === 'cs' ? 'harness as CSMS against the reference charging station' : 'harness as charging station against the reference CSMS'}\n`);
            const config = resolveConfig({ ics: referenceIcs(version, sut === 'cs' ? 'CS' : 'CSMS'), operator: { interactive: false }, timeouts: { caseMs: 60_000, holdMs: 1_000 } }, {}, { version, sut, certs: path.join(outDir, 'certs') });
            const outcome = await runSession({ config, selection: { profiles: ['Core'] }, sim: { faults: [] }, emit, runBoundaries: false });
            all.push(...outcome.cases);
          }
        }
        await emit({ type: 'runEnd', finishedAt: new Date().toISOString(), summary: summarize(all) });
      } finally {
        await reporters.close();
      }
      const bad = all.filter((c) => c.verdict === 'FAIL' || c.verdict === 'ERROR').length;
      process.stdout.write(`\nDemo report: ${path.join(outDir, 'report.html')}\n`);
      process.exitCode = bad > 0 ? 1 : 0;
    });
}
