import type { HazardView } from '@ancha/contracts';
import { v7 } from 'uuid';
import { expect } from 'vitest';
import type { TestApp } from './harness.ts';
import { pngPhoto } from './images.ts';
import { allAnswered, officeSite, saveDraft, scheduledAnswer } from './inspecting.ts';

/** A profile body that passes validation, for routes that must be refused for scope, not input. */
export const validProfile = {
  address: '复兴门内大街 1 号',
  legalRepresentative: '张伟',
  legalRepresentativePhone: '13800000001',
  principalName: '张伟',
  principalPhone: '13800000001',
  staffCount: 10,
  nature: 'private',
};

export type Ids = Awaited<ReturnType<typeof enterpriseARecords>>;

/** Enterprise A's records of every kind, made through the API by A's own people. */
export async function enterpriseARecords(app: TestApp) {
  const insp = await app.signedIn('ent-a-insp1');
  const admin = await app.signedIn('ent-a-admin');
  const x = await officeSite(insp);
  const fileId = v7();
  await insp.upload(fileId, pngPhoto(11));
  const inspectionId = v7();
  await saveDraft(insp, inspectionId, x, allAnswered(x, scheduledAnswer('', { photoIds: [fileId] })));
  await insp.json('POST', `/api/v1/inspections/${inspectionId}/submit`);
  const hazards: HazardView[] = (await insp.json('GET', '/api/v1/hazards?status=pending')).body.items;
  const hazardId = hazards.find((h) => h.inspectionId === inspectionId)!.id;
  const draftId = v7();
  await saveDraft(insp, draftId, x, []);
  // A supervision inspection of A (G2), by the regulator of A's street.
  const supervisionId = v7();
  const street = await app.signedIn('gov-110102001');
  await street.json('PUT', `/api/v1/supervision-inspections/${supervisionId}`, {
    siteId: x.site.id,
    catalogId: x.catalog.id,
    acknowledged: true,
    answers: allAnswered(x, scheduledAnswer('')),
    checkType: 'routine',
    checkUnit: '西长安街街道办事处',
    checkPeople: 2,
    penaltyType: 'order',
  });
  expect((await street.json('POST', `/api/v1/supervision-inspections/${supervisionId}/submit`)).status).toBe(
    200,
  );
  const enterpriseId = x.site.enterpriseId;
  const imageFile = v7();
  await admin.upload(imageFile, pngPhoto(12), 'enterprise');
  const image = await admin.json('POST', `/api/v1/enterprises/${enterpriseId}/images`, {
    id: v7(),
    fileId: imageFile,
    kind: 'site_photo',
    title: '厂区全景',
  });
  const person = await admin.json('POST', `/api/v1/enterprises/${enterpriseId}/personnel`, {
    role: 'full_time',
    name: '赵敏',
    position: '安全员',
    phone: '13800000123',
    certificateNo: '',
  });
  expect([image.status, person.status]).toEqual([201, 201]);
  return {
    x,
    siteId: x.site.id,
    inspectionId,
    draftId,
    supervisionId,
    hazardId,
    fileId,
    enterpriseId,
    imageId: image.body.id as string,
    personId: person.body.id as string,
  };
}
