import type zhCN from './jobs.zh-CN';

const jobs: typeof zhCN = {};

export default jobs;
