/**
 * C07 Plug & Charge of the reference station: the EV presents its contract certificate chain (loaded into the EV by
 * the case, as a lab loads its EV emulator). Online (C07.FR.01) the station sends an AuthorizeRequest with the eMAID
 * and, when it validates the chain against an installed MO / V2G root, its OCSP data (C07.FR.02); without the root and
 * with ISO15118Ctrlr.CentralContractValidationAllowed, the chain itself (C07.FR.06). Offline it validates locally and
 * follows the offline rules when ISO15118Ctrlr.ContractValidationOffline is true (C07.FR.08-12), else refuses (C07.FR.07).
 */
import type { OperatorResult } from '../../../../domain/operator-actions.js';
import type { Payload } from '../../../../rpc/codec.js';
import { unavailable } from '../../actions.js';
import type { BlockHost } from '../../block-host.js';
import type { DeviceModelPort } from '../B-provisioning/port.js';
import { anchorOf, ocspData, presentedContract, type PresentedContract } from './contract-chain.js';
import { evContract } from './ev-contract.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];

const skipped = (reason: string): OperatorResult => ({ status: 'skipped', reason });
/** Performed, and the station refused the EV: the result says why. */
const refused = (evseId: number, why: string): OperatorResult => ({ status: 'done', data: { evseId, authorization: `refused: ${why}` } });

function iso15118Variable(host: BlockHost<Faults>, name: string): boolean {
  const store = host.store as Partial<DeviceModelPort>;
  return store.currentValue?.({ name: 'ISO15118Ctrlr' }, { name })?.toLowerCase() === 'true';
}

async function contractOf(chainParam: unknown): Promise<PresentedContract | undefined> {
  if (typeof chainParam === 'string') return presentedContract(chainParam);
  const own = await evContract();
  return presentedContract(own.certPem);
}

export async function plugAndCharge(host: BlockHost<Faults>, evseId: number | undefined, params: Record<string, unknown>): Promise<OperatorResult> {
  const evse = evseId !== undefined ? host.evses.get(evseId) : host.evses.list.find((e) => e.ev.plugged);
  if (!evse?.ev.plugged) return unavailable(evseId !== undefined ? `no EV plugged in at EVSE ${evseId}` : 'no EV plugged in');
  const contract = await contractOf(params.contractChain);
  if (!contract) return unavailable('evPlugAndCharge: params.contractChain holds no PEM certificate with a CN (the eMAID)');
  if (!iso15118Variable(host, 'PnCEnabled')) return skipped('ISO15118Ctrlr.PnCEnabled is false: the station offers no Plug & Charge');
  const token = { idToken: contract.emaid, type: 'eMAID' };
  const root = anchorOf(contract, [...host.security.installedRoots('MORootCertificate'), ...host.security.installedRoots('V2GRootCertificate')]);
  if (!host.auth.online) {
    const validates = iso15118Variable(host, 'ContractValidationOffline') ? !host.faults.has('pnc-offline-validation-refused') : host.faults.has('pnc-offline-charges');
    if (!validates) return refused(evse.id, 'offline, ContractValidationOffline false (C07.FR.07)');
    if (!root) return refused(evse.id, 'the contract certificate does not validate locally (C07.FR.08)');
    // C07.FR.09-12: the local list, the cache or OfflineTxForUnknownIdEnabled decide, as for any idToken offline.
    return host.tx.presentIdToken(evse, token);
  }
  let extra: Payload;
  if (root) extra = host.faults.has('pnc-hash-data-missing') ? {} : { iso15118CertificateHashData: ocspData(contract, root) };
  else if (iso15118Variable(host, 'CentralContractValidationAllowed')) extra = host.faults.has('pnc-central-certificate-missing') ? {} : { certificate: contract.chainPem };
  else return refused(evse.id, 'no root to validate the contract certificate and CentralContractValidationAllowed false');
  return host.tx.presentIdToken(evse, token, extra);
}
