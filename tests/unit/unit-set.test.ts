// The set of units folding wrote: listed while few, null once past the cap or spoiled, empty again after take().
import { describe, expect, it } from 'vitest';
import { UNIT_SET_MAX, UnitSet } from '../../src/text/unit-set';

describe('UnitSet', () => {
  it('lists distinct units in first-seen order and starts empty after take()', () => {
    const set = new UnitSet();
    for (const u of [44, 40, 44, 41, 40]) set.add(u);
    expect(set.take()).toEqual([44, 40, 41]);
    set.add(44);
    expect(set.take()).toEqual([44]);
    expect(set.take()).toEqual([]);
  });
  it('gives null past the cap, then lists again from nothing', () => {
    const set = new UnitSet();
    for (let u = 0; u <= UNIT_SET_MAX; u++) set.add(0x4e00 + u);
    expect(set.take()).toBeNull();
    set.add(0x4e00 + UNIT_SET_MAX);
    expect(set.take()).toEqual([0x4e00 + UNIT_SET_MAX]);
  });
  it('gives null when spoiled (a converter that does not say what it wrote)', () => {
    const set = new UnitSet();
    set.add(7);
    set.spoil();
    expect(set.take()).toBeNull();
    set.add(7);
    expect(set.take()).toEqual([7]);
  });
});
