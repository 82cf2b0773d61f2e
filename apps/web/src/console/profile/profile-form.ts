import type { EnterpriseProfile, ProfileInput } from '@ancha/contracts';
import { fieldName } from '../../api/errors.ts';

// The pure parts of the profile form: between the API's shape (money in fen, empty as null) and
// the form's (yuan as typed, empty as undefined).

export interface ProfileValues {
  address?: string;
  legalRepresentative?: string;
  legalRepresentativePhone?: string;
  principalName?: string;
  principalPhone?: string;
  phone?: string;
  staffCount?: number | null;
  nature?: ProfileInput['nature'];
  scale?: NonNullable<ProfileInput['scale']>;
  parentGroup?: string;
  districtDepartment?: string;
  cityDepartment?: string;
  standardizationLevel?: NonNullable<ProfileInput['standardizationLevel']>;
  establishedOn?: string;
  registeredCapital?: string;
  businessScope?: string;
  hasSafetyOrg?: boolean;
  safetyOrgName?: string;
  fullTimeSafetyStaff?: number | null;
  hasMajorHazardSource?: boolean;
  majorHazardSourceCount?: number | null;
}

/** 1234.5 元 as typed → 123450 分; anything else is not an amount. */
export function yuanToFen(text: string): number | null {
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

export function fenToYuan(fen: number): string {
  const yuan = Math.floor(fen / 100);
  const cents = fen % 100;
  return cents === 0 ? String(yuan) : `${yuan}.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
}

/** The form's starting values: what is saved, with unanswered items left blank. */
export function profileValues(p: EnterpriseProfile): ProfileValues {
  const text = (v: string | null) => v ?? undefined;
  return {
    address: p.address || undefined,
    legalRepresentative: text(p.legalRepresentative),
    legalRepresentativePhone: text(p.legalRepresentativePhone),
    principalName: text(p.principalName),
    principalPhone: text(p.principalPhone),
    phone: text(p.phone),
    staffCount: p.staffCount,
    nature: p.nature ?? undefined,
    scale: p.scale ?? undefined,
    parentGroup: text(p.parentGroup),
    districtDepartment: text(p.districtDepartment),
    cityDepartment: text(p.cityDepartment),
    standardizationLevel: p.standardizationLevel ?? undefined,
    establishedOn: text(p.establishedOn),
    registeredCapital: p.registeredCapitalFen === null ? undefined : fenToYuan(p.registeredCapitalFen),
    businessScope: text(p.businessScope),
    hasSafetyOrg: p.hasSafetyOrg ?? undefined,
    safetyOrgName: text(p.safetyOrgName),
    fullTimeSafetyStaff: p.fullTimeSafetyStaff,
    hasMajorHazardSource: p.hasMajorHazardSource ?? undefined,
    majorHazardSourceCount: p.majorHazardSourceCount,
  };
}

/**
 * The body to send. Required items go as typed (even empty) so the server names each missing
 * one; optional items left blank go as null.
 */
export function profileInput(v: ProfileValues): ProfileInput {
  const text = (s: string | undefined) => s?.trim() || null;
  const capital = v.registeredCapital?.trim();
  return {
    address: v.address?.trim() ?? '',
    legalRepresentative: v.legalRepresentative?.trim() ?? '',
    legalRepresentativePhone: v.legalRepresentativePhone?.trim() ?? '',
    principalName: v.principalName?.trim() ?? '',
    principalPhone: v.principalPhone?.trim() ?? '',
    phone: text(v.phone),
    staffCount: v.staffCount as number,
    nature: v.nature as ProfileInput['nature'],
    scale: v.scale ?? null,
    parentGroup: text(v.parentGroup),
    districtDepartment: text(v.districtDepartment),
    cityDepartment: text(v.cityDepartment),
    standardizationLevel: v.standardizationLevel ?? null,
    establishedOn: v.establishedOn ?? null,
    registeredCapitalFen: capital ? yuanToFen(capital) : null,
    businessScope: text(v.businessScope),
    hasSafetyOrg: v.hasSafetyOrg ?? null,
    safetyOrgName: v.hasSafetyOrg ? text(v.safetyOrgName) : null,
    fullTimeSafetyStaff: v.fullTimeSafetyStaff ?? null,
    hasMajorHazardSource: v.hasMajorHazardSource ?? null,
    majorHazardSourceCount: v.hasMajorHazardSource ? (v.majorHazardSourceCount ?? null) : null,
  };
}

/** The API speaks of fen; the form holds yuan under another name. */
export function profileFormField(path: string): keyof ProfileValues {
  const name = fieldName(path);
  return (name === 'registeredCapitalFen' ? 'registeredCapital' : name) as keyof ProfileValues;
}
