/**
 * DataTransfer to the charging station (2.0.1 P01): the reference station implements no vendor
 * extension, so every vendorId is unknown to it (P01.FR.05). 1.6 keeps B Provisioning's answer.
 */
import type { BlockFactory, BlockInstance } from '../../block-host.js';
import type { HandlerTable } from '../../types.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];

class DataTransfer implements BlockInstance {
  private readonly host: Parameters<BlockFactory<Faults>>[0];

  constructor(host: Parameters<BlockFactory<Faults>>[0]) {
    this.host = host;
  }

  handlers(): HandlerTable {
    return {
      DataTransfer: () => ({ payload: { status: this.host.faults.has('data-transfer-unknown-vendor-accepted') ? 'Accepted' : 'UnknownVendorId' } }),
    };
  }
}

/** The block for a 2.0.1 station (none for 1.6). */
export const create: BlockFactory<Faults> = (host) => (host.version === '2.0.1' ? new DataTransfer(host) : undefined);
