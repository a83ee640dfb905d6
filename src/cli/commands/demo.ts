import path from 'node:path';
import type { Command } from 'commander';
import { resolveConfig } from '../../config/config.js';
import { TOOL } from '../../session/session.js';
import { runShardedSession } from '../../session/sharded.js';
import { referenceConfigured, referenceSessions } from '../../session/reference.js';
import { referenceGroups } from '../../session/fitting-references.js';
import { ensurePki } from '../../pki/store.js';
import { createRunReporters, reportFailure } from '../../report/run-reporters.js';
import { summarize, type CaseResult, type OcppVersion, type RunEvent } from '../../engine/model.js';
import { builtInImplemented, loadCatalogue } from '../../engine/catalogue.js';
import { caseInfoOf } from '../../engine/testcase.js';
import { parsePositiveInt } from '../options.js';

/**
 * The quick start: the harness plays the CSMS against the reference station and the station
 * against the reference CSMS, for each version with cases, all Core cases, into one report.
 * The four runs (two versions, two roles) and their shards go side by side.
 */
export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('Run the harness in both roles against the built-in reference simulators (Core profile) and write reports/demo/.')
    .option('-o, --out <dir>', 'output folder', 'reports/demo')
    .option('--parallel <n>', 'simulator instances per version and role', parsePositiveInt, 3)
    .option('--pdf', 'also print the report to PDF (needs Chromium)')
    .action(async (flags: { out: string; pdf?: boolean; parallel: number }) => {
      const outDir = path.resolve(flags.out);
      const started = Date.now();
      const reporters = createRunReporters({ outDir, console: process.stdout, html: true, pdf: Boolean(flags.pdf), implemented: await builtInImplemented() });
      const emit = (e: RunEvent) => reporters.onEvent(e);
      const catalogue = await loadCatalogue();
      const versions = (['2.0.1', '1.6'] as OcppVersion[]).filter((v) => catalogue.cases.some((c) => c.version === v && !c.removed));
      const core = catalogue.cases.filter((c) => versions.includes(c.version) && !c.removed && c.profiles.some((p) => p.profile === 'Core'));
      process.stdout.write(`Demo: ${core.length} Core cases of OCPP ${versions.join(' and ')}, the harness as CSMS against the reference charging station and as charging station against the reference CSMS.\n\n`);
      const all: CaseResult[] = [];
      try {
        await emit({
          type: 'runBegin', startedAt: new Date().toISOString(), tool: TOOL,
          sut: { role: 'CS', version: versions[0] ?? '2.0.1', vendor: 'ocpp-harness', model: 'reference simulators (demo: both roles)', endpoint: '127.0.0.1 (in-process)' },
          config: { demo: true, versions, roles: ['CS', 'CSMS'], profiles: ['Core'] },
          ics: { profiles: ['Core'], versions: versions.join(', '), claims: 'what each reference simulator implements (src/session/reference.ts)' },
          planned: core.map(caseInfoOf),
        });
        // The test PKI lives in certs/ (git-ignored), never beside the report a user may share.
        const certs = path.resolve('certs');
        await ensurePki(certs);
        // One session per version, role and the reference configuration the cases need (security profile, variant:
        // a second EVSE, a fixed cable...), so no case is NOT_APPLICABLE only because of how a simulator was started.
        const groups = referenceSessions(core).flatMap((s) => referenceGroups(core.filter((c) => c.version === s.version && c.sut === s.sut && s.ids.includes(c.id)), s.version, s.sut)
          .map((g) => ({ ...g, version: s.version, sut: s.sut })));
        await Promise.all(groups.map(async (g) => {
          const config = resolveConfig({ ics: g.ics, configured: referenceConfigured(g.sut), operator: { interactive: false }, timeouts: { caseMs: 60_000, holdMs: 1_000 } },
            {}, { version: g.version, sut: g.sut === 'CS' ? 'cs' : 'csms', certs, securityProfile: g.securityProfile });
          const outcome = await runShardedSession({ config, selection: { ids: g.ids }, sim: { faults: [] }, emit, runBoundaries: false }, g.securityProfile ? 1 : flags.parallel);
          all.push(...outcome.cases);
        }));
        await emit({ type: 'runEnd', finishedAt: new Date().toISOString(), summary: summarize(all) });
      } finally {
        await reporters.close();
      }
      const incomplete = reportFailure(reporters);
      if (incomplete) throw incomplete;
      const bad = all.filter((c) => c.verdict === 'FAIL' || c.verdict === 'ERROR').length;
      process.stdout.write(`\nDemo finished in ${((Date.now() - started) / 1000).toFixed(1)} s. Report: ${path.join(outDir, 'report.html')}\n`);
      process.exitCode = bad > 0 ? 1 : 0;
    });
}
