import type { Command } from 'commander';
import { actionsUsedBy, renderOperatorActionsDoc } from '../../engine/operator-docs.js';
import { loadResults } from '../../report/results.js';
import { loadCatalogue } from '../../engine/catalogue.js';
import { referenceParts, referenceSessions, runAgainstReference } from '../../session/reference.js';
import type { CaseResult } from '../../engine/model.js';
import { HUMAN_PACE } from '../../session/operators.js';

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
        // As the conformance matrix runs them: per version, role and security profile, in parts, all side by side, at
        // the seeded human pace the matrix proves (a case's path, e.g. a timeout a person is slower than, is the matrix's).
        const parts = referenceSessions(catalogue.cases.filter((x) => !x.removed)).flatMap((session) => referenceParts(session));
        const runs = parts.map((part, i) => runAgainstReference({ ...part, operatorPace: { ...HUMAN_PACE, seed: HUMAN_PACE.seed + i } }));
        for (const results of await Promise.all(runs)) cases.push(...results);
      }
      process.stdout.write(renderOperatorActionsDoc(actionsUsedBy(cases)));
    });
}
