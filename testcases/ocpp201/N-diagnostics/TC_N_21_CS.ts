import { defineTestCase } from '../../kit.js';

export const TC_N_21_CS = defineTestCase({
  id: 'TC_N_21_CS',
  title: 'Alert Event - Caused by hardwired trigger',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Advanced Device Management', condition: 'AQ-5' }],
  covers: ['N07'],
  catches: ['hardwired-notification-as-custom'],
  async run(ctx) {
    const { sut, expect, operator } = ctx;
    // The tester triggers a hard-wired notification of the station's choice. 1-2. NotifyEventRequest (validated):
    // seqNo 0 and an eventData element with eventNotificationType HardWiredNotification (other elements are not relevant).
    const event = sut.expectCall('NotifyEvent', { requirement: 'N07', describe: '(a hard-wired notification)' });
    event.catch(() => undefined);
    await operator.do('triggerHardwiredNotification');
    const call = await event;
    expect(call.payload.seqNo, 'N07.FR.07: NotifyEventRequest seqNo').to.equal(0);
    expect(call.payload.eventData.map((e) => e.eventNotificationType), 'N07: NotifyEventRequest eventData eventNotificationType').to.include('HardWiredNotification');
  },
});
