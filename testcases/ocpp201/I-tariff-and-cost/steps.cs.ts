/**
 * Helpers of block I (Tariff and Cost), charging station under test: the configured costs of Part 6 and
 * the shared flow of TC_I_01_CS / TC_I_07_CS (an authorization that carries the tariff as personalMessage,
 * EnergyTransferStarted, the running cost as updatedPersonalMessage, then the cost update of the case).
 */
import type { CaseContext } from '../../kit.js';
import { configuredMs, transactionCase, transactionEvent, type TxSession, type VariableSetting } from '../_shared/charging-session.cs.js';
import { authorized, energyTransferStarted, evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { configured, configuredText } from '../_shared/configured.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;

/** <Configured Cost>: the tariff text for the driver (the config's costMessage), as a MessageContent. */
const configuredCost = (ctx: Ctx) => ({ format: 'UTF8', content: configuredText(ctx, 'costMessage') }) as const;
/** <Configured Cost2>: a running total cost (the config's runningTotalCost). */
export const configuredCost2 = (ctx: Ctx): number => configured(ctx, 'runningTotalCost');

/** The station sends its running meter values at <Configured sampled Meter Values Updated interval> (steps 6-7 wait for one). */
const updatedInterval = (ctx: Ctx): VariableSetting[] => [
  { component: 'SampledDataCtrlr', variable: 'TxUpdatedInterval', value: String(Math.max(1, Math.round(configuredMs(ctx, 'meterValuesIntervalMs') / 1000))) },
];

/**
 * Steps 1-7 of TC_I_01_CS / TC_I_07_CS from EVConnectedPreSession: Manual Action present the valid idToken;
 * 1-2 Authorize (validated), answered with idTokenInfo.personalMessage <Configured Cost>; 3-4 the
 * TransactionEvent of the authorization (validated); 5 EnergyTransferStarted; 6-7 the next TransactionEvent,
 * answered with updatedPersonalMessage <Configured Cost>. Then `costStep` (8-9), in the running transaction.
 */
export async function runningCostCase(ctx: Ctx, costStep: (s: TxSession) => Promise<void>): Promise<void> {
  await transactionCase(ctx, { configuration: updatedInterval(ctx) }, async (s) => {
    await evConnectedPreSession(ctx);
    await authorized(ctx, { idTokenInfo: { personalMessage: configuredCost(ctx) } });
    await energyTransferStarted(ctx);
    await transactionEvent(ctx, { describe: '(running, cost shown)', periodic: true, respondWith: { updatedPersonalMessage: configuredCost(ctx) } });
    await costStep(s);
  });
}
