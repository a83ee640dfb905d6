/**
 * Network connection profiles (B09, B10; 2.0.1): SetNetworkProfile stores connection data in a
 * configuration slot, OCPPCommCtrlr.NetworkConfigurationPriority orders the slots and applies after a
 * reboot (B10.FR.04). The station makes NetworkProfileConnectionAttempts attempts per slot, then
 * moves to the next (B10.FR.03); when every slot failed it falls back to the slot of its last
 * successful connection and the Part 4 reconnection back-off (B10.FR.07, C-47).
 * Slot 1 is the connection the station was set up with (its options: URL, security profile).
 */
import type { Payload } from '../../../../rpc/codec.js';
import { isSecurityProfile } from '../../../../transport/security.js';
import type { SecurityProfile } from '../../../../domain/security-profile.js';
import type { StationContext } from '../../context.js';
import { supports } from '../../features.js';
import type { HandlerTable } from '../../types.js';

/** The configuration slots (valuesList of NetworkConfigurationPriority; B09.FR.06: at least two). */
export const NETWORK_SLOTS: readonly number[] = [1, 2];
const OPERATOR_SLOT = 1;

export interface ConnectionData {
  url: string;
  securityProfile: SecurityProfile;
  /** Seconds; applied to OCPPCommCtrlr.MessageTimeout[Default] while the slot is in use. */
  messageTimeout?: number;
  ocppInterface?: string;
}

export class NetworkProfiles {
  private readonly ctx: StationContext;
  /** Slots 2..n as the CSMS set them (slot 1 lives in the station options). */
  private readonly stored = new Map<number, ConnectionData>();
  /** The priority in force since the last boot (a new NetworkConfigurationPriority waits for a reboot). */
  private order: number[] = [OPERATOR_SLOT];
  private index = 0;
  private attempts = 0;
  /** Every slot failed in this round: back on the last working slot with the normal back-off (B10.FR.07). */
  private fallenBack = false;
  /** Slot of the connection in use, and of the last successful one. */
  active = OPERATOR_SLOT;
  private lastGood = OPERATOR_SLOT;

  constructor(ctx: StationContext) {
    this.ctx = ctx;
  }

  private get v201(): boolean {
    return this.ctx.version === '2.0.1';
  }

  /** Slots removed because their security profile is below SecurityProfile (A05.FR.06); slot 1 comes back when a technician sets it up again. */
  private readonly retired = new Set<number>();

  /** The connection data of a slot, undefined when the slot is empty. */
  slot(n: number): ConnectionData | undefined {
    if (this.retired.has(n)) return undefined;
    if (n === OPERATOR_SLOT) return { url: this.ctx.options.url, securityProfile: this.ctx.options.securityProfile };
    return this.stored.get(n);
  }

  /** Where the next connection attempt goes. */
  current(): ConnectionData & { slot: number } {
    const data = this.slot(this.active) ?? this.slot(OPERATOR_SLOT) ?? { url: this.ctx.options.url, securityProfile: this.ctx.options.securityProfile };
    return { ...data, slot: this.active };
  }

  /** A (re)boot: the priority set by the CSMS takes effect, connecting begins with its first entry (B10.FR.04). */
  reboot(): void {
    if (!this.v201) return;
    const order = parsePriority(this.ctx.settings.str('networkConfigurationPriority') ?? '').filter((n) => this.slot(n));
    this.order = order.length ? order : [OPERATOR_SLOT];
    if (this.ctx.faults.has('network-priority-ignored')) this.order = [this.active, ...this.order.filter((n) => n !== this.active)];
    this.index = 0;
    this.attempts = 0;
    this.fallenBack = false;
    this.use(this.order[0] ?? OPERATOR_SLOT);
  }

  /** A technician configured the connection by hand (URL, security profile): slot 1 only, from now on. */
  useOperatorProfile(): void {
    this.retired.clear();
    this.order = [OPERATOR_SLOT];
    this.index = 0;
    this.attempts = 0;
    this.fallenBack = false;
    this.use(OPERATOR_SLOT);
    if (this.v201) this.ctx.settings.set('networkConfigurationPriority', String(OPERATOR_SLOT));
  }

  onConnected(): void {
    this.attempts = 0;
    this.fallenBack = false;
    this.lastGood = this.active;
    this.raiseSecurityProfile();
  }

  /**
   * A05.FR.06: connected with a profile of a higher security profile: that becomes SecurityProfile, and
   * every profile with a lower one is removed (from the slots and from NetworkConfigurationPriority).
   */
  private raiseSecurityProfile(): void {
    const used = this.slot(this.active)?.securityProfile;
    const level = this.ctx.options.securityProfile;
    if (!this.v201 || used === undefined || used <= level) return;
    const lower = [OPERATOR_SLOT, ...this.stored.keys()].filter((n) => n !== this.active && (this.slot(n)?.securityProfile ?? level) < used);
    this.ctx.log.info(`security profile raised from ${level} to ${used} (A05.FR.06)`);
    if (this.ctx.faults.has('lower-profiles-kept')) {
      this.ctx.log.debug('fault lower-profiles-kept: the profiles with a lower security profile stay');
    } else {
      for (const n of lower) {
        this.retired.add(n);
        this.stored.delete(n);
      }
      this.order = this.order.filter((n) => !lower.includes(n));
      const priority = parsePriority(this.ctx.settings.str('networkConfigurationPriority') ?? '').filter((n) => !lower.includes(n));
      this.ctx.settings.set('networkConfigurationPriority', (priority.length ? priority : [this.active]).join(','));
    }
    this.ctx.options.securityProfile = used;
  }

  /** Connecting with another profile than the last one that worked (B10 migration; M05.FR.15 rather than M05.FR.14). */
  get migrating(): boolean {
    return this.v201 && this.active !== this.lastGood;
  }

  /** A connection attempt failed: after NetworkProfileConnectionAttempts on this slot, the next slot (B10.FR.03). */
  onConnectFailed(): void {
    if (!this.v201 || this.fallenBack) return;
    // Only a migration goes back to the fallback CSMS root here (M05.FR.16); a plain reconnection did already (M05.FR.14).
    const migrating = this.migrating;
    this.attempts++;
    const perSlot = Math.max(1, this.ctx.settings.int('networkProfileConnectionAttempts', 1));
    if (this.attempts < perSlot || this.ctx.faults.has('network-profile-no-fallback')) return;
    this.attempts = 0;
    this.index++;
    if (this.index < this.order.length) {
      this.use(this.order[this.index] as number);
      // M05.FR.16: back on the previous profile, the CSMS is verified with the fallback CSMS root.
      if (migrating && this.active === this.lastGood) this.ctx.security.fallBackToOldRoot();
      return;
    }
    if (supports(this.ctx, 'C-47') && !this.ctx.faults.has('network-fallback-cycles')) {
      // B10.FR.07: back to where the last connection succeeded, reconnecting with the Part 4 back-off.
      this.fallenBack = true;
      this.use(this.lastGood);
      if (migrating) this.ctx.security.fallBackToOldRoot();
      return;
    }
    this.index = 0;
    this.use(this.order[0] ?? OPERATOR_SLOT);
  }

  private use(slot: number): void {
    if (slot !== this.active) this.ctx.log.info(`network profile: connecting with configuration slot ${slot}`);
    this.active = slot;
    const timeout = this.slot(slot)?.messageTimeout;
    if (timeout !== undefined && timeout > 0) this.ctx.settings.set('messageTimeout', String(timeout));
  }

  /** Why a NetworkConfigurationPriority value cannot be used (B10.FR.02, A05.FR.02, A05.FR.03), or undefined. */
  invalidPriority(value: string): string | undefined {
    const slots = parsePriority(value);
    if (!slots.length) return 'no configuration slot';
    const empty = slots.filter((n) => !this.slot(n));
    if (empty.length) return `configuration slot ${empty.join(', ')} holds no network profile`;
    return this.upgradeProblem(slots);
  }

  /** A05.FR.02/03: a slot with a higher security profile needs a CSMS root (2 and 3) and a station certificate (3). */
  private upgradeProblem(slots: readonly number[]): string | undefined {
    if (this.ctx.faults.has('profile-upgrade-unchecked')) return undefined;
    const level = this.ctx.options.securityProfile;
    for (const n of slots) {
      const profile = this.slot(n)?.securityProfile ?? 0;
      if (profile <= level) continue;
      if (profile >= 2 && !this.ctx.security.hasRoot('CSMSRootCertificate')) return `slot ${n} has security profile ${profile} and no CSMSRootCertificate is installed`;
      if (profile === 3 && !this.ctx.security.hasStationCertificate) return `slot ${n} has security profile 3 and no ChargingStationCertificate is installed`;
    }
    return undefined;
  }

  /** Why a SetNetworkProfile cannot be stored (B09.FR.02, B09.FR.04, B09.FR.05), or undefined. */
  private invalidRequest(slot: number, data: Payload): string | undefined {
    if (!NETWORK_SLOTS.includes(slot)) return `configuration slot ${slot} is not one of ${NETWORK_SLOTS.join(', ')}`;
    if (data.ocppVersion !== 'OCPP20') return `ocppVersion ${String(data.ocppVersion)} is not supported`;
    if (data.ocppTransport !== 'JSON') return `ocppTransport ${String(data.ocppTransport)} is not supported`;
    const profile = Number(data.securityProfile);
    if (!isSecurityProfile(profile)) return `security profile ${String(data.securityProfile)} does not exist`;
    if (profile < this.ctx.options.securityProfile) return `security profile ${profile} is lower than the current ${this.ctx.options.securityProfile}`;
    const url = String(data.ocppCsmsUrl);
    const scheme = profile >= 2 ? 'wss://' : 'ws://';
    if (!url.startsWith(scheme)) return `security profile ${profile} needs a ${scheme} URL`;
    try {
      new URL(url);
    } catch {
      return 'ocppCsmsUrl is not a URL';
    }
    return undefined;
  }

  handlers(): HandlerTable {
    if (!this.v201) return {};
    return {
      SetNetworkProfile: (p) => {
        const slot = Number(p.configurationSlot);
        const data = (p.connectionData ?? {}) as Payload;
        const problem = this.ctx.faults.has('network-profile-accepts-invalid') ? undefined : this.invalidRequest(slot, data);
        if (problem) {
          this.ctx.log.info(`SetNetworkProfile rejected: ${problem}`);
          return { payload: { status: 'Rejected', statusInfo: { reasonCode: 'InvalidNetworkConf', additionalInfo: problem.slice(0, 512) } } };
        }
        const stored: ConnectionData = {
          url: String(data.ocppCsmsUrl),
          securityProfile: Number(data.securityProfile) as SecurityProfile,
          messageTimeout: Number(data.messageTimeout),
          ocppInterface: String(data.ocppInterface),
        };
        return {
          payload: { status: 'Accepted' },
          after: () => {
            if (slot === OPERATOR_SLOT) {
              this.retired.delete(OPERATOR_SLOT);
              this.ctx.options.url = stored.url;
              this.ctx.options.securityProfile = stored.securityProfile;
            } else {
              this.stored.set(slot, stored);
            }
          },
        };
      },
    };
  }
}

function parsePriority(value: string): number[] {
  return value.split(',').map((s) => s.trim()).filter(Boolean).map(Number).filter((n) => Number.isInteger(n));
}
