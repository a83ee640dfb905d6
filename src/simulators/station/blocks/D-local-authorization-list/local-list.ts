/**
 * The Local Authorization List (2.0.1 D01, D02; 1.6 5.15, 5.13): SendLocalList Full / Differential with
 * its version number, GetLocalListVersion, and the lookup C Authorization uses (port.ts). The list is the
 * station's non-volatile memory (D01.FR.10): it outlives a reboot, since the station object does.
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { StationContext } from '../../context.js';
import type { BlockInstance } from '../../block-host.js';
import type { HandlerTable } from '../../types.js';
import type { ActionTable } from '../../actions.js';
import type { LocalListPort } from './port.js';
import { LocalList16 } from './local-list-16.js';

export class LocalAuthList implements LocalListPort, BlockInstance {
  private readonly ctx: StationContext;
  private readonly list = new Map<string, Payload>();
  private version = 0;

  constructor(ctx: StationContext) {
    this.ctx = ctx;
  }

  private get v16(): boolean {
    return this.ctx.version === '1.6';
  }

  private get enabled(): boolean {
    return this.ctx.settings.bool('localAuthListEnabled');
  }

  get entries(): number {
    return this.list.size;
  }

  get preAuthorizes(): boolean {
    return !this.ctx.faults.has('local-list-pre-authorize-ignored');
  }

  get disablePostAuthorize(): boolean {
    // LocalAuthListCtrlr.DisablePostAuthorize (LA-3); the faults ask the CSMS anyway / refuse without asking.
    const disabled = this.ctx.settings.bool('localListDisablePostAuthorize') && !this.ctx.faults.has('local-list-post-authorize-not-disabled');
    return disabled || this.ctx.faults.has('local-list-not-post-authorized');
  }

  has(idToken: string): boolean {
    return this.list.has(idToken);
  }

  lookup(idToken: string): Payload | undefined {
    if (!this.enabled) return undefined;
    // Fault local-list-ignored-offline: the list is not consulted while the CSMS cannot be reached (C13.FR.02).
    if (this.ctx.faults.has('local-list-ignored-offline') && !this.ctx.link.isOnline) return undefined;
    const info = this.list.get(idToken);
    // Fault local-list-status-ignored-offline: offline, a listed token counts as Accepted (C13.FR.02 wants its own status).
    if (info && this.ctx.faults.has('local-list-status-ignored-offline') && !this.ctx.link.isOnline) return { ...info, status: 'Accepted' };
    return info;
  }

  /** The station reboots (B Provisioning) or loses power: the list stays (D01.FR.10) unless the fault forgets it. */
  onReboot(): void {
    if (!this.ctx.faults.has('local-list-not-persistent')) return;
    this.list.clear();
    this.version = 0;
  }

  /** The 1.6 refinement of the answers and its operator action (local-list-16.ts); built on first use (the host builds D before it knows its version). */
  private answers16: LocalList16 | undefined;

  private get v16Answers(): LocalList16 | undefined {
    if (this.v16) this.answers16 ??= new LocalList16(this.ctx);
    return this.v16 ? this.answers16 : undefined;
  }

  actions(): ActionTable {
    return this.v16Answers?.actions() ?? {};
  }

  handlers(): HandlerTable {
    const table: HandlerTable = {
      // D02.FR.01 / D02.FR.03: the version, 0 when the list is disabled (1.6 5.13: listVersion, 0 when there is none).
      GetLocalListVersion: () => {
        const version = this.enabled || this.ctx.faults.has('local-list-version-while-disabled') ? this.version : 0;
        return { payload: this.v16 ? { listVersion: version } : { versionNumber: version } };
      },
      SendLocalList: (p) => ({ payload: { status: this.update(p) } }),
    };
    // 1.6 answers these otherwise (5.10: -1 while disabled, 0 when empty): local-list-16.ts refines them.
    return this.v16Answers ? this.v16Answers.handlers(table) : table;
  }

  private update(p: Payload): string {
    if (!this.enabled) return this.v16 ? 'NotSupported' : 'Failed';
    const version = Number(this.v16 ? p.listVersion : p.versionNumber);
    const entries = (p.localAuthorizationList as Payload[] | undefined) ?? [];
    const idOf = (e: Payload): string => (this.v16 ? String(e.idTag) : String((e.idToken as Payload).idToken));
    const infoOf = (e: Payload): Payload | undefined => (this.v16 ? e.idTagInfo : e.idTokenInfo) as Payload | undefined;
    if (p.updateType === 'Full') {
      // D01.FR.04: a Full update without a list empties it (the fault answers Failed instead).
      if (entries.length === 0 && this.ctx.faults.has('local-list-empty-full-failed')) return 'Failed';
      // D01.FR.15: the list is replaced.
      this.list.clear();
      for (const e of entries) {
        const info = infoOf(e);
        if (info) this.list.set(idOf(e), info);
      }
    } else {
      // D01.FR.19: a Differential update must carry a newer version.
      if (version <= this.version && !this.ctx.faults.has('local-list-version-mismatch-ignored')) return 'VersionMismatch';
      // D01.FR.16 / D01.FR.17: entries with idTokenInfo are set, those without are removed.
      for (const e of entries) {
        const info = infoOf(e);
        if (info) this.list.set(idOf(e), info);
        else this.list.delete(idOf(e));
      }
    }
    if (!this.ctx.faults.has('local-list-version-not-stored')) this.version = version;
    return 'Accepted';
  }
}
