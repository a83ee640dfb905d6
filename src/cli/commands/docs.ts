import type { Command } from 'commander';
import { actionsUsedBy, renderOperatorActionsDoc } from '../../engine/operator-docs.js';
import { loadResults } from '../../report/results.js';
import { loadCatalogue } from '../../engine/catalogue.js';
import { referenceParts, referenceSessions, runAgainstReference } from '../../session/reference.js';
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
        // As the conformance matrix runs them: per version, role and security profile, in parts, side by side (at machine pace).
        const parts = referenceSessions(catalogue.cases.filter((x) => !x.removed)).flatMap((session) => referenceParts(session));
        const queue = [...parts];
        const worker = async () => {
          for (let part = queue.shift(); part; part = queue.shift()) cases.push(...await runAgainstReference({ ...part, operatorPace: false }));
        };
        await Promise.all(Array.from({ length: 8 }, worker));
      }
      process.stdout.write(renderOperatorActionsDoc(actionsUsedBy(cases)));
    });
}
