import path from 'node:path';
import type { Command } from 'commander';
import { CONFIG_SCHEMA } from '../../config/schema.js';
import { maskSecrets, readConfigFile, resolveConfig } from '../../config/config.js';

export function registerConfigCommand(program: Command): void {
  const config = program.command('config').description('Config file tools.');
  config
    .command('schema')
    .description('Print the JSON schema the config file is validated against.')
    .action(() => { process.stdout.write(`${JSON.stringify(CONFIG_SCHEMA, null, 2)}\n`); });
  config
    .command('check <file>')
    .description('Validate a config file and print the effective config (secrets masked).')
    .action(async (file: string) => {
      const parsed = await readConfigFile(file);
      const effective = resolveConfig(parsed, process.env, {}, path.dirname(path.resolve(file)));
      process.stdout.write(`${JSON.stringify(maskSecrets(effective), null, 2)}\n`);
    });
}
