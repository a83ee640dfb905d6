import type { Command } from 'commander';
import { actionsUsedBy, renderOperatorActionsDoc } from '../../engine/operator-docs.js';
import { loadResults } from '../../report/results.js';
import { loadCatalogue } from '../../engine/catalogue.js';
import { runAgainstReference } from '../../session/reference.js';
import type { CaseResult, OcppVersion, SutRole } from '../../engine/model.js';

export function registerDocsCommand(program: Command): void {
  const docs = program.command('docs').description('Generate reference documentation.');
  docs
    .command('operator-actions')
    .description('Print docs/operator-actions.md: the action vocabulary and the cases that use each action (runs the catalogue against the reference simulators unless --results is given).')
    .option('--results <file...>', 'results.json or journal.jsonl of runs covering the catalogue')
    .action(async (flags: { results?: string[] }) => {
      let cases: CaseResult[];
      if (flags.results?.length) {
        cases = flags.results.flatMap((f) => loadResults(f).cases);
      } else {
        const catalogue = await loadCatalogue();
        cases = [];
        const groups = new Set(catalogue.cases.filter((c) => !c.removed).map((c) => `${c.version}|${c.sut}`));
        for (const g of groups) {
          const [version, sut] = g.split('|') as [OcppVersion, SutRole];
          cases.push(...await runAgainstReference({ version, sut }));
        }
      }
      process.stdout.write(renderOperatorActionsDoc(actionsUsedBy(cases)));
    });
}
