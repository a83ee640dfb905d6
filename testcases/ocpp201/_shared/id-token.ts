import type { IdTokenSpec, Request } from '../../kit.js';

/** The 2.0.1 IdTokenType (AuthorizeRequest, RequestStartTransactionRequest, ReserveNowRequest...). */
export type IdToken = Request<'2.0.1', 'Authorize'>['idToken'];

/**
 * An ICS token as a 2.0.1 IdTokenType. The ICS holds the type as the configuration wrote it (a string);
 * it is sent as it is, so a misspelt type in the configuration shows as the SUT's schema error.
 */
export function idTokenOf(spec: IdTokenSpec): IdToken {
  return { idToken: spec.idToken, type: spec.type as IdToken['type'] };
}
