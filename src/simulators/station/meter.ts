/**
 * A simulated energy meter per EVSE: the register grows with the power drawn, read on demand
 * (no timer). Sampled values are built in the shape of the station's OCPP version.
 */
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { Payload } from '../../rpc/codec.js';
import type { StationVersion } from './types.js';

export const SUPPORTED_MEASURANDS: readonly string[] = [
  'Energy.Active.Import.Register', 'Power.Active.Import', 'Current.Import', 'Current.Offered', 'Power.Offered', 'Voltage', 'Frequency', 'SoC',
];

export const CHARGING_POWER_W = 11_000;
const VOLTAGE = 230;

export class EnergyMeter {
  private wh: number;
  private powerW = 0;
  private since = Date.now();
  private socStart = 20;
  private whAtPlug: number;

  constructor(startWh = 12_345) {
    this.wh = startWh;
    this.whAtPlug = startWh;
  }

  private advance(): void {
    const now = Date.now();
    this.wh += (this.powerW * (now - this.since)) / 3_600_000;
    this.since = now;
  }

  setPower(watts: number): void {
    this.advance();
    this.powerW = watts;
  }

  /** A new EV arrived: its state of charge starts over. */
  evConnected(): void {
    this.advance();
    this.whAtPlug = this.wh;
  }

  get energyWh(): number {
    this.advance();
    return Math.round(this.wh);
  }

  get power(): number {
    return this.powerW;
  }

  private valueOf(measurand: string): { value: number; unit?: string; location?: string } | undefined {
    switch (measurand) {
      case 'Energy.Active.Import.Register': return { value: this.energyWh, unit: 'Wh' };
      case 'Power.Active.Import': return { value: this.powerW, unit: 'W' };
      case 'Current.Import': return { value: Math.round((this.powerW / VOLTAGE / 3) * 10) / 10, unit: 'A' };
      case 'Current.Offered': return { value: 16, unit: 'A' };
      case 'Power.Offered': return { value: CHARGING_POWER_W, unit: 'W' };
      case 'Voltage': return { value: VOLTAGE, unit: 'V' };
      case 'Frequency': return { value: 50 };
      case 'SoC': return { value: Math.min(100, Math.round(this.socStart + (this.energyWh - this.whAtPlug) / 600)), unit: 'Percent', location: 'EV' };
      default: return undefined;
    }
  }

  /**
   * One MeterValue with a sampled value per supported measurand, or undefined when none is. `signed`
   * (2.0.1, SampledDataCtrlr.SignReadings): energy register readings carry a signedMeterValue (J02.FR.21).
   */
  meterValue(measurands: readonly string[], context: string, version: StationVersion, timestamp: string, options: { signed?: boolean } = {}): Payload | undefined {
    const sampledValue: Payload[] = [];
    for (const m of measurands) {
      const v = this.valueOf(m);
      if (!v) continue;
      if (version === '1.6') {
        sampledValue.push({ value: String(v.value), context, format: 'Raw', measurand: m, ...(v.location ? { location: v.location } : {}), ...(v.unit ? { unit: v.unit } : {}) });
      } else {
        const signed = options.signed && m === 'Energy.Active.Import.Register' ? { signedMeterValue: signedMeterValue(v.value, timestamp) } : {};
        sampledValue.push({ value: v.value, context, measurand: m, ...(v.location ? { location: v.location } : {}), ...(v.unit ? { unitOfMeasure: { unit: v.unit } } : {}), ...signed });
      }
    }
    return sampledValue.length ? { timestamp, sampledValue } : undefined;
  }
}

/** Whether every entry of a comma separated measurand list is supported (1.6 3.16.4, 2.0.1 MemberList values). */
export function measurandsSupported(csv: string): boolean {
  return csv.split(',').map((s) => s.trim()).filter(Boolean).every((m) => SUPPORTED_MEASURANDS.includes(m));
}

let meterKey: { privateKey: KeyObject; publicKeyB64: string } | undefined;

/** A SignedMeterValueType: OCMF data over the reading, signed with the meter's ECDSA P-256 key (created once). */
function signedMeterValue(wh: number, timestamp: string): Payload {
  if (!meterKey) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    meterKey = { privateKey, publicKeyB64: publicKey.export({ type: 'spki', format: 'der' }).toString('base64') };
  }
  const data = JSON.stringify({ FV: '1.0', GI: 'ocpp-harness reference meter', RD: [{ TM: timestamp, RV: wh / 1000, RI: '01-00:98.08.00.FF', RU: 'kWh' }] });
  const signature = createSign('SHA256').update(data).sign(meterKey.privateKey).toString('hex');
  return {
    signedMeterData: Buffer.from(`OCMF|${data}|${JSON.stringify({ SA: 'ECDSA-secp256r1-SHA256', SD: signature })}`).toString('base64').slice(0, 2500),
    signingMethod: 'ECDSA-secp256r1-SHA256',
    encodingMethod: 'OCMF',
    publicKey: meterKey.publicKeyB64.slice(0, 2500),
  };
}
