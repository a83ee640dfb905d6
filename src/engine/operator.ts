import { spawn } from 'node:child_process';
import readline from 'node:readline';
import type { SutRole } from '../domain/role.js';
import type { CommandHook, HttpHook, Operator, OperatorRequest, OperatorResult } from '../domain/operator-actions.js';
import { operatorAction } from './operator-actions.js';
import { CaseInconclusive } from '../domain/verdict.js';
import { HarnessError } from '../errors.js';

/** A manual step's limit when none is configured: 10 minutes at a prompt (issue 12 section 1). */
export const DEFAULT_OPERATOR_MS = 600_000;
/** Pause a hook takes before each action so the SUT settles after the previous exchange. */
export const DEFAULT_HOOK_SETTLE_MS = 1_000;

export interface OperatorHandleOptions {
  /** Limit of one manual step (default 10 min); running out is INCONCLUSIVE "operator did not complete X". */
  operatorMs?: number;
  /** Told when a step begins and ends: waits for what the SUT does after it are timed from its end. */
  onBegin?: () => void;
  onEnd?: (durationMs: number) => void;
}

/** What a case body sees: `await operator.do('plugIn', { evseId: 1 })`. */
export interface OperatorHandle {
  do(action: string, params?: Record<string, unknown>): Promise<unknown>;
  /** Which actions were performed during this case, in order. */
  readonly performed: readonly string[];
}

export function operatorHandle(operator: Operator, caseId: string, sut: SutRole, log: (text: string, outcome?: 'ok' | 'info' | 'fail') => void,
  options: OperatorHandleOptions = {}): OperatorHandle {
  const performed: string[] = [];
  const limitMs = options.operatorMs ?? DEFAULT_OPERATOR_MS;
  return {
    performed,
    async do(action, params = {}) {
      if (!operatorAction(action)) throw new HarnessError('OCPPH_ERR_OPERATOR', `unknown operator action '${action}' (see docs/operator-actions.md)`);
      log(`operator: ${action}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`, 'info');
      performed.push(action);
      const started = Date.now();
      options.onBegin?.();
      let timer: NodeJS.Timeout | undefined;
      let result: OperatorResult;
      try {
        result = await Promise.race([
          operator.perform({ action, params, caseId, sut }),
          new Promise<OperatorResult>((resolve) => {
            timer = setTimeout(() => resolve({ status: 'timedOut', reason: `within ${limitMs} ms (timeouts.operatorMs)` }), limitMs);
          }),
        ]);
      } finally {
        if (timer) clearTimeout(timer);
        options.onEnd?.(Date.now() - started);
      }
      if (result.status === 'timedOut') throw new CaseInconclusive(`operator did not complete ${action} ${result.reason}`);
      if (result.status !== 'done') {
        throw new CaseInconclusive(result.status === 'unavailable' ? `needs operator action ${action}: ${result.reason}` : `operator skipped ${action}: ${result.reason}`);
      }
      log(`operator: ${action} done`, 'info');
      return result.data;
    },
  };
}

/** How a hook runs: its limit when it names none (`timeouts.operatorMs`) and the settle pause before each action. */
export interface HookSettings { defaultTimeoutMs?: number; settleMs?: number }

const pause = (ms: number) => (ms > 0 ? new Promise<void>((resolve) => { setTimeout(resolve, ms); }) : Promise.resolve());

/** Runs a command per action: JSON request on stdin, exit 0 = done, stdout may return JSON data. */
export class CommandHookOperator implements Operator {
  readonly name: string;
  readonly settleMs: number;
  private readonly hook: CommandHook;
  private readonly actions: ReadonlySet<string> | undefined;
  private readonly defaultTimeoutMs: number;
  constructor(hook: CommandHook, actions?: Iterable<string>, settings: HookSettings = {}) {
    this.hook = hook;
    this.settleMs = settings.settleMs ?? DEFAULT_HOOK_SETTLE_MS;
    this.defaultTimeoutMs = settings.defaultTimeoutMs ?? DEFAULT_OPERATOR_MS;
    this.name = `command hook (${hook.command})`;
    this.actions = actions ? new Set(actions) : undefined;
  }
  handles(action: string): boolean {
    return !this.actions || this.actions.has(action);
  }
  async perform(request: OperatorRequest): Promise<OperatorResult> {
    await pause(this.settleMs);
    const timeoutMs = this.hook.timeoutMs ?? this.defaultTimeoutMs;
    return new Promise((resolve) => {
      const child = spawn(this.hook.command, { shell: true, stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      const timer = setTimeout(() => { child.kill('SIGKILL'); }, timeoutMs);
      child.stdout.on('data', (d: Buffer) => { out += d.toString('utf8'); });
      child.stderr.on('data', (d: Buffer) => { err += d.toString('utf8'); });
      child.stdin.on('error', () => undefined);
      child.on('error', (e) => { clearTimeout(timer); resolve({ status: 'unavailable', reason: `hook command failed to start: ${e.message}` }); });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        if (code === 0) return resolve({ status: 'done', ...(parseJson(out) !== undefined ? { data: parseJson(out) } : {}) });
        if (signal) return resolve({ status: 'timedOut', reason: `within ${timeoutMs} ms (the hook command timed out)` });
        resolve({ status: 'skipped', reason: `hook command exited ${code}${err.trim() ? `: ${err.trim().slice(0, 300)}` : ''}` });
      });
      child.stdin.end(JSON.stringify(request));
    });
  }
}

/** POSTs the same JSON to a URL: 2xx = done (JSON body = data), anything else = skipped. */
export class HttpHookOperator implements Operator {
  readonly name: string;
  readonly settleMs: number;
  private readonly hook: HttpHook;
  private readonly actions: ReadonlySet<string> | undefined;
  private readonly defaultTimeoutMs: number;
  constructor(hook: HttpHook, actions?: Iterable<string>, settings: HookSettings = {}) {
    this.hook = hook;
    this.settleMs = settings.settleMs ?? DEFAULT_HOOK_SETTLE_MS;
    this.defaultTimeoutMs = settings.defaultTimeoutMs ?? DEFAULT_OPERATOR_MS;
    this.name = `HTTP hook (${hook.url})`;
    this.actions = actions ? new Set(actions) : undefined;
  }
  handles(action: string): boolean {
    return !this.actions || this.actions.has(action);
  }
  async perform(request: OperatorRequest): Promise<OperatorResult> {
    await pause(this.settleMs);
    const timeoutMs = this.hook.timeoutMs ?? this.defaultTimeoutMs;
    try {
      const res = await fetch(this.hook.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(this.hook.headers ?? {}) },
        body: JSON.stringify(request),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await res.text();
      if (res.ok) return { status: 'done', ...(parseJson(text) !== undefined ? { data: parseJson(text) } : {}) };
      return { status: 'skipped', reason: `hook answered HTTP ${res.status}${text ? `: ${text.slice(0, 300)}` : ''}` };
    } catch (e) {
      if ((e as Error).name === 'TimeoutError') return { status: 'timedOut', reason: `within ${timeoutMs} ms (the HTTP hook did not answer)` };
      return { status: 'unavailable', reason: `hook ${this.hook.url} unreachable: ${(e as Error).message}` };
    }
  }
}

/** Asks a person at the terminal. Enter = done, 's' = skip. */
export class PromptOperator implements Operator {
  readonly name = 'terminal prompt';
  private readonly input: NodeJS.ReadableStream;
  private readonly output: NodeJS.WritableStream;
  constructor(input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stderr) {
    this.input = input;
    this.output = output;
  }
  handles(): boolean {
    return true;
  }
  async perform(request: OperatorRequest): Promise<OperatorResult> {
    const spec = operatorAction(request.action);
    const text = spec ? spec.prompt(request.params) : `${request.action} ${JSON.stringify(request.params)}`;
    const rl = readline.createInterface({ input: this.input, output: this.output, terminal: false });
    try {
      const answer = await new Promise<string>((resolve) => {
        this.output.write(`\n[${request.caseId}] ${text}\n  Press Enter when done, or type 's' + Enter to skip: `);
        rl.once('line', resolve);
        rl.once('close', () => resolve('s'));
      });
      return answer.trim().toLowerCase().startsWith('s') ? { status: 'skipped', reason: 'skipped at the prompt' } : { status: 'done' };
    } finally {
      rl.close();
    }
  }
}

/** Tries each operator in turn; the first that handles an action performs it. */
export class ChainOperator implements Operator {
  readonly name: string;
  private readonly chain: Operator[];
  constructor(chain: Operator[]) {
    this.chain = chain;
    this.name = chain.map((o) => o.name).join(' > ') || 'none';
  }
  /** The longest settle time of the operators in the chain (ctx.settle()). */
  get settleMs(): number {
    return Math.max(0, ...this.chain.map((o) => o.settleMs ?? 0));
  }
  handles(action: string): boolean {
    return this.chain.some((o) => o.handles(action));
  }
  async perform(request: OperatorRequest): Promise<OperatorResult> {
    const op = this.chain.find((o) => o.handles(request.action));
    if (!op) return { status: 'unavailable', reason: 'no hook is configured for it and the run is not interactive' };
    return op.perform(request);
  }
  async close(): Promise<void> {
    for (const o of this.chain) await o.close?.();
  }
}

function parseJson(text: string): unknown {
  const t = text.trim();
  if (!t) return undefined;
  try {
    return JSON.parse(t);
  } catch {
    return undefined;
  }
}
