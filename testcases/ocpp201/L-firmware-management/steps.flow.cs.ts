/**
 * Following a firmware update as Part 6 lays it out: the FirmwareStatusNotifications (each answered),
 * the SecurityEventNotifications and the reboots (BootNotification answered Accepted, reason
 * FirmwareUpdate checked as RebootBeforeFirmwareInstallation/Activation step 3 validates), in any
 * order the steps allow. A status the case does not allow, or one that comes before a status the
 * case requires before it, FAILs at once naming it; a required one that never comes FAILs on timeout.
 */
import { adviseUnless, CaseInconclusive, type CaseContext } from '../../kit.js';
import { nextFirmwareEvent, type FirmwareEvent } from '../_shared/firmware-update.cs.js';

export { settleFirmware, type FirmwareEvent } from '../_shared/firmware-update.cs.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;

export interface FirmwarePlan {
  requestId: number;
  /** Statuses that must come, in this order, each with the requirement blamed when it does not. */
  required: ReadonlyArray<{ status: string | readonly string[]; requirement: string }>;
  /** Statuses that may also come (optional steps). */
  optional?: readonly string[];
  /** Security events that must come (any order relative to the statuses after their trigger). */
  events?: ReadonlyArray<{ type: string; requirement: string }>;
  /** How long to wait for the next message, given what came so far (downloads and reboots take longer). */
  waitMs: (events: readonly FirmwareEvent[]) => number;
  /** Where the events are recorded (the case's, so its cleanup can see how far the update got). */
  record?: FirmwareEvent[];
  /**
   * An update this one replaced (TC_L_10 step 6): its statuses received before `since` crossed the cancellation and
   * are answered and set aside; one received after it FAILs (the requestId must be the new request's from then on),
   * except DownloadFailed / InstallationFailed, which errata 2025-09 6.2.82 allows before or after step 6.
   */
  replaced?: { requestId: number; since: number; requirement: string };
  /**
   * A required status the station owes only while a time the case set is still ahead (TC_L_02: InstallScheduled for an
   * installDateTime in the future, L01.FR.16): when `after` (SignatureVerified) reached the harness at or after `at`, the
   * time had passed and the station may go on at once; the case cannot tell, so it is INCONCLUSIVE naming the
   * `<Configured ...>` value to lengthen, never FAIL.
   */
  scheduled?: { status: string; at: number; after: string; configured: string };
}

const statuses = (events: readonly FirmwareEvent[]) => events.flatMap((e) => (e.kind === 'status' ? [e.status] : []));
const asList = (s: string | readonly string[]): readonly string[] => (typeof s === 'string' ? [s] : s);

/** What is still missing: the first required status not seen in order, else the first event not seen. */
function missing(plan: FirmwarePlan, events: readonly FirmwareEvent[]): { what: string; requirement: string; statuses?: readonly string[] } | undefined {
  const seen = statuses(events);
  let at = 0;
  for (const r of plan.required) {
    const i = seen.findIndex((s, k) => k >= at && asList(r.status).includes(s));
    if (i < 0) return { what: `FirmwareStatusNotificationRequest with status ${asList(r.status).join(' or ')}`, requirement: r.requirement, statuses: asList(r.status) };
    at = i + 1;
  }
  for (const e of plan.events ?? []) {
    if (!events.some((x) => x.kind === 'security' && x.type === e.type)) return { what: `SecurityEventNotificationRequest with type ${e.type}`, requirement: e.requirement };
  }
  return undefined;
}

/** Checks a status as it arrives: allowed by the case, and not ahead of a required status still missing. */
function checkStatus(ctx: Ctx, plan: FirmwarePlan, events: readonly FirmwareEvent[], status: string): void {
  const required = plan.required.flatMap((r) => asList(r.status));
  if (!required.includes(status) && !(plan.optional ?? []).includes(status)) {
    const expected = missing(plan, events.slice(0, -1));
    ctx.fail(`the station reported firmware status ${status}; expected ${expected ? expected.what : 'no further status'}`, expected?.requirement ?? 'L01.FR.01');
  }
  const idx = plan.required.findIndex((r) => asList(r.status).includes(status));
  if (idx <= 0) return;
  const before = missing({ ...plan, required: plan.required.slice(0, idx), events: [] }, events.slice(0, -1));
  if (!before) return;
  if (before.statuses) scheduleElapsed(ctx, plan, events, before.statuses);
  ctx.fail(`the station reported firmware status ${status} before the ${before.what}`, before.requirement);
}

/** Throws INCONCLUSIVE when the status missing is the plan's `scheduled` one and its time had passed (see FirmwarePlan). */
function scheduleElapsed(ctx: Ctx, plan: FirmwarePlan, events: readonly FirmwareEvent[], missingStatuses: readonly string[]): void {
  const s = plan.scheduled;
  if (!s || !missingStatuses.includes(s.status)) return;
  const after = events.find((e): e is Extract<FirmwareEvent, { kind: 'status' }> => e.kind === 'status' && e.status === s.after);
  if (!after || after.t < s.at) return;
  throw new CaseInconclusive(`the station reported ${s.after} ${((after.t - s.at) / 1000).toFixed(1)} s after the time the case set for it to be `
    + `${s.status}, so it could go on at once: configure a longer ${s.configured}`);
}

/** Records one message of the update and checks it as it comes (boot reason, requestId, the plan's statuses and order). */
function absorb(ctx: Ctx, plan: FirmwarePlan, events: FirmwareEvent[], e: FirmwareEvent): void {
  events.push(e);
  // RebootBeforeFirmwareInstallation / Activation, step 3: BootNotificationRequest reason FirmwareUpdate.
  if (e.kind === 'boot') ctx.expect(e.reason, 'L01.FR.15: BootNotificationRequest reason of the firmware reboot').to.equal('FirmwareUpdate');
  if (e.kind !== 'status') return;
  if (plan.replaced && e.requestId === plan.replaced.requestId) {
    events.pop();
    const endOfCanceled = e.status === 'DownloadFailed' || e.status === 'InstallationFailed';
    if (e.t > plan.replaced.since && !endOfCanceled) ctx.fail(`the station reported ${e.status} for the canceled UpdateFirmwareRequest (requestId ${plan.replaced.requestId}) after answering the new one`, plan.replaced.requirement);
    ctx.log(`the canceled update's ${e.status} crossed the new UpdateFirmwareRequest (set aside)`);
    return;
  }
  // L01.FR.10 / L01.FR.20: the requestId of the UpdateFirmwareRequest (not a tool validation: an advisory).
  adviseUnless(ctx, e.requestId === plan.requestId, `FirmwareStatusNotificationRequest ${e.status} carries requestId ${String(e.requestId)}, not the UpdateFirmwareRequest's ${plan.requestId}`, 'L01.FR.10');
  checkStatus(ctx, plan, events, e.status);
}

/** Answers and records the firmware update's messages until everything the plan requires came. */
export async function followFirmware(ctx: Ctx, plan: FirmwarePlan): Promise<FirmwareEvent[]> {
  const events: FirmwareEvent[] = plan.record ?? [];
  for (let guard = 0; guard < 64; guard += 1) {
    const wanted = missing(plan, events);
    if (!wanted) return events;
    const e = await nextFirmwareEvent(ctx, { timeoutMs: plan.waitMs(events), requirement: wanted.requirement, describe: `(waiting for the ${wanted.what})` });
    if (!e) break;
    absorb(ctx, plan, events, e);
  }
  const wanted = missing(plan, events);
  if (!wanted) return events;
  ctx.fail('the firmware update sent more than 64 messages without completing', 'L01.FR.01');
}

/**
 * While the case does something else (an operator's steps), claims and checks the update's messages as they come,
 * so none is lost to a reboot before the case follows the update; ends once `busy` settled and no message is pending.
 */
export async function collectFirmware(ctx: Ctx, plan: FirmwarePlan, busy: Promise<unknown>): Promise<void> {
  const events: FirmwareEvent[] = plan.record ?? [];
  let done = false;
  void busy.then(() => { done = true; }, () => { done = true; });
  for (let guard = 0; guard < 64 && !done && missing(plan, events); guard += 1) {
    const e = await nextFirmwareEvent(ctx, { timeoutMs: ctx.ics.timeouts.messageMs, describe: '(the update, while the transaction ends)', optional: true });
    if (e) absorb(ctx, plan, events, e);
  }
}

/** Downloads and reboots may take as long as a boot; other steps a message's time. */
export function firmwareWait(ctx: Ctx): (events: readonly FirmwareEvent[]) => number {
  const slow = new Set(['Downloading', 'DownloadScheduled', 'InstallScheduled', 'InstallRebooting', 'Installing', 'SignatureVerified']);
  return (events) => {
    const last = [...events].reverse().find((e) => e.kind === 'status');
    return !last || (last.kind === 'status' && slow.has(last.status)) ? ctx.ics.timeouts.bootMs : ctx.ics.timeouts.messageMs * 3;
  };
}

/**
 * Step 12 (or RebootBeforeFirmwareInstallation step 7): Installing before the `final` status (Installed; TC_L_08:
 * the installation's failure), which a station that rebooted before installing may omit when its bootloader
 * speaks no OCPP (L01.FR.23).
 */
export function installingReported(ctx: Ctx, events: readonly FirmwareEvent[], final: readonly string[] = ['Installed']): void {
  const installed = events.findIndex((e) => e.kind === 'status' && final.includes(e.status));
  const before = events.slice(0, installed < 0 ? events.length : installed);
  const rebooted = before.some((e) => e.kind === 'boot');
  if (!rebooted && !before.some((e) => e.kind === 'status' && e.status === 'Installing')) {
    ctx.fail(`the station reported ${final.join(' or ')} without Installing before it, and did not reboot before installing`, 'L01.FR.01');
  }
}
