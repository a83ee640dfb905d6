import type { Command } from 'commander';
import { loadCatalogue } from '../../engine/catalogue.js';
import { select } from '../../engine/plan.js';
import { caseInfoOf } from '../../engine/testcase.js';
import { collect, parseSut, parseVersion } from '../options.js';
import type { OcppVersion } from '../../engine/model.js';
import path from 'node:path';

export function registerListCommand(program: Command): void {
  program
    .command('list')
    .description('List the test cases of the catalogue.')
    .option('--ocpp <version>', 'OCPP version: 1.6, 2.0.1 or 2.1', parseVersion)
    .option('--sut <role>', 'cs or csms', parseSut)
    .option('--profile <name>', 'only cases of this profile (repeatable)', collect)
    .option('--catalogue <dir>', 'load cases from this folder instead of the built-in catalogue')
    .option('--json', 'print JSON: [{id, title, version, sut, profiles, covers, catches, removed?}]')
    .action(async (flags: { ocpp?: OcppVersion; sut?: 'cs' | 'csms'; profile?: string[]; catalogue?: string; json?: boolean }) => {
      const catalogue = await loadCatalogue(flags.catalogue ? path.resolve(flags.catalogue) : undefined, flags.ocpp ? [flags.ocpp] : undefined);
      const sut = flags.sut === 'csms' ? 'CSMS' : flags.sut === 'cs' ? 'CS' : undefined;
      const active = select(catalogue.cases, { ...(flags.ocpp ? { version: flags.ocpp } : {}), ...(sut ? { sut } : {}), ...(flags.profile ? { profiles: flags.profile } : {}) });
      const removed = catalogue.cases.filter((c) => c.removed && (!flags.ocpp || c.version === flags.ocpp) && (!sut || c.sut === sut));
      const rows = [...active, ...removed].map(caseInfoOf).sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(rows.map((r) => ({
          id: r.id, title: r.title, version: r.version, sut: r.sut, profiles: r.profiles, covers: r.covers, catches: r.catches, block: r.block,
          ...(r.removed ? { removed: r.removed } : {}),
        })), null, 2)}\n`);
        return;
      }
      for (const r of rows) {
        const prof = r.profiles.map((p) => `${p.profile}${p.mandatory ? ' (M)' : ` (C: ${p.condition ?? ''})`}`).join('; ');
        process.stdout.write(`${r.id.padEnd(18)} ${r.version.padEnd(6)} ${(r.removed ? `[removed: ${r.removed}] ` : '') + r.title}  —  ${prof}\n`);
      }
      process.stdout.write(`${active.length} case(s)${removed.length ? `, ${removed.length} removed by errata` : ''}\n`);
    });
}
