/**
 * The Local Authorization List as OCPP 1.6 answers it (5.10 Get Local List Version, 5.15 Send Local List),
 * refining the answers of the list D keeps (local-list.ts, shared by both versions, composes it for 1.6): GetLocalListVersion reports -1 when
 * the list is not in use (LocalAuthListEnabled false: "does not support Local Authorization Lists") and 0
 * when the list is empty, whatever version the last update carried. The 1.6 faults act here.
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { BlockHost } from '../../block-host.js';
import { done, type ActionTable } from '../../actions.js';
import type { HandlerResult, HandlerTable } from '../../types.js';
import type { FAULTS } from './faults.js';
import type { LocalListPort } from './port.js';

type Faults = (typeof FAULTS)[number]['name'];

/** What the 1.6 answers need of the station: its faults, settings and personality, and the list they refine. */
export type LocalList16Host = Pick<BlockHost<Faults>, 'faults' | 'settings' | 'options'> & { readonly localList: LocalListPort };

export class LocalList16 {
  private readonly ctx: LocalList16Host;
  /** Operator action failLocalList: the list storage cannot be written (OCTT TC_043_3_CS prerequisite). */
  private failing = false;

  constructor(ctx: LocalList16Host) {
    this.ctx = ctx;
  }

  private get enabled(): boolean {
    return this.ctx.settings.bool('localAuthListEnabled');
  }

  /** The version the shared list holds (its own GetLocalListVersion answer while enabled). */
  private async storedVersion(base: HandlerTable, call: Parameters<HandlerTable[string]>[1]): Promise<number> {
    const answer = await base.GetLocalListVersion!({}, call);
    return 'payload' in answer ? Number(answer.payload.listVersion) : 0;
  }

  handlers(composed: Readonly<HandlerTable>): HandlerTable {
    const base = { ...composed };
    const has = (f: Faults) => this.ctx.faults.has(f);
    // Personality: a disabled list refuses by CALLERROR NotSupported (OCTT TC_042_1_CS / TC_043_1_CS allow it).
    const refused = (): HandlerResult | undefined => (!this.enabled && this.ctx.options.behaviour.localListCallError
      ? { error: { code: 'NotSupported', description: 'the Local Authorization List is disabled (LocalAuthListEnabled false)' } } : undefined);
    return {
      GetLocalListVersion: async (p, call): Promise<HandlerResult> => {
        const refusal = refused();
        if (refusal) return refusal;
        // 5.10: -1 when the Charge Point does not support (use) the list; the fault reports 0 (an empty list) instead.
        if (!this.enabled) return { payload: { listVersion: has('local-list-16-disabled-version-zero') ? 0 : -1 } };
        // 5.10: 0 for an empty list; the fault reports the version of the update that emptied it.
        if (this.ctx.localList.entries === 0 && !has('local-list-16-empty-version-kept')) return { payload: { listVersion: 0 } };
        return base.GetLocalListVersion!(p, call);
      },
      SendLocalList: async (p, call): Promise<HandlerResult> => {
        const refusal = refused();
        if (refusal) return refusal;
        // Fault: a Charge Point not using its list still accepts one (TC_043_1_CS wants NotSupported).
        if (!this.enabled && has('local-list-16-disabled-accepted')) return { payload: { status: 'Accepted' } };
        // 7.47: Failed while the list cannot be stored (the operator's failLocalList).
        // Fault: Accepted although nothing was stored.
        if (this.enabled && this.failing) return { payload: { status: has('local-list-16-failure-ignored') ? 'Accepted' : 'Failed' } };
        const entries = (p.localAuthorizationList as Payload[] | undefined) ?? [];
        // Faults: a valid Full list with entries / a valid Differential update answered Failed (5.15: accepted).
        if (this.enabled && p.updateType === 'Full' && entries.length > 0 && has('local-list-16-full-failed')) return { payload: { status: 'Failed' } };
        if (this.enabled && p.updateType === 'Differential') {
          if (has('local-list-16-differential-failed')) return { payload: { status: 'Failed' } };
          // Fault: an older Differential update is answered Accepted (and ignored) instead of VersionMismatch.
          if (has('local-list-16-version-mismatch-accepted') && Number(p.listVersion) <= (await this.storedVersion(base, call))) return { payload: { status: 'Accepted' } };
        }
        return base.SendLocalList!(p, call);
      },
    };
  }

  actions(): ActionTable {
    return {
      failLocalList: ({ params }) => {
        this.failing = params.failing !== false && params.failing !== 'false';
        return done;
      },
    };
  }
}
