/** zh-CN strings of the benefits screens; benefits.en.ts mirrors every key. */
const benefits = {};

export default benefits;
