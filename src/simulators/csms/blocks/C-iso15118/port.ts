/** What C Authorization uses of this block: the contract certificate check of an ISO 15118 Authorize (C07). */
export { contractCheck, withCertificateStatus, type ContractCheck, type ContractRequest } from './contract-validation.js';
export type { Iso15118FaultName } from './ev-certificate.js';
