import { expect } from 'chai';
import { RecentIds } from '../../src/rpc/recent-ids.js';

describe('rpc/recent-ids: a bounded memory of message ids', () => {
  it('remembers at least the last `limit` ids with their values, and forgets the older generation', () => {
    const ids = new RecentIds<string>(3);
    for (let i = 0; i < 5; i += 1) ids.set(`id${i}`, `v${i}`);
    // Generations of 3: id0..id2 were rotated into the previous one, id3..id4 are current.
    expect(ids.get('id4')).to.equal('v4');
    expect(ids.get('id2')).to.equal('v2');
    expect(ids.has('id0')).to.equal(true);
    ids.set('id5', 'v5');
    // id3..id5 become the previous generation: id0..id2 are gone.
    expect(ids.has('id0')).to.equal(false);
    expect(ids.get('id2')).to.equal(undefined);
    expect(ids.get('id3')).to.equal('v3');
    expect(ids.has('never')).to.equal(false);
  });
});
