/**
 * What the other blocks may use of C Authorization: authorize a token (local list, cache, CSMS) and what it decided.
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { IdToken } from '../../types.js';

export interface AuthDecision {
  status: string;
  /** idTokenInfo (2.0.1) / idTagInfo (1.6) the decision is based on. */
  info?: Payload;
  source: 'localList' | 'cache' | 'csms' | 'offline' | 'none';
  /** C16: the idToken is Accepted with groupIdToken AuthCtrlr.MasterPassGroupId: it may stop transactions, never start one (C16.FR.03). */
  masterPass?: boolean;
}

/** Authorization (authorization.ts): local list, cache, Authorize. */
export interface AuthorizationPort {
  /** `extra`: more fields of the AuthorizeRequest (C07 Plug & Charge: iso15118CertificateHashData or certificate; 2.0.1 only). */
  authorize(token: IdToken, extra?: Payload): Promise<AuthDecision>;
  /** Connected and registered: authorize() asks the CSMS (C07.FR.01), else the offline rules decide (C07.FR.07/08). */
  readonly online: boolean;
  /** C01.FR.03: may `presented` end the authorization that `starter` began (same token, or valid with the same groupIdToken)? */
  mayEnd(starter: IdToken, presented: IdToken): Promise<{ ends: boolean; decision?: AuthDecision }>;
  groupOf(token: IdToken): string | undefined;
  statusOf(info: Payload | undefined): string;
  /** C10.FR.05 / C12.FR.06: the idTokenInfo of a TransactionEvent (StartTransaction) answer updates the cache. */
  remember(token: IdToken, info: Payload): void;
  /** The station reboots: the cache persists (C10.FR.02). */
  onReboot(): void;
  readonly listEntries: number;
  /** N09 / N10 customer information: where the station keeps data of this token (cache, local list), and forgetting its cache entry. */
  customerData(idToken: string): string[];
  forgetCached(idToken: string): void;
  /** N09 / N10 by customerCertificate: the contract certificates (C07) that authorized here matching `hashData`, and forgetting them (with their eMAID's cache entry). */
  contractData(hashData: Payload): string[];
  forgetContract(hashData: Payload): void;
}
