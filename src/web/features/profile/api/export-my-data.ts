/**
 * Everything kept about the signed-in resident, as a JSON file. A same-origin
 * GET carrying the session cookie, answered with Content-Disposition:
 * attachment, so a plain <a href download> saves it; no script is involved.
 */
export const MY_DATA_EXPORT_URL = '/api/v1/me/data-export';
