/**
 * ISO 15118 Plug & Charge of the reference station, EV side included (the EV is the kit's operator, the station
 * performs it): the EV asks for a new or updated contract certificate (M01, M02), which the station forwards to the
 * CSMS as Get15118EVCertificate with the EV's EXI request (fixtures/iso15118, opaque, base64); with the contract
 * certificate the CSMS's exiResponse brought, the EV then authorizes (C07: AuthorizeRequest with its eMAID).
 */
import { exiFixture } from '../../../../pki/iso15118-exi.js';
import type { OperatorResult } from '../../../../domain/operator-actions.js';
import { done, unavailable, type ActionTable } from '../../actions.js';
import type { BlockFactory, BlockHost, BlockInstance } from '../../block-host.js';
import { isResult } from '../../types.js';
import { evContract } from './ev-contract.js';
import { plugAndCharge } from './plug-and-charge.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];

/** The ISO 15118-2 message set the reference EV speaks. */
const SCHEMA_VERSION = 'urn:iso:15118:2:2013:MsgDef';

class Iso15118 implements BlockInstance {
  constructor(private readonly host: BlockHost<Faults>) {}

  actions(): ActionTable {
    return {
      evContractCertificate: ({ evseId, params }) => this.#certificate(evseId, params.action === 'Update' ? 'Update' : 'Install'),
      evPlugAndCharge: ({ evseId, params }) => plugAndCharge(this.host, evseId, params),
    };
  }

  async #certificate(evseId: number | undefined, wanted: 'Install' | 'Update'): Promise<OperatorResult> {
    const { host } = this;
    const evse = evseId !== undefined ? host.evses.get(evseId) : host.evses.list.find((e) => e.ev.plugged);
    if (!evse?.ev.plugged) return unavailable(evseId !== undefined ? `no EV plugged in at EVSE ${evseId}` : 'no EV plugged in');
    const action = host.faults.has('ev-certificate-action-swapped') ? (wanted === 'Install' ? 'Update' : 'Install') : wanted;
    const exiRequest = exiFixture(wanted === 'Install' ? 'certificate-installation-req' : 'certificate-update-req');
    const outcome = await host.send('Get15118EVCertificate', { iso15118SchemaVersion: SCHEMA_VERSION, action, exiRequest });
    const accepted = isResult(outcome) && outcome.payload.status === 'Accepted';
    // The EV has (or kept) its contract certificate only when the CSMS's answer brought one.
    if (accepted || host.faults.has('ev-certificate-failed-authorizes')) {
      const contract = await evContract();
      await host.send('Authorize', { idToken: { idToken: contract.emaid, type: 'eMAID' }, iso15118CertificateHashData: contract.hashData });
    }
    return done;
  }
}

export const create: BlockFactory<Faults> = (host) => (host.version === '2.0.1' ? new Iso15118(host) : undefined);
