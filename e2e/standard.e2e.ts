import type { HazardGrades, HazardView, InspectionView, PostChecklist, StandardView } from '@ancha/contracts';
import { describe, expect, inject, it } from 'vitest';
import { apiCaller, type Call } from './support/api.ts';
import { newPage, phone, snapshot, useBrowser } from './support/browser.ts';
import { answerRestClear, visible } from './support/field.ts';
import { enter } from './support/journeys.ts';
import { addDepartment, addPost, setHolder } from './support/organisation.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const run = Date.now().toString(36).slice(-4);
const DEPT = `运维部${run}`;
const POST = `配电巡检岗${run}`;

const itemsOf = (v: StandardView) => v.categories.flatMap((c) => c.children.flatMap((s) => s.items));

// The first acceptance point (E9): 一企一标准 built in the console, 一岗一清单 of 10
// items, and the post user inspecting exactly those 10 on the phone.
describe('一企一标准、一岗一清单 (E9)', () => {
  it('builds a standard from the power catalog, makes a 10-item post checklist, and the post user submits exactly those', async () => {
    const admin = await newPage(browser());
    await enter(admin, baseUrl, 'ent-a-admin');
    const call = await apiCaller(admin, baseUrl);
    await addDepartment(admin, DEPT);
    await addPost(admin, DEPT, POST, '每周');
    const posts = await call<{ items: { id: string; name: string }[] }>('GET', '/posts');
    const post = posts.items.find((p) => p.name === POST)!;

    await admin.getByRole('menuitem', { name: '一企一标准' }).click();
    await admin.getByRole('heading', { name: '一企一标准' }).waitFor(visible);
    await admin.getByRole('checkbox', { name: /电网企业/ }).check();
    await snapshot(admin, 'standard-create');
    await admin.getByRole('button', { name: '生成草稿' }).click();
    const count = admin.getByText(/^共 \d+ 项$/);
    await count.waitFor(visible);
    const made: StandardView = await call('GET', '/standard');
    const total = itemsOf(made).length;
    expect(made.status).toBe('draft');

    // Remove three items and add one of the enterprise's own, with its basis.
    for (const item of itemsOf(made).slice(0, 3)) {
      await admin.getByRole('button', { name: `删除 ${item.no}` }).click();
      await admin.getByRole('button', { name: `删除 ${item.no}` }).waitFor({ state: 'detached', ...visible });
    }
    await admin.getByText(`共 ${total - 3} 项`).waitFor(visible);
    await admin.getByRole('button', { name: '增加检查项' }).click();
    const modal = admin.locator('.ant-modal');
    await modal.getByLabel('检查项内容').fill(`配电室钥匙专人保管、借用登记${run}`);
    await modal.getByLabel('依据').fill('本单位《配电室管理制度》第 3 条');
    await modal.getByRole('button', { name: '提交' }).click();
    await admin.getByText(`共 ${total - 2} 项`).waitFor(visible);
    await snapshot(admin, 'standard-draft');
    await admin.getByRole('button', { name: '发布' }).click();
    await admin
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await admin.getByText('当前为已发布版本，修改请先新建草稿。').waitFor(visible);
    const published: StandardView = await call('GET', '/standard');
    expect(published).toMatchObject({ status: 'published', version: 1 });
    expect(itemsOf(published)).toHaveLength(total - 2);
    expect(itemsOf(published).some((i) => i.no === 'E-1' && i.basis.includes('配电室管理制度'))).toBe(true);

    // 岗位清单: the post, ten ticked items.
    await admin.getByRole('tab', { name: '岗位清单' }).click();
    await admin.getByRole('combobox', { name: '岗位' }).click();
    await admin.locator('.ant-select-item-option').filter({ hasText: POST }).click();
    const chosen = itemsOf(published).slice(0, 10);
    for (const item of chosen) {
      await admin
        .locator('.ant-tree-treenode')
        .filter({
          has: admin.locator('.ant-tree-title', {
            hasText: new RegExp(`^${item.no.replace(/\./g, '\\.')} `),
          }),
        })
        .locator('.ant-tree-checkbox')
        .click();
    }
    await admin.getByText('已选 10 项').waitFor(visible);
    await snapshot(admin, 'standard-checklist');
    await admin.getByRole('button', { name: '保存岗位清单' }).click();
    await admin.getByText('已保存').first().waitFor(visible);
    const checklist: PostChecklist = await call('GET', `/posts/${post.id}/checklist`);
    expect(checklist.itemNos.sort()).toEqual(chosen.map((i) => i.no).sort());

    // 隐患分级: A级 is 重大, B级 一般. Every later test of enterprise A would then have to grade
    // its hazards, so the grades are cleared again at the end, whatever happens.
    await admin.getByRole('tab', { name: '隐患分级' }).click();
    for (const [code, name, level] of [
      ['A', 'A级隐患', '重大隐患'],
      ['B', 'B级隐患', '一般隐患'],
    ] as const) {
      await admin.getByRole('button', { name: '新增分级' }).click();
      await admin.getByLabel('分级代码').last().fill(code);
      await admin.getByLabel('分级名称').last().fill(name);
      await admin.locator('.ant-table-row').last().locator('.ant-select').click();
      await admin
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: level })
        .click();
    }
    await admin.getByRole('button', { name: '保存分级' }).click();
    await expect
      .poll(async () => (await call<HazardGrades>('GET', '/hazard-grades')).items)
      .toEqual([
        { code: 'A', name: 'A级隐患', level: 'major' },
        { code: 'B', name: 'B级隐患', level: 'general' },
      ]);
    await snapshot(admin, 'standard-grades');
    try {
      await inspectOnThePost(call, post.id, chosen);
    } finally {
      await call('PUT', '/hazard-grades', { items: [] });
    }
  });
});

/** ent-a-insp2 takes the post, submits its ten items, then corrects the record with a graded hazard. */
async function inspectOnThePost(call: Call, postId: string, chosen: { no: string; text: string }[]) {
  const admin = await newPage(browser());
  await enter(admin, baseUrl, 'ent-a-admin');
  {
    // ent-a-insp2 holds the post.
    await admin.getByRole('menuitem', { name: '岗位管理' }).click();
    await setHolder(admin, POST, 'ent-a-insp2');
    const holders = (
      await call<{ items: { id: string; holders: { username: string }[] }[] }>('GET', '/posts')
    ).items.find((p) => p.id === postId)?.holders;
    expect(holders?.map((h) => h.username)).toEqual(['ent-a-insp2']);

    const field = await newPage(browser(), phone);
    await enter(field, baseUrl, 'ent-a-insp2');
    const section = field.getByTestId('post-checklist');
    await section.getByText('本岗位检查项 10 项').waitFor(visible);
    await section.getByText('待填报').waitFor(visible);
    await snapshot(field, 'standard-phone-post');
    await section.getByRole('link', { name: '开始排查' }).click();
    const items = field.getByTestId('inspection-item');
    await items.first().waitFor(visible);
    await answerRestClear(field);
    expect(await items.count()).toBe(10);
    const texts = await items.allTextContents();
    for (const item of chosen) expect(texts.some((t) => t.includes(item.text.slice(0, 12)))).toBe(true);
    await field.getByRole('checkbox', { name: '法人已知晓检查结果' }).check();
    await field.getByRole('button', { name: '提交' }).click();
    await field.getByTestId('record-summary').waitFor(visible);
    const id = new URL(field.url()).pathname.split('/').at(-1)!;
    const record: InspectionView = await (await apiCaller(field, baseUrl))('GET', `/inspections/${id}`);
    expect(record).toMatchObject({ status: 'submitted', postId, itemCount: 10, answeredCount: 10 });
    expect(record.answers.map((a) => a.itemNo).sort()).toEqual(chosen.map((i) => i.no).sort());
    await snapshot(field, 'standard-phone-record');

    // 修改 (E8) on the post's own form: the first item becomes a B级 hazard, which is 一般.
    await field.getByRole('link', { name: /修改（上报前可修改）/ }).click(visible);
    const first = field.getByTestId('inspection-item').first();
    await first.waitFor(visible);
    expect(await field.getByTestId('inspection-item').count()).toBe(10);
    await first.getByRole('option', { name: '有隐患' }).click();
    await first.getByLabel('隐患描述').fill('配电室挡鼠板缺失');
    await first.getByRole('option', { name: 'B级隐患' }).click();
    await first.getByTestId('grade-level').getByText('对应法定级别：一般隐患').waitFor(visible);
    // With grades, the level follows the grade and is not chosen apart from it.
    expect(await first.getByRole('option', { name: '重大', exact: true }).count()).toBe(0);
    await first.getByRole('option', { name: '立即整改' }).click();
    await first.getByLabel('采取的措施').fill('已加装挡鼠板');
    await snapshot(field, 'standard-phone-grade');
    await field.getByRole('button', { name: '提交修改' }).click();
    await field.getByTestId('record-summary').waitFor(visible);
    const { items: found } = await call<{ items: HazardView[] }>('GET', '/hazards?limit=200');
    expect(found.filter((h) => h.inspectionId === id)).toMatchObject([
      { description: '配电室挡鼠板缺失', gradeCode: 'B', level: 'general' },
    ]);

    await field.getByRole('navigation', { name: '主导航' }).getByText('自查自纠').click();
    await field.getByTestId('post-checklist').getByText('已填报').waitFor(visible);
  }
}
