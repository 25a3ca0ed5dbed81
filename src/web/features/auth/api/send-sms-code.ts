import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface SendSmsCodeInput {
  phone: string;
}

export interface SendSmsCodeResult {
  resendAfterSeconds: number;
}

/** The answer is the same whether or not the number is registered (SPEC §4). */
export function sendSmsCode(input: SendSmsCodeInput) {
  return api.post<SendSmsCodeResult>('/api/v1/auth/sms-code', input);
}

export function useSendSmsCode() {
  return useMutation({ mutationFn: sendSmsCode });
}
