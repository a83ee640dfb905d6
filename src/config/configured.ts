/**
 * The config file's `configured:` section: its schema and its resolution, from the one table of
 * `<Configured ...>` values in src/domain/configured-values.ts.
 */
import { CONFIGURED_NAMES, CONFIGURED_VALUES, type ConfiguredValue, type ConfiguredValueName } from '../domain/configured-values.js';
import type { SutRole } from '../domain/role.js';

/** A value's fixed default for the role under test; undefined when the case derives it. */
export function configuredDefault(name: ConfiguredValueName, sut: SutRole): number | undefined {
  const d = (CONFIGURED_VALUES[name] as ConfiguredValue).default;
  return typeof d === 'number' ? d : d?.[sut];
}

/** The JSON-schema section `configured:` of the config file, one documented field per value. */
export function configuredSchema(): Record<string, unknown> {
  const properties = Object.fromEntries(CONFIGURED_NAMES.map((name) => {
    const v: ConfiguredValue = CONFIGURED_VALUES[name];
    const d = v.default === undefined ? `default: ${v.derived ?? 'derived'}` : typeof v.default === 'number' ? `default ${v.default}` : `default ${Object.entries(v.default).map(([r, n]) => `${n} (${r} under test)`).join(', ')}`;
    return [name, { type: 'number', minimum: 0, description: `${v.meaning} Unit: ${v.unit}; ${d}.` }];
  }));
  return {
    type: 'object', additionalProperties: false, properties,
    description: 'The <Configured ...> values of Part 6 and the OCTT 1.6 document that the cases use; each has a documented default.',
  };
}

/** The effective configured values: the file's, else the fixed defaults (derived ones only when given). */
export function resolveConfigured(given: Partial<Record<ConfiguredValueName, number>> | undefined, sut: SutRole): Partial<Record<ConfiguredValueName, number>> {
  const out: Partial<Record<ConfiguredValueName, number>> = {};
  for (const name of CONFIGURED_NAMES) {
    const v = given?.[name] ?? configuredDefault(name, sut);
    if (v !== undefined) out[name] = v;
  }
  return out;
}
