/**
 * Customer information (2.0.1 N09, N10) on the reference station: what it holds of an idToken is its
 * authorization cache entry and its local list entry (C's port). CustomerInformation reports it by
 * NotifyCustomerInformation and, with clear, forgets the cache entry (the local list stays, N10: it is
 * the CSMS's to update). By customerIdentifier it holds what the operator stored (operator action storeCustomerData,
 * TC_N_62_CS), reported and cleared alike. By customerCertificate (ISO-4, when claimed) it holds the contract
 * certificates that authorized a session here (C's port), reported and, with clear, forgotten with their eMAID's
 * cache entry (TC_N_63_CS).
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { BlockHost, BlockInstance } from '../../block-host.js';
import type { HandlerTable } from '../../types.js';
import { done, unavailable, type ActionTable } from '../../actions.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];

const WHO = ['idToken', 'customerCertificate', 'customerIdentifier'];

export class CustomerInformation implements BlockInstance {
  /** Data stored by customerIdentifier (storeCustomerData). */
  private readonly customers = new Map<string, string>();
  /** Operator action refuseCustomerInformation: the station cannot process customer information requests now. */
  private refusing = false;

  constructor(private readonly ctx: BlockHost<Faults>) {}

  actions(): ActionTable {
    return {
      storeCustomerData: ({ params }) => {
        const id = params.customerIdentifier;
        if (typeof id !== 'string' || id === '') return unavailable('storeCustomerData needs params.customerIdentifier');
        this.customers.set(id, `customer account ${id}, stored ${new Date().toISOString()}`);
        return done;
      },
      refuseCustomerInformation: ({ params }) => {
        this.refusing = params.refusing !== false && params.refusing !== 'false';
        return done;
      },
    };
  }

  /** What the station holds of the customer named in the request (data lines), and how to forget it. */
  private held(p: Payload): { data: string; forget: () => void } {
    const token = (p.idToken as Payload | undefined)?.idToken as string | undefined;
    if (token !== undefined) {
      const lines = this.ctx.auth.customerData(token);
      return { data: lines.length ? `idToken ${token}: ${lines.join('; ')}` : '', forget: () => this.ctx.auth.forgetCached(token) };
    }
    const certificate = p.customerCertificate as Payload | undefined;
    if (certificate !== undefined) {
      // Without ISO-4 the station keeps nothing by customerCertificate (Part 5: retrieving / deleting by CustomerCertificate).
      const lines = this.ctx.options.features?.includes('ISO-4') ? this.ctx.auth.contractData(certificate) : [];
      // Fault customer-info-certificate-clear-ignored: a clear by customerCertificate keeps the contract certificate's data.
      const keep = this.ctx.faults.has('customer-info-certificate-clear-ignored');
      return { data: lines.join('; '), forget: () => { if (!keep) this.ctx.auth.forgetContract(certificate); } };
    }
    const id = typeof p.customerIdentifier === 'string' ? p.customerIdentifier : undefined;
    const stored = id === undefined ? undefined : this.customers.get(id);
    return { data: stored ?? '', forget: () => { if (id !== undefined) this.customers.delete(id); } };
  }

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
        // N09.FR.03 / N10.FR.05: a station that cannot process the request now rejects it (fault customer-info-refusal-accepted).
        if (this.refusing && !has('customer-info-refusal-accepted')) return { payload: { status: 'Rejected' } };
        const requestId = Number(p.requestId);
        return {
          payload: { status: 'Accepted' },
          after: () => {
            const held = this.held(p);
            const data = has('customer-info-data-withheld') ? '' : held.data;
            if (p.clear === true && !has('customer-info-clear-ignored')) held.forget();
            // N09.FR.05-06, N10.FR.03-04: the data, or one message that there is none; N10.FR.06: one message that it was cleared.
            if (has('customer-info-no-notify') && (!data || p.report !== true)) return;
            this.notify(requestId, p.report === true ? data : 'customer data cleared');
          },
        };
      },
    };
  }
}
