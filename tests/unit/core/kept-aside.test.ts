// Values kept aside under quarantine:... are read through a schema too; a malformed one is still shown.
import { describe, expect, it } from 'vitest';
import { parseKeptAside } from '@/core/state';

describe('parseKeptAside', () => {
  it('reads what the upgrade wrote', () => {
    const value = { raw: { id: 'bad', tier: 42 }, error: 'tier: Invalid input', at: 1_700_000_000_000 };
    expect(parseKeptAside('quarantine:1:account:bad', value)).toEqual({ key: 'quarantine:1:account:bad', ...value });
  });

  it.each([null, 'text', 7, { raw: 1 }, { raw: 1, error: 5, at: 'x' }])(
    'keeps %j whole, as unreadable, rather than dropping it',
    (value) => {
      expect(parseKeptAside('quarantine:2:account:x', value)).toEqual({
        key: 'quarantine:2:account:x',
        raw: value,
        error: 'unreadable',
        at: 0,
      });
    },
  );
});
