import { describe, expect, it } from 'vitest';
import { codeFromQuery } from '../../src/lib/codeQuery';

const known = new Set(['00', '05', '10', '51', '55', '96', 'A0', 'A7', 'C1', 'Q1', 'Z3']);

describe('codeFromQuery', () => {
  it.each([
    ['55', '55'],
    ['  55  ', '55'],
    ['５５', '55'],
    ['a0', 'A0'],
    ['A0', 'A0'],
    ['AO', 'A0'],
    ['ao', 'A0'],
    ['ａ０', 'A0'],
    ['OO', '00'],
    ['o5', '05'],
    ['返回码 55', '55'],
    ['返回码55', '55'],
    ['返回码96是什么意思', '96'],
    ['刷卡提示55', '55'],
    ['error 55', '55'],
    ['error code 55 on terminal', '55'],
    ['Error: 96', '96'],
    ['RC05', '05'],
    ['code55', '55'],
    ['55-密码错误请重试', '55'],
    ['A0 签到', 'A0'],
    ['q1', 'Q1'],
    ['z3 脱机', 'Z3'],
    ['c1', 'C1'],
  ])('%j → %s', (query, code) => {
    expect(codeFromQuery(query, known)).toBe(code);
  });

  it.each([
    [''],
    ['密码错'],
    ['99'], // a well-formed code we do not list
    ['1055'], // four digits: not a guess at 10 or 55
    ['555'],
    ['error'],
    ['on'], // "ON" read with O as zero is 0N: not a code
    ['ok'],
    ['A'],
    ['5'],
  ])('%j → no code', (query) => {
    expect(codeFromQuery(query, known)).toBeUndefined();
  });
});
