import type { Role } from '@ancha/contracts';

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
  },
  {
    key: 'b',
    name: '北京安查示范物流有限公司（演示）',
    uscc: '91110108MA01ANCH12',
    districtCode: '110108',
    streetCode: '110108006',
    address: '海淀区紫竹院街道演示路 8 号',
    industries: ['postal', 'special_equipment'],
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
