/**
 * The one import of a case file: the case DSL, the peer API, protocol types, verdict signals,
 * the ICS and the PKI helpers a case may use. A leaf: nothing under src/ imports it.
 */
export * from '../src/engine/testcase.js';
export * from '../src/domain/verdict.js';
export * from '../src/engine/ics.js';
export * from '../src/domain/ics.js';
export * from '../src/ocpp/types.js';
export * from '../src/ocpp/peer.js';
export * from '../src/ocpp/peer-csms-side.js';
export * from '../src/ocpp/peer-station-side.js';
export * from '../src/ocpp/peer-roles.js';
export * from '../src/pki/csr.js';
export * from '../src/pki/roles.js';
export * from '../src/pki/firmware.js';
export * from '../src/pki/hash-data.js';
export type { RunningFileServer } from '../src/fileserver/server.js';
export type { FileProtocol, FileTransfer, TransferSummary } from '../src/fileserver/store.js';
// The simulated 1.6 Charge Point's real transfers (OCTT 1.6 §3.15/3.16, Central System under test).
export { OcspResponder } from '../src/pki/ocsp/responder.js';
export { startOcspServer, type OcspServer } from '../src/pki/ocsp/server.js';
export { ocspRequestFor, readOcspResponse } from '../src/pki/ocsp/client.js';
export { issueContractCertificate, type ContractCertificate } from '../src/pki/contract.js';
export { issueServerCertificate, type IssuedServerCertificate } from '../src/pki/server-cert.js';
export { exiFixture, isBase64, type ExiFixture } from '../src/pki/iso15118-exi.js';
export * from '../src/domain/configured-values.js';
export { configuredDefault } from '../src/engine/configured.js';
export * from '../src/domain/security-profile.js';
export * from '../src/engine/id-tokens.js';
export type { ConfigureCsmsSetting } from '../src/engine/operator-actions.js';
export * from '../src/engine/advisories.js';
export type { Action, Request, Response } from '../src/domain/messages.js';

