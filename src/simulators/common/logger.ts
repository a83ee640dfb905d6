/**
 * The simulators' log: one line per message and per notable event, leveled, with secrets masked
 * (passwords set over OCPP, private keys). Sinks are plain functions so tests collect lines and
 * the CLI writes them to stderr.
 */
import { PEM_PRIVATE_KEY, REDACTED_PRIVATE_KEY, SECRET_KEYS as SECRET_KEY_NAMES, SECRET_VARIABLES as SECRET_VARIABLE_NAMES } from '../../domain/secrets.js';

export type LogLevel = 'error' | 'warn' | 'info' | 'debug';
export type LogSink = (line: string, level: LogLevel) => void;

export const LOG_LEVELS: readonly LogLevel[] = ['error', 'warn', 'info', 'debug'];

export function isLogLevel(v: unknown): v is LogLevel {
  return typeof v === 'string' && (LOG_LEVELS as readonly string[]).includes(v);
}

export interface Logger {
  error(line: string): void;
  warn(line: string): void;
  info(line: string): void;
  debug(line: string): void;
}

export function createLogger(sink: LogSink | undefined, prefix = ''): Logger {
  const out = (level: LogLevel) => (line: string) => sink?.(prefix ? `${prefix} ${line}` : line, level);
  return { error: out('error'), warn: out('warn'), info: out('info'), debug: out('debug') };
}

/** Passes lines at `min` or more severe. */
export function levelFilter(min: LogLevel, sink: LogSink): LogSink {
  const limit = LOG_LEVELS.indexOf(min);
  return (line, level) => {
    if (LOG_LEVELS.indexOf(level) <= limit) sink(line, level);
  };
}

/** Writes `HH:MM:SS.mmm LEVEL line` to a stream (stderr by default). */
export function streamSink(stream: NodeJS.WritableStream = process.stderr): LogSink {
  return (line, level) => {
    const t = new Date().toISOString().slice(11, 23);
    stream.write(`${t} ${level.toUpperCase().padEnd(5)} ${line}\n`);
  };
}

export const MASK = '***';

/** Device-model variables (2.x) and configuration keys (1.6) whose value is a secret. */
const SECRET_VARIABLES: ReadonlySet<string> = new Set(SECRET_VARIABLE_NAMES);
const SECRET_KEYS: ReadonlySet<string> = new Set(SECRET_KEY_NAMES);
const redactString = (text: string): string => text.replace(PEM_PRIVATE_KEY, REDACTED_PRIVATE_KEY);

/** A copy of an OCPP payload with secret values masked, for logging. */
export function maskSecrets(value: unknown): unknown {
  if (typeof value === 'string') return redactString(value);
  if (Array.isArray(value)) return value.map(maskSecrets);
  if (typeof value !== 'object' || value === null) return value;
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = maskSecrets(v);
  const variable = obj.variable as { name?: unknown } | undefined;
  if (variable && typeof variable.name === 'string' && SECRET_VARIABLES.has(variable.name)) {
    if ('attributeValue' in out) out.attributeValue = MASK;
    if ('value' in out) out.value = MASK;
  }
  if (typeof obj.key === 'string' && SECRET_KEYS.has(obj.key) && 'value' in out) out.value = MASK;
  return out;
}

const TYPE_NAMES: Record<number, string> = { 2: 'CALL', 3: 'CALLRESULT', 4: 'CALLERROR', 5: 'CALLRESULTERROR', 6: 'SEND' };

/**
 * One log line for a frame: `-> CALL BootNotification {...}` (sent) or `<- CALLRESULT BootNotification {...}`
 * (received). `action` names the CALL a reply answers.
 */
export function formatFrame(dir: 'tx' | 'rx', raw: string, action?: string, maxLength = 2000): string {
  const arrow = dir === 'tx' ? '->' : '<-';
  let text: string;
  try {
    const msg = JSON.parse(raw) as unknown[];
    const type = typeof msg[0] === 'number' ? msg[0] : -1;
    const name = TYPE_NAMES[type] ?? 'FRAME';
    if (type === 2 || type === 6) text = `${name} ${String(msg[2])} ${JSON.stringify(maskSecrets(msg[3]))}`;
    else if (type === 3) text = `${name} ${action ?? '?'} ${JSON.stringify(maskSecrets(msg[2]))}`;
    else if (type === 4 || type === 5) text = `${name} ${action ?? '?'} ${String(msg[2])} ${JSON.stringify(msg[3])}`;
    else text = `${name} ${redactString(raw)}`;
  } catch {
    text = `FRAME ${redactString(raw)}`;
  }
  if (text.length > maxLength) text = `${text.slice(0, maxLength)}... (${text.length} chars)`;
  return `${arrow} ${text}`;
}
