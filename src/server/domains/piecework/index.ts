/** What other parts of the server may call in the piecework domain. */
export { pieceworkRoutes } from './piecework.routes';
export { raisePieceworkAlerts, settleAllFactoriesDay } from './settlements.service';
export { writeRecords } from './records.service';
export { pieceworkEnterpriseFile, pieceworkResidentFile } from './piecework.file';
