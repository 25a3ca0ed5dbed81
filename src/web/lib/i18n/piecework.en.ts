import type zhCN from './piecework.zh-CN';

const piecework: typeof zhCN = {};

export default piecework;
