// "Today" is the date in Europe/Amsterdam, whatever the machine's zone, and stays right when it is asked for often.
import { describe, expect, it } from 'vitest';
import { today } from '../../src/domain/dates.js';

describe('today', () => {
  it('turns at midnight in Amsterdam, in winter (UTC+1) and in summer (UTC+2)', () => {
    expect(today(new Date('2026-11-29T22:59:59.999Z'))).toBe('2026-11-29');
    expect(today(new Date('2026-11-29T23:00:00.000Z'))).toBe('2026-11-30');
    expect(today(new Date('2026-06-30T21:59:59.999Z'))).toBe('2026-06-30');
    expect(today(new Date('2026-06-30T22:00:00.000Z'))).toBe('2026-07-01');
  });

  it('answers for the moment asked, when moments in the same minute and in others take turns', () => {
    const moments = ['2026-11-29T22:59:00.000Z', '2026-11-29T23:00:30.000Z', '2026-11-29T22:59:59.000Z', '2026-11-29T23:00:00.000Z', '2027-01-01T12:00:00.000Z'];
    const alone = moments.map((m) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date(m)));
    for (let round = 0; round < 3; round++) expect(moments.map((m) => today(new Date(m)))).toEqual(alone);
  });
});
