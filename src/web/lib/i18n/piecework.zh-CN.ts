/** zh-CN strings of the piecework screens; piecework.en.ts mirrors every key. */
const piecework = {};

export default piecework;
