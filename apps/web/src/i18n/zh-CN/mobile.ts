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
  messages: {
    title: '消息',
    bell: '消息，{{count}} 条未读',
    notices: '公告通知（{{count}}）',
    reminders: '系统提醒（{{count}}）',
    notice: '公告通知',
    searchTitle: '按标题查找',
    noNotices: '暂无公告通知',
    noReminders: '暂无系统提醒',
    unread: '未读',
    read: '已读',
    more: '加载更多',
    handle: '去处理',
    close: '关闭',
  },
};
