import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { PolicyTarget, RuleNode } from './contracts';

export function previewRule(input: { target: PolicyTarget; rule: RuleNode }) {
  return api.post<{ eligible: number; unknown: number; scope: string }>('/api/v1/benefits/rules/preview', input);
}

export function usePreviewRule() {
  return useMutation({ mutationFn: previewRule });
}
