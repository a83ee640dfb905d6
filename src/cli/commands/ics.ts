import type { Command } from 'commander';
import { parseSut, parseVersion } from '../options.js';
import type { OcppVersion, SutRole } from '../../engine/model.js';
import { HARNESS_FEATURES, part5Features, part5Profiles } from '../../config/ics-features.js';
import { TOOL } from '../../session/session.js';

export function registerIcsCommand(program: Command): void {
  const ics = program.command('ics').description('Implementation conformance statement (ICS) tools.');
  ics
    .command('template')
    .description('Print a commented YAML ICS listing every Part 5 certification profile and optional feature, to fill in.')
    .option('--ocpp <version>', 'OCPP version: 1.6, 2.0.1 or 2.1', parseVersion, '2.0.1' as OcppVersion)
    .option('--sut <role>', 'cs or csms', parseSut, 'cs' as const)
    .action((flags: { ocpp: OcppVersion; sut: 'cs' | 'csms' }) => {
      process.stdout.write(icsTemplate(flags.ocpp, flags.sut === 'csms' ? 'CSMS' : 'CS'));
    });
}

/** A config file whose `ics` section lists every profile and feature commented out, Core claimed. */
export function icsTemplate(version: OcppVersion, sut: SutRole): string {
  const role = sut === 'CS' ? 'a charging station' : 'a CSMS';
  const lines = [
    `# ICS (implementation conformance statement) for OCPP ${version}, ${role} under test.`,
    `# Made by ${TOOL.name} ${TOOL.version} from the official certification profiles (Part 5).`,
    '# Uncomment every profile and feature your implementation supports; cases outside the claim are',
    '# NOT_APPLICABLE and the report\'s readiness counts the cases the claim makes apply.',
    '# Check it with: ocpp-harness config check <this file>',
    `ocpp: "${version}"`,
    `sut: ${sut === 'CS' ? 'cs' : 'csms'}`,
    'ics:',
    '  profiles:',
  ];
  for (const p of part5Profiles(version, sut)) lines.push(p === 'Core' ? '    - Core                 # always required' : `    # - ${p}`);
  const features = part5Features(version, sut);
  if (features.length === 0) {
    lines.push(`  features: []            # OCPP ${version} certification has no Part 5 optional features`);
  } else {
    lines.push('  features:');
    let group: string | undefined;
    const width = Math.max(...features.map((f) => f.id.length));
    for (const f of features) {
      if (f.group && f.group !== group) { group = f.group; lines.push(`    # --- ${group}`); }
      const meaning = f.name ? oneLine(f.name) : `see OCPP ${version} Part 5`;
      lines.push(`    # - ${f.id.padEnd(width)}  # ${meaning}`);
    }
  }
  const own = HARNESS_FEATURES.filter((f) => f.sut === sut && f.versions.includes(version));
  if (own.length > 0) {
    // With no Part 5 features the list stays `[]` (a list of comments alone is no list): the user replaces it.
    lines.push(`    # --- the harness's own claims (no Part 5 id)${features.length === 0 ? ': to claim one, replace [] above by a list' : ''}`);
    const width = Math.max(...own.map((f) => f.id.length));
    for (const f of own) lines.push(`    # - ${f.id.padEnd(width)}  # ${f.meaning}`);
  }
  lines.push(
    '  evses:                 # one entry per EVSE (HFS-8: more than one EVSE makes multi-EVSE cases apply)',
    '    - { id: 1, connectors: 1 }',
    '  securityProfile: 1     # 0 plain ws (lab only), 1 Basic auth, 2 Basic auth + TLS, 3 mutual TLS',
    '',
  );
  return lines.join('\n');
}

function oneLine(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 100 ? `${t.slice(0, 97)}...` : t;
}
