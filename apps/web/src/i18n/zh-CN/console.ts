/**
 * The desktop console. Module descriptions restate PRODUCT.md so a user of a module that is not
 * open yet knows what it will hold.
 */
export const consoleNs = {
  layout: {
    brand: '安查',
    brandSub: '隐患排查治理系统',
    menuLabel: '功能菜单',
    openMenu: '打开菜单',
  },
  modules: {
    home: { name: '首页', description: '' },
    regions: { name: '行政区划', description: '' },
    catalogs: {
      name: '隐患目录',
      description:
        '维护各行业的隐患目录及其版本：一级分类、二级分类、检查项、法律依据和重大隐患判定依据，支持导入导出。',
    },
    accounts: {
      name: '账号管理',
      description: '管理政府和企业账号：按行政区划和行业设定管辖范围，停用账号，重置密码。',
    },
    audit: { name: '审计日志', description: '' },
    enterprises: {
      name: '企业管理',
      description: '按区划和行业查看辖区内企业的基本信息、场所、自查情况和信息完备率。',
    },
    supervision: {
      name: '监督检查',
      description:
        '登记对企业的监督检查：检查类型、检查人数、发现的隐患和行政处罚（责令整改、罚款、停产停业、关闭取缔），形成监督检查台账。',
    },
    ledger: {
      name: '隐患台账',
      description:
        '按附件2的全部栏目登记隐患、挂账、复查、销账、核查，重大隐患可挂牌督办，逾期隐患自动提示。',
    },
    reports: {
      name: '举报处理',
      description:
        '群众举报的隐患按地点由街乡、区、市核实：属实的进入隐患台账（隐患来源：举报），并可登记奖励。',
    },
    plans: {
      name: '监督检查计划',
      description:
        '制定年度监督检查计划（检查企业数量、台账隐患核查比例、时间安排、重点场所），并跟踪完成进度。',
    },
    stats: {
      name: '统计分析',
      description:
        '按区、街乡、行业、隐患类别和等级统计整改率、逾期、使用率和信息完备率，展示重大隐患分布地图，报表可导出 Excel。',
    },
    help: { name: '帮助中心', description: '' },
    inforeports: {
      name: '信息报送',
      description:
        '每月向上级报送工作信息或典型案例、每季度报送工作总结；上级单位查看下级报送情况；各单位维护工作联系表。',
    },
    notices: {
      name: '公告通知',
      description:
        '按区划和行业向企业发布公告通知并查看阅读回执；系统自动发送自查到期、整改临期、逾期等提醒。',
    },
    reminders: {
      name: '系统提醒',
      description:
        '系统按规则自动生成的提醒：本期未自查、整改期限将至、已逾期、重大隐患上报、台账未更新、上报日将至。',
    },
    profile: {
      name: '单位基本信息',
      description:
        '维护本单位基本信息：名称、统一社会信用代码、所在地、行业、法定代表人、安全负责人、从业人数等，以及图片和安全管理人员名单。',
    },
    sites: {
      name: '场所管理',
      description: '新增、编辑、检索本单位场所，指定检查人，为每个场所选择行业与检查内容。',
    },
    records: {
      name: '自查记录',
      description:
        '查看本单位全部自查记录（检查内容、场所、检查时间、检查人、有无隐患）及详情，隐患项以红色标识。',
    },
    hazards: {
      name: '隐患记录',
      description: '按待处置、已处置查看本单位隐患，重大隐患特别标识；登记整改情况并验收，查看完整处置过程。',
    },
    standard: {
      name: '一企一标准',
      description:
        '从行业隐患目录裁剪本单位的排查标准，设置部门、岗位和一岗一清单及上报频次，支持 Excel 导入岗位清单。',
    },
    users: {
      name: '用户管理',
      description: '管理本单位的用户：新增、编辑、停用、重置密码，分配角色和用户授权。',
    },
    roles: {
      name: '角色管理',
      description: '建立角色并勾选其可用的页面和操作（角色授权），再在用户管理中把角色分配给用户。',
    },
    departments: { name: '部门管理', description: '建立本单位的部门树：新增、重命名、移动和删除部门。' },
    posts: {
      name: '岗位管理',
      description: '设置岗位、上报频次、岗位责任制和岗位用户，导入岗位清单。',
    },
  },
  home: {
    greeting: '您好，{{name}}',
    intro: '请从左侧菜单进入各项功能。',
    username: '账号',
    role: '角色',
    scope: '管辖范围',
    enterprise: '所属单位',
    today: '今天',
  },
  boundaryMap: {
    title: '统计地图边界图',
    explain:
      '统计分析页的“重大隐患分布”默认用方块按各区方位排列。上传北京市 16 个区的 GeoJSON 边界文件后改为按边界绘制；每个区用 adcode（行政区划代码）或 name（区名）对应。本系统不附带边界数据。',
    none: '尚未上传，统计页使用方块图。',
    current: '当前边界图：{{name}}（{{at}} 上传）',
    upload: '上传边界图',
    replace: '替换边界图',
    remove: '删除边界图',
    removeConfirm: '删除后统计页恢复为方块图，确定删除？',
    removed: '已删除，统计页恢复为方块图',
    saved: '边界图已保存',
    refused: '文件未保存',
    notJson: '「{{name}}」不是有效的 JSON 文件',
  },
  regions: {
    summary: '{{city}}：{{districts}} 个区，{{streets}} 个街道（乡镇）',
    matches: '找到 {{count}} 项',
    searchLabel: '按名称搜索区或街道（乡镇）',
    searchPlaceholder: '输入名称，如 西长安街',
    name: '名称',
    code: '区划代码',
    type: '类型',
    streetCount: '街道（乡镇）数',
    district: '区',
    empty: '没有名称匹配的区或街道（乡镇）',
  },
  audit: {
    verifyTitle: '审计链校验',
    verifyIntro:
      '系统中每一次变更都写入只增不改的审计日志，各条记录以哈希逐条相连。校验会从头检查整条审计链，发现任何篡改、删除或插入。',
    verify: '校验审计链',
    okTitle: '审计链完整',
    okDetail: '已校验 {{count}} 条记录，未发现篡改。',
    brokenTitle: '审计链校验未通过',
    brokenDetail: '已校验 {{count}} 条记录。首个异常记录：序号 {{seq}}，时间 {{at}}，原因：{{reason}}。',
    reasons: {
      hash_mismatch: '记录内容与哈希不一致（记录被修改）',
      chain_break: '与上一条记录的链接断裂（记录被删除或插入）',
    },
    failed: '校验失败',
    browseTitle: '审计记录',
    browseNotOpen: '按记录查看审计轨迹尚未开放：将显示每次变更的操作人、时间、变更前后的内容。',
  },
};
