/**
 * What a simulator block claims (its part of the reference ICS): the Part 5 profiles and features
 * it implements, per version family, and the other configurations it can run as (variants), each
 * a change to the whole claim. `session/reference.ts` builds the reference ICS from the blocks.
 */
import { family, type OcppFamily, type OcppVersion } from '../domain/version.js';

export interface ClaimSet {
  profiles?: readonly string[];
  features?: readonly string[];
}

/** Another configuration of the simulator: the default claim with these changes. */
export interface ClaimVariant {
  name: string;
  versions: readonly OcppVersion[];
  addProfiles?: readonly string[];
  removeProfiles?: readonly string[];
  addFeatures?: readonly string[];
  removeFeatures?: readonly string[];
  evses?: ReadonlyArray<{ id: number; connectors: number }>;
}

export interface BlockClaims {
  claims?: Partial<Record<OcppFamily, ClaimSet>>;
  variants?: readonly ClaimVariant[];
}

export interface AssembledClaims {
  profiles: string[];
  features: string[];
  variants: ClaimVariant[];
}

const unique = (items: readonly string[]): string[] => [...new Set(items)];

/**
 * The claims of a list of blocks for `version`, in block order. Two blocks may declare the same
 * configuration (same changes): it is one variant, named after both.
 */
export function assembleClaims(blocks: ReadonlyArray<{ claims: BlockClaims }>, version: OcppVersion): AssembledClaims {
  const sets = blocks.map((b) => b.claims.claims?.[family(version)] ?? {});
  const variants: ClaimVariant[] = [];
  for (const v of blocks.flatMap((b) => b.claims.variants ?? []).filter((x) => x.versions.includes(version))) {
    const same = variants.findIndex((x) => changesOf(x) === changesOf(v));
    if (same < 0) variants.push(v);
    else variants[same] = { ...variants[same]!, name: `${variants[same]!.name}; ${v.name}` };
  }
  return { profiles: unique(sets.flatMap((s) => s.profiles ?? [])), features: unique(sets.flatMap((s) => s.features ?? [])), variants };
}

function changesOf(v: ClaimVariant): string {
  return JSON.stringify([v.addProfiles ?? [], v.removeProfiles ?? [], v.addFeatures ?? [], v.removeFeatures ?? [], v.evses ?? []]);
}
