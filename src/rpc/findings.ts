/**
 * A finding is something the protocol layer noticed about a frame. It never decides a verdict:
 * the engine (or a simulator) decides what a finding means for the case that is running.
 */
export type FindingCode =
  | 'FRAME_NOT_JSON'
  | 'FRAME_NOT_ARRAY'
  | 'FRAME_BAD_TYPE_ID'
  | 'FRAME_TYPE_NOT_IN_VERSION'
  | 'FRAME_BAD_MESSAGE_ID'
  | 'FRAME_BAD_SHAPE'
  | 'FRAME_BINARY'
  | 'FRAME_TOO_LARGE'
  | 'FRAME_TOO_DEEP'
  | 'UNKNOWN_ACTION'
  | 'SCHEMA_VIOLATION'
  | 'BAD_ERROR_CODE'
  | 'REPLY_UNKNOWN_ID'
  | 'REPLY_DUPLICATE'
  | 'REPLY_AFTER_TIMEOUT'
  | 'CALL_WHILE_PENDING'
  | 'DUPLICATE_MESSAGE_ID'
  | 'ABRUPT_CLOSE'
  | 'SOCKET_ERROR';

export interface Finding {
  code: FindingCode;
  message: string;
  /** 'peer' = the other side sent it; 'local' = this side sent it (a negative test, or a harness bug). */
  origin: 'peer' | 'local';
  t: number;
  raw?: string;
  messageId?: string;
  action?: string;
  /** The OCPP-J error code a receiver would answer with, when there is one. */
  rpcErrorCode?: string;
  /** Schema path and message details for SCHEMA_VIOLATION. */
  details?: unknown;
}
