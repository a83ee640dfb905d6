/**
 * Grades a connection failure by who caused it. A CSMS under test that refuses a well-formed,
 * correctly authenticated connection broke a requirement (FAIL, naming it); a SUT that could not
 * be reached at all leaves nothing to conclude (INCONCLUSIVE). Neither is the harness's fault, so
 * neither is ever an ERROR.
 */
import type { OcppVersion, SutRole } from './model.js';
import { isHarnessError } from '../errors.js';

export interface LinkFailureGrade {
  verdict: 'FAIL' | 'INCONCLUSIVE';
  reason: string;
  requirement?: string;
}

export interface LinkFailureContext {
  sut: SutRole;
  version: OcppVersion;
  securityProfile: number;
}

/** The peer accepted the TCP connection and dropped it during the upgrade. */
const HUNG_UP = new Set(['ECONNRESET', 'EPIPE']);
/** Our verification of the CSMS certificate failed because we do not know its CA: a setup matter. */
const UNKNOWN_CA = /UNABLE_TO_GET_ISSUER|UNABLE_TO_VERIFY|SELF_SIGNED|DEPTH_ZERO/;
/** The CSMS presented a certificate that no station may accept. */
const BAD_SERVER_CERT = /CERT_HAS_EXPIRED|CERT_NOT_YET_VALID|ALTNAME|HOSTNAME|CERT_REVOKED/;

/** The requirement a station's refused connection breaks, by version and security profile. */
function tlsRequirement(ctx: LinkFailureContext, what: 'server-cert' | 'handshake'): string {
  if (ctx.version === '1.6') return `OCPP 1.6 security whitepaper, security profile ${ctx.securityProfile}`;
  if (what === 'server-cert') return ctx.securityProfile === 3 ? 'A00.FR.410' : 'A00.FR.307';
  // Profile 3: a station certificate from the CSO's PKI must pass the CSMS's path validation.
  return ctx.securityProfile === 3 ? 'A00.FR.403' : 'A00.FR.313';
}

export function gradeLinkFailure(err: unknown, ctx: LinkFailureContext): LinkFailureGrade | undefined {
  if (!isHarnessError(err)) return undefined;
  const sutName = ctx.sut === 'CSMS' ? 'the CSMS' : 'the charging station';
  const socketCode = typeof err.details?.code === 'string' ? err.details.code : '';
  switch (err.code) {
    case 'OCPPH_ERR_NOT_CONNECTED':
      return { verdict: 'INCONCLUSIVE', reason: `${sutName} could not be reached: ${err.message}` };
    case 'OCPPH_ERR_CONNECT':
      if (/handshake has timed out/i.test(err.message)) {
        return { verdict: 'FAIL', reason: `${sutName} accepted the TCP connection but never answered the WebSocket upgrade: ${err.message}`, requirement: 'OCPP-J 3.2' };
      }
      if (HUNG_UP.has(socketCode) && ctx.sut === 'CSMS') {
        // It took the TCP connection, then hung up instead of answering the upgrade.
        return { verdict: 'FAIL', reason: `the CSMS closed the connection instead of answering the WebSocket upgrade: ${err.message}`, requirement: 'OCPP-J 3.2' };
      }
      return { verdict: 'INCONCLUSIVE', reason: `${sutName} could not be reached: ${err.message}` };
    case 'OCPPH_ERR_HTTP_STATUS': {
      if (ctx.sut !== 'CSMS') return undefined;
      const status = err.details?.status;
      const basicAuth = ctx.securityProfile === 1 || ctx.securityProfile === 2;
      const requirement = status === 401 && basicAuth && ctx.version !== '1.6' ? (ctx.securityProfile === 1 ? 'A00.FR.207' : 'A00.FR.324') : 'OCPP-J 3.2';
      return { verdict: 'FAIL', reason: `the CSMS refused the upgrade of a correctly identified station: ${err.message}`, requirement };
    }
    case 'OCPPH_ERR_SUBPROTOCOL':
      if (ctx.sut !== 'CSMS') return undefined;
      return { verdict: 'FAIL', reason: `the CSMS did not select one of the offered OCPP subprotocols: ${err.message}`, requirement: 'OCPP-J 3.1.2 / 3.2' };
    case 'OCPPH_ERR_TLS':
      if (ctx.sut !== 'CSMS') return undefined;
      if (UNKNOWN_CA.test(socketCode)) {
        return { verdict: 'INCONCLUSIVE', reason: `the harness does not trust the CSMS certificate (give the CA that signed it): ${err.message}` };
      }
      if (BAD_SERVER_CERT.test(socketCode)) {
        return { verdict: 'FAIL', reason: `the CSMS presented a certificate a station must refuse: ${err.message}`, requirement: tlsRequirement(ctx, 'server-cert') };
      }
      return { verdict: 'FAIL', reason: `the CSMS refused the TLS connection of a correctly provisioned station: ${err.message}`, requirement: tlsRequirement(ctx, 'handshake') };
    default:
      return undefined;
  }
}
