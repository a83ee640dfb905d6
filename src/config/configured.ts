/**
 * The config file's `configured:` section: its schema and its resolution, from the one table of
 * `<Configured ...>` values in src/domain/configured-values.ts.
 */
import { CONFIGURED_NAMES, CONFIGURED_VALUES, type ConfiguredValue, type ConfiguredValueName, type ConfiguredValues } from '../domain/configured-values.js';
import type { SutRole } from '../domain/role.js';

/** A value's fixed default for the role under test; undefined when the case derives it. */
export function configuredDefault(name: ConfiguredValueName, sut: SutRole): number | string | undefined {
  const d = (CONFIGURED_VALUES[name] as ConfiguredValue).default;
  return typeof d === 'number' || typeof d === 'string' ? d : d?.[sut];
}

/** A default as the schema describes it. */
function describeDefault(v: ConfiguredValue): string {
  if (v.default === undefined) return `default: ${v.derived ?? 'derived'}`;
  if (typeof v.default !== 'object') return `default ${JSON.stringify(v.default)}`;
  return `default ${Object.entries(v.default).map(([r, d]) => `${JSON.stringify(d)} (${r} under test)`).join(', ')}`;
}

/** One value's field: a non-negative number, or a text (one of its enumeration when it has one). */
function field(v: ConfiguredValue): Record<string, unknown> {
  const description = `${v.meaning} Unit: ${v.unit}; ${describeDefault(v)}.`;
  if (v.unit !== 'text') return { type: 'number', minimum: 0, description };
  return v.oneOf ? { type: 'string', enum: [...v.oneOf], description } : { type: 'string', minLength: 1, description };
}

/** The JSON-schema section `configured:` of the config file, one documented field per value. */
export function configuredSchema(): Record<string, unknown> {
  const properties = Object.fromEntries(CONFIGURED_NAMES.map((name) => [name, field(CONFIGURED_VALUES[name])]));
  return {
    type: 'object', additionalProperties: false, properties,
    description: 'The <Configured ...> values of Part 6 and the OCTT 1.6 document that the cases use; each has a documented default.',
  };
}

/** The effective configured values: the file's, else the fixed defaults (derived ones only when given). */
export function resolveConfigured(given: ConfiguredValues | undefined, sut: SutRole): ConfiguredValues {
  const out: Partial<Record<ConfiguredValueName, number | string>> = {};
  for (const name of CONFIGURED_NAMES) {
    const v = given?.[name] ?? configuredDefault(name, sut);
    if (v !== undefined) out[name] = v;
  }
  return out as ConfiguredValues;
}
