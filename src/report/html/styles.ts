/** The report's only stylesheet, inlined into the page. No web fonts, no url(): the file works offline. */
export const REPORT_CSS = `
:root {
  --fg: #1f2328; --muted: #59636e; --faint: #818b98; --line: #d1d9e0; --soft: #f6f8fa; --bg: #ffffff;
  --brand: #0b3d5c; --brand-2: #125b87; --accent: #0969da;
  --pass: #1a7f37; --pass-bg: #dafbe1; --fail: #cf222e; --fail-bg: #ffebe9;
  --incon: #9a6700; --incon-bg: #fff8c5; --na: #59636e; --na-bg: #eff2f5; --error: #8250df; --error-bg: #fbefff;
  --tx: #0969da; --rx: #1a7f37;
  --mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: var(--fg); background: #eef1f4; }
.page { max-width: 1280px; margin: 0 auto; padding: 0 24px 48px; }
header.top { background: linear-gradient(135deg, var(--brand), var(--brand-2)); color: #fff; }
header.top .page { padding-top: 22px; padding-bottom: 22px; display: flex; gap: 24px; align-items: flex-end; justify-content: space-between; flex-wrap: wrap; }
header.top h1 { margin: 0; font-size: 24px; font-weight: 600; letter-spacing: .2px; }
header.top .subtitle { margin-top: 4px; color: #cfe3f1; font-size: 14px; }
header.top .meta { text-align: right; color: #cfe3f1; font-size: 12.5px; }
header.top .meta strong { color: #fff; font-weight: 600; }
.overall { display: inline-flex; align-items: center; gap: 8px; margin-top: 10px; padding: 4px 12px; border-radius: 999px; font-weight: 600; font-size: 13px; background: rgba(255,255,255,.14); color: #fff; }
.overall .dot { width: 10px; height: 10px; border-radius: 50%; background: #fff; }
.overall.ready .dot { background: #4ac26b; } .overall.notready .dot { background: #ff8182; } .overall.incomplete .dot { background: #eac54f; }
.banner { margin: 18px 0 0; padding: 12px 16px; border-radius: 8px; border: 1px solid #d4a72c; background: var(--incon-bg); color: #4d2d00; }
section.card { background: var(--bg); border: 1px solid var(--line); border-radius: 10px; margin-top: 18px; padding: 18px 20px; box-shadow: 0 1px 2px rgba(31,35,40,.04); }
section.card > h2 { margin: 0 0 12px; font-size: 16px; font-weight: 600; display: flex; align-items: baseline; gap: 10px; }
section.card > h2.h2-gap { margin-top: 18px; }
section.card > h2 .hint { font-weight: 400; color: var(--muted); font-size: 13px; }
.grid2 { display: grid; grid-template-columns: minmax(0, 1.15fr) minmax(0, 1fr); gap: 18px; }
.grid2 > section.card { margin-top: 0; }
.top-cards { margin-top: 18px; }
dl.kv { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 6px 18px; margin: 0; }
dl.kv dt { color: var(--muted); }
dl.kv dd { margin: 0; font-weight: 500; overflow-wrap: anywhere; }
dl.kv dd.mono, .mono { font-family: var(--mono); font-size: 12.5px; }
.empty { color: var(--faint); font-weight: 400; font-style: italic; }
details.config { margin-top: 12px; }
details.config summary { cursor: pointer; color: var(--accent); font-size: 13px; }
details.config pre { max-height: 320px; overflow: auto; }
.tiles { display: grid; grid-template-columns: repeat(6, minmax(0, 1fr)); gap: 10px; }
.tile { border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; background: var(--soft); text-align: left; font: inherit; color: inherit; cursor: pointer; }
.tile:hover { border-color: var(--accent); }
.tile .n { font-size: 24px; font-weight: 650; line-height: 1.2; font-variant-numeric: tabular-nums; }
.tile .l { color: var(--muted); font-size: 12.5px; }
.tile.PASS .n { color: var(--pass); } .tile.FAIL .n { color: var(--fail); } .tile.INCONCLUSIVE .n { color: var(--incon); }
.tile.NOT_APPLICABLE .n { color: var(--na); } .tile.ERROR .n { color: var(--error); }
.bar { display: flex; height: 10px; border-radius: 5px; overflow: hidden; margin-top: 14px; background: var(--na-bg); }
.bar span { display: block; height: 100%; }
.bar .PASS { background: var(--pass); } .bar .FAIL { background: var(--fail); } .bar .INCONCLUSIVE { background: #d4a72c; } .bar .NOT_APPLICABLE { background: #afb8c1; } .bar .ERROR { background: var(--error); }
table.matrix { width: 100%; border-collapse: separate; border-spacing: 0; font-variant-numeric: tabular-nums; }
table.matrix th, table.matrix td { padding: 8px 10px; border-bottom: 1px solid var(--line); text-align: center; }
table.matrix thead th { background: var(--soft); color: var(--muted); font-weight: 600; font-size: 12.5px; }
table.matrix thead tr:first-child th { border-bottom: 1px solid var(--line); color: var(--fg); font-size: 13px; }
table.matrix th.group { border-left: 1px solid var(--line); }
table.matrix td.first-of-group { border-left: 1px solid var(--line); }
table.matrix th.profile, table.matrix td.profile { text-align: left; }
table.matrix td.profile button { all: unset; cursor: pointer; font-weight: 600; color: var(--fg); }
table.matrix td.profile button:hover { color: var(--accent); text-decoration: underline; }
table.matrix td.zero { color: #b7bfc7; }
table.matrix td.pos.passed { color: var(--pass); font-weight: 600; }
table.matrix td.pos.failed { color: var(--fail); font-weight: 700; background: #fff5f5; }
table.matrix td.pos.notrun { color: var(--incon); font-weight: 600; }
table.matrix th.readiness { text-align: left; }
table.matrix td.readiness { text-align: left; border-left: 1px solid var(--line); }
.pill { display: inline-block; padding: 2px 10px; border-radius: 999px; font-size: 12.5px; font-weight: 650; white-space: nowrap; }
.pill.Ready { background: var(--pass-bg); color: var(--pass); border: 1px solid #aceebb; }
.pill.NotReady { background: var(--fail-bg); color: var(--fail); border: 1px solid #ffcecb; }
.pill.Incomplete { background: var(--incon-bg); color: var(--incon); border: 1px solid #f2d978; }
.pill.NotAssessed { background: var(--na-bg); color: var(--na); border: 1px solid var(--line); }
.explain { display: block; color: var(--muted); font-size: 12px; margin-top: 2px; }
details.uncovered { font-size: 12px; margin-top: 4px; }
details.uncovered ul { margin: 4px 0 0 16px; padding: 0; max-height: 240px; overflow: auto; }
@media print { details.uncovered ul { max-height: none; } }
.legend { margin: 12px 0 0; color: var(--muted); font-size: 12.5px; }
.filters { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; padding: 12px; margin: 0 -4px 12px; background: var(--soft); border: 1px solid var(--line); border-radius: 8px; position: sticky; top: 0; z-index: 5; }
.filters label { display: flex; flex-direction: column; gap: 2px; font-size: 11.5px; color: var(--muted); font-weight: 600; text-transform: uppercase; letter-spacing: .4px; }
.filters select, .filters input { font: inherit; font-size: 13.5px; padding: 5px 8px; border: 1px solid var(--line); border-radius: 6px; background: #fff; color: var(--fg); min-width: 150px; }
.filters input[type=search] { min-width: 240px; }
.filters .spacer { flex: 1; }
.filters .count { color: var(--muted); font-size: 13px; align-self: flex-end; padding-bottom: 6px; }
button.btn { font: inherit; font-size: 13px; padding: 5px 12px; border-radius: 6px; border: 1px solid var(--line); background: #fff; color: var(--fg); cursor: pointer; align-self: flex-end; }
button.btn:hover { border-color: var(--accent); color: var(--accent); }
.cases { border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
.case + .case { border-top: 1px solid var(--line); }
.case-head { all: unset; box-sizing: border-box; display: grid; grid-template-columns: 18px 104px minmax(150px, 200px) minmax(0, 1fr) auto 64px; gap: 12px; align-items: center; width: 100%; padding: 8px 12px; cursor: pointer; }
.case-head:hover { background: #f3f6fa; }
.case-head:focus-visible { outline: 2px solid var(--accent); outline-offset: -2px; }
.case-head .chev { color: var(--faint); transition: transform .12s; font-size: 11px; }
.case.open > .case-head .chev { transform: rotate(90deg); }
.case.open > .case-head { background: #f3f6fa; border-bottom: 1px solid var(--line); }
.case-head .cid { font-family: var(--mono); font-size: 12.5px; font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.case-head .ctitle { overflow: hidden; }
.case-head .ctitle .t { display: block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.case-head .ctitle .r { display: block; color: var(--muted); font-size: 12.5px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.case[data-verdict=FAIL] .case-head .ctitle .r { color: var(--fail); }
.case-head .cprof { display: flex; gap: 4px; flex-wrap: wrap; justify-content: flex-end; max-width: 330px; }
.case-head .cdur { color: var(--faint); font-size: 12px; text-align: right; font-variant-numeric: tabular-nums; }
.chip { display: inline-block; padding: 0 7px; border-radius: 4px; background: var(--soft); border: 1px solid var(--line); font-size: 11.5px; color: var(--muted); white-space: nowrap; }
.chip b { font-weight: 700; color: var(--fg); margin-left: 3px; }
.verdict { display: inline-block; text-align: center; min-width: 96px; padding: 1px 8px; border-radius: 4px; font-size: 11.5px; font-weight: 700; letter-spacing: .3px; }
.verdict.PASS { background: var(--pass-bg); color: var(--pass); } .verdict.FAIL { background: var(--fail); color: #fff; }
.verdict.INCONCLUSIVE { background: var(--incon-bg); color: var(--incon); } .verdict.NOT_APPLICABLE { background: var(--na-bg); color: var(--na); }
.verdict.ERROR { background: var(--error-bg); color: var(--error); }
.no-match { padding: 24px; text-align: center; color: var(--muted); }
.case-detail { padding: 14px 16px 18px 42px; background: #fbfcfd; }
.detail-meta { display: flex; flex-wrap: wrap; gap: 6px 22px; font-size: 12.5px; color: var(--muted); margin-bottom: 12px; }
.detail-meta b { color: var(--fg); font-weight: 600; }
.outcome { border-radius: 8px; padding: 12px 14px; margin-bottom: 14px; border: 1px solid var(--line); background: #fff; border-left-width: 4px; }
.outcome.FAIL { border-left-color: var(--fail); background: #fffafa; } .outcome.ERROR { border-left-color: var(--error); }
.outcome.advisory { border-left-color: #8250df; }
.outcome.INCONCLUSIVE { border-left-color: #d4a72c; } .outcome.NOT_APPLICABLE { border-left-color: #afb8c1; }
.outcome h4 { margin: 0 0 4px; font-size: 13px; text-transform: uppercase; letter-spacing: .4px; color: var(--muted); }
.outcome .reason { font-size: 14.5px; font-weight: 500; white-space: pre-wrap; overflow-wrap: anywhere; }
.outcome .req { margin-top: 6px; font-size: 13px; }
.outcome .req code { font-family: var(--mono); background: var(--fail-bg); color: var(--fail); padding: 1px 6px; border-radius: 4px; font-weight: 600; }
.outcome .offending-wrap { margin-top: 10px; }
.outcome .offending-wrap .frame { margin: 0; }
a.jump { color: var(--accent); cursor: pointer; font-size: 12.5px; margin-left: 10px; text-decoration: none; text-transform: none; letter-spacing: 0; font-weight: 500; }
a.jump:hover { text-decoration: underline; }
h3.sub { font-size: 13px; text-transform: uppercase; letter-spacing: .5px; color: var(--muted); margin: 16px 0 6px; display: flex; gap: 12px; align-items: baseline; }
h3.sub .hint { text-transform: none; letter-spacing: 0; font-weight: 400; color: var(--faint); }
table.steps { border-collapse: collapse; width: 100%; font-size: 13px; background: #fff; border: 1px solid var(--line); border-radius: 6px; }
table.steps td { padding: 4px 10px; border-top: 1px solid #eaeef2; vertical-align: top; }
table.steps td.time { font-family: var(--mono); font-size: 12px; color: var(--muted); white-space: nowrap; width: 1%; }
table.steps td.mark { width: 1%; font-weight: 700; }
table.steps tr.ok td.mark { color: var(--pass); } table.steps tr.fail td.mark { color: var(--fail); } table.steps tr.info td.mark { color: var(--faint); }
table.steps tr.fail td { background: #fff5f5; }
.trace { display: flex; flex-direction: column; gap: 8px; }
.frame { border: 1px solid var(--line); border-left: 4px solid var(--tx); border-radius: 6px; background: #fff; margin-right: 48px; }
.frame.rx { border-left-color: var(--rx); margin-right: 0; margin-left: 48px; }
.frame.offending { border-color: var(--fail); border-left-color: var(--fail); box-shadow: 0 0 0 2px var(--fail-bg); }
.frame.flash { animation: flash 1.2s ease-out; }
@keyframes flash { from { box-shadow: 0 0 0 6px rgba(207,34,46,.35); } to { box-shadow: 0 0 0 2px var(--fail-bg); } }
.frame-head { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; padding: 5px 10px; font-size: 12.5px; border-bottom: 1px solid #eaeef2; background: var(--soft); border-radius: 0 6px 0 0; }
.frame-head .fidx { color: var(--faint); font-family: var(--mono); }
.frame-head .ftime { font-family: var(--mono); color: var(--muted); }
.frame-head .frel { font-family: var(--mono); color: var(--faint); }
.frame-head .fdir { font-weight: 600; color: var(--tx); }
.frame.rx .frame-head .fdir { color: var(--rx); }
.frame-head .ftype { font-family: var(--mono); font-size: 11.5px; padding: 0 5px; border-radius: 3px; background: #eaeef2; }
.frame-head .ftype.CALLERROR, .frame-head .ftype.CALLRESULTERROR, .frame-head .ftype.malformed { background: var(--fail-bg); color: var(--fail); }
.frame-head .faction { font-weight: 600; }
.frame-head .fmid { color: var(--faint); font-family: var(--mono); font-size: 11.5px; }
.badge-off { background: var(--fail); color: #fff; font-weight: 700; font-size: 11px; padding: 1px 7px; border-radius: 4px; letter-spacing: .3px; text-transform: uppercase; }
ul.findings { list-style: none; margin: 0; padding: 6px 10px; background: var(--incon-bg); border-bottom: 1px solid #f2d978; font-size: 12.5px; color: #4d2d00; }
ul.findings li::before { content: "\\26A0\\FE0E  "; color: var(--incon); }
dl.msg-texts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0; padding: 6px 10px; font-size: 12.5px; border-bottom: 1px solid var(--line); }
dl.msg-texts dt { font-family: monospace; color: var(--muted); }
dl.msg-texts dd { margin: 0; white-space: pre-wrap; }
pre.json { margin: 0; padding: 8px 10px; font-family: var(--mono); font-size: 12px; line-height: 1.45; white-space: pre-wrap; overflow-wrap: anywhere; color: #24292f; }
pre.json .k { color: #0550ae; } pre.json .s { color: #0a3069; } pre.json .n { color: #953800; } pre.json .b { color: #8250df; }
pre.json.bad { color: var(--fail); }
.note { color: var(--faint); font-size: 12px; padding: 4px 10px; }
.more { margin-top: 4px; }
footer { margin-top: 28px; color: var(--faint); font-size: 12px; text-align: center; }
@media screen and (max-width: 900px) {
  .grid2 { grid-template-columns: 1fr; }
  .tiles { grid-template-columns: repeat(3, minmax(0, 1fr)); }
  .case-head { grid-template-columns: 18px 84px minmax(0, 1fr) 56px; }
  .case-head .cid { grid-column: 3; } .case-head .ctitle { grid-column: 2 / span 3; grid-row: 2; } .case-head .cprof { display: none; }
}
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { background: #fff; font-size: 11.5px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .page { max-width: none; padding: 0; }
  header.top { background: #fff; color: var(--fg); border-bottom: 3px solid var(--brand); }
  header.top .page { padding: 0 0 10px; }
  header.top .page { display: block; }
  header.top .meta { text-align: left; margin-top: 6px; display: flex; gap: 18px; }
  header.top h1 { color: var(--brand); } header.top .subtitle, header.top .meta, header.top .meta strong { color: var(--fg); }
  .overall { background: var(--soft); color: var(--fg); border: 1px solid var(--line); }
  section.card { box-shadow: none; border-radius: 0; border: none; border-top: 1px solid var(--line); padding: 10px 0; break-inside: auto; }
  .grid2 { grid-template-columns: 1fr 1fr; }
  .filters, .no-print, a.jump, .more, details.config { display: none !important; }
  .tile { cursor: default; }
  table.matrix { break-inside: avoid; }
  .cases { border: none; }
  .case { break-inside: avoid-page; }
  .case.open { break-inside: auto; }
  .case-head { padding: 4px 0; grid-template-columns: 0 100px 150px minmax(0, 1fr) auto 52px; }
  .case-head .chev { visibility: hidden; }
  .case-head .ctitle .t, .case-head .ctitle .r { white-space: normal; }
  .case[hidden] { display: none; }
  .case-detail { padding: 8px 0 12px 12px; background: #fff; }
  .case.print-auto .trace, .case.print-auto .trace-title { display: none; }
  .frame, .frame.rx { margin: 0; break-inside: avoid; }
  pre.json { font-size: 10px; }
}
`;
