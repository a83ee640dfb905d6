import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HarnessError } from '../errors.js';

/**
 * What a run against a CSMS changed in that CSMS for good and the next run must know: today the
 * station's Basic-auth password after TC_A_09_CSMS (A01: the CSMS keeps the new one). Kept in a small
 * JSON file next to the config file (or the working directory), readable by its owner only, keyed
 * by CSMS URL and station id; config resolution reads it back as the station's password.
 */
export const STATE_FILE_NAME = 'ocpp-harness.state.json';

interface StationState { basicAuthPassword?: string; changedBy?: string; changedAt?: string }
type StateFile = { version: 1; csms: Record<string, Record<string, StationState>> };

const keyOf = (csmsUrl: string | undefined) => csmsUrl ?? '(no csmsUrl)';

function readState(file: string): StateFile | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new HarnessError('OCPPH_ERR_CONFIG', `cannot read the state file ${file}: ${(err as Error).message}`, { file }, { cause: err });
  }
  try {
    const data = JSON.parse(text) as StateFile;
    if (data?.version !== 1 || typeof data.csms !== 'object' || data.csms === null) throw new Error('not an ocpp-harness state file (version 1)');
    return data;
  } catch (err) {
    throw new HarnessError('OCPPH_ERR_CONFIG', `${file}: ${(err as Error).message}; delete it to start again`, { file }, { cause: err });
  }
}

/** The Basic-auth password an earlier run gave this station in this CSMS, if any. */
export function savedStationPassword(file: string, csmsUrl: string | undefined, stationId: string): string | undefined {
  const saved = readState(file)?.csms[keyOf(csmsUrl)]?.[stationId]?.basicAuthPassword;
  return typeof saved === 'string' ? saved : undefined;
}

/** Records the station's new Basic-auth password (atomic replace, mode 0600); returns the file written. */
export function saveStationPassword(file: string, csmsUrl: string | undefined, stationId: string, password: string, changedBy: string): string {
  const state = readState(file) ?? { version: 1, csms: {} };
  const stations = (state.csms[keyOf(csmsUrl)] ??= {});
  stations[stationId] = { basicAuthPassword: password, changedBy, changedAt: new Date().toISOString() };
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, file);
  return file;
}
