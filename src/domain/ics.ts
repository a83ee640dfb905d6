/** What the SUT claims (its ICS): the noun every layer shares. Its built-in defaults are config's (src/config/default-ics.ts). */
import type { OcppVersion } from './version.js';
import type { SutRole } from './role.js';
import type { SecurityProfile } from './security-profile.js';

export interface IdTokenSpec {
  idToken: string;
  /** 2.x IdTokenEnumType (ISO14443, Central, eMAID, ...); ignored by 1.6. */
  type: string;
}

/**
 * Implementation conformance statement: what the SUT claims. The plan uses it to mark cases
 * outside the claim NOT_APPLICABLE, and cases read it for their configured values.
 */
export interface Ics {
  version: OcppVersion;
  sut: SutRole;
  /** Certification profiles claimed, e.g. ["Core", "Advanced Security"]. */
  profiles: string[];
  /** Optional features claimed: Part 5 condition ids (C-xx, AQ-xx, HFS-x) or short feature names. */
  features: string[];
  /** EVSE layout: connectors per EVSE (1.6: one connector per entry). */
  evses: Array<{ id: number; connectors: number }>;
  idTokens: {
    valid: IdTokenSpec;
    /** A second valid token (1.6 TC_069: another card with the same parentIdTag). */
    valid2?: IdTokenSpec;
    invalid: IdTokenSpec;
    blocked?: IdTokenSpec;
    expired?: IdTokenSpec;
    masterPass?: IdTokenSpec;
    /** <Configured masterPassGroupId> (C16): the groupIdToken of the master pass; the station under test gets it as AuthCtrlr.MasterPassGroupId. */
    masterPassGroup?: IdTokenSpec;
    group?: IdTokenSpec;
    /** <Configured eMAID> (C07, ISO 15118 Plug & Charge): type eMAID, the CN of the contract certificate (Part 6 errata 2024-11, TC_C_50_CSMS). */
    emaid?: IdTokenSpec;
  };
  /**
   * The idTokens the configuration gave (`ics.idTokens.<name>`); absent: every token is usable. With the
   * CSMS under test the others are placeholders the CSMS cannot know, so no case may use them
   * (src/engine/id-tokens.ts, idTokenFor, makes such a case NOT_APPLICABLE).
   */
  idTokensGiven?: Array<keyof Ics['idTokens']>;
  securityProfile: SecurityProfile;
  /** Charging station identity (the harness's own identity when it plays the station). */
  station: { id: string; vendor: string; model: string; serialNumber?: string; firmwareVersion?: string };
  heartbeatInterval: number;
  timeouts: {
    /** How long the SUT may take to send or answer a message. */
    messageMs: number;
    /** Maximum deviation between the SUT's clock and ours: the configurable time deviation of Part 6 section 2 (default 4 s), used by the official time checks. */
    maxTimeDeviationMs: number;
    /** How long a (re)boot after a power cycle or reset may take, up to the BootNotification on its new connection. */
    bootMs: number;
  };
}
