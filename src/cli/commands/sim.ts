import type { Command } from 'commander';
import { FAULTS } from '../../simulators/faults.js';
import { formatPersonalityList } from '../../simulators/personalities.js';
import { registerSimStationCommand } from './sim-station.js';
import { registerSimCsmsCommand } from './sim-csms.js';

export function registerSimCommand(program: Command): void {
  const sim = program
    .command('sim')
    .description('Run a reference simulator: a conformant charging station or CSMS, with switchable faults.')
    .option('--list-faults', 'list the faults the simulators can switch on')
    .option('--list-personalities', 'list the personalities: conformant choices the simulators can make (name, role, versions, what differs)')
    .action((flags: { listFaults?: boolean; listPersonalities?: boolean }) => {
      if (flags.listPersonalities) {
        process.stdout.write(`${formatPersonalityList()}\n`);
        return;
      }
      if (!flags.listFaults) {
        sim.help();
        return;
      }
      for (const f of FAULTS) process.stdout.write(`${f.name.padEnd(34)} ${f.role.padEnd(8)} ${f.versions.join(',').padEnd(10)} ${f.description}\n`);
    });
  registerSimStationCommand(sim);
  registerSimCsmsCommand(sim);
}
