import { describe, expect, it } from 'vitest';
import { readCsvRecords } from './csv.ts';

describe('readCsvRecords', () => {
  it.each<[string, string, Record<string, string>[]]>([
    [
      'plain rows',
      'name,login_totp\na,X\nb,Y',
      [
        { name: 'a', login_totp: 'X' },
        { name: 'b', login_totp: 'Y' },
      ],
    ],
    [
      'quotes, commas and line breaks inside a field',
      'name,notes\n"a, b","say ""hi""\nbye"',
      [{ name: 'a, b', notes: 'say "hi"\nbye' }],
    ],
    ['CRLF and blank lines', 'name,x\r\n\r\na,1\r\n\r\n', [{ name: 'a', x: '1' }]],
    ['a short row', 'name,x,y\na', [{ name: 'a', x: '', y: '' }]],
    ['only a header', 'name,x', []],
  ])('%s', (_name, text, rows) => {
    expect(readCsvRecords(text)).toEqual(rows);
  });

  it('refuses a quoted field that never closes', () => {
    expect(() => readCsvRecords('name\n"open')).toThrow(
      expect.objectContaining({ code: 'backup/corrupt' }),
    );
  });
});
