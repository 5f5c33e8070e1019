// The set of units folding wrote: every distinct unit listed, null when spoiled, empty again after take().
import { describe, expect, it } from 'vitest';
import { UnitSet } from '../../src/text/unit-set';

describe('UnitSet', () => {
  it('lists distinct units in first-seen order and starts empty after take()', () => {
    const set = new UnitSet();
    for (const u of [44, 40, 44, 41, 40]) set.add(u);
    expect(set.take()).toEqual([44, 40, 41]);
    set.add(44);
    expect(set.take()).toEqual([44]);
    expect(set.take()).toEqual([]);
  });
  it('lists hundreds of units (a traditional text), then lists again from nothing', () => {
    const set = new UnitSet();
    for (let u = 0; u < 600; u++) set.add(0x4e00 + (u % 400));
    expect(set.take()).toEqual(Array.from({ length: 400 }, (_, u) => 0x4e00 + u));
    set.add(0x4e00 + 399);
    expect(set.take()).toEqual([0x4e00 + 399]);
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
