/**
 * Typed OCPP messages per version and action, derived from typed-ocpp (generated from the
 * official OCA JSON schemas), never copied by hand. `Request<'2.0.1', 'SetVariables'>` is the
 * payload of that call, `Response<'1.6', 'BootNotification'>` of its answer; an action of another
 * version is not an `Action<V>`.
 */
import type { OCPP16, OCPP20, OCPP21 } from 'typed-ocpp';
import type { OcppVersion } from './version.js';

/** The CALL tuples of a version (2.0.1 is typed-ocpp's OCPP20). */
type CallOf<V extends OcppVersion> = V extends '1.6' ? OCPP16.Call : V extends '2.0.1' ? OCPP20.Call : OCPP21.Call;

/** An action name of version V, as the string that goes on the wire. */
export type Action<V extends OcppVersion> = `${CallOf<V>[2]}`;

/** The CALL tuple of action A in version V. */
type CallFor<V extends OcppVersion, A extends Action<V>> = CallOf<V> extends infer C
  ? C extends readonly [unknown, unknown, infer Name, unknown] ? (`${Name & string}` extends A ? C : never) : never
  : never;

/**
 * typed-ocpp declares payloads as interfaces, which have no index signature; re-mapped as a plain
 * object type, a typed payload is still a `Payload` (`Record<string, unknown>`), so code that
 * handles any payload (the wire, the recorder, loosely typed helpers) takes it as it is.
 */
type Plain<T> = T extends object ? { [K in keyof T]: T[K] } : T;

/** The request payload of action A in version V. */
export type Request<V extends OcppVersion, A extends Action<V>> = Plain<CallFor<V, A>[3]>;

type ResultOf<V extends OcppVersion, C> = V extends '1.6'
  ? C extends OCPP16.Call ? OCPP16.CheckedCallResult<C> : never
  : V extends '2.0.1' ? C extends OCPP20.Call ? OCPP20.CheckedCallResult<C> : never
    : C extends OCPP21.Call ? OCPP21.CheckedCallResult<C> : never;

/** The response payload of action A in version V. */
export type Response<V extends OcppVersion, A extends Action<V>> = ResultOf<V, CallFor<V, A>> extends infer R
  ? R extends readonly [unknown, unknown, infer P] ? Plain<P> : never
  : never;
