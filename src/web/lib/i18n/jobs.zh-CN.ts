/** zh-CN strings of the jobs screens; jobs.en.ts mirrors every key. */
const jobs = {};

export default jobs;
