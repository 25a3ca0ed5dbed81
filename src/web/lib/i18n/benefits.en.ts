import type zhCN from './benefits.zh-CN';

const benefits: typeof zhCN = {};

export default benefits;
