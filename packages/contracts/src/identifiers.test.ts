import { describe, expect, it } from 'vitest';
import { idCardCheckChar, isValidIdCard, isValidUscc, usccCheckChar } from './identifiers.ts';

describe('unified social credit code (GB 32100-2015)', () => {
  it('computes the check character of published codes', () => {
    // Check characters worked by hand from the standard's weights (3 and 0 fall out of the modulus).
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
    expect(isValidUscc('91110102MA01ANCH08')).toBe(true);
  });

  it('rejects a wrong check character, a wrong length and letters the code never uses', () => {
    expect(isValidUscc('91350100M000100Y44')).toBe(false);
    expect(isValidUscc('91350100M000100Y4')).toBe(false);
    expect(usccCheckChar('91350100I000100Y4')).toBeNull();
    expect(usccCheckChar('91350100o000100Y4')).toBeNull();
  });
});

describe('resident identity card number (GB 11643-1999)', () => {
  it('accepts numbers whose check digit matches, including X', () => {
    expect(idCardCheckChar('11010519491231002')).toBe('X');
    expect(isValidIdCard('11010519491231002X')).toBe(true);
    expect(isValidIdCard('110102199001011233')).toBe(true);
  });

  it('rejects a wrong check digit and malformed input', () => {
    expect(isValidIdCard('110102199001011234')).toBe(false);
    expect(isValidIdCard('11010219900101123')).toBe(false);
    expect(isValidIdCard('11010219900101123x')).toBe(false);
  });
});
