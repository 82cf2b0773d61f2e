import { describe, expect, inject, it } from 'vitest';
import { newPage, snapshot, useBrowser } from './support/browser.ts';
import { visible } from './support/field.ts';
import { enter } from './support/journeys.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const title = `西长安街街道开展燃气安全专项检查 ${Date.now() % 100000}`;
const body = '本月检查沿街餐饮单位 32 家，发现并督促整改燃气隐患 5 项。';
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

// 信息报送 (G8) on the console, a step per test: 西长安街街道 sends this month's 工作信息 and fills
// its 工作联系表; 西城区安委办 then sees the street as 已报送, reads the report and the list.
describe('信息报送 (G8)', () => {
  it('lets 西长安街街道 send this month’s 工作信息 with an attachment', async () => {
    const page = await newPage(browser());
    await enter(page, baseUrl, 'gov-110102001');
    await page.getByRole('menuitem', { name: '信息报送' }).click();
    await page.getByRole('heading', { name: '信息报送' }).waitFor(visible);
    await page.getByRole('button', { name: '新增报送' }).click();
    const drawer = page.getByRole('dialog', { name: '新增报送' });
    await drawer.waitFor(visible);

    // Empty, the form names what is missing before anything is sent.
    await drawer.getByRole('button', { name: /提\s*交/ }).click();
    await drawer.getByText('请填写标题').waitFor(visible);
    await drawer.getByText('请填写正文').waitFor(visible);

    await drawer.getByLabel('标题').fill(title);
    await drawer.getByRole('textbox', { name: '正文' }).click();
    await page.keyboard.type(body);
    await drawer.locator('input[type=file]').setInputFiles({
      name: '燃气检查情况.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await drawer.getByText('燃气检查情况.pdf').waitFor(visible);
    await snapshot(page, 'info-reports-form');
    await drawer.getByRole('button', { name: /提\s*交/ }).click();
    await page.getByText('已报送至上级单位').waitFor(visible);
    await drawer.waitFor({ state: 'hidden' });
    const row = page.getByTestId('my-reports').getByRole('row').filter({ hasText: title });
    await row.getByText('工作信息').waitFor(visible);
    await row.getByText('西城区安委办').waitFor(visible);
    await snapshot(page, 'info-reports-mine');
    await page.context().close();
  });

  it('lets 西长安街街道 keep its 工作联系表, checking the phone numbers', async () => {
    const page = await newPage(browser());
    await enter(page, baseUrl, 'gov-110102001');
    await page.getByRole('menuitem', { name: '信息报送' }).click();
    await page.getByRole('tab', { name: '工作联系表' }).click();
    const sheet = page.getByTestId('contact-sheet');
    await sheet.waitFor(visible);
    expect(await sheet.getByLabel('单位名称').inputValue()).toBe('西长安街街道办事处');

    await sheet.getByLabel('主管领导1 姓名').fill('张伟');
    await sheet.getByLabel('主管领导1 部门及职务').fill('办事处副主任');
    await sheet.getByLabel('主管领导1 办公电话').fill('010-66001234');
    await sheet.getByLabel('主管领导1 手机号码').fill('1391111');
    await sheet.getByLabel('联系人员1 姓名').fill('李娜');
    await sheet.getByLabel('联系人员1 部门及职务').fill('安全科科员');
    await sheet.getByLabel('联系人员1 办公电话').fill('66005678');
    await sheet.getByLabel('联系人员1 手机号码').fill('13811113333');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await sheet.getByText('手机号码应为 11 位手机号').waitFor(visible);
    await snapshot(page, 'info-reports-contacts-error');

    await sheet.getByLabel('主管领导1 手机号码').fill('13911112222');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('工作联系表已保存').waitFor(visible);
    await page.reload();
    await sheet.waitFor(visible);
    await page.getByText(/最近更新/).waitFor(visible);
    expect(await sheet.getByLabel('主管领导1 手机号码').inputValue()).toBe('13911112222');
    expect(await sheet.getByLabel('联系人员1 姓名').inputValue()).toBe('李娜');
    await snapshot(page, 'info-reports-contacts-saved');
    await page.context().close();
  });

  it('shows 西城区安委办 the street as 已报送, its report and its contact list', async () => {
    const page = await newPage(browser());
    await enter(page, baseUrl, 'gov-110102');
    await page.getByRole('menuitem', { name: '信息报送' }).click();
    await page.getByRole('tab', { name: '下级报送情况' }).click();
    const table = page.getByTestId('below-reports');
    const row = table.getByRole('row').filter({ hasText: '西长安街街道办事处' });
    await row.getByText('已报送').waitFor(visible);
    await page
      .getByTestId('below-summary')
      .getByText(/已报送 1 个单位/)
      .waitFor(visible);
    await snapshot(page, 'info-reports-below');

    await row.getByRole('button', { name: title }).click();
    const detail = page.getByTestId('report-detail');
    await detail.getByText(body).waitFor(visible);
    // The demo account's name is its office's, so 报送单位 and 报送人 read the same.
    await detail.getByText('西长安街街道办事处').first().waitFor(visible);
    await detail.getByText('西城区安委办').waitFor(visible);
    await detail.getByRole('link', { name: /燃气检查情况\.pdf/ }).waitFor(visible);
    // The drawer slides in: the picture is taken once it has come to rest.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await snapshot(page, 'info-reports-detail');
    await page.locator('.ant-drawer-close').first().click();
    await detail.waitFor({ state: 'hidden' });

    await page.getByRole('tab', { name: '工作联系表' }).click();
    const below = page.getByTestId('contacts-below');
    await below.getByRole('row').filter({ hasText: '张伟' }).getByText('13911112222').waitFor(visible);
    await snapshot(page, 'info-reports-contacts-below');
    await page.context().close();
  });
});
