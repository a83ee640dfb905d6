/**
 * Part 6 errata 2025-09 §6.2.21 (new case, mandatory in Core per Part 5 errata §5.10): the CSMS
 * selects a version it supports from the offered subprotocols (OCPP-J Part 4 §3.1.2).
 */
import { defineTestCase } from '../../kit.js';

export const TC_B_58_CSMS = defineTestCase({
  id: 'TC_B_58_CSMS',
  title: 'WebSocket Subprotocol validation',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['OCPP-J 3.1.2'],
  catches: ['accepts-unknown-subprotocol'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // 1-2. Reconnect offering only "Sec-WebSocket-Protocol: ocpp0.1": the CSMS does not upgrade the connection.
    const unknown = await sut.connect({ protocols: ['ocpp0.1'] });
    if (unknown.ok) return ctx.fail(`the CSMS upgraded a connection offering only ocpp0.1 (selected '${String(unknown.info.protocol)}')`, 'OCPP-J 3.1.2');
    const selected = unknown.error.details?.selected;
    if (typeof selected === 'string') ctx.fail(`the CSMS upgraded a connection offering only ocpp0.1 with Sec-WebSocket-Protocol '${selected}'`, 'OCPP-J 3.1.2');
    // 3-4. Reconnect offering "ocpp0.1,ocpp2.0.1": the CSMS upgrades.
    const offered = await sut.connect({ protocols: ['ocpp0.1', 'ocpp2.0.1'] });
    if (!offered.ok) return ctx.fail(`the CSMS refused a connection offering ocpp0.1 and ocpp2.0.1: ${offered.error.message}`, 'OCPP-J 3.1.2');
    // Tool validation, step 4: the upgrade response carries "Sec-WebSocket-Protocol: ocpp2.0.1".
    expect(offered.info.protocol, 'OCPP-J 3.1.2: Sec-WebSocket-Protocol of the upgrade response').to.equal('ocpp2.0.1');
  },
});
