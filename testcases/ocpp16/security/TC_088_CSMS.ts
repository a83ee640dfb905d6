/** Not a case of the OCTT 1.6 document (FINAL 2024-04 has no CSMS counterpart): kept as a real check pending the lead's decision. */
import { defineTestCase } from '../../kit.js';
import { mustConnect } from './steps.csms.js';

export const TC_088_CSMS = defineTestCase({
  id: 'TC_088_CSMS',
  title: 'WebSocket Subprotocol Negotiation',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Security (1.6 security whitepaper)'],
  covers: ['OCPP-J 3.1.2', 'OCPP-J 3.2'],
  catches: ['accepts-unknown-subprotocol'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // 1-2. Reconnect offering only "Sec-WebSocket-Protocol: ocpp0.1": the Central System does not upgrade to it
    // (an HTTP refusal, or — OCPP-J 3.2 — a handshake without Sec-WebSocket-Protocol that it closes at once).
    const unknown = await sut.connect({ protocols: ['ocpp0.1'] });
    if (unknown.ok) return ctx.fail(`the Central System upgraded a connection offering only ocpp0.1 (selected '${String(unknown.info.protocol)}')`, 'OCPP-J 3.2');
    const selected = unknown.error.details?.selected;
    if (typeof selected === 'string') ctx.fail(`the Central System upgraded a connection offering only ocpp0.1 with Sec-WebSocket-Protocol '${selected}'`, 'OCPP-J 3.2');
    // 3-4. Reconnect offering "ocpp0.1,ocpp1.6": accepted, and the upgrade response says "Sec-WebSocket-Protocol: ocpp1.6".
    const info = mustConnect(ctx, await sut.connect({ protocols: ['ocpp0.1', 'ocpp1.6'] }), 'OCPP-J 3.2', 'offering ocpp0.1 and ocpp1.6');
    expect(info.protocol, 'OCPP-J 3.2: Sec-WebSocket-Protocol of the upgrade response').to.equal('ocpp1.6');
  },
});
