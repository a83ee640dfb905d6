/**
 * TC_N_04_CS / TC_N_07_CS: "<Configured Unsupported monitoringCriteria>" and "<Configured unsupported_monitoringBase>".
 * Part 5 lists neither case; their prerequisite (a value the station does not support) is stated in the ICS as the
 * feature 'Unsupported monitoringCriteria <value>' / 'Unsupported monitoringBase <value>' (as TC_B_19_CS does
 * 'Unsupported componentCriteria <value>'): a station that supports them all has nothing to test.
 */
import type { CaseContext } from '../../kit.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;

/** The criteria a station may leave out (DeltaMonitoring is in TC_N_04_CS's request beside the unsupported one). */
export const OPTIONAL_CRITERIA = ['ThresholdMonitoring', 'PeriodicMonitoring'] as const;
export const BASES = ['All', 'FactoryDefault', 'HardWiredOnly'] as const;

export const unsupportedFeature = (kind: 'monitoringCriteria' | 'monitoringBase', value: string): string => `Unsupported ${kind} ${value}`;

/** The first value of `values` the ICS declares unsupported. */
export function configuredUnsupported<T extends string>(ctx: Ctx, kind: 'monitoringCriteria' | 'monitoringBase', values: readonly T[]): T | undefined {
  return values.find((v) => ctx.ics.features.some((f) => f.toLowerCase() === unsupportedFeature(kind, v).toLowerCase()));
}

/** "statusInfo is absent or statusInfo.reasonCode = UnsupportedParam or InvalidValue". */
export function reasonIs(ctx: Ctx, info: { reasonCode?: string } | undefined, what: string): void {
  if (info === undefined) return;
  ctx.expect(info.reasonCode, what).to.be.oneOf(['UnsupportedParam', 'InvalidValue']);
}
