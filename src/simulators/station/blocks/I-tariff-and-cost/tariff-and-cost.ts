/**
 * I Tariff and Cost (2.0.1 I02): CostUpdated, the running total cost of a transaction the CSMS sends,
 * kept per transaction for the driver's display (I02.FR.03). A cost for a transaction the station does
 * not run is still answered (CostUpdatedResponse has no status) and kept nowhere.
 */
import type { BlockFactory, BlockHost, BlockInstance } from '../../block-host.js';
import type { HandlerTable } from '../../types.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];

export class TariffAndCost implements BlockInstance {
  private readonly host: BlockHost<Faults>;
  /** The last total cost shown per running transaction. */
  readonly runningCost = new Map<string, number>();

  constructor(host: BlockHost<Faults>) {
    this.host = host;
  }

  private running(transactionId: string): boolean {
    return this.host.evses.list.some((e) => this.host.tx.transactionOn(e.id)?.transactionId === transactionId);
  }

  handlers(): HandlerTable {
    return {
      CostUpdated: (p) => {
        // Fault: the station does not implement CostUpdated (I02.FR.02).
        if (this.host.faults.has('cost-updated-not-implemented')) return { error: { code: 'NotImplemented', description: 'CostUpdated is not supported' } };
        const transactionId = String(p.transactionId);
        return {
          payload: {},
          after: () => {
            for (const id of this.runningCost.keys()) if (!this.running(id)) this.runningCost.delete(id);
            if (this.running(transactionId)) this.runningCost.set(transactionId, Number(p.totalCost));
          },
        };
      },
    };
  }
}

/** The block for a 2.0.1 station (none for 1.6). */
export const create: BlockFactory<Faults> = (host) => (host.version === '2.0.1' ? new TariffAndCost(host) : undefined);
