/**
 * F Remote control, the reference CSMS's side: the default payloads of the messages it sends for
 * F01-F06 (RequestStart/StopTransaction, UnlockConnector, TriggerMessage; 1.6 RemoteStart/Stop,
 * UnlockConnector, TriggerMessage and ExtendedTriggerMessage). The operator's hint goes on top
 * (e.g. requestedMessage, evse, transactionId); the request faults are applied by the kernel after it.
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { RequestContext } from '../../types.js';
import type { CsmsBlockFactory, RequestBuilders } from '../../block-host.js';
import type { FAULTS } from './faults.js';
import { acceptedToken, liveTransactionId } from '../../request-helpers.js';

type Faults = (typeof FAULTS)[number]['name'];

/** 2.0.1 and 2.1 share these messages. */
const REQUESTS_2X = {
  RequestStartTransaction: (ctx: RequestContext): Payload => ({ idToken: acceptedToken(ctx), remoteStartId: ctx.nextRequestId(), evseId: 1 }),
  RequestStopTransaction: (ctx: RequestContext, hint: Payload): Payload => ({ transactionId: liveTransactionId(ctx, hint, 'RequestStopTransaction') }),
  TriggerMessage: (): Payload => ({ requestedMessage: 'Heartbeat' }),
  UnlockConnector: (): Payload => ({ evseId: 1, connectorId: 1 }),
};

const REQUESTS: RequestBuilders<Faults> = {
  '2.0.1': REQUESTS_2X,
  '2.1': REQUESTS_2X,
  '1.6': {
    RemoteStartTransaction: (ctx) => ({ idTag: acceptedToken(ctx).idToken, connectorId: 1 }),
    RemoteStopTransaction: (ctx, hint) => ({ transactionId: Number(liveTransactionId(ctx, hint, 'RemoteStopTransaction')) }),
    TriggerMessage: () => ({ requestedMessage: 'Heartbeat' }),
    ExtendedTriggerMessage: () => ({ requestedMessage: 'Heartbeat' }),
    UnlockConnector: () => ({ connectorId: 1 }),
  },
};

export const create: CsmsBlockFactory<Faults> = () => ({ requests: () => REQUESTS });
