/**
 * Customer information (2.0.1 N09, N10) on the reference station: what it holds of an idToken is its
 * authorization cache entry and its local list entry (C's port). CustomerInformation reports it by
 * NotifyCustomerInformation and, with clear, forgets the cache entry (the local list stays, N10: it is
 * the CSMS's to update). It keeps no data by customerIdentifier or customerCertificate.
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { BlockHost, BlockInstance } from '../../block-host.js';
import type { HandlerTable } from '../../types.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];

const WHO = ['idToken', 'customerCertificate', 'customerIdentifier'];

export class CustomerInformation implements BlockInstance {
  constructor(private readonly ctx: BlockHost<Faults>) {}

  private notify(requestId: number, data: string): void {
    void this.ctx.send('NotifyCustomerInformation', { data: data.slice(0, 512), seqNo: 0, generatedAt: new Date().toISOString(), requestId, tbc: false }, { triggered: true });
  }

  handlers(): HandlerTable {
    return {
      CustomerInformation: (p) => {
        const has = (f: Faults) => this.ctx.faults.has(f);
        // N09.FR.09: exactly one of idToken, customerCertificate, customerIdentifier; N09.FR.07 / N10.FR.07: report or clear.
        if (WHO.filter((k) => p[k] !== undefined).length !== 1) return { payload: { status: 'Invalid' } };
        if (p.report !== true && p.clear !== true) return { payload: { status: 'Rejected' } };
        const token = (p.idToken as Payload | undefined)?.idToken as string | undefined;
        const requestId = Number(p.requestId);
        return {
          payload: { status: 'Accepted' },
          after: () => {
            const held = token === undefined ? [] : this.ctx.auth.customerData(token);
            const data = held.length && !has('customer-info-data-withheld') ? `idToken ${String(token)}: ${held.join('; ')}` : '';
            if (p.clear === true && token !== undefined && !has('customer-info-clear-ignored')) this.ctx.auth.forgetCached(token);
            // N09.FR.05-06, N10.FR.03-04: the data, or one message that there is none; N10.FR.06: one message that it was cleared.
            if (has('customer-info-no-notify') && (!data || p.report !== true)) return;
            this.notify(requestId, p.report === true ? data : 'customer data cleared');
          },
        };
      },
    };
  }
}
