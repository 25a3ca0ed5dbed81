/**
 * Phones, 身份证 numbers and sign-in codes never reach the logs in clear. A
 * mobile is masked with or without its country code (+86, 0086, 86).
 */
export function redactText(text: string): string {
  return text
    .replace(/(?<!\d)(\d{6})\d{8}(\d{3}[\dXx])(?![\dXx])/g, '$1********$2')
    .replace(/(?<![\d+])((?:\+|00)?86[- ]?)?(1[3-9]\d)\d{4}(\d{4})(?!\d)/g, '$1$2****$3')
    .replace(/(验证码\D{0,6})\d{4,8}/g, '$1******');
}
