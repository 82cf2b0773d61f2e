/** The inspector's phone pages; labels follow the 京通 mini-program of seed 000. */
export const mobile = {
  title: '安全生产隐患自查',
  signOut: '退出',
  navLabel: '主导航',
  userLine: '{{name}} · {{role}} · {{scope}}',
  workNoteLabel: '*工作说明：',
  workNote: '对本单位进行安全隐患检查，针对检查内容进行如实填报，填报结果需确保法人知晓',
  tabs: {
    inspect: '自查自纠',
    records: '自查记录',
    hazards: '隐患记录',
  },
  inspect: {
    title: '自查自纠尚未开放',
    description:
      '开放后在这里选择场所、选择行业与检查内容、去自查：逐项填报有隐患、无隐患或不涉及，可暂存，完成后提交。',
  },
  records: {
    title: '自查记录尚未开放',
    description: '开放后在这里查看本人提交的自查记录：检查内容、检查时间、有无隐患，以及每条记录的详情。',
  },
  hazards: {
    title: '隐患记录尚未开放',
    description: '开放后在这里按待处置 / 已处置查看隐患，重大隐患特别标识，点击去处置填报整改情况。',
  },
};
