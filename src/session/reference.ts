import os from 'node:os';
import path from 'node:path';
import { resolveConfig, type ConfigFile } from '../config/config.js';
import type { CaseResult, OcppVersion, RunEvent, SutRole } from '../engine/model.js';
import { runSession } from './session.js';

/**
 * What the reference simulators claim (their ICS): every profile they implement and the Part 5
 * optional features they support. Cases outside it are NOT_APPLICABLE in --sim runs.
 */
export function referenceIcs(version: OcppVersion, sut: SutRole): NonNullable<ConfigFile['ics']> {
  const profiles = version === '1.6'
    ? ['Core', 'Security (1.6 security whitepaper)']
    : ['Core', 'Advanced Security'];
  const features = version === '1.6'
    ? []
    : sut === 'CS'
      ? ['C-30', 'C-36', 'C-48.1', 'C-49', 'C-09.1', 'C-09.2', 'C-10.1', 'C-10.2', 'C-29.1', 'C-29.2', 'C-29.5', 'C-29.6', 'C-51', 'C-52']
      : ['C-30', 'C-31', 'C-35', 'C-36', 'C-37', 'C-44', 'C-45', 'C-46', 'C-50.1', 'C-50.2'];
  return { profiles, features, evses: [{ id: 1, connectors: 1 }], timeouts: { messageMs: 2_000 }, heartbeatInterval: 300 };
}

export interface ReferenceRunOptions {
  version: OcppVersion;
  sut: SutRole;
  ids?: string[];
  faults?: string[];
  catalogueDir?: string;
  certsDir?: string;
  emit?: (e: RunEvent) => void | Promise<void>;
  /** Override the reference ICS (e.g. a security profile). */
  ics?: NonNullable<ConfigFile['ics']>;
}

/** Runs cases in-process against the reference simulator of the SUT role (tests, docs, demo). */
export async function runAgainstReference(options: ReferenceRunOptions): Promise<CaseResult[]> {
  const config = resolveConfig(
    { ics: { ...referenceIcs(options.version, options.sut), ...(options.ics ?? {}) }, operator: { interactive: false }, timeouts: { caseMs: 30_000, holdMs: 1_000 } },
    {},
    { version: options.version, sut: options.sut === 'CS' ? 'cs' : 'csms', certs: options.certsDir ?? path.join(os.tmpdir(), 'ocpp-harness-reference-certs') },
  );
  const outcome = await runSession({
    config,
    selection: options.ids ? { ids: options.ids } : {},
    ...(options.catalogueDir ? { catalogueDir: options.catalogueDir } : {}),
    sim: { faults: options.faults ?? [] },
    emit: options.emit ?? (() => undefined),
  });
  return outcome.cases;
}
