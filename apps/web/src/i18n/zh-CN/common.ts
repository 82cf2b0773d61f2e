/** Words shared by every area: the product's name, roles, generic actions and errors. */
export const common = {
  appTitle: '安查 · 隐患排查治理系统',
  regionFilter: { label: '所属街乡', all: '全部街乡' },
  loading: '加载中…',
  demoAccount: '演示账号',
  roles: {
    admin: '平台管理员',
    gov_city: '市级监管',
    gov_district: '区级安委办',
    gov_street: '街乡监管',
    gov_industry: '行业部门',
    ent_admin: '企业管理员',
    ent_inspector: '自查人',
  },
  scope: {
    all: '全部范围',
    none: '—',
    industries: '{{region}} · {{industries}}',
    listSeparator: '、',
  },
  actions: {
    signOut: '退出登录',
    changePassword: '修改密码',
    retry: '重试',
    backHome: '返回首页',
    back: '返回',
  },
  errors: {
    network: '无法连接服务器，请检查网络后重试',
    http: '服务器暂时无法处理请求（HTTP {{status}}），请稍后重试',
    loadFailed: '加载失败',
    notFoundTitle: '页面不存在',
    notFoundHint: '您访问的页面不存在或已移动。',
    forbiddenTitle: '无权访问',
    forbiddenHint: '您的账号没有访问此页面的权限。',
  },
  notOpen: {
    title: '{{name}}尚未开放',
    hint: '该功能正在建设中，开放后将在这里提供。',
  },
};
