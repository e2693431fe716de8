import { describe, expect, it } from 'vitest';
import type { OtpAccount } from '../../../core/otp/index.ts';
import { formatMigrationUri } from '../../../core/uri/index.ts';
import { createBatchCollector, type ScanStep } from './batch-collector.ts';

const account = (name: string): OtpAccount => ({
  type: 'totp',
  issuer: 'C-point',
  account: name,
  secret: 'JBSWY3DPEHPK3PXP',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
});
const part = (batchIndex: number, batchSize = 3, batchId = 7) =>
  formatMigrationUri([account(`W${batchIndex}`)], { batchIndex, batchSize, batchId });
const plain = 'otpauth://totp/C-point:W1?secret=JBSWY3DPEHPK3PXP';

describe('createBatchCollector', () => {
  it.each<[string, string[][], ScanStep[]]>([
    ['a plain otpauth code completes at once', [[plain]], [{ kind: 'complete', texts: [plain] }]],
    [
      'a website QR code is another code; a frame without codes is nothing',
      [['https://www.c-point.be'], []],
      [{ kind: 'other' }, { kind: 'nothing' }],
    ],
    [
      'a one-part export completes at once',
      [[part(0, 1)]],
      [{ kind: 'complete', texts: [part(0, 1)] }],
    ],
    [
      'three parts in any order, one seen twice, complete in batch order',
      [[part(2)], [part(2)], [part(0)], [part(1)]],
      [
        { kind: 'partial', done: 1, total: 3 },
        { kind: 'partial', done: 1, total: 3 },
        { kind: 'partial', done: 2, total: 3 },
        { kind: 'complete', texts: [part(0), part(1), part(2)] },
      ],
    ],
    [
      'two parts in one frame',
      [[part(1, 2), part(0, 2)]],
      [{ kind: 'complete', texts: [part(0, 2), part(1, 2)] }],
    ],
    [
      'a damaged export is handed on for the parser to explain',
      [['otpauth-migration://offline?data=%%%']],
      [{ kind: 'complete', texts: ['otpauth-migration://offline?data=%%%'] }],
    ],
  ])('%s', (_name, frames, steps) => {
    const collector = createBatchCollector();
    expect(frames.map((texts) => collector.offer(texts))).toEqual(steps);
  });

  it('gives the parts seen so far for a partial add', () => {
    const collector = createBatchCollector();
    collector.offer([part(1)]);
    collector.offer([part(0, 2, 9)]);
    expect(collector.collected()).toEqual([part(1), part(0, 2, 9)]);
  });

  it('gathers the frames of a transfer from another Havencode as they go round', () => {
    const frame = (index: number, id = 'abcdefgh') => `havencode-transfer:1/${id}/${index}/3/QUJD`;
    const collector = createBatchCollector();
    expect(collector.offer([frame(1)])).toEqual({ kind: 'partial', done: 1, total: 3 });
    expect(collector.offer([frame(1), frame(0, 'other123')])).toEqual({
      kind: 'partial',
      done: 1,
      total: 3,
    });
    expect(collector.offer([frame(2)])).toEqual({ kind: 'partial', done: 2, total: 3 });
    expect(collector.offer([frame(0)])).toEqual({
      kind: 'complete',
      texts: [frame(0), frame(1), frame(2)],
    });
  });
});
