import path from 'node:path';
import type { Command } from 'commander';
import { readConfigFile, resolveConfig, type ConfigFile, type ConfigOverrides } from '../../config/config.js';
import { runShardedSession } from '../../session/sharded.js';
import { runAgainstFittingReferences } from '../../session/fitting-references.js';
import { createRunReporters, reportFailure } from '../../report/run-reporters.js';
import { builtInImplemented } from '../../engine/catalogue.js';
import { collect, parsePort, parsePositiveInt, parseSecurityProfile, parseSut, parseVersion } from '../options.js';
import type { OcppVersion, RunEvent } from '../../engine/model.js';
import type { SecurityProfile } from '../../domain/security-profile.js';
import { validateFaults } from '../../session/simulators.js';
import { referenceConfigured, referenceIcs } from '../../session/reference.js';
import { HarnessError } from '../../errors.js';
import { isOcppVersion } from '../../rpc/versions.js';
import { validatePersonality } from '../../simulators/personalities.js';

interface RunFlags {
  config?: string;
  ocpp?: OcppVersion;
  sut?: 'cs' | 'csms';
  profile?: string[];
  case?: string[];
  exclude?: string[];
  out?: string;
  sim?: boolean;
  simFault?: string[];
  simPersonality?: string;
  catalogue?: string;
  port?: number;
  csmsUrl?: string;
  securityProfile?: SecurityProfile;
  certs?: string;
  pdf?: boolean;
  html: boolean;
  bail?: boolean;
  json?: boolean;
  parallel?: number;
}

export function timestampDir(): string {
  return path.resolve('reports', new Date().toISOString().replace(/[:.]/g, '-'));
}

export function registerRunCommand(program: Command): void {
  program
    .command('run')
    .description('Run conformance cases against a SUT (or an in-process reference simulator with --sim).')
    .option('-c, --config <file>', 'config file (YAML or JSON); see `ocpp-harness config schema`')
    .option('--ocpp <version>', 'OCPP version: 1.6, 2.0.1 or 2.1', parseVersion)
    .option('--sut <role>', 'cs (a charging station is under test) or csms (a CSMS is under test)', parseSut)
    .option('--profile <name>', 'only cases of this certification profile (repeatable)', collect)
    .option('--case <id>', 'only this case: an id (TC_B_01_CS) or version/id (2.1/TC_B_01_CS); * wildcards allowed (repeatable)', collect)
    .option('--exclude <id>', 'leave this case id out, e.g. one that wedges the SUT; * wildcards allowed (repeatable)', collect)
    .option('-o, --out <dir>', 'output folder (default reports/<timestamp>)')
    .option('--sim', 'test the built-in reference simulator of the SUT role (no hardware needed)')
    .option('--sim-fault <name>', 'switch on a simulator fault (repeatable); see `sim --list-faults`', collect)
    .option('--sim-personality <name>', 'with --sim: the simulator behaves as this conformant personality; see `sim --list-personalities`')
    .option('--catalogue <dir>', 'load cases from this folder instead of the built-in catalogue')
    .option('--port <n>', 'port the harness listens on when a station is under test', parsePort)
    .option('--csms-url <url>', 'CSMS endpoint when a CSMS is under test')
    .option('--security-profile <n>', 'OCPP security profile 0-3', parseSecurityProfile)
    .option('--certs <dir>', 'test PKI folder (default certs/)')
    .option('--pdf', 'also print the report to PDF (needs Chromium)')
    .option('--no-html', 'skip the HTML report')
    .option('--bail', 'stop after the first FAIL or ERROR')
    .option('--parallel <n>', 'with --sim: split the cases across N simulator instances run side by side', parsePositiveInt)
    .option('--json', 'print a JSON summary on stdout (progress goes to stderr)')
    .action(async (flags: RunFlags) => {
      // `--case 2.1/TC_B_01_CS` names its version; it must agree with --ocpp when both are given.
      const keyed = versionOfCaseKeys(flags.case ?? []);
      if (keyed && flags.ocpp && keyed !== flags.ocpp) throw new HarnessError('OCPPH_ERR_USAGE', `--case names OCPP ${keyed} but --ocpp is ${flags.ocpp}`, { field: 'case' });
      if (keyed) flags.ocpp = keyed;
      const file: ConfigFile = flags.config ? await readConfigFile(flags.config) : {};
      // Against a reference simulator with no ICS given, claim what the simulator implements, and run each
      // case against the simulator configured as it needs (security profile, variant).
      const simulated = Boolean(flags.sim || flags.simFault?.length || flags.simPersonality);
      const fitting = simulated && !file.ics;
      // The reference simulators need no person's time: their short <Configured ...> values, unless the file gives its own.
      if (simulated) file.configured = { ...referenceConfigured((flags.sut ?? file.sut) === 'csms' ? 'CSMS' : 'CS'), ...file.configured };
      if (simulated && !file.ics) {
        const version = flags.ocpp ?? file.ocpp ?? '2.0.1';
        file.ics = referenceIcs(version, (flags.sut ?? file.sut) === 'csms' ? 'CSMS' : 'CS');
      }
      const overrides: ConfigOverrides = {
        ...(flags.ocpp ? { version: flags.ocpp } : {}), ...(flags.sut ? { sut: flags.sut } : {}), ...(flags.out ? { out: flags.out } : {}),
        ...(flags.securityProfile !== undefined ? { securityProfile: flags.securityProfile } : {}), ...(flags.port !== undefined ? { port: flags.port } : {}),
        ...(flags.csmsUrl ? { csmsUrl: flags.csmsUrl } : {}), ...(flags.certs ? { certs: flags.certs } : {}),
      };
      const config = resolveConfig(file, process.env, overrides, flags.config ? path.dirname(path.resolve(flags.config)) : process.cwd());
      const faults = flags.simFault ?? [];
      if (faults.length) validateFaults(faults, config.sut);
      const personality = flags.simPersonality;
      if (personality && config.version !== '2.1') validatePersonality(config.sut === 'CS' ? 'station' : 'csms', personality, config.version);
      const outDir = config.out ?? timestampDir();
      const reporters = createRunReporters({ outDir, console: flags.json ? process.stderr : process.stdout, html: flags.html, pdf: Boolean(flags.pdf), implemented: await builtInImplemented() });
      const selection = {
        ...(flags.profile ? { profiles: flags.profile } : {}), ...(flags.case ? { ids: flags.case } : {}), ...(flags.exclude ? { exclude: flags.exclude } : {}),
      };
      const common = {
        ...(flags.catalogue ? { catalogueDir: path.resolve(flags.catalogue) } : {}),
        ...(simulated ? { sim: { faults, ...(personality ? { personality } : {}) } } : {}),
        emit: (e: RunEvent) => reporters.onEvent(e),
        ...(flags.bail ? { bail: true } : {}),
      };
      const outcome = await (async () => {
        try {
          if (fitting) {
            const { ics: _claimed, ...rest } = file;
            return await runAgainstFittingReferences({
              ...common, file: rest, env: process.env, overrides, selection, parallel: flags.parallel ?? 1,
              baseDir: flags.config ? path.dirname(path.resolve(flags.config)) : process.cwd(),
            });
          }
          return await runShardedSession({ ...common, config, selection }, flags.parallel ?? 1);
        } finally {
          await reporters.close();
        }
      })();
      const incomplete = reportFailure(reporters);
      if (incomplete) throw incomplete;
      const bad = outcome.cases.filter((c) => c.verdict === 'FAIL' || c.verdict === 'ERROR').length;
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({
          outDir,
          summary: { total: outcome.cases.length, failedOrError: bad },
          cases: outcome.cases.map((c) => ({ id: c.id, version: c.version, verdict: c.verdict, reason: c.reason, requirement: c.requirement })),
        }, null, 2)}\n`);
      } else {
        process.stdout.write(`\nReport: ${path.join(outDir, 'report.html')}\n`);
      }
      process.exitCode = bad > 0 ? 1 : 0;
    });
}

/** The one OCPP version that `version/id` case keys name, if any; two different versions are a usage error. */
function versionOfCaseKeys(patterns: readonly string[]): OcppVersion | undefined {
  const versions = new Set(patterns.filter((p) => p.includes('/')).map((p) => p.slice(0, p.indexOf('/'))));
  if (versions.size > 1) throw new HarnessError('OCPPH_ERR_USAGE', `--case names several OCPP versions (${[...versions].join(', ')}); a run tests one`, { field: 'case' });
  const [version] = versions;
  if (version === undefined) return undefined;
  if (!isOcppVersion(version)) throw new HarnessError('OCPPH_ERR_USAGE', `--case ${version}/...: '${version}' is not 1.6, 2.0.1 or 2.1`, { field: 'case' });
  return version;
}
