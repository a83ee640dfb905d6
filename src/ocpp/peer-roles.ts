/**
 * The peer a case gets, by the role of its SUT: a charging station under test ('CS') faces the
 * harness as CSMS, a CSMS under test faces the harness as station.
 */
import type { OcppVersion } from '../domain/version.js';
import type { SutRole } from '../domain/role.js';
import type { CsmsSidePeer } from './peer-csms-side.js';
import type { StationSidePeer } from './peer-station-side.js';

export type SidePeer<V extends OcppVersion, S extends SutRole> = S extends 'CS' ? CsmsSidePeer<V> : StationSidePeer<V>;

/** Either role's peer, of any version: what the engine runs cases with. */
export type SutPeer = CsmsSidePeer | StationSidePeer;
