import path from 'node:path';
import type { Command } from 'commander';
import { CONFIG_SCHEMA } from '../../config/schema.js';
import { maskSecrets, readConfigFile, resolveConfig } from '../../config/config.js';
import { unknownClaims } from '../../config/ics-features.js';
import { HarnessError } from '../../errors.js';

export function registerConfigCommand(program: Command): void {
  const config = program.command('config').description('Config file tools.');
  config
    .command('schema')
    .description('Print the JSON schema the config file is validated against.')
    .action(() => { process.stdout.write(`${JSON.stringify(CONFIG_SCHEMA, null, 2)}\n`); });
  config
    .command('check <file>')
    .description('Validate a config file (schema, and ICS profiles / Part 5 feature ids) and print the effective config (secrets masked).')
    .action(async (file: string) => {
      const parsed = await readConfigFile(file);
      const effective = resolveConfig(parsed, process.env, {}, path.dirname(path.resolve(file)));
      const unknown = unknownClaims(effective.version, effective.sut, effective.ics);
      if (unknown.profiles.length || unknown.features.length) {
        const what = [
          unknown.profiles.length ? `unknown certification profile${unknown.profiles.length > 1 ? 's' : ''} ${unknown.profiles.join(', ')}` : '',
          unknown.features.length ? `unknown Part 5 feature id${unknown.features.length > 1 ? 's' : ''} ${unknown.features.join(', ')}` : '',
        ].filter(Boolean).join('; ');
        throw new HarnessError('OCPPH_ERR_CONFIG', `${file}: ics: ${what} for OCPP ${effective.version} with ${effective.sut === 'CS' ? 'a charging station' : 'a CSMS'} under test (see \`ocpp-harness ics template\`)`, { file, ...unknown });
      }
      process.stdout.write(`${JSON.stringify(maskSecrets(effective), null, 2)}\n`);
    });
}
