/** Weekdays as a bit set (bit d = weekday d, 0 = Sunday): one integer column, one AND to test a day. */

export const EVERY_DAY = 0b111_1111;

export const maskOf = (days: readonly number[]) => days.reduce((mask, d) => mask | (1 << d), 0);

export const daysOf = (mask: number) => [0, 1, 2, 3, 4, 5, 6].filter((d) => (mask & (1 << d)) !== 0);

export const includesDay = (mask: number, weekday: number) => (mask & (1 << weekday)) !== 0;
