import type { Page } from 'playwright-core';
import { visible } from './field.ts';

// 部门管理 and 岗位管理 (E9) as the enterprise admin uses them, for the journeys that need a
// department and a post made through the console before they go on.

export async function addDepartment(admin: Page, name: string) {
  await admin.getByRole('menuitem', { name: '部门管理' }).click();
  await admin.getByRole('heading', { name: '部门管理' }).waitFor(visible);
  await admin.getByRole('button', { name: '新增部门' }).click();
  await admin.getByLabel('部门名称').fill(name);
  await admin.getByRole('button', { name: '提交' }).click();
  await admin.getByTestId(`department-${name}`).waitFor(visible);
}

/** 新增岗位 in `department` with its 上报频次 (每日, 每周, 每月 or 每季度). */
export async function addPost(admin: Page, department: string, name: string, frequency: string) {
  await admin.getByRole('menuitem', { name: '岗位管理' }).click();
  await admin.getByRole('heading', { name: '岗位管理' }).waitFor(visible);
  await admin.getByRole('button', { name: '新增岗位' }).click();
  const form = admin.locator('.ant-modal');
  await form.getByLabel('所属部门').click();
  await admin.locator('.ant-select-tree').getByTitle(department).click();
  await form.getByLabel('岗位名称').fill(name);
  await form.getByLabel('上报频次').click();
  await admin.locator('.ant-select-item-option').getByText(frequency, { exact: true }).click();
  await form.getByRole('button', { name: '提交' }).click();
  await admin.locator('tr', { hasText: name }).getByText(frequency).waitFor(visible);
}

/** 设置岗位用户: `username` holds the post, on the 岗位管理 page. */
export async function setHolder(admin: Page, post: string, username: string) {
  const row = admin.locator('tr', { hasText: post });
  await row.getByRole('button', { name: '设置岗位用户' }).click();
  const modal = admin.locator('.ant-modal', { hasText: '设置岗位用户' });
  await modal.getByLabel('岗位用户').click();
  const option = admin.locator('.ant-select-item-option').filter({ hasText: `（${username}）` });
  await option.click();
  // The select takes several users and stays open over the buttons: a click on the title closes it.
  await modal.locator('.ant-modal-title').click();
  await option.waitFor({ state: 'hidden' });
  await modal.getByRole('button', { name: '提交' }).click();
  await modal.waitFor({ state: 'detached' });
}
