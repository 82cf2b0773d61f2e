import { type LedgerDrawView, shanghaiDate } from '@ancha/contracts';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { ledgerRow } from '../../../test/ledger.ts';
import { ledgerEntries, ledgerVerifications } from '../../db/schema/index.ts';

const app = useTestApp();
const listing = { hazardType: 'underground', hazardSubtype: 'basement' };

describe('ledger numbers, overdue counts and 核查 draws', () => {
  it('gives 200 concurrent listings of one street and day 200 distinct numbers without gaps', async () => {
    const db = app().database.db;
    const rows = Array.from({ length: 200 }, () => ledgerRow('110108', '110108006'));
    await db.insert(ledgerEntries).values(rows);
    const office = await app().signedIn('gov-110108');
    const answers = await Promise.all(
      rows.map((r) => office.json('POST', `/api/v1/ledger/${r.id}/list`, listing)),
    );
    expect(answers.map((a) => a.status).filter((s) => s !== 200)).toEqual([]);
    const day = shanghaiDate(app().clock.now).replaceAll('-', '');
    const numbers = answers.map((a) => a.body.ledgerNo as string).sort();
    expect(numbers).toEqual(
      Array.from({ length: 200 }, (_, i) => `110108006${day}${String(i + 1).padStart(4, '0')}`),
    );

    // Filters and keyset pages over them.
    const page = (q: string) =>
      office.json('GET', `/api/v1/ledger?hazardType=underground&status=listed&limit=150${q}`);
    const first = (await page('')).body;
    expect(first.items).toHaveLength(150);
    const second = (await page(`&cursor=${first.nextCursor}`)).body;
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((e: { id: string }) => e.id)).size).toBe(200);
    const byNo = (await office.json('GET', `/api/v1/ledger?keyword=${numbers[41]}`)).body.items;
    expect(byNo.map((e: { ledgerNo: string }) => e.ledgerNo)).toEqual([numbers[41]]);
    expect((await office.json('GET', '/api/v1/ledger?hazardType=mining')).body.items).toEqual([]);
  });

  it('counts overdue entries per street for a district and per district for the city', async () => {
    const db = app().database.db;
    const late = ledgerRow('110108', '110108006', { status: 'listed', deadline: '2020-01-01' });
    await db.insert(ledgerEntries).values(late);
    const district = (await (await app().signedIn('gov-110108')).json('GET', '/api/v1/ledger/overdue-counts'))
      .body;
    expect(district).toEqual({
      groupBy: 'street',
      items: [{ regionCode: '110108006', regionName: expect.any(String), overdue: 1 }],
    });
    const city = (await (await app().signedIn('gov-city')).json('GET', '/api/v1/ledger/overdue-counts')).body;
    expect(city.groupBy).toBe('district');
    expect(city.items).toContainEqual({ regionCode: '110108', regionName: '海淀区', overdue: 1 });
    const other = (await (await app().signedIn('gov-110102')).json('GET', '/api/v1/ledger/overdue-counts'))
      .body;
    expect(other.items).toEqual([]);
    const flagged = await (await app().signedIn('gov-110108006')).json('GET', '/api/v1/ledger?overdue=true');
    expect(flagged.body.items.map((e: { id: string; overdue: boolean }) => [e.id, e.overdue])).toEqual([
      [late.id, true],
    ]);
  });

  it('draws the share, rounded up, of closed entries at random, and records each result once', async () => {
    const db = app().database.db;
    const closed = Array.from({ length: 25 }, () => ledgerRow('110108', '110108006', { status: 'closed' }));
    await db.insert(ledgerEntries).values(closed);
    expect(
      (
        await (
          await app().signedIn('gov-110108006')
        ).json('POST', '/api/v1/ledger/verify', { sharePercent: 10 })
      ).status,
    ).toBe(403);
    expect(
      (await (await app().signedIn('gov-110102')).json('POST', '/api/v1/ledger/verify', { sharePercent: 10 }))
        .status,
    ).toBe(409);

    const office = await app().signedIn('gov-110108');
    const res = await office.json('POST', '/api/v1/ledger/verify', { sharePercent: 10 });
    expect(res.status).toBe(200);
    const draw: LedgerDrawView = res.body;
    expect(draw).toMatchObject({ candidates: 25, sharePercent: 10, regionCode: '110108' });
    expect(draw.entryIds).toHaveLength(3);
    expect(new Set(draw.entryIds).size).toBe(3);
    const closedIds = closed.map((c) => c.id);
    for (const id of draw.entryIds) expect(closedIds).toContain(id);
    const [stored] = await db.select().from(ledgerVerifications).where(eq(ledgerVerifications.id, draw.id));
    expect(stored!.entryIds.sort()).toEqual([...draw.entryIds].sort());
    const marked = await db
      .select({ id: ledgerEntries.id })
      .from(ledgerEntries)
      .where(and(inArray(ledgerEntries.id, closedIds), isNotNull(ledgerEntries.verificationId)));
    expect(marked).toHaveLength(3);

    // The next draw chooses among the 22 not yet drawn.
    const next: LedgerDrawView = (await office.json('POST', '/api/v1/ledger/verify', { sharePercent: 10 }))
      .body;
    expect(next.candidates).toBe(22);
    expect(next.entryIds.some((id) => draw.entryIds.includes(id))).toBe(false);

    const [first] = draw.entryIds;
    const result = { result: 'passed', note: '现场核查属实' };
    const verified = await office.json('POST', `/api/v1/ledger/${first}/verify`, result);
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ verificationResult: 'passed', drawnForVerification: true });
    expect((await office.json('POST', `/api/v1/ledger/${first}/verify`, result)).status).toBe(409);
    const notDrawn = closedIds.find((id) => !draw.entryIds.includes(id) && !next.entryIds.includes(id))!;
    expect((await office.json('POST', `/api/v1/ledger/${notDrawn}/verify`, result)).status).toBe(409);
    expect(
      (await (await app().signedIn('gov-110102')).json('POST', `/api/v1/ledger/${first}/verify`, result))
        .status,
    ).toBe(404);
  });
});
