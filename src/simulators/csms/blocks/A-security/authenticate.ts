/**
 * A Security, the CSMS's connection policy: a known station (when a list is configured), the right
 * password (A00.FR.2xx), the CSO's organization in the client certificate (A00.FR.404), and no
 * downgrade after an upgrade (A05.FR.07). The transport or the gate checks the certificate itself.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { AuthRequest } from '../../../../transport/server.js';
import { usesBasicAuth } from '../../../../transport/security.js';
import type { ConnectionPolicyParams } from '../../block-host.js';
import type { FAULTS } from './faults.js';

export interface ConnectionPolicy extends ConnectionPolicyParams {
  hasFault(name: (typeof FAULTS)[number]['name']): boolean;
}

function sameSecret(a: string, b: string): boolean {
  const h = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(h(a), h(b));
}

export function authenticateStation(req: AuthRequest, p: ConnectionPolicy): boolean {
  const { config, profile } = p;
  // A05.FR.07: a station upgraded to a higher security profile may not come back with a lower one.
  if (config?.minSecurityProfile !== undefined && profile < config.minSecurityProfile && !p.hasFault('accepts-downgraded-profile')) {
    p.log(`${req.stationId} connects with security profile ${profile}, but was upgraded to ${config.minSecurityProfile} (A05.FR.07)`, 'warn');
    return false;
  }
  if (profile === 0) return true; // unknown stations are Rejected at boot
  if (p.closedList && !config) return false;
  if (usesBasicAuth(profile)) {
    if (p.hasFault('accepts-wrong-password')) return true;
    const expected = config?.password ?? p.password;
    if (!expected || req.password === undefined) return false;
    return sameSecret(req.password, expected);
  }
  if (profile === 3 && p.organization !== undefined && req.clientCert?.organization !== p.organization) {
    p.log(`${req.stationId} client certificate O '${req.clientCert?.organization ?? ''}' is not the CSO '${p.organization}' (A00.FR.404)`, 'warn');
    return false;
  }
  return true;
}
