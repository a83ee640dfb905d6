import type { OcppVersion } from '../domain/version.js';
import type { SutRole } from '../domain/role.js';

/**
 * One certification-profile membership of an official case, as Part 5 states it: mandatory, or
 * conditional on a Part 5 feature expression (C-xx, AQ-x, HFS-x, profile names, and/or/not).
 */
export interface OfficialMembership {
  profile: string;
  mandatory: boolean;
  /** The Part 5 condition, normalised so `evaluateCondition` reads it (ranges spelt out, typos fixed). */
  condition?: string;
  /**
   * Set instead of `condition` when the source only lists the feature ids of the condition, without
   * its and/or structure (2.1: the facts table flattens Part 5 edition 2).
   */
  conditionFeatures?: string[];
}

/** An official conformance case: facts only (id, title, role, profiles), never the document's prose. */
export interface OfficialCase {
  id: string;
  title: string;
  sut: SutRole;
  /** Empty when Part 5 lists the case for no profile on this side (it exists in Part 6 only). */
  profiles: OfficialMembership[];
  /** The errata that took the case out of the certification programme. */
  removed?: string;
  /** The errata that added the case after the edition. */
  added?: string;
}

/** A point where two sources disagreed, and which one the data follows. */
export interface ResolvedDisagreement {
  /** `${version}/${id}` */
  key: string;
  field: 'id' | 'title' | 'profiles' | 'condition' | 'removed';
  /** What the source set aside said. */
  other: string;
  /** What the data holds. */
  chosen: string;
  /** The source the data follows, and why. */
  source: string;
}

/** A Part 5 optional feature, additional question (AQ-x) or hardware feature (HFS-x): id and short name. */
export interface OfficialFeature {
  id: string;
  name: string;
  /** The Part 5 group it is listed under (Core, a profile, Additional questions, Hardware feature set). */
  group: string;
  /** Set when an errata item added or renamed it. */
  errata?: string;
}

export interface OfficialCatalogue {
  version: OcppVersion;
  /** The documents the data was built from. */
  sources: string[];
  /** Caveats on the data that a reader should know. */
  notes: string[];
  resolved: ResolvedDisagreement[];
  /** Part 5 features per SUT role, where the sources list them (2.0.1). */
  features?: Record<SutRole, OfficialFeature[]>;
  cases: OfficialCase[];
}
