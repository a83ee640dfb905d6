import type { CaseContext } from '../../kit.js';

/**
 * The `<Configured ...>` values of Part 6 that the 2.0.1 cases use, read from the harness settings
 * (`ctx.settings.configured.<name>`, or `ctx.settings.<name>`), with these documented defaults when
 * the configuration gives none. A case never hard-codes one of them.
 */
export const CONFIGURED_DEFAULTS = {
  /** <Configured offlineThreshold> (s) of TC_B_06/07/09/10/11 (Part 6 uses 300 there). */
  offlineThreshold: 300,
  /** <Configured offlineThreshold> (s) of TC_B_51 / TC_B_52, whose steps wait for it: short by default. */
  outageOfflineThreshold: 3,
  /** <Configured RetryBackOffWaitMinimum> (s) of the reconnection cases (TC_B_49, TC_B_57): short, they wait for it. */
  retryBackOffWaitMinimum: 1,
} as const;

export type ConfiguredName = keyof typeof CONFIGURED_DEFAULTS;

export function configured(ctx: CaseContext, name: ConfiguredName): number {
  const section = ctx.settings.configured as Record<string, unknown> | undefined;
  const v = section?.[name] ?? ctx.settings[name];
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : CONFIGURED_DEFAULTS[name];
}
