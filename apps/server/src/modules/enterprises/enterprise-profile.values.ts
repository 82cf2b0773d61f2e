import type { EnterpriseImage, EnterpriseProfile, Person, ProfileInput } from '@ancha/contracts';
import { fileUrl } from '@ancha/contracts';
import type { enterpriseImages, safetyPersonnel } from '../../db/schema/index.ts';
import type { ProfileRow } from './enterprise-profile.repository.ts';

// The profile's rows as the API shows them and as the audit trail records them.

type ImageRow = typeof enterpriseImages.$inferSelect;
type PersonRow = typeof safetyPersonnel.$inferSelect;

export const imageView = (r: ImageRow): EnterpriseImage => ({
  id: r.id,
  fileId: r.fileId,
  kind: r.kind as EnterpriseImage['kind'],
  title: r.title,
  url: fileUrl(r.fileId),
  createdAt: r.createdAt.toISOString(),
});

export const personView = (r: PersonRow): Person => ({
  id: r.id,
  role: r.role,
  name: r.name,
  position: r.position,
  phone: r.phone,
  certificateNo: r.certificateNo,
  updatedAt: r.updatedAt.toISOString(),
});

/** The variable fields as stored: an empty optional answer is no answer. */
export function profileValues(input: ProfileInput) {
  const text = (v: string | null | undefined) => (v ? v : null);
  return {
    address: input.address,
    legalRepresentative: input.legalRepresentative,
    legalRepresentativePhone: input.legalRepresentativePhone,
    principalName: input.principalName,
    principalPhone: input.principalPhone,
    phone: text(input.phone),
    staffCount: input.staffCount,
    nature: input.nature,
    scale: input.scale ?? null,
    parentGroup: text(input.parentGroup),
    districtDepartment: text(input.districtDepartment),
    cityDepartment: text(input.cityDepartment),
    standardizationLevel: input.standardizationLevel ?? null,
    establishedOn: input.establishedOn ?? null,
    registeredCapitalFen: input.registeredCapitalFen ?? null,
    businessScope: text(input.businessScope),
    hasSafetyOrg: input.hasSafetyOrg ?? null,
    // A follow-up answer goes with its 是/有: switching to 否 clears it.
    safetyOrgName: input.hasSafetyOrg ? text(input.safetyOrgName) : null,
    fullTimeSafetyStaff: input.fullTimeSafetyStaff ?? null,
    hasMajorHazardSource: input.hasMajorHazardSource ?? null,
    majorHazardSourceCount: input.hasMajorHazardSource ? (input.majorHazardSourceCount ?? null) : null,
  };
}

/** The variable part of the enterprise row, as the view and the audit trail show it. */
export function pickProfile(e: ProfileRow['enterprise']) {
  return {
    address: e.address,
    legalRepresentative: e.legalRepresentative,
    legalRepresentativePhone: e.legalRepresentativePhone,
    principalName: e.principalName,
    principalPhone: e.principalPhone,
    phone: e.phone,
    staffCount: e.staffCount,
    nature: e.nature as EnterpriseProfile['nature'],
    scale: e.scale as EnterpriseProfile['scale'],
    parentGroup: e.parentGroup,
    districtDepartment: e.districtDepartment,
    cityDepartment: e.cityDepartment,
    standardizationLevel: e.standardizationLevel as EnterpriseProfile['standardizationLevel'],
    establishedOn: e.establishedOn,
    registeredCapitalFen: e.registeredCapitalFen,
    businessScope: e.businessScope,
    hasSafetyOrg: e.hasSafetyOrg,
    safetyOrgName: e.safetyOrgName,
    fullTimeSafetyStaff: e.fullTimeSafetyStaff,
    hasMajorHazardSource: e.hasMajorHazardSource,
    majorHazardSourceCount: e.majorHazardSourceCount,
  };
}
