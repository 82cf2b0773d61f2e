import type { Role } from '@ancha/contracts';
import type { enterprises } from '../schema/index.ts';

/** The password every demo account shares (API.md); demo accounts are refused in production. */
export const DEMO_PASSWORD = 'Ancha@2026';

export interface DemoEnterprise {
  key: 'a' | 'b';
  name: string;
  uscc: string;
  districtCode: string;
  streetCode: string;
  address: string;
  industries: string[];
  /** 企业基本信息 (E2), filled in as a real enterprise would, and its 安全负责人. */
  profile: Partial<typeof enterprises.$inferInsert>;
  safetyHead: { name: string; position: string; phone: string; certificateNo: string };
}

// Fictitious enterprises; their codes carry valid check characters so the validators accept them.
export const demoEnterprises: DemoEnterprise[] = [
  {
    key: 'a',
    name: '北京安查示范电力运维有限公司（演示）',
    uscc: '91110102MA01ANCH08',
    districtCode: '110102',
    streetCode: '110102001',
    address: '西城区西长安街街道演示路 1 号',
    industries: ['power'],
    profile: {
      legalRepresentative: '张伟',
      legalRepresentativePhone: '13900000101',
      principalName: '刘明',
      principalPhone: '13800000101',
      phone: '010-66001200',
      staffCount: 86,
      nature: 'private',
      scale: 'small',
      standardizationLevel: 'level3',
      establishedOn: '2015-03-18',
      registeredCapitalFen: 500_000_000,
      businessScope: '电力设施运行维护；电气设备安装、检修（演示）',
      hasSafetyOrg: true,
      safetyOrgName: '安全生产管理部',
      fullTimeSafetyStaff: 2,
      hasMajorHazardSource: false,
    },
    safetyHead: {
      name: '周安',
      position: '安全总监',
      phone: '13900000102',
      certificateNo: 'AQ2023110102001',
    },
  },
  {
    key: 'b',
    name: '北京安查示范物流有限公司（演示）',
    uscc: '91110108MA01ANCH12',
    districtCode: '110108',
    streetCode: '110108006',
    address: '海淀区紫竹院街道演示路 8 号',
    industries: ['postal', 'special_equipment'],
    profile: {
      legalRepresentative: '孙丽',
      legalRepresentativePhone: '13900000201',
      principalName: '陈静',
      principalPhone: '13800000201',
      staffCount: 240,
      nature: 'private',
      scale: 'medium',
      standardizationLevel: 'level2',
      establishedOn: '2012-09-06',
      registeredCapitalFen: 2_000_000_000,
      businessScope: '普通货运；仓储服务；快递服务（演示）',
      hasSafetyOrg: true,
      safetyOrgName: '安全保卫部',
      fullTimeSafetyStaff: 4,
      hasMajorHazardSource: false,
    },
    safetyHead: {
      name: '钱进',
      position: '安全部经理',
      phone: '13900000202',
      certificateNo: 'AQ2022110108006',
    },
  },
];

export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  regionCode?: string;
  industries?: string[];
  enterprise?: 'a' | 'b';
  phone?: string;
}

export const demoUsers: DemoUser[] = [
  { username: 'admin', displayName: '平台管理员', role: 'admin' },
  { username: 'gov-city', displayName: '北京市安委办', role: 'gov_city', regionCode: '110000' },
  { username: 'gov-110102', displayName: '西城区安委办', role: 'gov_district', regionCode: '110102' },
  { username: 'gov-110108', displayName: '海淀区安委办', role: 'gov_district', regionCode: '110108' },
  {
    username: 'gov-110102001',
    displayName: '西长安街街道办事处',
    role: 'gov_street',
    regionCode: '110102001',
  },
  { username: 'gov-110108006', displayName: '紫竹院街道办事处', role: 'gov_street', regionCode: '110108006' },
  {
    username: 'gov-ind-power',
    displayName: '电力行业主管部门',
    role: 'gov_industry',
    regionCode: '110000',
    industries: ['power'],
  },
  { username: 'ent-a-admin', displayName: '刘明', role: 'ent_admin', enterprise: 'a', phone: '13800000101' },
  {
    username: 'ent-a-insp1',
    displayName: '李强',
    role: 'ent_inspector',
    enterprise: 'a',
    phone: '13800000102',
  },
  {
    username: 'ent-a-insp2',
    displayName: '王芳',
    role: 'ent_inspector',
    enterprise: 'a',
    phone: '13800000103',
  },
  { username: 'ent-b-admin', displayName: '陈静', role: 'ent_admin', enterprise: 'b', phone: '13800000201' },
  {
    username: 'ent-b-insp1',
    displayName: '赵磊',
    role: 'ent_inspector',
    enterprise: 'b',
    phone: '13800000202',
  },
];

export interface DemoSite {
  enterprise: 'a' | 'b';
  name: string;
  streetCode: string;
  districtCode: string;
  address: string;
  inspector: string;
  inspectorIdNumber: string;
  /** Codes of the catalogs chosen for the site (db/seed/catalogs). */
  catalogs: string[];
}

export const demoSites: DemoSite[] = [
  {
    enterprise: 'a',
    name: '办公区域',
    districtCode: '110102',
    streetCode: '110102001',
    address: '演示路 1 号 A 座',
    inspector: 'ent-a-insp1',
    inspectorIdNumber: '110102199001011233',
    catalogs: ['power-grid', 'fire-safety-public'],
  },
  {
    enterprise: 'a',
    name: '配电室',
    districtCode: '110102',
    streetCode: '110102001',
    address: '演示路 1 号地下一层',
    inspector: 'ent-a-insp2',
    inspectorIdNumber: '11010219920720345X',
    catalogs: ['power-grid'],
  },
  {
    enterprise: 'a',
    name: '停车场',
    districtCode: '110102',
    streetCode: '110102001',
    address: '演示路 1 号院内',
    inspector: 'ent-a-insp1',
    inspectorIdNumber: '110102199001011233',
    catalogs: ['power-grid', 'civil-air-defense'],
  },
  {
    enterprise: 'b',
    name: '东部办公区域',
    districtCode: '110108',
    streetCode: '110108006',
    address: '演示路 8 号',
    inspector: 'ent-b-insp1',
    inspectorIdNumber: '110108198503152347',
    catalogs: ['postal-express', 'fire-safety-public'],
  },
  {
    enterprise: 'b',
    name: '仓库',
    districtCode: '110108',
    streetCode: '110108006',
    address: '演示路 8 号院 3 号库',
    inspector: 'ent-b-insp1',
    inspectorIdNumber: '110108198503152347',
    catalogs: ['postal-express', 'special-equipment'],
  },
];
