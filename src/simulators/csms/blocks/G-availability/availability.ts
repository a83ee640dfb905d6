/**
 * G Availability: the default ChangeAvailability of the reference CSMS (G03, G04; 1.6 5.2). The operator's
 * hint names the target as the wire does (2.0.1 `evse`, 1.6 `connectorId`) and the status; without one the
 * whole station goes Operative. The 2.0.1 builder merges the hint itself, so its faults can get the request wrong.
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { RequestBuilder } from '../../types.js';
import type { CsmsBlockFactory } from '../../block-host.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];

const FLIP: Record<string, string> = { Operative: 'Inoperative', Inoperative: 'Operative' };

const changeAvailability201: RequestBuilder<Faults> = Object.assign((ctx: Parameters<RequestBuilder<Faults>>[0], hint: Payload): Payload => {
  // The hint's fields replace the defaults (evse is replaced as a whole: it names the target).
  const p: Payload = { operationalStatus: 'Operative', ...hint };
  const has = ctx.csms.hasFault;
  if (has('change-availability-wrong-status')) p.operationalStatus = FLIP[String(p.operationalStatus)] ?? p.operationalStatus;
  if (has('change-availability-whole-station')) delete p.evse;
  else if (has('change-availability-adds-evse') && p.evse === undefined) p.evse = { id: 1 };
  return p;
}, { mergesHint: true as const });

export const create: CsmsBlockFactory<Faults> = () => ({
  requests: () => ({
    '2.0.1': { ChangeAvailability: changeAvailability201 },
    '1.6': { ChangeAvailability: () => ({ connectorId: 0, type: 'Operative' }) },
  }),
});
