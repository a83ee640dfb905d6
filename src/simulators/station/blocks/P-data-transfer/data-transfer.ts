/**
 * DataTransfer to the charging station (2.0.1 P01): the reference station implements no vendor
 * extension, so every vendorId is unknown to it (P01.FR.05). 1.6 keeps B Provisioning's answer.
 * The fault custom-data-callerror refuses every CSMS CALL that carries customData (the last block, it wraps them all).
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { BlockFactory, BlockInstance } from '../../block-host.js';
import type { CallHandler, HandlerTable } from '../../types.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];

/** Whether `value` holds a customData property at any depth. */
function carriesCustomData(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(carriesCustomData);
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value as Payload).some(([k, v]) => k === 'customData' || carriesCustomData(v));
}

class DataTransfer implements BlockInstance {
  private readonly host: Parameters<BlockFactory<Faults>>[0];

  constructor(host: Parameters<BlockFactory<Faults>>[0]) {
    this.host = host;
  }

  handlers(composed: Readonly<HandlerTable>): HandlerTable {
    const own: HandlerTable = {
      DataTransfer: () => ({ payload: { status: this.host.faults.has('data-transfer-unknown-vendor-accepted') ? 'Accepted' : 'UnknownVendorId' } }),
    };
    if (!this.host.faults.has('custom-data-callerror')) return own;
    // Fault: a parser that refuses the customData every JSON class allows (OCPP-J 9): CALLERROR FormationViolation.
    const refusing = (handler: CallHandler): CallHandler => (p, call) =>
      (carriesCustomData(p) ? { error: { code: 'FormationViolation', description: 'unexpected property customData' } } : handler(p, call));
    return Object.fromEntries(Object.entries({ ...composed, ...own }).map(([action, handler]) => [action, refusing(handler)]));
  }
}

/** The block for a 2.0.1 station (none for 1.6). */
export const create: BlockFactory<Faults> = (host) => (host.version === '2.0.1' ? new DataTransfer(host) : undefined);
