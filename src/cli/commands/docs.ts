import type { Command } from 'commander';
import { actionsUsedBy, renderOperatorActionsDoc } from '../../engine/operator-docs.js';
import { loadResults } from '../../report/results.js';
import { loadCatalogue } from '../../engine/catalogue.js';
import { referenceSessions, runAgainstReference } from '../../session/reference.js';
import type { CaseResult } from '../../engine/model.js';

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
        // As the conformance matrix runs them: one session per version, role and security profile.
        for (const session of referenceSessions(catalogue.cases.filter((x) => !x.removed))) cases.push(...await runAgainstReference({ ...session, operatorPace: false }));
      }
      process.stdout.write(renderOperatorActionsDoc(actionsUsedBy(cases)));
    });
}
