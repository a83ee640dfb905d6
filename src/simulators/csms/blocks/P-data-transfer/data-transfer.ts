/**
 * DataTransfer (2.0.1 P01, P02; 1.6 4.3, 5.6) of the reference CSMS: it implements no vendor extension, so it
 * answers UnknownVendorId as both versions spell it (P02.FR.06), and sends a harmless DataTransfer when asked.
 */
import type { Payload } from '../../../../rpc/codec.js';
import { HOSTILE_TEXT, type RpcFaultName } from '../rpc/port.js';
import { ok, type HandlerTable } from '../../types.js';
import type { CsmsBlockFactory, RequestBuilders } from '../../block-host.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'] | RpcFaultName;

const handlers: HandlerTable<Faults> = {
  DataTransfer: (_p, ctx) => {
    const accepted = ctx.version !== '1.6' && ctx.csms.hasFault('data-transfer-unknown-vendor-accepted');
    const payload: Payload = { status: accepted ? 'Accepted' : 'UnknownVendorId' };
    if (ctx.csms.hasFault('hostile-strings')) payload.data = HOSTILE_TEXT;
    return ok(payload);
  },
};

const ping = (): Payload => ({ vendorId: 'org.ocpp-harness', messageId: 'ping', data: 'hello' });
const requests: RequestBuilders<Faults> = { '2.0.1': { DataTransfer: ping }, '1.6': { DataTransfer: ping } };

export const create: CsmsBlockFactory<Faults> = () => ({ handlers: () => handlers, requests: () => requests });
