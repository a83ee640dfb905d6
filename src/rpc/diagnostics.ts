import diagnosticsChannel from 'node:diagnostics_channel';

/** Every frame, both directions, is published here; recorders subscribe without the protocol code knowing them. */
export const frameChannel = diagnosticsChannel.channel('ocpp-harness:frame');
/** Every finding the RPC layer makes. */
export const findingChannel = diagnosticsChannel.channel('ocpp-harness:finding');
