/**
 * 隐患类型 of the hazard ledger: the 11 types and their sub-types of seed 003, attachment 2,
 * 填表说明 12, in its order. Codes are stable English words; labels are the attachment's.
 * A type without sub-types (其他) takes none; every other type needs one.
 */
export const HAZARD_TYPE_TREE = {
  fire: {
    label: '重点消防',
    subtypes: {
      homestead_rental: '村民宅基地出租房屋',
      old_community: '老旧小区',
      tube_building: '大屋脊筒子楼',
      flammable_insulation: '使用易燃可燃外保温材料',
      other: '其他',
    },
  },
  traffic: {
    label: '交通领域',
    subtypes: {
      railway: '铁路',
      rail_transit: '轨道交通',
      urban_road: '城市道路',
      highway: '公路',
      bridge: '桥梁',
      other: '其他',
    },
  },
  construction: {
    label: '建设施工',
    subtypes: {
      building: '房屋建筑工程',
      municipal: '市政基础设施工程',
      railway: '铁路工程',
      highway: '公路工程',
      key_project: '重点工程',
      other: '其他',
    },
  },
  urban_operation: {
    label: '城市运行',
    subtypes: {
      gas: '燃气',
      power: '电力',
      heating: '热力',
      water_supply: '供水',
      drainage: '排水',
      hydrant: '市政消火栓',
      other: '其他',
    },
  },
  hazardous_chemicals: {
    label: '危险化学品',
    subtypes: {
      production: '危险化学品生产',
      trade: '危险化学品经营',
      use: '危险化学品使用',
      transport: '危险化学品运输',
      other: '其他',
    },
  },
  industrial: {
    label: '工业企业',
    subtypes: {
      combustible_dust: '涉爆粉尘',
      confined_space: '有限空间',
      liquor: '白酒制造',
      explosives: '民用爆炸物品',
      other: '其他',
    },
  },
  mining: {
    label: '矿山',
    subtypes: { coal: '煤矿', metal_nonmetal: '金属非金属矿山', other: '其他' },
  },
  crowded_places: {
    label: '重点人员密集场所',
    subtypes: {
      heritage: '文保单位',
      welfare: '福利机构',
      school: '学校',
      medical: '医疗机构',
      catering: '餐饮服务',
      hotel: '宾馆饭店',
      stadium: '体育场馆',
      mall: '商场超市',
      entertainment: '文化娱乐',
      high_risk_tourism: '高风险旅游项目',
      amusement: '大型游乐设施',
      other: '其他',
    },
  },
  special_equipment: {
    label: '特种设备',
    subtypes: {
      elevator_severe: '严重安全隐患电梯',
      elevator_unregistered: '“三无”电梯',
      elevator_old_residential: '老旧住宅电梯',
      other: '其他',
    },
  },
  underground: {
    label: '地下空间',
    subtypes: { civil_defense: '人防工程', basement: '普通地下室', other: '其他' },
  },
  other: { label: '其他', subtypes: {} },
} as const satisfies Record<string, { label: string; subtypes: Record<string, string> }>;

export type HazardType = keyof typeof HAZARD_TYPE_TREE;
export const HAZARD_TYPES = Object.keys(HAZARD_TYPE_TREE) as [HazardType, ...HazardType[]];

/** Why a sub-type does not fit its type, or null when it does (shared by server and form). */
export function hazardSubtypeProblem(type: HazardType, subtype: string | null | undefined): string | null {
  const subtypes: Record<string, string> = HAZARD_TYPE_TREE[type].subtypes;
  const names = Object.keys(subtypes);
  if (names.length === 0) return subtype ? '该隐患类型没有细分类型' : null;
  if (!subtype) return `请选择“${HAZARD_TYPE_TREE[type].label}”下的细分类型`;
  return names.includes(subtype) ? null : `“${HAZARD_TYPE_TREE[type].label}”下没有该细分类型`;
}
