import type { InspectionView } from '@ancha/contracts';
import { describe, expect, it } from 'vitest';
import { fenToYuan, yuanToFen } from '../shared/values.ts';
import { type Draft, emptyDraft, mergeDrafts, toInput } from './draft.ts';

const ids = { item: '0190a0b0-0000-7000-8000-000000000001', site: '0190a0b0-0000-7000-8000-000000000002' };

function localDraft(changedAt: string): Draft {
  return {
    ...emptyDraft('0190a0b0-0000-7000-8000-0000000000aa', ids.site, ids.site),
    inspectorPhone: '13800000102',
    post: '本机',
    answers: { [ids.item]: { itemId: ids.item, answer: 'hazard', description: ' ', fundsYuan: '12.5' } },
    changedAt,
  };
}

function serverDraft(savedAt: string): InspectionView {
  return {
    ...({} as InspectionView),
    id: '0190a0b0-0000-7000-8000-0000000000aa',
    siteId: ids.site,
    catalogId: ids.site,
    post: '服务器',
    acknowledged: true,
    savedAt,
    answers: [{ itemId: ids.item, answer: 'clear', itemNo: '1.1.1', itemText: '…', fundsFen: 100050 }],
  };
}

describe('money', () => {
  it('turns typed yuan into fen and back without floating-point drift', () => {
    expect(yuanToFen('1000.50')).toBe(100050);
    expect(yuanToFen('0.1')).toBe(10);
    expect(yuanToFen('12.')).toBe(1200);
    expect(yuanToFen('')).toBeUndefined();
    expect(yuanToFen('1.234')).toBeUndefined();
    expect(fenToYuan(100050)).toBe('1000.50');
    expect(fenToYuan(7)).toBe('0.07');
  });
});

describe('the draft', () => {
  it('sends blanks as absent, money in fen, and a half-typed phone not at all', () => {
    const input = toInput({ ...localDraft('2026-01-01T00:00:00.000Z'), inspectorPhone: '1380' });
    expect(input.inspectorPhone).toBeUndefined();
    expect(input.answers[0]).toMatchObject({ answer: 'hazard', description: undefined, fundsFen: 1250 });
  });

  it('keeps the copy changed last when the form opens', () => {
    const local = localDraft('2026-01-02T00:00:00.000Z');
    const fallback = emptyDraft(local.id, ids.site, ids.site);
    expect(mergeDrafts(local, serverDraft('2026-01-01T00:00:00.000Z'), fallback)).toBe(local);
    const fromServer = mergeDrafts(local, serverDraft('2026-01-03T00:00:00.000Z'), fallback);
    expect(fromServer).toMatchObject({ post: '服务器', acknowledged: true, inspectorPhone: '13800000102' });
    expect(fromServer.answers[ids.item]).toMatchObject({ answer: 'clear', fundsYuan: '1000.50' });
    expect(mergeDrafts(null, null, fallback)).toBe(fallback);
  });
});
