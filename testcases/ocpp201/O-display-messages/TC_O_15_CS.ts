import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { authorized, energyTransferStarted, evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { configuredMessage, displayCase, driverLanguage, driverLanguageMessage, setMessage } from './steps.cs.js';

// O01 Set Display Message (Part 6 Table 401).
export const TC_O_15_CS = defineTestCase({
  id: 'TC_O_15_CS',
  title: 'Set Display Message - Language preference of the EV Driver',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced User Interface'],
  removed: 'errata 2025-09 (5.17, 6.2.112, 2025-02): TC_O_15_CS was removed from the certification program',
  covers: ['O01', 'O01.FR.08', 'C01.FR.08'],
  catches: ['display-message-rejected'],
  async run(ctx) {
    await displayCase(ctx, async (made) => {
      await transactionCase(ctx, {}, async () => {
        // Before: EVConnectedPreSession. Manual Action: present the valid idToken with preferred language <Configured language>;
        // 1-2. AuthorizeRequest (validated), answered Accepted with idTokenInfo.language1 <Configured language>.
        await evConnectedPreSession(ctx);
        await authorized(ctx, { idTokenInfo: { language1: driverLanguage(ctx) } });
        // 3. Reusable State EnergyTransferStarted.
        await energyTransferStarted(ctx);
        // 4-5. SetDisplayMessageRequest with <Configured Message> (in the driver's language): Accepted.
        const base = configuredMessage(ctx);
        const message = { ...base, message: { ...base.message, language: driverLanguage(ctx), content: driverLanguageMessage(ctx) } };
        const set = await setMessage(ctx, made, message);
        ctx.expect(set.status, 'O01.FR.08: SetDisplayMessageResponse status').to.equal('Accepted');
      });
    });
  },
});
