/** What other domains may call in jobs. */
export { jobsEnterpriseFile, jobsResidentFile } from './jobs.file';
