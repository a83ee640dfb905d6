import { InvalidArgumentError } from 'commander';
import { isOcppVersion, type OcppVersion } from '../rpc/versions.js';
import { isSecurityProfile } from '../transport/security.js';
import type { SecurityProfile } from '../domain/security-profile.js';

export function parseVersion(value: string): OcppVersion {
  if (!isOcppVersion(value)) throw new InvalidArgumentError('expected 1.6, 2.0.1 or 2.1');
  return value;
}

export function parseSut(value: string): 'cs' | 'csms' {
  const v = value.toLowerCase();
  if (v !== 'cs' && v !== 'csms') throw new InvalidArgumentError('expected cs (a charging station is under test) or csms (a CSMS is under test)');
  return v;
}

export function parseSecurityProfile(value: string): SecurityProfile {
  const n = Number(value);
  if (!isSecurityProfile(n)) throw new InvalidArgumentError('expected 0, 1, 2 or 3');
  return n;
}

export function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number 0-65535');
  return n;
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return n;
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}
