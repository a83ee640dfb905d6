import { defineTestCase, type Received } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';

export const TC_B_18_CSMS = defineTestCase({
  id: 'TC_B_18_CSMS',
  title: 'Get Custom Report - with componentCriteria and component/variables',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Device Management'],
  covers: ['B08', 'B08.FR.01', 'B08.FR.03'],
  catches: ['get-report-drops-criteria'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const componentVariable = [{ component: { name: 'EVSE', evse: { id: 1 } }, variable: { name: 'AvailabilityState' } }];
    const check = (call: Received<'2.0.1', 'GetReport'>, criterion: string, step: string) => {
      expect(call.payload.componentCriteria, `B08.FR.01: ${step} GetReportRequest componentCriteria`).to.deep.equal([criterion]);
      const cv = call.payload.componentVariable?.[0];
      expect(cv?.component?.name, `B08.FR.01: ${step} componentVariable[0].component.name`).to.equal('EVSE');
      expect(cv?.component?.evse?.id, `B08.FR.01: ${step} componentVariable[0].component.evse.id`).to.equal(1);
      expect(cv?.variable?.name, `B08.FR.01: ${step} componentVariable[0].variable.name`).to.equal('AvailabilityState');
    };
    // 1-2. Manually instruct the CSMS to get EVSE #1 AvailabilityState from all Problem components; no such component: EmptyResultSet.
    const problem = await csmsRequest(ctx, 'GetReport', () => ({ status: 'EmptyResultSet' as const }), { hint: { componentCriteria: ['Problem'], componentVariable } });
    check(problem, 'Problem', 'step 1');
    // 3-4. The same from all Available components: Accepted.
    const available = await csmsRequest(ctx, 'GetReport', () => ({ status: 'Accepted' as const }), { hint: { componentCriteria: ['Available'], componentVariable } });
    check(available, 'Available', 'step 3');
    // 5-6. NotifyReportRequest with the result; the CSMS responds.
    await sut.call('NotifyReport', {
      requestId: available.payload.requestId, generatedAt: sut.now(), seqNo: 0, tbc: false,
      reportData: [{
        component: { name: 'EVSE', evse: { id: 1 } }, variable: { name: 'AvailabilityState' },
        variableAttribute: [{ type: 'Actual', value: 'Available', mutability: 'ReadOnly' }],
        variableCharacteristics: { dataType: 'OptionList', valuesList: 'Available,Occupied,Reserved,Unavailable,Faulted', supportsMonitoring: true },
      }],
    }, { requirement: 'B08.FR.03' });
  },
});
