import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { OcppVersion } from './versions.js';
import { schemaKeywordToRpcError, type RpcErrorCode } from './error-codes.js';

// The official OCA JSON schemas, as bundled and maintained by the ocpp-rpc package.
const BUNDLES: Record<OcppVersion, string> = {
  '1.6': 'ocpp-rpc/lib/schemas/ocpp1_6.json',
  '2.0.1': 'ocpp-rpc/lib/schemas/ocpp2_0_1.json',
  '2.1': 'ocpp-rpc/lib/schemas/ocpp2_1.json',
};

type SchemaDoc = { $id: string; [k: string]: unknown };
type Direction = 'request' | 'response';

export interface SchemaCheck {
  valid: boolean;
  rpcErrorCode?: RpcErrorCode;
  message?: string;
  errors?: ErrorObject[];
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const require = createRequire(import.meta.url);

/**
 * `urn:BootNotification.req` (1.6, 2.0.1 bundles) or `urn:BootNotificationRequest` (2.1 bundle).
 * A 2.1 SEND-only message has no suffix (`urn:NotifyPeriodicEventStream`): it is a request.
 */
function parseSchemaId(id: string): { action: string; direction: Direction } | undefined {
  const m = /^urn:(.+?)(\.req|\.conf|Request|Response)?$/.exec(id);
  if (!m || !m[1]) return undefined;
  return { action: m[1], direction: m[2] === '.conf' || m[2] === 'Response' ? 'response' : 'request' };
}

/**
 * Validates payloads for one OCPP version. Schemas are compiled lazily, once per action and
 * direction, and cached for the life of the process.
 */
export class SchemaRegistry {
  readonly version: OcppVersion;
  private readonly ajv: Ajv;
  private readonly docs = new Map<string, SchemaDoc>();
  /** Per direction, keyed by action: no key string to build on the hot path. */
  private readonly compiled: Record<Direction, Map<string, ValidateFunction>> = { request: new Map(), response: new Map() };
  readonly actions: ReadonlySet<string>;

  private constructor(version: OcppVersion) {
    this.version = version;
    this.ajv = new Ajv({ strict: false, allErrors: false, validateSchema: false });
    addFormats(this.ajv);
    const bundle = require(BUNDLES[version]) as SchemaDoc[];
    const actions = new Set<string>();
    for (const doc of bundle) {
      const parsed = parseSchemaId(doc.$id);
      if (!parsed) continue;
      actions.add(parsed.action);
      this.docs.set(`${parsed.action}/${parsed.direction}`, doc);
    }
    this.actions = actions;
  }

  private static readonly instances = new Map<OcppVersion, SchemaRegistry>();

  static for(version: OcppVersion): SchemaRegistry {
    let reg = SchemaRegistry.instances.get(version);
    if (!reg) {
      reg = new SchemaRegistry(version);
      SchemaRegistry.instances.set(version, reg);
    }
    return reg;
  }

  hasAction(action: string): boolean {
    return this.actions.has(action);
  }

  /** The raw schema document (for tools that want to show it). */
  schemaOf(action: string, direction: Direction): SchemaDoc | undefined {
    return this.docs.get(`${action}/${direction}`);
  }

  validate(action: string, direction: Direction, payload: unknown): SchemaCheck {
    let fn = this.compiled[direction].get(action);
    if (!fn) {
      const doc = this.docs.get(`${action}/${direction}`);
      if (!doc) return { valid: false, message: `no ${direction} schema for action ${action} in OCPP ${this.version}` };
      const { $id: _id, ...rest } = doc;
      fn = this.ajv.compile(rest);
      this.compiled[direction].set(action, fn);
    }
    if (fn(payload)) return VALID;
    const errors = fn.errors ?? [];
    const first = errors[0];
    return {
      valid: false,
      rpcErrorCode: schemaKeywordToRpcError(this.version, first?.keyword ?? ''),
      message: describeErrors(errors),
      errors,
    };
  }
}

const VALID: SchemaCheck = Object.freeze({ valid: true });

function describeErrors(errors: ErrorObject[]): string {
  return errors
    .map((e) => {
      const where = e.instancePath || '(payload)';
      const extra = e.keyword === 'additionalProperties'
        ? ` '${String((e.params as { additionalProperty?: string }).additionalProperty)}'`
        : e.keyword === 'enum'
          ? ` (allowed: ${((e.params as { allowedValues?: unknown[] }).allowedValues ?? []).join(', ')})`
          : '';
      return `${where} ${e.message ?? e.keyword}${extra}`;
    })
    .join('; ');
}
