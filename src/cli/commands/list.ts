import type { Command } from 'commander';
import path from 'node:path';
import { loadCatalogue } from '../../engine/catalogue.js';
import { select } from '../../engine/plan.js';
import { caseInfoOf } from '../../engine/testcase.js';
import { collect, parseSut, parseVersion } from '../options.js';
import type { OcppVersion, SutRole } from '../../engine/model.js';
import { catalogueRows, coverageSummary, type CatalogueRow, type CoverageRow } from '../../catalogue-data/coverage.js';
import { membershipText } from '../../catalogue-data/official.js';

const VERSIONS: OcppVersion[] = ['1.6', '2.0.1', '2.1'];

interface ListFlags { ocpp?: OcppVersion; sut?: 'cs' | 'csms'; profile?: string[]; catalogue?: string; json?: boolean; all?: boolean; coverage?: boolean }

export function registerListCommand(program: Command): void {
  program
    .command('list')
    .description('List the test cases: the implemented ones, or (--all) every official case with its state.')
    .option('--ocpp <version>', 'OCPP version: 1.6, 2.0.1 or 2.1', parseVersion)
    .option('--sut <role>', 'cs or csms', parseSut)
    .option('--profile <name>', 'only cases of this profile (repeatable)', collect)
    .option('--catalogue <dir>', 'load cases from this folder instead of the built-in catalogue')
    .option('--all', 'every official case (Part 5/6, errata, the OCTT 1.6 document) with its state: implemented, not implemented, removed by errata')
    .option('--coverage', 'per version, role and profile: implemented / official mandatory and conditional cases')
    .option('--json', 'print JSON')
    .action(async (flags: ListFlags) => {
      const catalogue = await loadCatalogue(flags.catalogue ? path.resolve(flags.catalogue) : undefined, flags.ocpp ? [flags.ocpp] : undefined);
      const sut: SutRole | undefined = flags.sut === 'csms' ? 'CSMS' : flags.sut === 'cs' ? 'CS' : undefined;
      if (flags.all || flags.coverage) {
        const profiles = flags.profile?.map((p) => p.toLowerCase());
        const rows = catalogueRows(catalogue.cases, flags.ocpp ? [flags.ocpp] : VERSIONS)
          .filter((r) => (!sut || r.sut === sut) && (!profiles?.length || r.profiles.some((p) => profiles.includes(p.profile.toLowerCase()))));
        if (flags.coverage) printCoverage(coverageSummary(rows), flags.json === true);
        else printAll(rows, flags.json === true);
        return;
      }
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
        const prof = r.profiles.map((p) => membershipText(p)).join('; ');
        process.stdout.write(`${r.id.padEnd(18)} ${r.version.padEnd(6)} ${(r.removed ? `[removed: ${r.removed}] ` : '') + r.title}  —  ${prof}\n`);
      }
      process.stdout.write(`${active.length} case(s)${removed.length ? `, ${removed.length} removed by errata` : ''}\n`);
    });
}

function printAll(rows: CatalogueRow[], json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  const mark: Record<CatalogueRow['state'], string> = { implemented: 'implemented', 'not implemented': 'not yet', 'removed by errata': 'removed' };
  for (const r of rows) {
    const prof = r.profiles.map(membershipText).join('; ') || '(no profile)';
    process.stdout.write(`${r.id.padEnd(18)} ${r.version.padEnd(6)} ${mark[r.state].padEnd(12)} ${r.title}  —  ${prof}${r.official ? '' : '  [not an official id]'}\n`);
  }
  const n = (s: CatalogueRow['state']) => rows.filter((r) => r.state === s).length;
  process.stdout.write(`${rows.length} case(s): ${n('implemented')} implemented, ${n('not implemented')} not implemented yet, ${n('removed by errata')} removed by errata\n`);
}

function printCoverage(rows: CoverageRow[], json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  const width = Math.max(7, ...rows.map((r) => r.profile.length));
  process.stdout.write(`${'OCPP'.padEnd(6)} ${'SUT'.padEnd(5)} ${'Profile'.padEnd(width)}  ${'Mandatory'.padEnd(11)}  Conditional\n`);
  for (const r of rows) {
    const cell = (c: { implemented: number; total: number }) => `${c.implemented} / ${c.total}`;
    process.stdout.write(`${r.version.padEnd(6)} ${r.sut.padEnd(5)} ${r.profile.padEnd(width)}  ${cell(r.mandatory).padEnd(11)}  ${cell(r.conditional)}\n`);
  }
  process.stdout.write('Implemented / official cases (removed by errata not counted).\n');
}
