/**
 * Reset of one EVSE (B11.FR.08-10, B12.FR.07-09; Part 5 C-13, EVSE.AllowReset): the EVSE reports
 * Unavailable while it restarts, then its current state again. A transaction on it ends first:
 * normally for OnIdle (Scheduled until it ends), at once for Immediate (ResetCommand, ImmediateReset).
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { StationContext } from '../../context.js';
import { supports } from '../../features.js';
import type { HandlerResult } from '../../types.js';
import type { EvseState } from '../../ports.js';

/** How long an EVSE takes to restart. */
const EVSE_RESTART_MS = 300;

export class EvseReset {
  private readonly ctx: StationContext;
  /** EVSEs whose OnIdle reset waits for their transaction to end. */
  private readonly scheduled = new Set<number>();

  constructor(ctx: StationContext) {
    this.ctx = ctx;
  }

  /** A ResetRequest with an evseId. */
  request(p: Payload): HandlerResult {
    const { ctx } = this;
    const evseId = Number(p.evseId);
    if (!supports(ctx, 'C-13') && !ctx.faults.has('evse-reset-unsupported-accepted')) {
      return { payload: { status: 'Rejected', statusInfo: { reasonCode: 'UnsupportedRequest' } } }; // B11.FR.09, B12.FR.09
    }
    const evse = ctx.evses.get(evseId);
    if (!evse) return { payload: { status: 'Rejected', statusInfo: { reasonCode: 'UnknownEvse' } } };
    if (ctx.faults.has('evse-reset-rejected')) return { payload: { status: 'Rejected' } };
    if (ctx.tx.hasTransaction(evseId)) {
      if (p.type === 'OnIdle' && !ctx.faults.has('evse-reset-onidle-immediate')) {
        return { payload: { status: 'Scheduled' }, after: () => { this.scheduled.add(evseId); } }; // B12.FR.01, B12.FR.07
      }
      return {
        payload: { status: 'Accepted' }, // B12.FR.02
        after: () => {
          if (!ctx.faults.has('evse-reset-keeps-transaction')) ctx.tx.endAll('reset-immediate', evseId); // B12.FR.08
          this.restart(evse);
        },
      };
    }
    return { payload: { status: 'Accepted' }, after: () => this.restart(evse) }; // B11.FR.08
  }

  /** A transaction ended: EVSEs waiting for idle restart now. */
  transactionEnded(): void {
    for (const evseId of [...this.scheduled]) {
      if (this.ctx.tx.hasTransaction(evseId)) continue;
      this.scheduled.delete(evseId);
      const evse = this.ctx.evses.get(evseId);
      if (evse) this.restart(evse);
    }
  }

  /** The station rebooted: nothing is waiting any more. */
  clear(): void {
    this.scheduled.clear();
    for (const evse of this.ctx.evses.list) evse.resetting = false;
    this.ctx.timers.clearPrefix('evse-reset-');
  }

  private restart(evse: EvseState): void {
    this.ctx.log.info(`EVSE ${evse.id} resets`);
    evse.resetting = true;
    this.ctx.evses.report(evse);
    this.ctx.timers.timeout(`evse-reset-${evse.id}`, EVSE_RESTART_MS, () => {
      evse.resetting = false;
      this.ctx.evses.report(evse);
    });
  }
}
