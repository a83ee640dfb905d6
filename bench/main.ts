/**
 * `npm run bench [-- --json] [-- --quick] [-- --only rpc|report]`: throughput and memory of the RPC layer against
 * ocpp-rpc (strict) and raw ws measured in the same run, and the HTML report's time to
 * interactive against a static page of the same size. Prints ratios, never asserts.
 */
import { benchRpc } from './rpc.js';
import { benchReport } from './report.js';

const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const quick = args.has('--quick');
const onlyIdx = process.argv.indexOf('--only');
const only = onlyIdx > 0 ? process.argv[onlyIdx + 1] : undefined;

const out: Record<string, unknown> = {};
const log = (s: string) => { if (!json) process.stdout.write(`${s}\n`); };

if (!only || only === 'rpc') {
  log('RPC round trips per second over loopback (strict CALL/CALLRESULT, schema validation on where the library offers it)');
  const rpc = await benchRpc({ quick });
  Object.assign(out, rpc);
  for (const p of rpc.payloads) {
    log(`\n  ${p.action} (${p.requestBytes} B request)`);
    log('  connections        ours   ocpp-rpc strict     raw ws   ours/ocpp-rpc   ours/raw ws');
    for (const r of p.rows) {
      log(`  ${String(r.connections).padStart(11)} ${r.ours.toFixed(0).padStart(10)} ${r.ocppRpcStrict.toFixed(0).padStart(17)} ${r.rawWs.toFixed(0).padStart(10)} ${(r.ours / r.ocppRpcStrict).toFixed(2).padStart(15)} ${(r.ours / r.rawWs).toFixed(2).padStart(13)}`);
    }
  }
  log(`\n  resident memory per idle connection (client + server side, ${rpc.idleConnections} connections): ${(rpc.idleConnectionBytes / 1024).toFixed(1)} KiB`);
  log('  targets: ours >= 4x ocpp-rpc strict, >= 0.7x raw ws');
}

if (!only || only === 'report') {
  log('\nHTML report: time to interactive, 1,000 cases / 100,000 frames, against a static page of the same size');
  const report = await benchReport();
  out.report = { ...report, ratioToBaseline: report.interactiveMs / report.baselineMs };
  log(`  ${report.cases} cases, ${report.frames} frames, ${(report.htmlBytes / 1e6).toFixed(1)} MB: interactive in ${report.interactiveMs.toFixed(0)} ms; static baseline ${report.baselineMs.toFixed(0)} ms (ratio ${(report.interactiveMs / report.baselineMs).toFixed(2)}); target < 2000 ms`);
}

if (json) process.stdout.write(`${JSON.stringify(out)}\n`);
